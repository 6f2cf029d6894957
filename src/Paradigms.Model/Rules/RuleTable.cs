using System.Collections.Generic;
using System.Globalization;
using Paradigms.Model.Networking;

namespace Paradigms.Model.Rules;

/// <summary>
/// The one table of model rules: each row an id, severity, message and citation, and a pure
/// check per rule over plain enums and numbers. The library runs it when a model is built
/// (<c>ModelValidator</c>); the analyzer compiles this same file and runs it on constants.
/// </summary>
#if PARADIGMS_ANALYZER
internal
#else
public
#endif
static partial class RuleTable
{
    /// <summary>PM0001: a NIC that cannot be attached under the paradigm.</summary>
    public static readonly Rule NicNotAttachable = new(
        DiagnosticIds.NicNotAttachable,
        RuleSeverity.Error,
        "NIC cannot be attached under the paradigm",
        "{0} cannot be attached to {1}: {2}",
        "Net §05.4.2, §10.4; Net §09.1.1; WASI sockets proposal");

    /// <summary>PM0002: a logical channel the paradigm's workload cannot terminate.</summary>
    public static readonly Rule ChannelNotAvailable = new(
        DiagnosticIds.ChannelNotAvailable,
        RuleSeverity.Error,
        "Logical channel not available under the paradigm",
        "{0} cannot be terminated inside {1}: {2}",
        "Net §04.2.2, §04.3.2, §10.3; Net §09.1.1; WASI sockets proposal");

    /// <summary>PM0003: a NIC whose I/O path belongs to another paradigm.</summary>
    public static readonly Rule NicFromAnotherParadigm = new(
        DiagnosticIds.NicFromAnotherParadigm,
        RuleSeverity.Warning,
        "NIC's I/O path belongs to another paradigm",
        "{0} on {1}: {2}",
        "Net §05.2.2, §05.4.2, §10.2, §10.4");

    /// <summary>PM0004: a value outside its protocol's range.</summary>
    public static readonly Rule ValueOutOfProtocolRange = new(
        DiagnosticIds.ValueOutOfProtocolRange,
        RuleSeverity.Error,
        "Value outside its protocol range",
        "{0} {1} is outside {2}",
        "IEEE 802.1Q; RFC 7348; PCI-SIG SR-IOV");

    /// <summary>PM0005 (error): a physical link that cannot carry its declared rate, or an interface that cannot take its medium.</summary>
    public static readonly Rule LinkCannotCarry = new(
        DiagnosticIds.PhysicalLink,
        RuleSeverity.Error,
        "Physical link cannot carry the declared rate or medium",
        "{0} cannot carry {1}: {2}",
        "Net §04.1.1, §04.1.2; IEEE 802.3ab, 802.3bz, 802.3an, 802.3bq; IEEE 802.11n/ac/ax; SFF INF-8074, SFF-8431, SFF-8402, SFF-8436, SFF-8665; CableLabs DOCSIS 3.1");

    /// <summary>PM0005 (error): an interface that cannot take the medium of its link.</summary>
    public static readonly Rule InterfaceNotForMedium = new(
        DiagnosticIds.PhysicalLink,
        RuleSeverity.Error,
        "Interface cannot take the medium",
        "{0} cannot take {1}: {2}",
        "Net §04.1.2, §05.1.1; IEEE 802.3; SFF INF-8074");

    /// <summary>PM0005 (warning): a cable longer than its standard's reach at the declared rate.</summary>
    public static readonly Rule CableBeyondReach = new(
        DiagnosticIds.PhysicalLink,
        RuleSeverity.Warning,
        "Cable longer than the standard's reach",
        "{0} of {1} at {2} is longer than the {3} the standard promises: {4}",
        "IEEE 802.3; TIA-568; TIA TSB-155");

