using F = Paradigms.Model.Facts.ResourceFacts;
using P = Paradigms.Model.Paradigm;

namespace Paradigms.Model.Resources;

/// <content>
/// Res §3.1 (内存管理模型对比): the memory table (内存模型 | 内存开销 | 共享机制 | 隔离粒度) and the memory
/// paths (内存路径对比), all four paradigms in both.
/// </content>
public static partial class ResourcePathCatalog
{
    private const string MemorySection = "§3.1";

    private static ResourcePath[] MemoryPaths() =>
    [
        // 虚拟化 | 独立物理内存 | 高（Guest OS + 应用） | 无（完全隔离） | 物理内存页
        // Guest App → Guest Memory → Hypervisor → Host Memory → Physical Memory
        new(
            Resource.Memory, P.Virtualization, MemorySection,
            model: "independent physical memory", modelWords: "独立物理内存",
            cost: "high (guest OS + application)", costWords: "高（Guest OS + 应用）", costLevel: Rating.High,
            sharing: "none (fully isolated)", sharingWords: "无（完全隔离）",
            isolationGranularity: "physical memory pages", isolationGranularityWords: "物理内存页",
            path: ["Guest App", "Guest Memory", "Hypervisor", "Host Memory", "Physical Memory"],
            notes:
            [
                "Independent physical memory: each VM is allocated physical memory pages of its own.",
                "Guest OS overhead: each VM runs a complete guest OS (typically {0}).",
                "No memory sharing: VMs are fully isolated from one another and cannot share memory.",
            ],
            pathFigures: [F.GuestOsMemory]),

        // 半虚拟化 | 协作物理内存 | 高（Guest OS + 应用） | 共享内存（Grant Table） | 物理内存页（协作）
        // Guest App → Guest Memory (Grant Table) → Hypervisor → Host Memory → Physical Memory
        new(
            Resource.Memory, P.Paravirtualization, MemorySection,
            model: "cooperative physical memory", modelWords: "协作物理内存",
            cost: "high (guest OS + application)", costWords: "高（Guest OS + 应用）", costLevel: Rating.High,
            sharing: "shared memory (grant table)", sharingWords: "共享内存（Grant Table）",
            isolationGranularity: "physical memory pages (cooperative)", isolationGranularityWords: "物理内存页（协作）",
            path: ["Guest App", "Guest Memory (Grant Table)", "Hypervisor", "Host Memory", "Physical Memory"],
            notes:
            [
                "Cooperative physical memory: memory pages are shared through the grant-table mechanism.",
                "Guest OS overhead: each VM runs a complete guest OS (typically {0}).",
                "Shared memory: the grant table shares memory between the guest OS and the hypervisor.",
                "Memory efficiency: the cooperative mechanism optimizes memory access and reduces the overhead of copying memory.",
            ],
            pathFigures: [F.GuestOsMemory]),

        // 容器化 | 共享内核内存 | 中（仅应用内存） | 内核内存、文件系统 | 进程地址空间
        // Container App → Process Address Space → Host Kernel → Physical Memory
        new(
            Resource.Memory, P.Containerization, MemorySection,
            model: "shared kernel memory", modelWords: "共享内核内存",
            cost: "medium (application memory only)", costWords: "中（仅应用内存）", costLevel: Rating.Medium,
            sharing: "kernel memory, file system", sharingWords: "内核内存、文件系统",
            isolationGranularity: "process address space", isolationGranularityWords: "进程地址空间",
            path: ["Container App", "Process Address Space", "Host Kernel", "Physical Memory"],
            notes:
            [
                "Shared kernel memory: the containers share the host's kernel memory.",
                "Process address space isolation: each container has a process address space of its own.",
                "Memory sharing: read-only file systems, shared libraries and the like can be shared.",
            ]),

        // 沙盒化 | 应用级内存 | 低（仅运行时） | 共享主机内存 | 应用内存空间
        // Wasm Module → Runtime Memory → Host Memory → Physical Memory
        new(
            Resource.Memory, P.Sandboxing, MemorySection,
            model: "application-level memory", modelWords: "应用级内存",
            cost: "low (runtime only)", costWords: "低（仅运行时）", costLevel: Rating.Low,
            sharing: "shared host memory", sharingWords: "共享主机内存",
            isolationGranularity: "application memory space", isolationGranularityWords: "应用内存空间",
            path: ["Wasm Module", "Runtime Memory", "Host Memory", "Physical Memory"],
            notes:
            [
                "Application-level memory: only the Wasm module's memory and the runtime's memory.",
                "Zero rootfs: no file-system image is needed.",
                "Memory sharing: host memory is shared, for the smallest memory footprint.",
            ]),
    ];
}
