using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Facts;

/// <summary>
/// Every figure of the network-concepts document (cited <c>Net §…</c>), typed, with the
/// document's own words. Where the document states one figure in several sections, one fact
/// cites them all; where the sections disagree, each figure is its own fact
/// (docs/seed-consistency.md lists the disagreements).
/// </summary>
public static class NetworkFacts
{
    private const string Prefix = nameof(NetworkFacts) + ".";

    /// <summary>Gets the rates a server's physical NIC comes in: 1, 10, 25 and 100 Gbit/s (Net §02.1.2, §04.1.2, §05.1.1).</summary>
    public static Sourced<ImmutableArray<BitRate>> PhysicalNicRates { get; } = new(
        Prefix + nameof(PhysicalNicRates),
        [BitRate.FromGigabitsPerSecond(1), BitRate.FromGigabitsPerSecond(10), BitRate.FromGigabitsPerSecond(25), BitRate.FromGigabitsPerSecond(100)],
        Citation.Net("§02.1.2, §04.1.2, §05.1.1"),
        "接口速率: 1Gbps、10Gbps、25Gbps、100Gbps");

    /// <summary>Gets the span of physical NIC rates, 1–100 Gbit/s (Net §05.1.2).</summary>
    public static Sourced<Range<BitRate>> PhysicalNicRateRange { get; } = new(
        Prefix + nameof(PhysicalNicRateRange),
        new Range<BitRate>(BitRate.FromGigabitsPerSecond(1), BitRate.FromGigabitsPerSecond(100)),
        Citation.Net("§05.1.2"),
        "传输速率（1Gbps - 100Gbps）");

    /// <summary>Gets the rate range of twisted pair (Cat5, Cat5e, Cat6, Cat6a), 100 Mbit/s–10 Gbit/s (Net §04.1.1).</summary>
    public static Sourced<Range<BitRate>> TwistedPairRate { get; } = new(
        Prefix + nameof(TwistedPairRate),
        new Range<BitRate>(BitRate.FromMegabitsPerSecond(100), BitRate.FromGigabitsPerSecond(10)),
        Citation.Net("§04.1.1"),
        "双绞线（Twisted Pair）… 速率：100Mbps - 10Gbps");

    /// <summary>Gets the rate range of optical fiber (single- and multi-mode), 10–400 Gbit/s (Net §04.1.1).</summary>
    public static Sourced<Range<BitRate>> FiberRate { get; } = new(
        Prefix + nameof(FiberRate),
        new Range<BitRate>(BitRate.FromGigabitsPerSecond(10), BitRate.FromGigabitsPerSecond(400)),
        Citation.Net("§04.1.1"),
        "光纤（Fiber Optic）… 速率：10Gbps - 400Gbps");

    /// <summary>Gets the rate range of coaxial cable (RG-6, RG-11), 100 Mbit/s–1 Gbit/s (Net §04.1.1).</summary>
    public static Sourced<Range<BitRate>> CoaxRate { get; } = new(
        Prefix + nameof(CoaxRate),
        new Range<BitRate>(BitRate.FromMegabitsPerSecond(100), BitRate.FromGigabitsPerSecond(1)),
        Citation.Net("§04.1.1"),
        "同轴电缆（Coaxial Cable）… 速率：100Mbps - 1Gbps");

    /// <summary>Gets the rate range of Wi-Fi (802.11n/ac/ax), 150 Mbit/s–10 Gbit/s (Net §04.1.1).</summary>
    public static Sourced<Range<BitRate>> WifiRate { get; } = new(
        Prefix + nameof(WifiRate),
        new Range<BitRate>(BitRate.FromMegabitsPerSecond(150), BitRate.FromGigabitsPerSecond(10)),
        Citation.Net("§04.1.1"),
        "WiFi … 标准：802.11n/ac/ax … 速率：150Mbps - 10Gbps");

    /// <summary>Gets the rate range of cellular links (LTE, 5G NR), 100 Mbit/s–10 Gbit/s (Net §04.1.1).</summary>
    public static Sourced<Range<BitRate>> CellularRate { get; } = new(
        Prefix + nameof(CellularRate),
        new Range<BitRate>(BitRate.FromMegabitsPerSecond(100), BitRate.FromGigabitsPerSecond(10)),
        Citation.Net("§04.1.1"),
        "5G/4G … 标准：5G NR、LTE … 速率：100Mbps - 10Gbps");

