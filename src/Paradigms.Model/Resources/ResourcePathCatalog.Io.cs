using F = Paradigms.Model.Facts.ResourceFacts;
using P = Paradigms.Model.Paradigm;

namespace Paradigms.Model.Resources;

/// <content>
/// Res §4.1 (IO 模型对比): the IO table (IO 模型 | IO 开销 | 虚拟化层 | 性能损失), which has no
/// paravirtualization row, and the IO paths (IO 路径对比), which have a paravirtualization item.
/// </content>
public static partial class ResourcePathCatalog
{
    private const string IoSection = "§4.1";

    private static ResourcePath[] IoPaths() =>
    [
        // 虚拟化 | 虚拟设备（VirtIO） | 高 | Hypervisor + Guest OS | … (the figure below)
        // Guest App → Guest Kernel → 模拟设备 → Hypervisor → Host Kernel → Hardware
        new(
            Resource.Io, P.Virtualization, IoSection,
            model: "virtual device (VirtIO)", modelWords: "虚拟设备（VirtIO）",
            cost: "high", costWords: "高", costLevel: Rating.High,
            layer: "hypervisor + guest OS", layerWords: "Hypervisor + Guest OS",
            figure: F.VirtualizationIoPerformanceLoss,
            path: ["Guest App", "Guest Kernel", "Emulated Device", "Hypervisor", "Host Kernel", "Hardware"],
            notes:
            [
                "Device emulation: hardware devices are fully emulated, so the hypervisor has to intercept all IO.",
                "IO interception: every IO request goes through the hypervisor's emulation.",
                "Context switches: guest → hypervisor → host.",
                "Performance loss: {0}.",
            ],
            pathFigures: [F.VirtualizationIoPerformanceLoss]),

        // No table row.
        // Guest App → Guest Kernel (前端驱动) → VirtIO/PV → Hypervisor (后端驱动) → Host Kernel → Hardware
        new(
            Resource.Io, P.Paravirtualization, IoSection,
            path: ["Guest App", "Guest Kernel (front-end driver)", "VirtIO/PV", "Hypervisor (back-end driver)", "Host Kernel", "Hardware"],
            notes:
            [
                "Front-end and back-end drivers: the guest OS's front-end driver cooperates with the hypervisor's back-end driver.",
                "VirtIO or PV drivers: hypercalls and shared memory reduce the overhead of intercepting IO.",
                "Cooperative optimization: less device-emulation overhead, better IO performance.",
                "Context switches: guest (hypercall) → hypervisor → host.",
                "Performance loss: {0} (about {1} better performance than full virtualization).",
            ],
            pathFigures: [F.ParavirtualizationIoPerformanceLoss, F.ParavirtualizationIoImprovement]),

        // 容器化 | 直接 IO（syscall） | 低 | Host OS | … (the figure below)
        // Container App → Host Kernel → Hardware
        new(
            Resource.Io, P.Containerization, IoSection,
            model: "direct IO (syscall)", modelWords: "直接 IO（syscall）",
            cost: "low", costWords: "低", costLevel: Rating.Low,
            layer: "host OS", layerWords: "Host OS",
            figure: F.ContainerizationIoPerformanceLoss,
            path: ["Container App", "Host Kernel", "Hardware"],
            notes:
            [
                "Direct IO: system calls go straight to the host, with no virtualization.",
                "Namespace filtering: only the namespaces filter.",
                "Context switches: container → host.",
                "Performance loss: {0}.",
            ],
            pathFigures: [F.ContainerizationIoPerformanceLoss]),

        // 沙盒化 | 拦截 IO（WASI） | 极低 | Runtime 拦截 | … (the figure below)
        // Wasm Module → WASI Runtime → Host Kernel → Hardware
        new(
            Resource.Io, P.Sandboxing, IoSection,
            model: "intercepted IO (WASI)", modelWords: "拦截 IO（WASI）",
            cost: "extremely low", costWords: "极低", costLevel: Rating.ExtremelyLow,
            layer: "runtime interception", layerWords: "Runtime 拦截",
            figure: F.SandboxingIoPerformanceLoss,
            path: ["Wasm Module", "WASI Runtime", "Host Kernel", "Hardware"],
            notes:
            [
                "WASI interception: system calls are intercepted as function calls.",
                "Lightweight interception: no virtualization, only function calls.",
                "Context switches: Wasm → host (a function call).",
                "Performance loss: {0}.",
            ],
            pathFigures: [F.SandboxingIoPerformanceLoss]),
    ];
}
