using System;
using System.Collections.Generic;
using Paradigms.Model.Facts;
using Level = Paradigms.Model.Networking.AbstractionLevel;
using Method = Paradigms.Model.Networking.VirtualizationMethod;

namespace Paradigms.Model.Networking;

/// <summary>
/// What the document says about one kind of NIC: its class, its virtualization method,
/// performance, compatibility and uses (virtual NICs, Net §05.2.2), its abstraction level,
/// implementation and uses (logical NICs, Net §05.3), and the paradigms it is placed under
/// (Net §05.4.2, §10.4). What the document does not say is null or empty, never guessed.
/// </summary>
/// <remarks>Immutable; one instance per <see cref="NicKind"/>, from <see cref="NicCatalog.Describe(NicKind)"/>.</remarks>
public sealed record NicProfile
{
    private static readonly NicProfile[] Profiles =
    [
        new(
            NicKind.Physical,
            NicClass.Physical,
            "A hardware device installed on the motherboard or in an expansion slot that connects the computer to the physical network and sends and receives its data.",
            implementations: ["hardware"],
            note: "The document gives no per-kind performance, compatibility or use for the physical NIC: its class row (Net §05.4.1) and its features (Net §05.1.1) describe it.",
            citation: Citation.Net("§05.1.1, §05.1.2, §05.4.1")),
        new(
            NicKind.E1000,
            NicClass.Virtual,
            "A fully virtualized NIC emulation, with good compatibility (E1000 模拟).",
            method: Method.FullEmulation,
            performance: RelativeLevel.Medium,
            compatibility: RelativeLevel.High,
            uses: ["VMware", "compatibility requirements"],
            implementations: ["E1000 emulation"],
            placements: [new(Paradigm.Virtualization, Citation.Net("§05.4.2, §10.4"))],
            citation: Citation.Net("§05.2.1, §05.2.2, §05.4.2, §10.4")),
        new(
            NicKind.VirtioNet,
            NicClass.Virtual,
            "A paravirtual NIC driver, with high performance (VirtIO Net).",
            method: Method.Paravirtual,
            performance: RelativeLevel.High,
            compatibility: RelativeLevel.Medium,
            uses: ["KVM", "Xen"],
            implementations: ["VirtIO Net"],
            placements:
            [
                new(Paradigm.Paravirtualization, Citation.Net("§02.3.2, §05.2.1, §05.2.2, §05.4.2, §10.2, §10.3, §10.4, §10.5")),
                new(
                    Paradigm.Virtualization,
                    Citation.Net("§03.2.2, §07.2.1"),
                    "Disagrees with the paravirtualization placement: §03.2.2 lists VirtIO communication under full virtualization, and §07.2.1 gives the full-virtualization vNIC a VirtIO Net interface and the guest a VirtIO driver. Both placements are kept."),
            ],
            note: "Placed under paravirtualization by §05.2, §05.4.2 and §10.4, under full virtualization by §03.2.2 and §07.2.1.",
            citation: Citation.Net("§05.2.1, §05.2.2, §05.4.2, §10.4")),
        new(
            NicKind.XenPvNet,
            NicClass.Virtual,
            "Xen's paravirtual network interface, which the document names beside VirtIO Net as paravirtualization's NIC implementation.",
            method: Method.Paravirtual,
            implementations: ["Xen PV Net"],
            placements: [new(Paradigm.Paravirtualization, Citation.Net("§05.4.2"))],
            note: "Named only in §05.4.2, as an implementation of the paravirtual NIC (半虚拟化网卡). Stated: it implements paravirtualization's NIC model. Read: its method is paravirtual, like VirtIO Net's. Not stated: its performance, compatibility and uses, which are null or empty.",
            citation: Citation.Net("§05.4.2")),
        new(
            NicKind.SrIovVirtualFunction,
            NicClass.Virtual,
            "A hardware-virtualized NIC, with the highest performance (SR-IOV).",
            method: Method.Hardware,
            performance: RelativeLevel.VeryHigh,
            compatibility: RelativeLevel.Low,
            uses: ["high-performance requirements"],
            implementations: ["hardware virtualization"],
            placements:
            [
                new(
                    Paradigm.Virtualization,
                    Citation.Net("§05.4.2"),
                    "Read from 硬件虚拟化 (hardware virtualization) in full virtualization's implementation column, the words §05.2 uses for SR-IOV; §10.4 names E1000 emulation only."),
            ],
            note: "§05.2.1 says 性能最高 (highest performance); the §05.2.2 table says 极高 (extremely high), which Performance holds.",
            citation: Citation.Net("§05.2.1, §05.2.2, §05.4.2")),
        new(
            NicKind.Veth,
            NicClass.Logical,
            "The logical NIC in a container's network namespace (Network Namespace 接口), implemented as a veth pair (virtual Ethernet pair).",
            abstractionLevel: Level.Process,
            abstractionText: "process-level",
            uses: ["container network isolation"],
            implementations: ["veth pair", "Network Namespace"],
            placements: [new(Paradigm.Containerization, Citation.Net("§05.3.2, §05.4.2, §08.2.1, §10.4"))],
            note: "§05.3.1 gives the implementation as a veth pair; the §05.3.2 table, §05.4.2 and §10.4 give Network Namespace.",
            citation: Citation.Net("§05.3.1, §05.3.2, §05.4.2, §10.4")),
        new(
            NicKind.VlanInterface,
            NicClass.Logical,
            "A VLAN logical interface created on a physical NIC.",
            abstractionLevel: Level.DataLink,
            abstractionText: "data-link layer",
            uses: ["network isolation", "broadcast-domain division"],
            implementations: ["VLAN tag (802.1Q)"],
            citation: Citation.Net("§05.3.1, §05.3.2")),
        new(
            NicKind.BridgeInterface,
            NicClass.Logical,
            "A logical interface on a bridge.",
            abstractionLevel: Level.DataLink,
            abstractionText: "data-link layer",
            uses: ["network connection", "traffic forwarding"],
            implementations: ["Linux Bridge", "Open vSwitch"],
            note: "The §05.3.2 table names Linux Bridge only; §05.3.1 adds Open vSwitch.",
            citation: Citation.Net("§05.3.1, §05.3.2")),
        new(
            NicKind.TunnelInterface,
            NicClass.Logical,
            "The logical interface of a tunnel protocol.",
            uses: ["overlay networks", "VPN"],
            implementations: ["VXLAN", "GRE", "IPsec"],
            note: "Only §05.3.1 describes it; the §05.3.2 table has no tunnel row, so the document gives no abstraction level.",
            citation: Citation.Net("§05.3.1")),
        new(
            NicKind.WasiSocket,
            NicClass.Logical,
            "The socket abstraction of WASI Network: a Wasm sandbox's logical NIC, through which a Wasm module makes its network function calls.",
            abstractionLevel: Level.Application,
            abstractionText: "application-level",
            uses: ["Wasm network abstraction"],
            implementations: ["WASI Network"],
            socketKinds: [SocketKind.Tcp, SocketKind.Udp, SocketKind.Unix],
            placements: [new(Paradigm.Sandboxing, Citation.Net("§05.3.2, §05.4.2, §09.2.1, §10.4"))],
            note: "§05.3.1's list of logical NIC types has no socket abstraction; the §05.3.2 tree and table add it.",
            citation: Citation.Net("§05.3.2, §05.4.2, §10.4")),
    ];

