using System;
using System.Collections.Generic;
using Paradigms.Model.Facts;

namespace Paradigms.Model.Networking;

/// <summary>
/// What one kind of logical channel (逻辑信道) is: "an abstract channel built over a physical channel,
/// letting many logical channels share one physical channel" (Net §04.2.1). Its definition, how it is
/// implemented, the layer it provides, the physical channel under it, what it is for, and the paradigms
/// the document lists it under (Net §04.2.2).
/// </summary>
/// <remarks>Immutable; one instance per <see cref="LogicalChannelKind"/>, from <see cref="ChannelCatalog.Logical"/>.</remarks>
public sealed record LogicalChannelProfile
{
    private static readonly LogicalChannelProfile[] Profiles =
    [
        new(
            LogicalChannelKind.Vlan,
            definition: "A logically separated virtual network created on a physical network.",
            implementations: ["802.1Q VLAN tag"],
            layer: 2,
            identifierName: "VLAN ID",
            minimumIdentifier: StandardFacts.MinimumVlanId,
            maximumIdentifier: StandardFacts.MaximumVlanId,
            underlay: "the shared physical network",
            uses: ["network isolation", "broadcast-domain segmentation"],
            paradigms: [Paradigm.Virtualization],
            citation: Citation.Net("§04.2.1, §04.2.2, §04.3.1, §05.3.2")),
        new(
            LogicalChannelKind.Vxlan,
            definition: "An overlay channel: a logical layer-2 network over an IP network.",
            implementations: ["VXLAN encapsulation, networks told apart by their VNI (virtual network identifier)"],
            layer: 2,
            identifierName: "VNI",
            minimumIdentifier: StandardFacts.MinimumVxlanNetworkIdentifier,
            maximumIdentifier: StandardFacts.MaximumVxlanNetworkIdentifier,
            underlay: "the underlying IP network",
            uses: ["container networks", "virtual networks"],
            paradigms: [Paradigm.Virtualization],
            citation: Citation.Net("§02.2.2, §04.2.1, §04.2.2, §04.3.1")),
        new(
            LogicalChannelKind.Gre,
            definition: "An overlay channel: a logical layer-3 network.",
            implementations: [],
            layer: 3,
            underlay: "the underlying IP network",
            citation: Citation.Net("§02.2.2, §04.2.1")),
        new(
            LogicalChannelKind.Geneve,
            definition: "An overlay channel: generic network virtualization encapsulation.",
            implementations: [],
            citation: Citation.Net("§04.2.1")),
        new(
            LogicalChannelKind.Vpn,
            definition: "A private logical network created over a public network.",
            implementations: ["IPsec", "SSL VPN", "GRE"],
            underlay: "the public network",
            uses: ["remote access", "site-to-site interconnection"],
            paradigms: [Paradigm.Virtualization],
            citation: Citation.Net("§04.2.1, §04.2.2")),
        new(
            LogicalChannelKind.Cni,
            definition: "A container network channel: a logical channel made through the Container Network Interface.",
            implementations: ["Flannel (a VXLAN channel)", "Calico (a BGP channel)", "Weave (an overlay network)"],
            underlay: "the underlying physical network",
            paradigms: [Paradigm.Containerization],
            citation: Citation.Net("§04.2.1, §04.2.2, §08.1.1")),
        new(
            LogicalChannelKind.ServiceMesh,
            definition: "A container network channel: the logical channel of a service mesh.",
            implementations: ["Istio (an mTLS channel)"],
            underlay: "the container network",
            paradigms: [Paradigm.Containerization],
            citation: Citation.Net("§04.2.1, §04.2.2")),
        new(
            LogicalChannelKind.IngressEgress,
            definition: "A container network channel: the logical channel of traffic entering (ingress) or leaving (egress).",
            implementations: [],
            citation: Citation.Net("§04.2.1")),
        new(
            LogicalChannelKind.NetworkNamespace,
            definition: "An independent network stack; the physical NIC under it is shared.",
            implementations: ["a network namespace with its own network stack"],
            underlay: "the shared physical NIC",
            uses: ["container network isolation"],
            paradigms: [Paradigm.Containerization],
            citation: Citation.Net("§04.2.2, §04.3.1")),
        new(
            LogicalChannelKind.WasiSocket,
            definition: "WASI Network: a socket abstraction over the host OS network stack.",
            implementations: ["socket abstraction (WASI Network)", "WASI socket functions (the function-call channel)"],
            underlay: "the host OS network stack and its sockets",
            uses: ["Wasm network abstraction"],
            paradigms: [Paradigm.Sandboxing],
            citation: Citation.Net("§04.2.2, §04.3.1")),
    ];

