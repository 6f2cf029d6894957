using System;
using System.Collections.Generic;
using Paradigms.Model.Facts;
using Osi = Paradigms.Model.Networking.OsiLayer;
using P = Paradigms.Model.Networking.LayerProvider;
using TcpIp = Paradigms.Model.Networking.TcpIpLayer;

namespace Paradigms.Model.Networking;

/// <summary>
/// Who provides one protocol layer to a workload under one paradigm, as the document's
/// per-paradigm stacks say (OSI: Net §06.1.2, §06.3.1, §10.5; TCP/IP: Net §06.2.2): the provider,
/// whether the document marks it shared with the host (（共享）) or a modified guest OS (（修改后）),
/// its words, and the readings of sections that disagree.
/// </summary>
/// <remarks>
/// Immutable; from <see cref="ProtocolStackCatalog.Owner(Paradigm, OsiLayer)"/> and
/// <see cref="ProtocolStackCatalog.Owner(Paradigm, TcpIpLayer)"/>. Exactly one of
/// <see cref="OsiLayer"/> and <see cref="TcpIpLayer"/> is set.
/// </remarks>
public sealed record LayerOwner
{
    private const string AllOsiSections = "§06.1.2, §06.3.1, §10.5";
    private const string OsiDefinitionSections = "§06.1.2, §06.3.1";
    private const string MatrixSections = "§06.3.1, §10.5";
    private const string TcpIpSections = "§06.2.2";

