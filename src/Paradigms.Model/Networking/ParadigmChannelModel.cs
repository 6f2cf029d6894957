using System;
using System.Collections.Generic;
using Paradigms.Model.Facts;

namespace Paradigms.Model.Networking;

/// <summary>
/// One paradigm's channel model as one table of the document gives it: the physical channel, the
/// logical channel over it, and the level at which the channel is abstracted. The document has two
/// such tables, kept apart because they differ: the channel mapping of Net §04.3.2 (three paradigms,
/// no paravirtualization row) and the channel comparison matrix of Net §10.3 (four paradigms).
/// </summary>
/// <remarks>
/// Immutable; the rows are <see cref="ChannelCatalog.ParadigmMappings"/> (§04.3.2) and
/// <see cref="ChannelCatalog.ParadigmMatrix"/> (§10.3), and both rows of one paradigm are
/// <see cref="ChannelCatalog.ForParadigm"/>.
/// </remarks>
public sealed record ParadigmChannelModel
{
    private static readonly Citation MappingCitation = Citation.Net("§04.3.2");
    private static readonly Citation MatrixCitation = Citation.Net("§10.3");

    private static readonly ParadigmChannelModel[] MappingRows =
    [
        new(Paradigm.Virtualization, "physical NIC", HostSharing.None, "virtual NIC (vNIC)", null, AbstractionLevel.Hardware, false, MappingCitation),
        new(Paradigm.Containerization, "physical NIC (shared)", HostSharing.PhysicalNic, "Network Namespace", LogicalChannelKind.NetworkNamespace, AbstractionLevel.Process, false, MappingCitation),
        new(Paradigm.Sandboxing, "host OS network stack", HostSharing.NetworkStack, "WASI Network (socket)", LogicalChannelKind.WasiSocket, AbstractionLevel.Application, false, MappingCitation),
    ];

    private static readonly ParadigmChannelModel[] MatrixRows =
    [
        new(Paradigm.Virtualization, "physical NIC", HostSharing.None, "virtual NIC (emulated)", null, AbstractionLevel.Hardware, false, MatrixCitation),
        new(Paradigm.Paravirtualization, "physical NIC", HostSharing.None, "paravirtual NIC (VirtIO Net)", null, AbstractionLevel.Hardware, true, MatrixCitation),
        new(Paradigm.Containerization, "physical NIC (shared)", HostSharing.PhysicalNic, "Network Namespace", LogicalChannelKind.NetworkNamespace, AbstractionLevel.Process, false, MatrixCitation),
        new(Paradigm.Sandboxing, "physical NIC (shared)", HostSharing.PhysicalNic, "WASI Socket", LogicalChannelKind.WasiSocket, AbstractionLevel.Application, false, MatrixCitation),
    ];

    private ParadigmChannelModel(
        Paradigm paradigm,
        string physicalChannel,
        HostSharing sharedWithHost,
        string logicalChannel,
        LogicalChannelKind? logicalKind,
        AbstractionLevel abstraction,
        bool guestCooperates,
        Citation citation)
    {
        Paradigm = paradigm;
        PhysicalChannel = physicalChannel;
        SharedWithHost = sharedWithHost;
        LogicalChannel = logicalChannel;
        LogicalKind = logicalKind;
        Abstraction = abstraction;
        GuestCooperates = guestCooperates;
        Citation = citation;
    }

    /// <summary>Gets the paradigm.</summary>
    public Paradigm Paradigm { get; }

    /// <summary>
    /// Gets the physical channel as the table names it (物理信道), in English: <c>physical NIC</c>,
    /// <c>physical NIC (shared)</c> (物理网卡（共享）) or <c>host OS network stack</c> (Host OS 网络栈).
    /// </summary>
    public string PhysicalChannel { get; }

    /// <summary>
    /// Gets what of the host the physical channel is: <see cref="HostSharing.PhysicalNic"/> for
    /// 物理网卡（共享）, <see cref="HostSharing.NetworkStack"/> for the host OS network stack,
    /// <see cref="HostSharing.None"/> for a physical NIC the table does not mark shared (the guest reaches it
    /// through a virtual device of its own).
    /// </summary>
    public HostSharing SharedWithHost { get; }

    /// <summary>
    /// Gets the logical channel as the table names it (逻辑信道), in English, for example
    /// <c>virtual NIC (vNIC)</c> (§04.3.2) or <c>virtual NIC (emulated)</c> (§10.3).
    /// </summary>
    public string LogicalChannel { get; }

    /// <summary>
    /// Gets the logical channel as a <see cref="LogicalChannelKind"/>: a network namespace or a WASI socket;
    /// null for the (paravirtual) virtual NIC of the two virtualization paradigms, which is a NIC, not a
    /// kind of logical channel.
    /// </summary>
    public LogicalChannelKind? LogicalKind { get; }

    /// <summary>Gets the level at which the channel is abstracted (信道抽象层级): hardware, process or application.</summary>
    public AbstractionLevel Abstraction { get; }

    /// <summary>Gets whether the guest cooperates with the hypervisor (硬件级抽象（协作）): true for paravirtualization's row of §10.3 only.</summary>
    public bool GuestCooperates { get; }

    /// <summary>Gets the table the row comes from: Net §04.3.2 or Net §10.3.</summary>
    public Citation Citation { get; }

    /// <summary>Gets the three rows of Net §04.3.2, in the document's order (no paravirtualization row).</summary>
    internal static IReadOnlyList<ParadigmChannelModel> Mappings { get; } = Array.AsReadOnly(MappingRows);

    /// <summary>Gets the four rows of Net §10.3, in the order of <see cref="Paradigm"/>.</summary>
    internal static IReadOnlyList<ParadigmChannelModel> Matrix { get; } = Array.AsReadOnly(MatrixRows);

    /// <summary>The §04.3.2 row of a paradigm, or null for paravirtualization, which that table lacks.</summary>
    internal static ParadigmChannelModel? MappingOf(Paradigm paradigm) => Array.Find(MappingRows, row => row.Paradigm == paradigm);

    /// <summary>The §10.3 row of a paradigm.</summary>
    internal static ParadigmChannelModel MatrixOf(Paradigm paradigm) => MatrixRows[(int)paradigm - 1];
}