    private LogicalChannelProfile(
        LogicalChannelKind kind,
        string definition,
        IReadOnlyList<string> implementations,
        Citation citation,
        int? layer = null,
        string? identifierName = null,
        Sourced<int>? minimumIdentifier = null,
        Sourced<int>? maximumIdentifier = null,
        string? underlay = null,
        IReadOnlyList<string>? uses = null,
        IReadOnlyList<Paradigm>? paradigms = null)
    {
        Kind = kind;
        Definition = definition;
        Implementations = implementations;
        Layer = layer;
        IdentifierName = identifierName;
        MinimumIdentifier = minimumIdentifier;
        MaximumIdentifier = maximumIdentifier;
        Underlay = underlay;
        Uses = uses ?? [];
        Paradigms = paradigms ?? [];
        Citation = citation;
    }

    /// <summary>Gets the kind of channel.</summary>
    public LogicalChannelKind Kind { get; }

    /// <summary>Gets what the channel is, in one English sentence translated from the document (定义) (Net §04.2.1, §04.2.2).</summary>
    public string Definition { get; }

    /// <summary>Gets how the channel is implemented (实现), as the document names it (Net §04.2.1, §04.2.2); empty for GRE, Geneve and ingress/egress, where it names none.</summary>
    public IReadOnlyList<string> Implementations { get; }

    /// <summary>
    /// Gets the OSI layer (1–7) of the network the channel provides, where the document says: 2 for a
    /// VLAN (the VLAN interface is data-link layer, Net §05.3.2) and for VXLAN (逻辑二层, Net §02.2.2,
    /// §04.2.1), 3 for GRE (逻辑三层, Net §02.2.2, §04.2.1); null for the kinds the document gives no layer.
    /// </summary>
    public int? Layer { get; }

    /// <summary>Gets the name of the identifier that tells channels of this kind apart on one physical channel: <c>VLAN ID</c>, <c>VNI</c>; null for the other kinds.</summary>
    public string? IdentifierName { get; }

    /// <summary>
    /// Gets the smallest identifier: 1 for a VLAN (<see cref="StandardFacts.MinimumVlanId"/>; Net §04.2.2 gives 1–4094),
    /// 0 for a VXLAN VNI (<see cref="StandardFacts.MinimumVxlanNetworkIdentifier"/>); null for the kinds without an identifier.
    /// </summary>
    public Sourced<int>? MinimumIdentifier { get; }

    /// <summary>
    /// Gets the largest identifier: 4094 for a VLAN (<see cref="StandardFacts.MaximumVlanId"/>), 16,777,215 for a
    /// VXLAN VNI (<see cref="StandardFacts.MaximumVxlanNetworkIdentifier"/>); null for the kinds without an identifier.
    /// </summary>
    public Sourced<int>? MaximumIdentifier { get; }

    /// <summary>Gets the physical channel the document puts under the logical one (物理信道) (Net §04.2.2); null where it names none.</summary>
    public string? Underlay { get; }

    /// <summary>Gets what the channel is used for (应用, 应用场景) (Net §04.2.1, §04.3.1); empty where the document says nothing.</summary>
    public IReadOnlyList<string> Uses { get; }

    /// <summary>
    /// Gets the paradigms the document lists the channel under (Net §04.2.2): VLAN, VXLAN and VPN under
    /// virtualization; network namespaces, CNI and service mesh under containerization; WASI sockets under
    /// sandboxing. Empty for GRE, Geneve and ingress/egress, which §04.2.2 does not place.
    /// </summary>
    public IReadOnlyList<Paradigm> Paradigms { get; }

    /// <summary>Gets the sections the profile comes from.</summary>
    public Citation Citation { get; }

    /// <summary>Gets the ten profiles, in the order of <see cref="LogicalChannelKind"/>.</summary>
    internal static IReadOnlyList<LogicalChannelProfile> All { get; } = Array.AsReadOnly(Profiles);

    /// <summary>The profile of a kind of logical channel.</summary>
    internal static LogicalChannelProfile Of(LogicalChannelKind kind) => Profiles[(int)Preconditions.Defined(kind, nameof(kind)) - 1];
}