    private static readonly LayerOwner?[][] OsiOwners =
    [
        [
            OsiOwner(Paradigm.Virtualization, Osi.Physical, P.PhysicalNic, "physical NIC", "物理网卡", AllOsiSections),
            OsiOwner(Paradigm.Virtualization, Osi.DataLink, P.VirtualNic, "virtual NIC (vNIC)", "虚拟网卡（vNIC）", AllOsiSections, note: "§10.5 words it 虚拟网卡（模拟）, virtual NIC (emulated)."),
            OsiOwner(Paradigm.Virtualization, Osi.Network, P.GuestOs, "Guest OS IP stack", "Guest OS IP 栈", AllOsiSections, note: "§06.1.2: Guest OS 网络协议栈 (network protocol stack); §10.5: Guest OS IP."),
            OsiOwner(Paradigm.Virtualization, Osi.Transport, P.GuestOs, "Guest OS TCP/UDP", "Guest OS TCP/UDP", AllOsiSections),
            OsiOwner(Paradigm.Virtualization, Osi.Session, P.GuestOs, "Guest OS", "Guest OS", OsiDefinitionSections, note: "§06.1.2: Guest OS 会话管理 (session management). §10.5 has no session row."),
            OsiOwner(Paradigm.Virtualization, Osi.Presentation, P.GuestOs, "Guest OS", "Guest OS", OsiDefinitionSections, note: "§06.1.2: Guest OS 数据格式 (data format). §10.5 has no presentation row."),
            OsiOwner(Paradigm.Virtualization, Osi.Application, P.GuestOsApplication, "Guest OS application", "Guest OS App", AllOsiSections, note: "§06.1.2: Guest OS 应用程序 (application)."),
        ],
        [
            OsiOwner(Paradigm.Paravirtualization, Osi.Physical, P.PhysicalNic, "physical NIC", "物理网卡", "§10.5"),
            OsiOwner(Paradigm.Paravirtualization, Osi.DataLink, P.ParavirtualNic, "paravirtual NIC (VirtIO Net)", "半虚拟化网卡（VirtIO Net）", "§10.5"),
            OsiOwner(Paradigm.Paravirtualization, Osi.Network, P.GuestOs, "Guest OS IP (modified)", "Guest OS IP（修改后）", "§10.5", modified: true),
            OsiOwner(Paradigm.Paravirtualization, Osi.Transport, P.GuestOs, "Guest OS TCP/UDP (modified)", "Guest OS TCP/UDP（修改后）", "§10.5", modified: true),
            null,
            null,
            OsiOwner(Paradigm.Paravirtualization, Osi.Application, P.GuestOsApplication, "Guest OS application (modified)", "Guest OS App（修改后）", "§10.5", modified: true),
        ],
        [
            OsiOwner(Paradigm.Containerization, Osi.Physical, P.PhysicalNic, "physical NIC (shared)", "物理网卡（共享）", AllOsiSections, shared: true),
            OsiOwner(
                Paradigm.Containerization,
                Osi.DataLink,
                P.VethAndBridge,
                "veth + bridge",
                "veth + Bridge",
                MatrixSections,
                others: [OsiOwner(Paradigm.Containerization, Osi.DataLink, P.NetworkNamespaceAndVeth, "network namespace + veth", "Network Namespace + veth", "§06.1.2")],
                note: "§06.1.2 gives Network Namespace + veth instead; the matrices' veth + Bridge is kept as the owner."),
            OsiOwner(Paradigm.Containerization, Osi.Network, P.HostOs, "Host OS IP stack (shared)", "Host OS IP 栈（共享）", AllOsiSections, shared: true, others: [OwnStack(Osi.Network, null)], note: OwnStackNote),
            OsiOwner(Paradigm.Containerization, Osi.Transport, P.HostOs, "Host OS TCP/UDP (shared)", "Host OS TCP/UDP（共享）", AllOsiSections, shared: true, others: [OwnStack(Osi.Transport, null)], note: OwnStackNote),
            OsiOwner(Paradigm.Containerization, Osi.Session, P.HostOs, "Host OS (shared)", "Host OS（共享）", OsiDefinitionSections, shared: true, note: "§06.1.2: Host OS 会话管理（共享） (session management, shared). §10.5 has no session row."),
            OsiOwner(Paradigm.Containerization, Osi.Presentation, P.HostOs, "Host OS (shared)", "Host OS（共享）", OsiDefinitionSections, shared: true, note: "§06.1.2: Host OS 数据格式（共享） (data format, shared). §10.5 has no presentation row."),
            OsiOwner(Paradigm.Containerization, Osi.Application, P.ContainerApplication, "container application", "Container App", AllOsiSections, note: "§06.1.2: Container 应用程序 (application)."),
        ],
        [
            OsiOwner(Paradigm.Sandboxing, Osi.Physical, P.PhysicalNic, "physical NIC (shared)", "物理网卡（共享）", AllOsiSections, shared: true),
            OsiOwner(Paradigm.Sandboxing, Osi.DataLink, P.HostOs, "Host OS (shared)", "Host OS（共享）", AllOsiSections, shared: true, note: "§06.1.2: Host OS 数据链路层（共享） (data-link layer, shared)."),
            OsiOwner(Paradigm.Sandboxing, Osi.Network, P.HostOs, "Host OS IP stack (shared)", "Host OS IP 栈（共享）", AllOsiSections, shared: true, note: "§06.1.2: Host OS 网络层（共享） (network layer, shared); §10.5: Host OS IP（共享）."),
            OsiOwner(Paradigm.Sandboxing, Osi.Transport, P.HostOs, "Host OS TCP/UDP (shared)", "Host OS TCP/UDP（共享）", AllOsiSections, shared: true),
            OsiOwner(Paradigm.Sandboxing, Osi.Session, P.Wasi, "WASI socket", "WASI Socket", OsiDefinitionSections, note: "§06.1.2: WASI Socket 抽象 (socket abstraction). §10.5 has no session row."),
            OsiOwner(Paradigm.Sandboxing, Osi.Presentation, P.Wasi, "WASI", "WASI", OsiDefinitionSections, note: "§06.1.2: WASI 数据格式 (data format). §10.5 has no presentation row."),
            OsiOwner(Paradigm.Sandboxing, Osi.Application, P.WasmModule, "Wasm module", "Wasm Module", AllOsiSections, note: "§06.1.2: Wasm Module 应用程序 (application)."),
        ],
    ];

