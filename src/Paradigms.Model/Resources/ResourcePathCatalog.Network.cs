using F = Paradigms.Model.Facts.ResourceFacts;
using P = Paradigms.Model.Paradigm;

namespace Paradigms.Model.Resources;

/// <content>
/// Res §5.1 (网络模型对比): the network table (网络模型 | 网络开销 | 虚拟化层 | 延迟开销), all four
/// paradigms, and the network paths (网络路径对比), which have no paravirtualization item. The latency
/// figures are §5.1's readings, the <c>…NetworkModelLatencyOverhead</c> facts where they differ from §5.2's
/// (docs/seed-consistency.md, items 27–29).
/// </content>
public static partial class ResourcePathCatalog
{
    private const string NetworkSection = "§5.1";

    private static ResourcePath[] NetworkPaths() =>
    [
        // 虚拟化 | 虚拟网卡（模拟网卡） | 高 | Hypervisor + Guest OS | … (the figure below)
        // Guest App → Guest Kernel → vNIC → Hypervisor → Host Kernel → Network
        new(
            Resource.Network, P.Virtualization, NetworkSection,
            model: "virtual NIC (emulated NIC)", modelWords: "虚拟网卡（模拟网卡）",
            cost: "high", costWords: "高", costLevel: Rating.High,
            layer: "hypervisor + guest OS", layerWords: "Hypervisor + Guest OS",
            figure: F.VirtualizationNetworkModelLatencyOverhead,
            path: ["Guest App", "Guest Kernel", "vNIC", "Hypervisor", "Host Kernel", "Network"],
            notes:
            [
                "Virtual NIC: the hypervisor has to virtualize the NIC.",
                "Network stack: two network stacks, the guest OS's and the host OS's.",
                "Latency overhead: {0}.",
            ],
            pathFigures: [F.VirtualizationNetworkModelLatencyOverhead]),

        // 半虚拟化 | 半虚拟化网卡（VirtIO Net） | 中高 | Hypervisor + Guest OS 协作 | … (the figure below)
        // No path item.
        new(
            Resource.Network, P.Paravirtualization, NetworkSection,
            model: "paravirtualized NIC (VirtIO Net)", modelWords: "半虚拟化网卡（VirtIO Net）",
            cost: "medium-high", costWords: "中高", costLevel: Rating.MediumHigh,
            layer: "hypervisor + guest OS, cooperating", layerWords: "Hypervisor + Guest OS 协作",
            figure: F.ParavirtualizationNetworkModelLatencyOverhead),

        // 容器化 | 网络 Namespace | 中 | Host OS Network Stack | … (the figure below)
        // Container App → Host Kernel → Network
        new(
            Resource.Network, P.Containerization, NetworkSection,
            model: "network namespace", modelWords: "网络 Namespace",
            cost: "medium", costWords: "中", costLevel: Rating.Medium,
            layer: "host OS network stack", layerWords: "Host OS Network Stack",
            figure: F.ContainerizationNetworkModelLatencyOverhead,
            path: ["Container App", "Host Kernel", "Network"],
            notes:
            [
                "Network namespace: network isolation at the process level.",
                "Single network stack: the host OS's network stack is shared.",
                "Latency overhead: {0}.",
            ],
            pathFigures: [F.ContainerizationNetworkModelLatencyOverhead]),

        // 沙盒化 | Socket 拦截 | 低 | Runtime + Host OS | … (the figure below)
        // Wasm Module → WASI Socket → Host Kernel → Network
        new(
            Resource.Network, P.Sandboxing, NetworkSection,
            model: "socket interception", modelWords: "Socket 拦截",
            cost: "low", costWords: "低", costLevel: Rating.Low,
            layer: "runtime + host OS", layerWords: "Runtime + Host OS",
            figure: F.SandboxingNetworkLatencyOverhead,
            path: ["Wasm Module", "WASI Socket", "Host Kernel", "Network"],
            notes:
            [
                "Socket interception: WASI socket function calls are intercepted.",
                "Lightweight interception: at the level of function calls, with no virtualization.",
                "Latency overhead: {0}.",
            ],
            pathFigures: [F.SandboxingNetworkLatencyOverhead]),
    ];
}
