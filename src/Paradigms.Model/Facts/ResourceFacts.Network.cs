using Paradigms.Model.Quantities;

namespace Paradigms.Model.Facts;

/// <content>
/// The network figures of the resource document: §5.1, §5.2 (each paradigm's latency model and
/// the comparison table that closes it), §5.3 and the network row of §7. §5.1 and §5.2 give three
/// of the four latency overheads differently; each reading is its own fact, the §5.1 one named
/// <c>…NetworkModelLatencyOverhead</c> after §5.1's title (网络模型对比).
/// </content>
public static partial class ResourceFacts
{
    private const string VmNetwork = "§5.2 (virtualization network latency)";
    private const string PvNetwork = "§5.2 (paravirtualization network latency)";
    private const string ContainerNetwork = "§5.2 (container network latency)";
    private const string SandboxNetwork = "§5.2 (sandbox network latency)";
    private const string NetworkComparison = "§5.2 (network latency comparison)";

    /// <summary>Gets full virtualization's network latency overhead as §5.2 and §5.3 give it, 15–40 μs.</summary>
    public static Sourced<Range<Duration>> VirtualizationNetworkLatencyOverhead { get; } = MicrosecondRange(
        nameof(VirtualizationNetworkLatencyOverhead), 15, 40, "§5.2 (virtualization network latency, network latency comparison), §5.3",
        "总延迟开销：15-40μs … 虚拟化 | 15-40μs … 多网卡支持 | 虚拟化 | 15-40μs",
        "The sum of its terms, 10-30μs + 5-10μs. Res §5.1 and §7 give 10-50μs (VirtualizationNetworkModelLatencyOverhead); "
        + "Net §05.4.2, §10.2, §10.4 agree with 15-40μs (NetworkFacts.VirtualizationLatencyOverhead).");

    /// <summary>Gets full virtualization's network latency overhead as §5.1 and §7 give it, 10–50 μs.</summary>
    public static Sourced<Range<Duration>> VirtualizationNetworkModelLatencyOverhead { get; } = MicrosecondRange(
        nameof(VirtualizationNetworkModelLatencyOverhead), 10, 50, "§5.1, §7",
        "虚拟网卡（模拟网卡）… 延迟开销 10-50μs … 延迟开销：10-50μs … 高（10-50μs）",
        "Disagrees with Res §5.2 and §5.3 (15-40μs); both are kept. Net §03.4.2 gives the same 10-50μs (NetworkFacts.VirtualizationLinkModeLatencyOverhead).");

    /// <summary>Gets paravirtualization's network latency overhead as §5.2 and §7 give it, 11–28 μs.</summary>
    public static Sourced<Range<Duration>> ParavirtualizationNetworkLatencyOverhead { get; } = MicrosecondRange(
        nameof(ParavirtualizationNetworkLatencyOverhead), 11, 28, "§5.2 (paravirtualization network latency, network latency comparison), §7",
        "总延迟开销：11-28μs（相比全虚拟化减少约 30-50%）… 半虚拟化 | 11-28μs … 中高（11-28μs）",
        "The sum of its terms, 5-15μs + 1-3μs + 5-10μs. Res §5.1 gives 5-25μs (ParavirtualizationNetworkModelLatencyOverhead); "
        + "Net §05.4.2, §10.2, §10.4 agree with 11-28μs (NetworkFacts.ParavirtualizationLatencyOverhead).");

    /// <summary>Gets paravirtualization's network latency overhead as the §5.1 table gives it, 5–25 μs.</summary>
    public static Sourced<Range<Duration>> ParavirtualizationNetworkModelLatencyOverhead { get; } = MicrosecondRange(
        nameof(ParavirtualizationNetworkModelLatencyOverhead), 5, 25, "§5.1",
        "半虚拟化网卡（VirtIO Net）| 中高 | Hypervisor + Guest OS 协作 | 5-25μs",
        "Disagrees with Res §5.2 and §7 and with Net §05.4.2, §10.2, §10.4 (11-28μs); both are kept. §5.1's path list has no paravirtualization item.");