    /// <summary>Gets full virtualization's network latency overhead, 15–40 μs (Net §05.4.2, §10.2, §10.4).</summary>
    public static Sourced<Range<Duration>> VirtualizationLatencyOverhead { get; } = new(
        Prefix + nameof(VirtualizationLatencyOverhead),
        new Range<Duration>(Duration.FromMicroseconds(15), Duration.FromMicroseconds(40)),
        Citation.Net("§05.4.2, §10.2, §10.4"),
        "15-40μs 延迟");

    /// <summary>Gets full virtualization's link latency as §03.4.2 states it, 10–50 μs, which disagrees with the 15–40 μs of three later sections.</summary>
    public static Sourced<Range<Duration>> VirtualizationLinkModeLatencyOverhead { get; } = new(
        Prefix + nameof(VirtualizationLinkModeLatencyOverhead),
        new Range<Duration>(Duration.FromMicroseconds(10), Duration.FromMicroseconds(50)),
        Citation.Net("§03.4.2"),
        "10-50μs 延迟",
        "Disagrees with Net §05.4.2, §10.2 and §10.4 (15-40μs); both are kept.");

    /// <summary>Gets paravirtualization's network latency overhead, 11–28 μs (Net §05.4.2, §10.2, §10.4).</summary>
    public static Sourced<Range<Duration>> ParavirtualizationLatencyOverhead { get; } = new(
        Prefix + nameof(ParavirtualizationLatencyOverhead),
        new Range<Duration>(Duration.FromMicroseconds(11), Duration.FromMicroseconds(28)),
        Citation.Net("§05.4.2, §10.2, §10.4"),
        "11-28μs 延迟",
        "§03.4.2 has no paravirtualization row.");

    /// <summary>Gets containerization's network latency overhead, 1–10 μs (Net §03.4.2, §05.4.2, §10.2, §10.4).</summary>
    public static Sourced<Range<Duration>> ContainerizationLatencyOverhead { get; } = new(
        Prefix + nameof(ContainerizationLatencyOverhead),
        new Range<Duration>(Duration.FromMicroseconds(1), Duration.FromMicroseconds(10)),
        Citation.Net("§03.4.2, §05.4.2, §10.2, §10.4"),
        "1-10μs 延迟");

    /// <summary>Gets a Wasm sandbox's network latency overhead, under 1 μs, read as 0–1 μs (Net §03.4.2, §05.4.2, §10.2, §10.4).</summary>
    public static Sourced<Range<Duration>> SandboxingLatencyOverhead { get; } = new(
        Prefix + nameof(SandboxingLatencyOverhead),
        new Range<Duration>(Duration.Zero, Duration.FromMicroseconds(1)),
        Citation.Net("§03.4.2, §05.4.2, §10.2, §10.4"),
        "< 1μs 延迟",
        "Only an upper bound is given; the lower bound is read as 0.");

    /// <summary>Gets every figure of the network document, in the order above.</summary>
    public static IReadOnlyList<ISourced> All { get; } =
    [
        PhysicalNicRates, PhysicalNicRateRange,
        TwistedPairRate, FiberRate, CoaxRate, WifiRate, CellularRate,
        VirtualizationLatencyOverhead, VirtualizationLinkModeLatencyOverhead, ParavirtualizationLatencyOverhead,
        ContainerizationLatencyOverhead, SandboxingLatencyOverhead,
    ];

    /// <summary>The network latency overhead of a paradigm as Net §05.4.2, §10.2 and §10.4 agree on it.</summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <returns>The figure with its citation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="paradigm"/> is not defined.</exception>
    public static Sourced<Range<Duration>> LatencyOverhead(Paradigm paradigm) => paradigm switch
    {
        Paradigm.Virtualization => VirtualizationLatencyOverhead,
        Paradigm.Paravirtualization => ParavirtualizationLatencyOverhead,
        Paradigm.Containerization => ContainerizationLatencyOverhead,
        Paradigm.Sandboxing => SandboxingLatencyOverhead,
        _ => throw Preconditions.Undefined(paradigm, nameof(paradigm)),
    };
}
