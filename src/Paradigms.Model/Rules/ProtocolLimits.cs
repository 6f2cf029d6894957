namespace Paradigms.Model.Rules;

/// <summary>
/// Hard limits of the standards, the numbers the rules compare against. They are constants so
/// that the analyzer, which links this file, can use them; <c>Paradigms.Model.Facts.StandardFacts</c>
/// carries each one with its citation, and a test keeps the two in step.
/// </summary>
#if PARADIGMS_ANALYZER
internal
#else
public
#endif
static class ProtocolLimits
{
    /// <summary>The smallest usable 802.1Q VLAN id: 0 is reserved (priority tags). IEEE 802.1Q; Net §04.2.2 "VLAN ID（1-4094）".</summary>
    public const int MinimumVlanId = 1;

    /// <summary>The largest usable 802.1Q VLAN id: the id is 12 bits and 4095 is reserved. IEEE 802.1Q; Net §04.2.2.</summary>
    public const int MaximumVlanId = 4094;

    /// <summary>The smallest VXLAN network identifier: the VNI is an unsigned 24-bit field. RFC 7348.</summary>
    public const int MinimumVxlanNetworkIdentifier = 0;

    /// <summary>The largest VXLAN network identifier: the VNI is 24 bits, 0 to 16,777,215. RFC 7348.</summary>
    public const int MaximumVxlanNetworkIdentifier = 16_777_215;

    /// <summary>The most virtual functions one SR-IOV device can report: TotalVFs is a 16-bit field. PCI-SIG SR-IOV.</summary>
    public const int MaximumVirtualFunctionCount = 65_535;

    /// <summary>The smallest TCP or UDP port a socket can bind or connect to: 0 means "any" to bind and is no destination. RFC 793; RFC 768.</summary>
    public const int MinimumPort = 1;

    /// <summary>The largest TCP or UDP port: ports are 16 bits. RFC 793; RFC 768.</summary>
    public const int MaximumPort = 65_535;

    /// <summary>From this rate up, Ethernet is full duplex only, with no CSMA/CD: 10 Gbit/s, in bit/s. IEEE 802.3ae.</summary>
    public const long FullDuplexOnlyBitsPerSecond = 10_000_000_000;

    /// <summary>The fastest Ethernet over Category 5: 1000BASE-T, 1 Gbit/s, in bit/s. IEEE 802.3ab.</summary>
    public const long Cat5MaximumBitsPerSecond = 1_000_000_000;

    /// <summary>The fastest Ethernet over Category 5e: 5GBASE-T, 5 Gbit/s, in bit/s. IEEE 802.3bz (2.5GBASE-T and 5GBASE-T).</summary>
    public const long Cat5eMaximumBitsPerSecond = 5_000_000_000;

    /// <summary>The fastest Ethernet over Category 6: 10GBASE-T, 10 Gbit/s, in bit/s. IEEE 802.3an; TIA TSB-155.</summary>
    public const long Cat6MaximumBitsPerSecond = 10_000_000_000;

    /// <summary>The fastest Ethernet over Category 6A: 10GBASE-T, 10 Gbit/s, in bit/s. IEEE 802.3an; TIA-568.</summary>
    public const long Cat6aMaximumBitsPerSecond = 10_000_000_000;

    /// <summary>The longest twisted-pair link a BASE-T standard promises: 100 m, in metres. IEEE 802.3; TIA-568.</summary>
    public const int TwistedPairMaximumMeters = 100;

    /// <summary>The longest Category 6 link 10GBASE-T promises: 55 m, in metres (37 m with alien crosstalk). TIA TSB-155.</summary>
    public const int Cat6TenGigabitMaximumMeters = 55;

    /// <summary>The Category 6 reach at 10 Gbit/s where alien crosstalk is not controlled: 37 m, in metres. TIA TSB-155.</summary>
    public const int Cat6TenGigabitAlienCrosstalkMeters = 37;

    /// <summary>The fastest rate Category 6 carries to the full 100 m: 5GBASE-T, 5 Gbit/s, in bit/s; 10GBASE-T reaches 55 m. IEEE 802.3bz.</summary>
    public const long Cat6FullReachMaximumBitsPerSecond = 5_000_000_000;

    /// <summary>The fastest data rate over RG-6 and RG-11 coax: DOCSIS 3.1, 10 Gbit/s downstream, in bit/s. CableLabs DOCSIS 3.1.</summary>
    public const long CoaxMaximumBitsPerSecond = 10_000_000_000;

    /// <summary>The highest 802.11n PHY rate: 600 Mbit/s (4 streams, 40 MHz), in bit/s. IEEE 802.11n.</summary>
    public const long Wifi80211nMaximumBitsPerSecond = 600_000_000;

    /// <summary>The highest 802.11ac PHY rate: 6933.3 Mbit/s (8 streams, 160 MHz), in bit/s. IEEE 802.11ac.</summary>
    public const long Wifi80211acMaximumBitsPerSecond = 6_933_300_000;