    private static readonly LayerOwner?[][] TcpIpOwners =
    [
        [
            TcpIpOwner(Paradigm.Virtualization, TcpIp.NetworkInterface, [P.VirtualNic, P.Hypervisor, P.PhysicalNic], "virtual NIC (vNIC) → hypervisor → physical NIC", "虚拟网卡（vNIC）→ Hypervisor → 物理网卡"),
            TcpIpOwner(Paradigm.Virtualization, TcpIp.Internet, [P.GuestOs], "Guest OS IP stack", "Guest OS IP 协议栈"),
            TcpIpOwner(Paradigm.Virtualization, TcpIp.Transport, [P.GuestOs], "Guest OS TCP/UDP", "Guest OS TCP/UDP"),
            TcpIpOwner(Paradigm.Virtualization, TcpIp.Application, [P.GuestOsApplication], "Guest OS applications", "Guest OS 应用程序"),
        ],
        [null, null, null, null],
        [
            TcpIpOwner(Paradigm.Containerization, TcpIp.NetworkInterface, [P.Veth, P.Bridge, P.PhysicalNic], "veth → bridge → physical NIC (shared)", "veth → Bridge → 物理网卡（共享）", shared: true),
            TcpIpOwner(Paradigm.Containerization, TcpIp.Internet, [P.HostOs], "Host OS IP stack (shared)", "Host OS IP 协议栈（共享）", shared: true, others: [OwnStack(null, TcpIp.Internet)], note: OwnStackNote),
            TcpIpOwner(Paradigm.Containerization, TcpIp.Transport, [P.HostOs], "Host OS TCP/UDP (shared)", "Host OS TCP/UDP（共享）", shared: true, others: [OwnStack(null, TcpIp.Transport)], note: OwnStackNote),
            TcpIpOwner(Paradigm.Containerization, TcpIp.Application, [P.ContainerApplication], "container applications", "Container 应用程序"),
        ],
        [
            TcpIpOwner(Paradigm.Sandboxing, TcpIp.NetworkInterface, [P.HostOs], "Host OS network interface layer (shared)", "Host OS 网络接口层（共享）", shared: true),
            TcpIpOwner(Paradigm.Sandboxing, TcpIp.Internet, [P.HostOs], "Host OS IP stack (shared)", "Host OS IP 协议栈（共享）", shared: true),
            TcpIpOwner(Paradigm.Sandboxing, TcpIp.Transport, [P.HostOs], "Host OS TCP/UDP (shared)", "Host OS TCP/UDP（共享）", shared: true),
            TcpIpOwner(Paradigm.Sandboxing, TcpIp.Application, [P.WasmModule], "Wasm module (WASI Network)", "Wasm Module（WASI Network）"),
        ],
    ];

    private const string OwnStackNote =
        "§05.3.2, §08.1.1, §08.2.1 and §08.3.1 give each container its own, independent network stack (网络协议栈（独立）) in its network namespace; see OtherReadings. The per-paradigm stacks' shared Host OS stack is kept as the owner.";

    private LayerOwner(
        Paradigm paradigm,
        OsiLayer? osiLayer,
        TcpIpLayer? tcpIpLayer,
        LayerProvider[] path,
        string description,
        string quote,
        Citation citation,
        bool shared,
        bool modified,
        LayerOwner[]? others,
        string? note)
    {
        Paradigm = paradigm;
        OsiLayer = osiLayer;
        TcpIpLayer = tcpIpLayer;
        Provider = path[0];
        Path = Array.AsReadOnly(path);
        Description = description;
        Quote = quote;
        Citation = citation;
        SharedWithHost = shared;
        GuestOsModified = modified;
        OtherReadings = Array.AsReadOnly(others ?? []);
        Note = note;
    }

    /// <summary>Gets the paradigm.</summary>
    public Paradigm Paradigm { get; }

    /// <summary>Gets the OSI layer, or null when this is a TCP/IP layer's owner.</summary>
    public OsiLayer? OsiLayer { get; }

    /// <summary>Gets the TCP/IP layer, or null when this is an OSI layer's owner.</summary>
    public TcpIpLayer? TcpIpLayer { get; }