    /// <summary>PM0006 (error): half duplex at a rate that only exists in full duplex.</summary>
    public static readonly Rule HalfDuplexAtFullDuplexOnlyRate = new(
        DiagnosticIds.Duplex,
        RuleSeverity.Error,
        "Half duplex at 10 Gbit/s or more",
        "Half duplex at {0} cannot exist: Ethernet at {1} and above is full duplex only, with no CSMA/CD",
        "Net §03.2.1, §03.3.1; IEEE 802.3ae");

    /// <summary>PM0006 (warning): full duplex declared on a shared medium.</summary>
    public static readonly Rule FullDuplexOnSharedMedium = new(
        DiagnosticIds.Duplex,
        RuleSeverity.Warning,
        "Full duplex on a shared medium",
        "Full duplex on {0}: {1}",
        "Net §02.1.1, §03.2.1");

    /// <summary>PM0007: paravirtualization of a guest that cannot be modified.</summary>
    public static readonly Rule GuestNotModifiable = new(
        DiagnosticIds.GuestNotModifiable,
        RuleSeverity.Error,
        "Paravirtualization needs a modifiable guest",
        "Paravirtualization needs a guest OS that cooperates with the hypervisor (hypercalls, paravirtual front-end drivers), and this guest cannot be modified: {0}",
        "Net §05.2.1, §10.5; Res §2.1, §2.3");

    /// <summary>PM0008 (error): an MTU below the smallest one IP works over.</summary>
    public static readonly Rule MtuBelowIpMinimum = new(
        DiagnosticIds.Mtu,
        RuleSeverity.Error,
        "MTU below the IP minimum",
        "{0} of {1} bytes is below the {2} bytes IPv4 needs (RFC 791): no IP packet can cross it",
        "RFC 791; RFC 8200");

    /// <summary>PM0008 (warning): a declared MTU larger than the encapsulation stack leaves.</summary>
    public static readonly Rule MtuDoesNotFit = new(
        DiagnosticIds.Mtu,
        RuleSeverity.Warning,
        "Declared MTU does not fit the encapsulation stack",
        "The declared MTU of {0} bytes does not fit: {1} over a {2}-byte underlay leave {3} bytes, so larger packets fragment or are dropped",
        "RFC 7348; RFC 8926; RFC 2784; RFC 3032; IEEE 802.1Q; WireGuard");

    /// <summary>PM0008 (warning): an MTU below the smallest one IPv6 works over.</summary>
    public static readonly Rule MtuBelowIpv6Minimum = new(
        DiagnosticIds.Mtu,
        RuleSeverity.Warning,
        "MTU below the IPv6 minimum",
        "{0} of {1} bytes is below the {2} bytes IPv6 needs (RFC 8200): only IPv4 can run over it",
        "RFC 8200");

    /// <summary>PM0009: a network mode the paradigm cannot have.</summary>
    public static readonly Rule NetworkModeNotAvailable = new(
        DiagnosticIds.NetworkModeNotAvailable,
        RuleSeverity.Error,
        "Network mode not available under the paradigm",
        "{0} cannot be used by {1}: {2}",
        "Net §06.3.1, §07.1.1, §08.1.1, §09.1.1");

    /// <summary>PM0010: a loss given to an IO or storage equation outside 0 % to below 100 %.</summary>
    public static readonly Rule LossOutOfRange = new(
        DiagnosticIds.LossOutOfRange,
        RuleSeverity.Error,
        "Loss outside 0 % to below 100 %",
        "{0} was {1}; allowed: {2}",
        "Res §4.2, §6.2");

    /// <summary>PM0011: a Wasm module's memory above what a wasm32 linear memory can hold.</summary>
    public static readonly Rule Wasm32MemoryTooLarge = new(
        DiagnosticIds.Wasm32MemoryTooLarge,
        RuleSeverity.Error,
        "Memory above the wasm32 limit of 4 GiB",
        "{0} was {1}; allowed: {2}",
        "WebAssembly core specification (memory types, 32-bit addresses); Res §3.2");