    /// <summary>Gets containerization's network latency overhead as §5.2 and §5.3 give it, 1–5 μs.</summary>
    public static Sourced<Range<Duration>> ContainerizationNetworkLatencyOverhead { get; } = MicrosecondRange(
        nameof(ContainerizationNetworkLatencyOverhead), 1, 5, "§5.2 (container network latency, network latency comparison), §5.3",
        "总延迟开销：1-5μs … 容器化 | 1-5μs … 网络密集型 → 容器化（性能损失小，1-5μs）",
        "Res §5.1 and §7 give 1-10μs (ContainerizationNetworkModelLatencyOverhead), as Net §03.4.2, §05.4.2, §10.2, §10.4 do "
        + "(NetworkFacts.ContainerizationLatencyOverhead).");

    /// <summary>Gets containerization's network latency overhead as §5.1 and §7 give it, 1–10 μs.</summary>
    public static Sourced<Range<Duration>> ContainerizationNetworkModelLatencyOverhead { get; } = MicrosecondRange(
        nameof(ContainerizationNetworkModelLatencyOverhead), 1, 10, "§5.1, §7",
        "网络 Namespace … 延迟开销 1-10μs … 延迟开销：1-10μs … 中（1-10μs）",
        "Disagrees with Res §5.2 and §5.3 (1-5μs); both are kept. Agrees with the network document (NetworkFacts.ContainerizationLatencyOverhead).");

    /// <summary>Gets a Wasm sandbox's network latency overhead, under 1 μs, read as 0–1 μs (Res §5.1, §5.2, §5.3, §7).</summary>
    public static Sourced<Range<Duration>> SandboxingNetworkLatencyOverhead { get; } = MicrosecondsBelow(
        nameof(SandboxingNetworkLatencyOverhead), 1, "§5.1, §5.2 (sandbox network latency, network latency comparison), §5.3, §7",
        "延迟开销 < 1μs … 总延迟开销：< 1μs … 低（< 1μs）",
        "Every section, and the network document, agree.");

    /// <summary>Gets the hypervisor's network virtualization latency under full virtualization, 10–30 μs (Res §5.2, virtualization network latency).</summary>
    public static Sourced<Range<Duration>> VirtualizationHypervisorNetworkLatency { get; } = MicrosecondRange(
        nameof(VirtualizationHypervisorNetworkLatency), 10, 30, VmNetwork, "L_hypervisor：Hypervisor 网络虚拟化（10-30μs）");

    /// <summary>Gets the guest OS network stack's latency, 5–10 μs, the same under full and paravirtualization (Res §5.2).</summary>
    public static Sourced<Range<Duration>> GuestKernelNetworkStackLatency { get; } = MicrosecondRange(
        nameof(GuestKernelNetworkStackLatency), 5, 10, "§5.2 (virtualization network latency, paravirtualization network latency)",
        "L_guest_kernel：Guest OS 网络栈（5-10μs）");

    /// <summary>Gets the hypervisor's network virtualization latency under paravirtualization, 5–15 μs (Res §5.2, paravirtualization network latency).</summary>
    public static Sourced<Range<Duration>> ParavirtualizationHypervisorNetworkLatency { get; } = MicrosecondRange(
        nameof(ParavirtualizationHypervisorNetworkLatency), 5, 15, PvNetwork, "L_hypervisor：Hypervisor 网络虚拟化（5-15μs，通过 VirtIO 优化）");

    /// <summary>Gets the hypercall latency on the network path, 1–3 μs (Res §5.2, paravirtualization network latency).</summary>
    public static Sourced<Range<Duration>> NetworkHypercallLatency { get; } = MicrosecondRange(
        nameof(NetworkHypercallLatency), 1, 3, PvNetwork, "L_hypercall：Hypercall 延迟（1-3μs，比 VM Exit 低）",
        "§4.2 gives a hypercall 1-5μs (IoHypercallLatency); both are kept.");

    /// <summary>Gets the network namespace's filtering latency, 1–5 μs (Res §5.2, container network latency).</summary>
    public static Sourced<Range<Duration>> NetworkNamespaceFilterLatency { get; } = MicrosecondRange(
        nameof(NetworkNamespaceFilterLatency), 1, 5, ContainerNetwork, "L_namespace：Namespace 过滤（1-5μs）",
        "§4.2 gives namespace filtering on the IO path 0.1-1μs (IoNamespaceFilterLatency).");

