using F = Paradigms.Model.Facts.ResourceFacts;
using P = Paradigms.Model.Paradigm;

namespace Paradigms.Model.Resources;

/// <content>
/// Res §6.1 (存储模型对比): the storage table (存储模型 | 存储开销 | 共享机制 | IO 性能) and the storage paths
/// (存储路径对比). Neither has a paravirtualization entry, nor does any part of §6.
/// </content>
public static partial class ResourcePathCatalog
{
    private const string StorageSection = "§6.1";

    private static ResourcePath[] StoragePaths() =>
    [
        // 虚拟化 | 虚拟磁盘（VirtIO） | 高（Guest FS） | 无 | 中等
        // Guest App → Guest FS → VirtIO Block → Hypervisor → Host FS → Hardware
        new(
            Resource.Storage, P.Virtualization, StorageSection,
            model: "virtual disk (VirtIO)", modelWords: "虚拟磁盘（VirtIO）",
            cost: "high (guest file system)", costWords: "高（Guest FS）", costLevel: Rating.High,
            sharing: "none", sharingWords: "无",
            ioPerformanceLevel: Rating.Medium,
            path: ["Guest App", "Guest FS", "VirtIO Block", "Hypervisor", "Host FS", "Hardware"],
            notes:
            [
                "Virtual disk: a VirtIO Block device is virtualized.",
                "File-system virtualization: a guest file system on top of the host file system.",
                "Performance loss: {0}.",
            ],
            pathFigures: [F.VirtualizationStoragePerformanceLoss]),

        // 容器化 | 镜像层（OverlayFS） | 中（层共享） | 镜像层共享 | 较高
        // Container App → OverlayFS → Host FS → Hardware
        new(
            Resource.Storage, P.Containerization, StorageSection,
            model: "image layers (OverlayFS)", modelWords: "镜像层（OverlayFS）",
            cost: "medium (shared layers)", costWords: "中（层共享）", costLevel: Rating.Medium,
            sharing: "shared image layers", sharingWords: "镜像层共享",
            ioPerformanceLevel: Rating.FairlyHigh,
            path: ["Container App", "OverlayFS", "Host FS", "Hardware"],
            notes:
            [
                "Image layers: the OverlayFS union file system.",
                "Layer sharing: containers share image layers.",
                "Performance loss: {0}.",
            ],
            pathFigures: [F.ContainerizationStoragePerformanceLoss]),

        // 沙盒化 | 零 rootfs | 低（无文件系统） | 共享主机 FS | 最高
        // Wasm Module → WASI FS → Host FS → Hardware
        new(
            Resource.Storage, P.Sandboxing, StorageSection,
            model: "zero rootfs", modelWords: "零 rootfs",
            cost: "low (no file system)", costWords: "低（无文件系统）", costLevel: Rating.Low,
            sharing: "shared host file system", sharingWords: "共享主机 FS",
            ioPerformanceLevel: Rating.Highest,
            path: ["Wasm Module", "WASI FS", "Host FS", "Hardware"],
            notes:
            [
                "Zero rootfs: no file-system image is needed.",
                "WASI FS: direct access to the host file system.",
                "Performance loss: {0}.",
            ],
            pathFigures: [F.SandboxingStoragePerformanceLoss]),
    ];
}