    /// <summary>The highest 802.11ax PHY rate: 9607.8 Mbit/s (8 streams, 160 MHz), in bit/s. IEEE 802.11ax.</summary>
    public const long Wifi80211axMaximumBitsPerSecond = 9_607_800_000;

    /// <summary>The fastest BASE-T Ethernet on an RJ-45-style connector: 40GBASE-T, 40 Gbit/s, in bit/s. IEEE 802.3bq.</summary>
    public const long Rj45MaximumBitsPerSecond = 40_000_000_000;

    /// <summary>The fastest Ethernet an SFP cage carries: 2.5GBASE-X, 2.5 Gbit/s, in bit/s; SFP is a 1 Gbit/s cage, and faster modules are SFP+. SFF INF-8074.</summary>
    public const long SfpMaximumBitsPerSecond = 2_500_000_000;

    /// <summary>The rate of an SFP+ cage: 10 Gbit/s, in bit/s. SFF-8431.</summary>
    public const long SfpPlusMaximumBitsPerSecond = 10_000_000_000;

    /// <summary>The rate of an SFP28 cage: 25 Gbit/s, in bit/s. SFF-8402.</summary>
    public const long Sfp28MaximumBitsPerSecond = 25_000_000_000;

    /// <summary>The rate of a QSFP+ cage: 4 × 10 = 40 Gbit/s, in bit/s. SFF-8436.</summary>
    public const long QsfpPlusMaximumBitsPerSecond = 40_000_000_000;

    /// <summary>The rate of a QSFP28 cage: 4 × 25 = 100 Gbit/s, in bit/s. SFF-8665.</summary>
    public const long Qsfp28MaximumBitsPerSecond = 100_000_000_000;

    /// <summary>The smallest MTU IPv4 works over: 68 bytes. RFC 791.</summary>
    public const int MinimumIpv4Mtu = 68;

    /// <summary>The smallest MTU IPv6 works over: 1280 bytes. RFC 8200.</summary>
    public const int MinimumIpv6Mtu = 1280;

    /// <summary>Bytes one 802.1Q tag adds: 4. IEEE 802.1Q.</summary>
    public const int Dot1QTagBytes = 4;

    /// <summary>Bytes two stacked tags (Q-in-Q) add: 8. IEEE 802.1ad.</summary>
    public const int QinQTagsBytes = 8;

    /// <summary>Bytes VXLAN over IPv4 adds: 50 (IPv4 20, UDP 8, VXLAN 8, inner Ethernet 14). RFC 7348.</summary>
    public const int VxlanOverIpv4Bytes = 50;

    /// <summary>Bytes VXLAN over IPv6 adds: 70 (IPv6 40, UDP 8, VXLAN 8, inner Ethernet 14). RFC 7348.</summary>
    public const int VxlanOverIpv6Bytes = 70;

    /// <summary>Bytes Geneve over IPv4 adds before options: 50 (IPv4 20, UDP 8, Geneve 8, inner Ethernet 14). RFC 8926.</summary>
    public const int GeneveOverIpv4Bytes = 50;

    /// <summary>Bytes Geneve over IPv6 adds before options: 70 (IPv6 40, UDP 8, Geneve 8, inner Ethernet 14). RFC 8926.</summary>
    public const int GeneveOverIpv6Bytes = 70;

    /// <summary>The most option bytes a Geneve header carries: the 6-bit length counts 4-byte words, 63 × 4 = 252. RFC 8926.</summary>
    public const int MaximumGeneveOptionBytes = 252;

    /// <summary>Bytes GRE over IPv4 adds: 24 (IPv4 20, GRE 4). RFC 2784.</summary>
    public const int GreOverIpv4Bytes = 24;

    /// <summary>Bytes GRE over IPv6 adds: 44 (IPv6 40, GRE 4). RFC 2784; RFC 7676.</summary>
    public const int GreOverIpv6Bytes = 44;

    /// <summary>Bytes WireGuard over IPv4 adds: 60 (IPv4 20, UDP 8, WireGuard 16, tag 16). WireGuard protocol.</summary>
    public const int WireGuardOverIpv4Bytes = 60;

    /// <summary>Bytes WireGuard over IPv6 adds: 80 (IPv6 40, UDP 8, WireGuard 16, tag 16); hence its default MTU 1420 = 1500 − 80. WireGuard protocol.</summary>
    public const int WireGuardOverIpv6Bytes = 80;

    /// <summary>Bytes one MPLS label adds: 4. RFC 3032.</summary>
    public const int MplsLabelBytes = 4;

    /// <summary>The size of one WebAssembly linear-memory page: 64 KiB, 65,536 bytes. WebAssembly core spec.</summary>
    public const int WasmPageBytes = 65_536;

    /// <summary>The most pages a wasm32 linear memory can have: 65,536 pages of 64 KiB, 4 GiB in all. WebAssembly core spec.</summary>
    public const int MaximumWasm32Pages = 65_536;
}