    /// <summary>Gets every rule, in id order; an id whose findings differ in severity has one row per severity.</summary>
    public static IReadOnlyList<Rule> All { get; } = System.Array.AsReadOnly(new[]
    {
        NicNotAttachable, ChannelNotAvailable, NicFromAnotherParadigm, ValueOutOfProtocolRange,
        LinkCannotCarry, InterfaceNotForMedium, CableBeyondReach, HalfDuplexAtFullDuplexOnlyRate, FullDuplexOnSharedMedium,
        GuestNotModifiable, MtuBelowIpMinimum, MtuDoesNotFit, MtuBelowIpv6Minimum, NetworkModeNotAvailable,
        LossOutOfRange, Wasm32MemoryTooLarge,
    });

    /// <summary>Checks that <paramref name="nic"/> can be attached under <paramref name="paradigm"/> (PM0001, PM0003).</summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <param name="nic">The NIC kind.</param>
    /// <returns>The finding, or null when the combination is fine.</returns>
    public static RuleFinding? CheckNic(Paradigm paradigm, NicKind nic)
    {
        var notAttachable = (paradigm, nic) switch
        {
            (Paradigm.Sandboxing, not NicKind.WasiSocket) =>
                "a Wasm module reaches the network only through WASI sockets, and WASI exposes no link-layer device",
            (not Paradigm.Sandboxing, NicKind.WasiSocket) =>
                "a WASI socket is the Wasm runtime's capability-based interface; model the Wasm module as its own Sandboxing deployment",
            (Paradigm.Containerization, NicKind.E1000 or NicKind.VirtioNet or NicKind.XenPvNet) =>
                "a container shares the host kernel and has no hypervisor to provide an emulated or paravirtual device; a container inside a VM (Kata, Firecracker) is modelled as that VM",
            (Paradigm.Virtualization or Paradigm.Paravirtualization, NicKind.Veth) =>
                "a veth pair links network namespaces of one kernel; a guest OS sees only the devices its hypervisor provides",
            _ => null,
        };
        if (notAttachable is not null)
        {
            return new RuleFinding(NicNotAttachable, NicName(nic), ParadigmPhrase(paradigm), notAttachable);
        }

        var otherPath = (paradigm, nic) switch
        {
            (Paradigm.Virtualization, NicKind.VirtioNet or NicKind.XenPvNet) =>
                "a paravirtual driver needs a guest that cooperates with the hypervisor, which is paravirtual I/O; model it as Paravirtualization",
            (Paradigm.Paravirtualization, NicKind.E1000) =>
                "an emulated NIC gives up the paravirtual I/O path and its lower latency overhead (Net §10.2)",
            _ => null,
        };
        return otherPath is null ? null : new RuleFinding(NicFromAnotherParadigm, NicName(nic), ParadigmPhrase(paradigm), otherPath);
    }

    /// <summary>Checks that a workload under <paramref name="paradigm"/> can terminate <paramref name="channel"/> (PM0002).</summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <param name="channel">The logical channel kind.</param>
    /// <returns>The finding, or null when the combination is fine.</returns>
    public static RuleFinding? CheckChannel(Paradigm paradigm, LogicalChannelKind channel)
    {
        var reason = (paradigm, channel) switch
        {
            (Paradigm.Sandboxing, LogicalChannelKind.Vlan or LogicalChannelKind.Vxlan or LogicalChannelKind.Geneve) =>
                "WASI exposes no link-layer device on which to tag or encapsulate frames",
            (Paradigm.Sandboxing, LogicalChannelKind.Gre) =>
                "WASI sockets offer TCP and UDP only, and GRE needs raw IP (protocol 47)",
            (Paradigm.Sandboxing, LogicalChannelKind.NetworkNamespace) =>
                "Wasm modules share the host's network stack and have no network namespace of their own (Net §09.1.1)",
            (not Paradigm.Sandboxing, LogicalChannelKind.WasiSocket) =>
                "WASI sockets belong to a Wasm runtime; model the Wasm module as its own Sandboxing deployment",
            _ => null,
        };
        return reason is null ? null : new RuleFinding(ChannelNotAvailable, ChannelName(channel), ParadigmPhrase(paradigm), reason);
    }