    private NicProfile(
        NicKind kind,
        NicClass nicClass,
        string definition,
        Citation citation,
        VirtualizationMethod? method = null,
        RelativeLevel? performance = null,
        RelativeLevel? compatibility = null,
        AbstractionLevel? abstractionLevel = null,
        string? abstractionText = null,
        string[]? uses = null,
        string[]? implementations = null,
        SocketKind[]? socketKinds = null,
        NicPlacement[]? placements = null,
        string? note = null)
    {
        Kind = kind;
        Class = nicClass;
        Definition = definition;
        VirtualizationMethod = method;
        Performance = performance;
        Compatibility = compatibility;
        AbstractionLevel = abstractionLevel;
        AbstractionText = abstractionText;
        Uses = Array.AsReadOnly(uses ?? []);
        Implementations = Array.AsReadOnly(implementations ?? []);
        SocketKinds = Array.AsReadOnly(socketKinds ?? []);
        Placements = Array.AsReadOnly(placements ?? []);
        Note = note;
        Citation = citation;
    }

    /// <summary>Gets the kind of NIC.</summary>
    public NicKind Kind { get; }

    /// <summary>Gets the class the kind belongs to: physical, virtual or logical (Net §05.1–§05.3).</summary>
    public NicClass Class { get; }

    /// <summary>Gets the kind's definition, translated from the document (Net §05.1.1, §05.2.1, §05.3.1, §05.3.2, §05.4.2).</summary>
    public string Definition { get; }