    /// <summary>Gets what provides the layer: the only element of <see cref="Path"/>, or its first hop, the interface the workload sees.</summary>
    public LayerProvider Provider { get; }

    /// <summary>
    /// Gets the hops the layer passes through, from the workload outward, where the document gives a
    /// path (the TCP/IP network interface layer of Net §06.2.2: vNIC → hypervisor → physical NIC,
    /// veth → bridge → physical NIC); otherwise the provider alone.
    /// </summary>
    public IReadOnlyList<LayerProvider> Path { get; }

    /// <summary>
    /// Gets whether the document marks the layer shared with the host (（共享）). For a path, true when
    /// a hop is marked: a container's network interface layer marks its physical NIC.
    /// </summary>
    public bool SharedWithHost { get; }

    /// <summary>Gets whether the document marks the guest OS modified (（修改后）): paravirtualization's network, transport and application layers (Net §10.5).</summary>
    public bool GuestOsModified { get; }

    /// <summary>Gets the document's words, translated, for example <c>Host OS TCP/UDP (shared)</c>.</summary>
    public string Description { get; }

    /// <summary>
    /// Gets the document's own words: those of Net §06.3.1 for OSI layers (of Net §10.5 for
    /// paravirtualization, which §06.3.1 lacks, and of §06.1.2 for a reading only it gives), and
    /// those of Net §06.2.2 for TCP/IP layers.
    /// </summary>
    public string Quote { get; }

    /// <summary>Gets the sections that give this owner.</summary>
    public Citation Citation { get; }

    /// <summary>Gets what sections that disagree say instead, each with its citation; empty where the document agrees with itself.</summary>
    public IReadOnlyList<LayerOwner> OtherReadings { get; }

    /// <summary>Gets how the sections word the cell differently, what they leave out, or where they disagree; null when there is nothing to add.</summary>
    public string? Note { get; }

    /// <summary>The owner of an OSI layer.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="paradigm"/> or <paramref name="layer"/> is not defined.</exception>
    internal static LayerOwner? Of(Paradigm paradigm, OsiLayer layer) =>
        OsiOwners[(int)Preconditions.Defined(paradigm, nameof(paradigm)) - 1][(int)Preconditions.Defined(layer, nameof(layer)) - 1];

    /// <summary>The owner of a TCP/IP layer.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="paradigm"/> or <paramref name="layer"/> is not defined.</exception>
    internal static LayerOwner? Of(Paradigm paradigm, TcpIpLayer layer) =>
        TcpIpOwners[(int)Preconditions.Defined(paradigm, nameof(paradigm)) - 1][(int)Preconditions.Defined(layer, nameof(layer)) - 1];

    private static LayerOwner OsiOwner(
        Paradigm paradigm,
        OsiLayer layer,
        LayerProvider provider,
        string description,
        string quote,
        string sections,
        bool shared = false,
        bool modified = false,
        LayerOwner[]? others = null,
        string? note = null) =>
        new(paradigm, layer, null, [provider], description, quote, Citation.Net(sections), shared, modified, others, note);

    private static LayerOwner TcpIpOwner(
        Paradigm paradigm,
        TcpIpLayer layer,
        LayerProvider[] path,
        string description,
        string quote,
        bool shared = false,
        LayerOwner[]? others = null,
        string? note = null) =>
        new(paradigm, null, layer, path, description, quote, Citation.Net(TcpIpSections), shared, false, others, note);

    /// <summary>The reading of Net §05.3.2 and §08: each container has its own, independent network stack.</summary>
    private static LayerOwner OwnStack(OsiLayer? osiLayer, TcpIpLayer? tcpIpLayer) => new(
        Paradigm.Containerization,
        osiLayer,
        tcpIpLayer,
        [P.NetworkNamespace],
        "the container's own network stack, independent, in its network namespace",
        "网络协议栈（独立）",
        Citation.Net("§05.3.2, §08.1.1, §08.2.1, §08.3.1"),
        false,
        false,
        null,
        "§08.3.1: 每个容器拥有独立的网络协议栈 (each container has its own network protocol stack).");
}