    /// <summary>Checks that a guest can run under <paramref name="paradigm"/> (PM0007).</summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <param name="guestModifiable">Whether the guest OS can be modified (its kernel patched or paravirtual drivers installed).</param>
    /// <returns>The finding, or null when the combination is fine.</returns>
    public static RuleFinding? CheckGuest(Paradigm paradigm, bool guestModifiable) =>
        paradigm == Paradigm.Paravirtualization && !guestModifiable
            ? new RuleFinding(GuestNotModifiable, "run it under full Virtualization, which needs no change to the guest")
            : null;

    /// <summary>Checks that <paramref name="paradigm"/> can use <paramref name="mode"/> (PM0009).</summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <param name="mode">The network mode.</param>
    /// <returns>The finding, or null when the combination is fine.</returns>
    public static RuleFinding? CheckNetworkMode(Paradigm paradigm, NetworkMode mode)
    {
        var reason = (paradigm, mode) switch
        {
            (Paradigm.Virtualization or Paradigm.Paravirtualization, NetworkMode.SharedHostStack) =>
                "a guest OS runs its own IP and TCP/UDP stack on its (virtual) NIC (Net §06.3.1, §10.5); it cannot share the host's",
            (Paradigm.Sandboxing, not NetworkMode.SharedHostStack) =>
                "Wasm modules share the host's network stack and have no network namespace of their own (Net §09.1.1); a Wasm runtime inside a container takes that container's network, and is modelled as the container",
            _ => null,
        };
        return reason is null ? null : new RuleFinding(NetworkModeNotAvailable, ModeName(mode), ParadigmPhrase(paradigm), reason);
    }

    /// <summary>Checks an 802.1Q VLAN id (PM0004).</summary>
    /// <param name="vlanId">The VLAN id.</param>
    /// <returns>The finding, or null when the id is usable.</returns>
    public static RuleFinding? CheckVlanId(long vlanId) =>
        vlanId is >= ProtocolLimits.MinimumVlanId and <= ProtocolLimits.MaximumVlanId
            ? null
            : OutOfRange("VLAN id", vlanId, Span(ProtocolLimits.MinimumVlanId, ProtocolLimits.MaximumVlanId) + " (802.1Q: 12 bits, 0 and 4095 reserved)");

    /// <summary>Checks a VXLAN network identifier (PM0004).</summary>
    /// <param name="vni">The VNI.</param>
    /// <returns>The finding, or null when the VNI fits in 24 bits.</returns>
    public static RuleFinding? CheckVxlanNetworkIdentifier(long vni) =>
        vni is >= ProtocolLimits.MinimumVxlanNetworkIdentifier and <= ProtocolLimits.MaximumVxlanNetworkIdentifier
            ? null
            : OutOfRange("VXLAN VNI", vni, Span(ProtocolLimits.MinimumVxlanNetworkIdentifier, ProtocolLimits.MaximumVxlanNetworkIdentifier) + " (RFC 7348: 24 bits)");

    /// <summary>Checks the number of virtual functions an SR-IOV device reports (PM0004).</summary>
    /// <param name="count">How many virtual functions the device has (TotalVFs).</param>
    /// <returns>The finding, or null when the count fits the 16-bit TotalVFs field and is at least 1.</returns>
    public static RuleFinding? CheckVirtualFunctionCount(long count) =>
        count is >= 1 and <= ProtocolLimits.MaximumVirtualFunctionCount
            ? null
            : OutOfRange("SR-IOV virtual function count", count, Span(1, ProtocolLimits.MaximumVirtualFunctionCount) + " (TotalVFs is 16 bits)");

