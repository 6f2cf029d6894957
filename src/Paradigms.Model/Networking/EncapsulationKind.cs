namespace Paradigms.Model.Networking;

/// <summary>A header that a tunnel or tag adds in front of a packet, taking bytes from the MTU.</summary>
/// <remarks>The values start at 1 so that <c>default</c> is refused. Linked into the analyzer (PM0008 reads it).</remarks>
#if PARADIGMS_ANALYZER
internal
#else
public
#endif
enum EncapsulationKind
{
    /// <summary>One 802.1Q VLAN tag, 4 bytes (IEEE 802.1Q).</summary>
    Dot1QTag = 1,

    /// <summary>Two stacked 802.1Q tags (Q-in-Q, 802.1ad), 8 bytes.</summary>
    QinQTags = 2,

    /// <summary>VXLAN over IPv4, 50 bytes: outer IPv4 20, UDP 8, VXLAN 8, inner Ethernet 14 (RFC 7348).</summary>
    VxlanOverIpv4 = 3,

    /// <summary>VXLAN over IPv6, 70 bytes: outer IPv6 40, UDP 8, VXLAN 8, inner Ethernet 14 (RFC 7348).</summary>
    VxlanOverIpv6 = 4,

    /// <summary>Geneve over IPv4, 50 bytes plus options (RFC 8926).</summary>
    GeneveOverIpv4 = 5,

    /// <summary>Geneve over IPv6, 70 bytes plus options (RFC 8926).</summary>
    GeneveOverIpv6 = 6,

    /// <summary>GRE over IPv4, 24 bytes: outer IPv4 20, GRE 4 (RFC 2784).</summary>
    GreOverIpv4 = 7,

    /// <summary>GRE over IPv6, 44 bytes: outer IPv6 40, GRE 4 (RFC 2784, RFC 7676).</summary>
    GreOverIpv6 = 8,

    /// <summary>WireGuard over IPv4, 60 bytes: outer IPv4 20, UDP 8, WireGuard header 16, authentication tag 16.</summary>
    WireGuardOverIpv4 = 9,

    /// <summary>WireGuard over IPv6, 80 bytes: outer IPv6 40, UDP 8, WireGuard header 16, authentication tag 16.</summary>
    WireGuardOverIpv6 = 10,

    /// <summary>MPLS labels, 4 bytes each (RFC 3032).</summary>
    MplsLabels = 11,
}