    /// <summary>Gets the WASI socket interception latency, under 1 μs, read as 0–1 μs (Res §5.2, sandbox network latency).</summary>
    public static Sourced<Range<Duration>> WasiSocketInterceptionLatency { get; } = MicrosecondsBelow(
        nameof(WasiSocketInterceptionLatency), 1, SandboxNetwork, "L_wasi：WASI socket 拦截（< 1μs，函数调用）");

    /// <summary>Gets how much less network latency paravirtualization adds than full virtualization, about 30–50 % (Res §5.2, paravirtualization network latency).</summary>
    public static Sourced<Range<Ratio>> ParavirtualizationNetworkLatencyReduction { get; } = PercentRange(
        nameof(ParavirtualizationNetworkLatencyReduction), 30, 50, PvNetwork,
        "总延迟开销：11-28μs（相比全虚拟化减少约 30-50%）",
        "Kept as the words say; the section's own totals, 11-28μs against 15-40μs, are 27-30 % less (1 − 11/15, 1 − 28/40).");

    /// <summary>Gets full virtualization's network throughput loss, 10–20 % (Res §5.2, network latency comparison).</summary>
    public static Sourced<Range<Ratio>> VirtualizationNetworkThroughputLoss { get; } = PercentRange(
        nameof(VirtualizationNetworkThroughputLoss), 10, 20, NetworkComparison, "虚拟化 | 15-40μs | 网络吞吐量损失 10-20%");

    /// <summary>Gets paravirtualization's network throughput loss, 5–12 % (Res §5.2, network latency comparison).</summary>
    public static Sourced<Range<Ratio>> ParavirtualizationNetworkThroughputLoss { get; } = PercentRange(
        nameof(ParavirtualizationNetworkThroughputLoss), 5, 12, NetworkComparison, "半虚拟化 | 11-28μs | 网络吞吐量损失 5-12%");

    /// <summary>Gets containerization's network throughput loss, under 5 %, read as 0–5 % (Res §5.2, network latency comparison).</summary>
    public static Sourced<Range<Ratio>> ContainerizationNetworkThroughputLoss { get; } = PercentBelow(
        nameof(ContainerizationNetworkThroughputLoss), 5, NetworkComparison, "容器化 | 1-5μs | 网络吞吐量损失 < 5%");

    /// <summary>Gets a Wasm sandbox's network throughput loss, under 1 %, read as 0–1 % (Res §5.2, network latency comparison).</summary>
    public static Sourced<Range<Ratio>> SandboxingNetworkThroughputLoss { get; } = PercentBelow(
        nameof(SandboxingNetworkThroughputLoss), 1, NetworkComparison, "沙盒化 | < 1μs | 网络吞吐量损失 < 1%");

    /// <summary>
    /// The network latency overhead of a paradigm as Res §5.2 gives it, the reading whose terms add
    /// up to it (15–40, 11–28, 1–5 and 0–1 μs). §5.1's readings are the <c>…NetworkModelLatencyOverhead</c> facts.
    /// </summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <returns>The figure with its citation.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="paradigm"/> is not defined.</exception>
    public static Sourced<Range<Duration>> NetworkLatencyOverhead(Paradigm paradigm) => paradigm switch
    {
        Paradigm.Virtualization => VirtualizationNetworkLatencyOverhead,
        Paradigm.Paravirtualization => ParavirtualizationNetworkLatencyOverhead,
        Paradigm.Containerization => ContainerizationNetworkLatencyOverhead,
        Paradigm.Sandboxing => SandboxingNetworkLatencyOverhead,
        _ => throw Preconditions.Undefined(paradigm, nameof(paradigm)),
    };

    /// <summary>The network throughput loss of a paradigm (Res §5.2, network latency comparison): 10–20, 5–12, 0–5 and 0–1 %.</summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <returns>The figure with its citation.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="paradigm"/> is not defined.</exception>
    public static Sourced<Range<Ratio>> NetworkThroughputLoss(Paradigm paradigm) => paradigm switch
    {
        Paradigm.Virtualization => VirtualizationNetworkThroughputLoss,
        Paradigm.Paravirtualization => ParavirtualizationNetworkThroughputLoss,
        Paradigm.Containerization => ContainerizationNetworkThroughputLoss,
        Paradigm.Sandboxing => SandboxingNetworkThroughputLoss,
        _ => throw Preconditions.Undefined(paradigm, nameof(paradigm)),
    };
}
