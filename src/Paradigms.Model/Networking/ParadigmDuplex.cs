using System;
using System.Collections.Generic;
using System.Linq;
using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Networking;

/// <summary>
/// A paradigm's primary duplex mode, the mechanism that implements it and its latency overhead,
/// as one of two tables gives it: the comparison matrix of Net §10.2 (all four paradigms) or the
/// mapping of Net §03.4.2 (no paravirtualization row). Read them with
/// <see cref="DuplexCatalog.ForParadigm"/> and <see cref="DuplexCatalog.LinkModeFor"/>.
/// </summary>
/// <remarks>
/// Immutable. The two tables disagree on full virtualization's latency (15–40 μs in §10.2,
/// 10–50 μs in §03.4.2); each row reads its own figure from <see cref="NetworkFacts"/>.
/// </remarks>
public sealed record ParadigmDuplex
{
    private static readonly ParadigmDuplex[] Matrix =
    [
        new(Paradigm.Virtualization, "emulated", "virtual NIC queues (emulated)", NetworkFacts.VirtualizationLatencyOverhead, Citation.Net("§10.2")),
        new(Paradigm.Paravirtualization, "VirtIO Net", "VirtIO queues (cooperative)", NetworkFacts.ParavirtualizationLatencyOverhead, Citation.Net("§10.2")),
        new(Paradigm.Containerization, "veth", "veth pair", NetworkFacts.ContainerizationLatencyOverhead, Citation.Net("§10.2")),
        new(Paradigm.Sandboxing, "Socket", "WASI Socket", NetworkFacts.SandboxingLatencyOverhead, Citation.Net("§10.2")),
    ];

    private static readonly ParadigmDuplex?[] LinkModeRows =
    [
        new(Paradigm.Virtualization, null, "virtual NIC (vNIC)", NetworkFacts.VirtualizationLinkModeLatencyOverhead, Citation.Net("§03.4.2")),
        null,
        new(Paradigm.Containerization, null, "Network Namespace + veth", NetworkFacts.ContainerizationLatencyOverhead, Citation.Net("§03.4.2")),
        new(Paradigm.Sandboxing, null, "WASI Network + Socket", NetworkFacts.SandboxingLatencyOverhead, Citation.Net("§03.4.2")),
    ];

    private ParadigmDuplex(Paradigm paradigm, string? modeDetail, string mechanism, Sourced<Range<Duration>> latencyOverhead, Citation citation)
    {
        Paradigm = paradigm;
        ModeDetail = modeDetail;
        Mechanism = mechanism;
        LatencyOverhead = latencyOverhead;
        Citation = citation;
    }

    /// <summary>Gets the paradigm.</summary>
    public Paradigm Paradigm { get; }

    /// <summary>Gets the primary mode (主要模式): full duplex for every paradigm in both tables.</summary>
    public DuplexMode PrimaryMode { get; } = DuplexMode.Full;

    /// <summary>
    /// Gets how the mode is reached, as §10.2 puts it in parentheses: <c>emulated</c>,
    /// <c>VirtIO Net</c>, <c>veth</c> or <c>Socket</c>; null in the rows of §03.4.2, which give none.
    /// </summary>
    public string? ModeDetail { get; }

    /// <summary>Gets the mechanism that implements the mode (实现方式 in §10.2, 实现机制 in §03.4.2).</summary>
    public string Mechanism { get; }

    /// <summary>
    /// Gets the latency overhead (延迟开销 in §10.2, 性能特征 in §03.4.2): <see cref="NetworkFacts.LatencyOverhead"/>
    /// in §10.2 rows; in §03.4.2 rows, <see cref="NetworkFacts.VirtualizationLinkModeLatencyOverhead"/> for full
    /// virtualization and the same facts as §10.2 for the others.
    /// </summary>
    public Sourced<Range<Duration>> LatencyOverhead { get; }

    /// <summary>Gets where the row comes from: Net §10.2 or Net §03.4.2.</summary>
    public Citation Citation { get; }

    internal static IReadOnlyList<ParadigmDuplex> ComparisonMatrix { get; } = Array.AsReadOnly(Matrix);

    internal static IReadOnlyList<ParadigmDuplex> LinkModeMapping { get; } =
        Array.AsReadOnly(LinkModeRows.OfType<ParadigmDuplex>().ToArray());

    internal static ParadigmDuplex InMatrix(Paradigm paradigm) =>
        Matrix[(int)Preconditions.Defined(paradigm, nameof(paradigm)) - 1];

    internal static ParadigmDuplex? InLinkModeMapping(Paradigm paradigm) =>
        LinkModeRows[(int)Preconditions.Defined(paradigm, nameof(paradigm)) - 1];
}
