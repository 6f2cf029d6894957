using System;
using System.Collections.Generic;
using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Networking;

/// <summary>
/// A paradigm's NIC: its row of the per-paradigm NIC table (各范式网卡模型, Net §05.4.2) and its
/// column of the NIC comparison matrix (网卡模型对比矩阵, Net §10.4). Where the two word the same
/// cell differently, both are kept.
/// </summary>
/// <remarks>Immutable; one instance per paradigm, from <see cref="NicCatalog.ForParadigm(Paradigm)"/>.</remarks>
public sealed record ParadigmNicProfile
{
    private static readonly ParadigmNicProfile[] Profiles =
    [
        new(
            Paradigm.Virtualization,
            NicClass.Virtual,
            "virtual NIC (emulated NIC)",
            "virtual NIC (emulated)",
            ["E1000 emulation", "hardware virtualization"],
            ["E1000 emulation"],
            [NicKind.E1000, NicKind.SrIovVirtualFunction],
            [NicKind.E1000],
            "§05.4.2's 硬件虚拟化 (hardware virtualization) is read as SR-IOV, the hardware-virtualized NIC of §05.2; §10.4 names E1000 emulation only."),
        new(
            Paradigm.Paravirtualization,
            NicClass.Virtual,
            "paravirtual NIC (VirtIO)",
            "paravirtual NIC (VirtIO)",
            ["VirtIO Net", "Xen PV Net"],
            ["VirtIO Net (cooperative)"],
            [NicKind.VirtioNet, NicKind.XenPvNet],
            [NicKind.VirtioNet],
            "§10.4 names VirtIO Net only, marked cooperative (协作); §05.4.2 adds Xen PV Net."),
        new(
            Paradigm.Containerization,
            NicClass.Logical,
            "logical NIC (veth)",
            "logical NIC (veth)",
            ["Network Namespace"],
            ["Network Namespace"],
            [NicKind.Veth],
            [NicKind.Veth],
            null),
        new(
            Paradigm.Sandboxing,
            NicClass.Logical,
            "socket abstraction",
            "socket abstraction",
            ["WASI Network"],
            ["WASI Network"],
            [NicKind.WasiSocket],
            [NicKind.WasiSocket],
            null),
    ];

    private ParadigmNicProfile(
        Paradigm paradigm,
        NicClass nicClass,
        string nicModel,
        string comparisonMatrixNicModel,
        string[] implementations,
        string[] comparisonMatrixImplementations,
        NicKind[] nicKinds,
        NicKind[] comparisonMatrixNicKinds,
        string? note)
    {
        Paradigm = paradigm;
        NicClass = nicClass;
        NicModel = nicModel;
        ComparisonMatrixNicModel = comparisonMatrixNicModel;
        Implementations = Array.AsReadOnly(implementations);
        ComparisonMatrixImplementations = Array.AsReadOnly(comparisonMatrixImplementations);
        NicKinds = Array.AsReadOnly(nicKinds);
        ComparisonMatrixNicKinds = Array.AsReadOnly(comparisonMatrixNicKinds);
        Note = note;
    }

    /// <summary>Gets the paradigm.</summary>
    public Paradigm Paradigm { get; }

    /// <summary>Gets the class of the paradigm's NIC: virtual for the two virtualizations, logical for containers (veth) and sandboxes (socket abstraction) (Net §05.3.2, §05.4.2).</summary>
    public NicClass NicClass { get; }

    /// <summary>Gets the NIC model (网卡模型) as Net §05.4.2 words it, translated.</summary>
    public string NicModel { get; }

    /// <summary>Gets the NIC model (网卡模型) as Net §10.4 words it, translated.</summary>
    public string ComparisonMatrixNicModel { get; }

    /// <summary>Gets the implementations (实现方式) as Net §05.4.2 lists them, translated.</summary>
    public IReadOnlyList<string> Implementations { get; }

    /// <summary>Gets the implementation (实现方式) as Net §10.4 gives it, translated; it can differ from <see cref="Implementations"/>.</summary>
    public IReadOnlyList<string> ComparisonMatrixImplementations { get; }

    /// <summary>Gets the kinds of NIC that Net §05.4.2's row names.</summary>
    public IReadOnlyList<NicKind> NicKinds { get; }

    /// <summary>Gets the kinds of NIC that Net §10.4's column names.</summary>
    public IReadOnlyList<NicKind> ComparisonMatrixNicKinds { get; }

    /// <summary>Gets the network latency overhead (性能特征, 性能), on which Net §05.4.2, §10.2 and §10.4 agree; from the facts catalog.</summary>
    public Sourced<Range<Duration>> LatencyOverhead => NetworkFacts.LatencyOverhead(Paradigm);

    /// <summary>
    /// Gets the isolation strength (隔离强度, Net §10.4): hardware-level for full virtualization,
    /// kernel-level for paravirtualization, process-level for containers, application-level for sandboxes.
    /// </summary>
    /// <remarks>
    /// Net §05.4.1 gives every virtual NIC hardware-level isolation, which disagrees with §10.4's
    /// kernel-level for paravirtualization's VirtIO NIC; this property holds §10.4's answer, and
    /// <see cref="NicClassProfile.Isolation"/> holds §05.4.1's.
    /// </remarks>
    public IsolationStrength Isolation => ParadigmProfile.Of(Paradigm).Isolation;

    /// <summary>Gets whether §10.4 marks the implementation and the isolation cooperative (协作): true for paravirtualization only.</summary>
    public bool GuestCooperates => ParadigmProfile.Of(Paradigm).GuestCooperates;

    /// <summary>Gets how the two sources were read, or where they differ; null when they agree.</summary>
    public string? Note { get; }

    /// <summary>Gets where the row comes from.</summary>
    public Citation Citation { get; } = Citation.Net("§05.4.2, §10.4");

    /// <summary>Gets the four rows, in the order of <see cref="Paradigm"/>.</summary>
    internal static IReadOnlyList<ParadigmNicProfile> All { get; } = Array.AsReadOnly(Profiles);

    /// <summary>The row of a paradigm.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="paradigm"/> is not defined.</exception>
    internal static ParadigmNicProfile Of(Paradigm paradigm) => Profiles[(int)Preconditions.Defined(paradigm, nameof(paradigm)) - 1];
}