    /// <summary>Checks an SR-IOV virtual function's index against its device's count (PM0004).</summary>
    /// <param name="index">The virtual function's index.</param>
    /// <param name="count">How many virtual functions the device has (TotalVFs).</param>
    /// <returns>The finding, or null when the index names one of the device's functions.</returns>
    public static RuleFinding? CheckVirtualFunctionIndex(long index, long count) =>
        index >= 0 && index < count
            ? null
            : OutOfRange(
                "SR-IOV virtual function index",
                index,
                Span(0, count - 1) + " (the device has " + Number(count) + " virtual functions)");

    /// <summary>How a NIC kind is named in messages.</summary>
    /// <param name="nic">The NIC kind.</param>
    /// <returns>The name, for example <c>SR-IOV</c>.</returns>
    public static string NicName(NicKind nic) => nic switch
    {
        NicKind.Physical => "A physical NIC",
        NicKind.E1000 => "E1000",
        NicKind.VirtioNet => "VirtIO-net",
        NicKind.XenPvNet => "Xen PV net",
        NicKind.SrIovVirtualFunction => "SR-IOV",
        NicKind.Veth => "A veth pair",
        NicKind.VlanInterface => "A VLAN interface",
        NicKind.BridgeInterface => "A bridge interface",
        NicKind.TunnelInterface => "A tunnel interface",
        NicKind.WasiSocket => "A WASI socket",
        _ => "NIC kind " + ((int)nic).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>How a logical channel kind is named in messages.</summary>
    /// <param name="channel">The channel kind.</param>
    /// <returns>The name, for example <c>A VXLAN channel</c>.</returns>
    public static string ChannelName(LogicalChannelKind channel) => channel switch
    {
        LogicalChannelKind.Vlan => "A VLAN",
        LogicalChannelKind.Vxlan => "A VXLAN channel",
        LogicalChannelKind.Gre => "A GRE tunnel",
        LogicalChannelKind.Geneve => "A Geneve channel",
        LogicalChannelKind.Vpn => "A VPN",
        LogicalChannelKind.Cni => "A CNI channel",
        LogicalChannelKind.ServiceMesh => "A service-mesh channel",
        LogicalChannelKind.IngressEgress => "An ingress or egress channel",
        LogicalChannelKind.NetworkNamespace => "A network namespace",
        LogicalChannelKind.WasiSocket => "A WASI socket channel",
        _ => "Channel kind " + ((int)channel).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>How a network mode is named in messages.</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>The name, for example <c>NAT mode</c>.</returns>
    public static string ModeName(NetworkMode mode) => mode switch
    {
        NetworkMode.Bridge => "Bridge mode",
        NetworkMode.Nat => "NAT mode",
        NetworkMode.HostOnly => "Host-only mode",
        NetworkMode.Overlay => "Overlay mode",
        NetworkMode.Cni => "A CNI network",
        NetworkMode.SharedHostStack => "The shared host stack",
        _ => "Network mode " + ((int)mode).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>How a paradigm's workload is named in messages.</summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <returns>The phrase, for example <c>a Wasm sandbox</c>.</returns>
    public static string ParadigmPhrase(Paradigm paradigm) => paradigm switch
    {
        Paradigm.Virtualization => "a fully virtualized VM",
        Paradigm.Paravirtualization => "a paravirtualized VM",
        Paradigm.Containerization => "a container",
        Paradigm.Sandboxing => "a Wasm sandbox",
        _ => "paradigm " + ((int)paradigm).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Writes a range of the limits, grouping digits from five digits up (1–4094, 0–16,777,215).</summary>
    private static string Span(long min, long max) => Number(min) + "–" + Number(max);

    private static string Number(long value) =>
        value.ToString(value >= 10_000 ? "N0" : "D", CultureInfo.InvariantCulture);

    private static RuleFinding OutOfRange(string what, long value, string range) =>
        new(ValueOutOfProtocolRange, what, value.ToString(CultureInfo.InvariantCulture), range);
}