    /// <summary>Gets how a virtual NIC is virtualized (虚拟化方式, Net §05.2.2); null for physical and logical NICs.</summary>
    public VirtualizationMethod? VirtualizationMethod { get; }

    /// <summary>Gets a virtual NIC's performance against the other virtual NICs (性能, Net §05.2.2); null where the table has no row for the kind.</summary>
    public RelativeLevel? Performance { get; }

    /// <summary>Gets a virtual NIC's compatibility against the other virtual NICs (兼容性, Net §05.2.2); null where the table has no row for the kind.</summary>
    public RelativeLevel? Compatibility { get; }

    /// <summary>
    /// Gets a logical NIC's abstraction level (抽象层级) from the logical NIC table (Net §05.3.2);
    /// null where the table has no row for the kind (the tunnel interface) and for physical and
    /// virtual NICs, whose class-wide level is in <see cref="NicClassProfile.AbstractionLevels"/>.
    /// </summary>
    public AbstractionLevel? AbstractionLevel { get; }

    /// <summary>Gets the table's words for <see cref="AbstractionLevel"/>, translated; null when it is null.</summary>
    public string? AbstractionText { get; }

    /// <summary>Gets what the kind is used for (应用场景, 应用; Net §05.2.2, §05.3.1, §05.3.2); empty where the document gives no use.</summary>
    public IReadOnlyList<string> Uses { get; }

    /// <summary>Gets how the kind is implemented, in the document's words (实现方式, 实现; Net §05.3.1, §05.3.2, §05.4.2).</summary>
    public IReadOnlyList<string> Implementations { get; }

    /// <summary>Gets the sockets the WASI socket abstraction offers: TCP, UDP and Unix (Net §05.3.2); empty for every other kind.</summary>
    public IReadOnlyList<SocketKind> SocketKinds { get; }

    /// <summary>
    /// Gets the paradigms whose NIC model the document names this kind as (Net §05.4.2, §10.4, and
    /// the sections that disagree with them), each with its sections; empty for kinds no paradigm row names.
    /// </summary>
    public IReadOnlyList<NicPlacement> Placements { get; }

    /// <summary>Gets how the document's words were read, what it leaves unsaid, or where it disagrees with itself; null when there is nothing to add.</summary>
    public string? Note { get; }

    /// <summary>Gets where the entry comes from.</summary>
    public Citation Citation { get; }

    /// <summary>Gets every profile, in the order of <see cref="NicKind"/>.</summary>
    internal static IReadOnlyList<NicProfile> All { get; } = Array.AsReadOnly(Profiles);

    /// <summary>The profile of a kind of NIC.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    internal static NicProfile Of(NicKind kind) => Profiles[(int)Preconditions.Defined(kind, nameof(kind)) - 1];
}
