using System.Collections.Generic;
using Paradigms.Model.Quantities;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Facts;

/// <summary>
/// The outside figures the network model needs: limits of standards and the bytes each
/// encapsulation adds, each with its source and the source's kind. The values the rules compare
/// against are read from <see cref="ProtocolLimits"/>, whose constants the analyzer links; each
/// fact here has the same name as its constant.
/// </summary>
public static class StandardFacts
{
    private const string Prefix = nameof(StandardFacts) + ".";

    /// <summary>Gets the smallest usable VLAN id, 1: 0 is reserved for priority tags.</summary>
    public static Sourced<int> MinimumVlanId { get; } = Count(nameof(MinimumVlanId), ProtocolLimits.MinimumVlanId, "IEEE 802.1Q", "Net §04.2.2 gives the same range: VLAN ID（1-4094）.");

    /// <summary>Gets the largest usable VLAN id, 4094: the id is 12 bits and 4095 is reserved.</summary>
    public static Sourced<int> MaximumVlanId { get; } = Count(nameof(MaximumVlanId), ProtocolLimits.MaximumVlanId, "IEEE 802.1Q", "Some platforms narrow the range (2–4093, 2–4092); the model uses the standard's.");

    /// <summary>Gets the smallest VXLAN network identifier, 0: the VNI is an unsigned 24-bit field.</summary>
    public static Sourced<int> MinimumVxlanNetworkIdentifier { get; } = Count(nameof(MinimumVxlanNetworkIdentifier), ProtocolLimits.MinimumVxlanNetworkIdentifier, "RFC 7348");

    /// <summary>Gets the largest VXLAN network identifier, 16,777,215: the VNI is 24 bits.</summary>
    public static Sourced<int> MaximumVxlanNetworkIdentifier { get; } = Count(nameof(MaximumVxlanNetworkIdentifier), ProtocolLimits.MaximumVxlanNetworkIdentifier, "RFC 7348");

    /// <summary>Gets the most virtual functions an SR-IOV device can report, 65,535: TotalVFs is 16 bits.</summary>
    public static Sourced<int> MaximumVirtualFunctionCount { get; } = Count(nameof(MaximumVirtualFunctionCount), ProtocolLimits.MaximumVirtualFunctionCount, "PCI-SIG SR-IOV", "Real devices report far fewer (64, 128, 2048); a VF index must be below its device's count.");

    /// <summary>Gets the smallest TCP or UDP port a grant can name, 1.</summary>
    public static Sourced<int> MinimumPort { get; } = Count(nameof(MinimumPort), ProtocolLimits.MinimumPort, "RFC 793; RFC 768", "Port 0 asks the system for any port when binding and is no destination.");

    /// <summary>Gets the largest TCP or UDP port, 65,535: ports are 16 bits.</summary>
    public static Sourced<int> MaximumPort { get; } = Count(nameof(MaximumPort), ProtocolLimits.MaximumPort, "RFC 793; RFC 768");

    /// <summary>Gets the rate from which Ethernet is full duplex only, 10 Gbit/s.</summary>
    public static Sourced<BitRate> FullDuplexOnlyBitsPerSecond { get; } = Rate(nameof(FullDuplexOnlyBitsPerSecond), ProtocolLimits.FullDuplexOnlyBitsPerSecond, "IEEE 802.3ae");

    /// <summary>Gets the fastest Ethernet over Category 5, 1 Gbit/s (1000BASE-T).</summary>
    public static Sourced<BitRate> Cat5MaximumBitsPerSecond { get; } = Rate(nameof(Cat5MaximumBitsPerSecond), ProtocolLimits.Cat5MaximumBitsPerSecond, "IEEE 802.3ab");

    /// <summary>Gets the fastest Ethernet over Category 5e, 5 Gbit/s (5GBASE-T).</summary>
    public static Sourced<BitRate> Cat5eMaximumBitsPerSecond { get; } = Rate(nameof(Cat5eMaximumBitsPerSecond), ProtocolLimits.Cat5eMaximumBitsPerSecond, "IEEE 802.3bz", "TIA-568 rates Cat5e for 1000BASE-T to 100 m; 802.3bz added 2.5GBASE-T and 5GBASE-T over it. No standard runs 10GBASE-T on Cat5e.");

    /// <summary>Gets the fastest Ethernet over Category 6, 10 Gbit/s (10GBASE-T).</summary>
    public static Sourced<BitRate> Cat6MaximumBitsPerSecond { get; } = Rate(nameof(Cat6MaximumBitsPerSecond), ProtocolLimits.Cat6MaximumBitsPerSecond, "IEEE 802.3an; TIA TSB-155");

    /// <summary>Gets the fastest Ethernet over Category 6A, 10 Gbit/s (10GBASE-T).</summary>
    public static Sourced<BitRate> Cat6aMaximumBitsPerSecond { get; } = Rate(nameof(Cat6aMaximumBitsPerSecond), ProtocolLimits.Cat6aMaximumBitsPerSecond, "IEEE 802.3an; TIA-568");

    /// <summary>Gets the longest twisted-pair link a BASE-T standard promises, 100 m.</summary>
    public static Sourced<Length> TwistedPairMaximumMeters { get; } = Meters(nameof(TwistedPairMaximumMeters), ProtocolLimits.TwistedPairMaximumMeters, "IEEE 802.3; TIA-568");

    /// <summary>Gets the longest Category 6 link at 10 Gbit/s, 55 m.</summary>
    public static Sourced<Length> Cat6TenGigabitMaximumMeters { get; } = Meters(nameof(Cat6TenGigabitMaximumMeters), ProtocolLimits.Cat6TenGigabitMaximumMeters, "TIA TSB-155", "55 m where alien crosstalk is controlled; see Cat6TenGigabitAlienCrosstalkMeters.");

    /// <summary>Gets the fastest rate Category 6 carries to the full 100 m, 5 Gbit/s (5GBASE-T).</summary>
    public static Sourced<BitRate> Cat6FullReachMaximumBitsPerSecond { get; } = Rate(nameof(Cat6FullReachMaximumBitsPerSecond), ProtocolLimits.Cat6FullReachMaximumBitsPerSecond, "IEEE 802.3bz");

    /// <summary>Gets the Category 6 reach at 10 Gbit/s with uncontrolled alien crosstalk, 37 m.</summary>
    public static Sourced<Length> Cat6TenGigabitAlienCrosstalkMeters { get; } = Meters(nameof(Cat6TenGigabitAlienCrosstalkMeters), ProtocolLimits.Cat6TenGigabitAlienCrosstalkMeters, "TIA TSB-155");

    /// <summary>Gets the fastest data rate over RG-6 and RG-11 coax, 10 Gbit/s downstream (DOCSIS 3.1).</summary>
    public static Sourced<BitRate> CoaxMaximumBitsPerSecond { get; } = Rate(nameof(CoaxMaximumBitsPerSecond), ProtocolLimits.CoaxMaximumBitsPerSecond, "CableLabs DOCSIS 3.1", "Net §04.1.1 gives coax 100Mbps - 1Gbps; DOCSIS 3.1 carries 10 Gbit/s downstream on the same cable, so only rates above that are impossible.");

    /// <summary>Gets the highest 802.11n PHY rate, 600 Mbit/s.</summary>
    public static Sourced<BitRate> Wifi80211nMaximumBitsPerSecond { get; } = Rate(nameof(Wifi80211nMaximumBitsPerSecond), ProtocolLimits.Wifi80211nMaximumBitsPerSecond, "IEEE 802.11n");

    /// <summary>Gets the highest 802.11ac PHY rate, 6933.3 Mbit/s.</summary>
    public static Sourced<BitRate> Wifi80211acMaximumBitsPerSecond { get; } = Rate(nameof(Wifi80211acMaximumBitsPerSecond), ProtocolLimits.Wifi80211acMaximumBitsPerSecond, "IEEE 802.11ac");

    /// <summary>Gets the highest 802.11ax PHY rate, 9607.8 Mbit/s.</summary>
    public static Sourced<BitRate> Wifi80211axMaximumBitsPerSecond { get; } = Rate(nameof(Wifi80211axMaximumBitsPerSecond), ProtocolLimits.Wifi80211axMaximumBitsPerSecond, "IEEE 802.11ax");

    /// <summary>Gets the fastest BASE-T Ethernet on an RJ-45-style connector, 40 Gbit/s (40GBASE-T over Category 8).</summary>
    public static Sourced<BitRate> Rj45MaximumBitsPerSecond { get; } = Rate(nameof(Rj45MaximumBitsPerSecond), ProtocolLimits.Rj45MaximumBitsPerSecond, "IEEE 802.3bq");

    /// <summary>Gets the rate an SFP cage is made for, 1 Gbit/s.</summary>
    public static Sourced<BitRate> SfpBitsPerSecond { get; } = new(Prefix + nameof(SfpBitsPerSecond), BitRate.FromGigabitsPerSecond(1), Citation.Standard("SFF INF-8074"));

    /// <summary>Gets the fastest Ethernet an SFP cage carries, 2.5 Gbit/s (2.5GBASE-X modules).</summary>
    public static Sourced<BitRate> SfpMaximumBitsPerSecond { get; } = Rate(nameof(SfpMaximumBitsPerSecond), ProtocolLimits.SfpMaximumBitsPerSecond, "SFF INF-8074", "SFP is the 1 Gbit/s cage, but 2.5GBASE-X modules fit it; 5 Gbit/s and up need SFP+.");

    /// <summary>Gets the rate of an SFP+ cage, 10 Gbit/s.</summary>
    public static Sourced<BitRate> SfpPlusMaximumBitsPerSecond { get; } = Rate(nameof(SfpPlusMaximumBitsPerSecond), ProtocolLimits.SfpPlusMaximumBitsPerSecond, "SFF-8431");

    /// <summary>Gets the rate of an SFP28 cage, 25 Gbit/s.</summary>
    public static Sourced<BitRate> Sfp28MaximumBitsPerSecond { get; } = Rate(nameof(Sfp28MaximumBitsPerSecond), ProtocolLimits.Sfp28MaximumBitsPerSecond, "SFF-8402");

    /// <summary>Gets the rate of a QSFP+ cage, 40 Gbit/s (4 × 10).</summary>
    public static Sourced<BitRate> QsfpPlusMaximumBitsPerSecond { get; } = Rate(nameof(QsfpPlusMaximumBitsPerSecond), ProtocolLimits.QsfpPlusMaximumBitsPerSecond, "SFF-8436");

    /// <summary>Gets the rate of a QSFP28 cage, 100 Gbit/s (4 × 25).</summary>
    public static Sourced<BitRate> Qsfp28MaximumBitsPerSecond { get; } = Rate(nameof(Qsfp28MaximumBitsPerSecond), ProtocolLimits.Qsfp28MaximumBitsPerSecond, "SFF-8665");

    /// <summary>Gets the smallest MTU IPv4 works over, 68 bytes.</summary>
    public static Sourced<Information> MinimumIpv4Mtu { get; } = Bytes(nameof(MinimumIpv4Mtu), ProtocolLimits.MinimumIpv4Mtu, "RFC 791");

    /// <summary>Gets the smallest MTU IPv6 works over, 1280 bytes.</summary>
    public static Sourced<Information> MinimumIpv6Mtu { get; } = Bytes(nameof(MinimumIpv6Mtu), ProtocolLimits.MinimumIpv6Mtu, "RFC 8200");

    /// <summary>Gets the bytes one 802.1Q tag adds, 4.</summary>
    public static Sourced<Information> Dot1QTagBytes { get; } = Bytes(nameof(Dot1QTagBytes), ProtocolLimits.Dot1QTagBytes, "IEEE 802.1Q");

    /// <summary>Gets the bytes two stacked tags add, 8.</summary>
    public static Sourced<Information> QinQTagsBytes { get; } = Bytes(nameof(QinQTagsBytes), ProtocolLimits.QinQTagsBytes, "IEEE 802.1ad");

    /// <summary>Gets the bytes VXLAN over IPv4 adds, 50.</summary>
    public static Sourced<Information> VxlanOverIpv4Bytes { get; } = Bytes(nameof(VxlanOverIpv4Bytes), ProtocolLimits.VxlanOverIpv4Bytes, "RFC 7348");

    /// <summary>Gets the bytes VXLAN over IPv6 adds, 70.</summary>
    public static Sourced<Information> VxlanOverIpv6Bytes { get; } = Bytes(nameof(VxlanOverIpv6Bytes), ProtocolLimits.VxlanOverIpv6Bytes, "RFC 7348");

    /// <summary>Gets the bytes Geneve over IPv4 adds before options, 50.</summary>
    public static Sourced<Information> GeneveOverIpv4Bytes { get; } = Bytes(nameof(GeneveOverIpv4Bytes), ProtocolLimits.GeneveOverIpv4Bytes, "RFC 8926");

    /// <summary>Gets the bytes Geneve over IPv6 adds before options, 70.</summary>
    public static Sourced<Information> GeneveOverIpv6Bytes { get; } = Bytes(nameof(GeneveOverIpv6Bytes), ProtocolLimits.GeneveOverIpv6Bytes, "RFC 8926");

    /// <summary>Gets the most option bytes a Geneve header carries, 252.</summary>
    public static Sourced<Information> MaximumGeneveOptionBytes { get; } = Bytes(nameof(MaximumGeneveOptionBytes), ProtocolLimits.MaximumGeneveOptionBytes, "RFC 8926");

    /// <summary>Gets the bytes GRE over IPv4 adds, 24.</summary>
    public static Sourced<Information> GreOverIpv4Bytes { get; } = Bytes(nameof(GreOverIpv4Bytes), ProtocolLimits.GreOverIpv4Bytes, "RFC 2784");

    /// <summary>Gets the bytes GRE over IPv6 adds, 44.</summary>
    public static Sourced<Information> GreOverIpv6Bytes { get; } = Bytes(nameof(GreOverIpv6Bytes), ProtocolLimits.GreOverIpv6Bytes, "RFC 2784; RFC 7676");

    /// <summary>Gets the bytes WireGuard over IPv4 adds, 60.</summary>
    public static Sourced<Information> WireGuardOverIpv4Bytes { get; } = new(Prefix + nameof(WireGuardOverIpv4Bytes), Information.FromBytes(ProtocolLimits.WireGuardOverIpv4Bytes), Citation.Vendor("WireGuard protocol documentation"), format: "B");

    /// <summary>Gets the bytes WireGuard over IPv6 adds, 80; hence WireGuard's default MTU of 1420 = 1500 − 80.</summary>
    public static Sourced<Information> WireGuardOverIpv6Bytes { get; } = new(Prefix + nameof(WireGuardOverIpv6Bytes), Information.FromBytes(ProtocolLimits.WireGuardOverIpv6Bytes), Citation.Vendor("WireGuard protocol documentation"), format: "B");

    /// <summary>Gets the bytes one MPLS label adds, 4.</summary>
    public static Sourced<Information> MplsLabelBytes { get; } = Bytes(nameof(MplsLabelBytes), ProtocolLimits.MplsLabelBytes, "RFC 3032");

    /// <summary>Gets the size of one WebAssembly linear-memory page, 64 KiB (65,536 bytes).</summary>
    public static Sourced<Information> WasmPageBytes { get; } = new(
        Prefix + nameof(WasmPageBytes),
        Information.FromBytes(ProtocolLimits.WasmPageBytes),
        Citation.Standard("WebAssembly core spec"),
        note: "Res §3.2's default linear memory of 64KB is one such page (ResourceFacts.WasmDefaultLinearMemory).");

    /// <summary>Gets the most pages a wasm32 linear memory can have, 65,536: 4 GiB in all.</summary>
    public static Sourced<int> MaximumWasm32Pages { get; } = Count(nameof(MaximumWasm32Pages), ProtocolLimits.MaximumWasm32Pages, "WebAssembly core spec", "65,536 pages of 64 KiB are 4 GiB, the whole 32-bit address space.");

    /// <summary>Gets every outside figure, in the order above.</summary>
    public static IReadOnlyList<ISourced> All { get; } =
    [
        MinimumVlanId, MaximumVlanId, MinimumVxlanNetworkIdentifier, MaximumVxlanNetworkIdentifier, MaximumVirtualFunctionCount,
        MinimumPort, MaximumPort,
        FullDuplexOnlyBitsPerSecond,
        Cat5MaximumBitsPerSecond, Cat5eMaximumBitsPerSecond, Cat6MaximumBitsPerSecond, Cat6aMaximumBitsPerSecond,
        TwistedPairMaximumMeters, Cat6TenGigabitMaximumMeters, Cat6FullReachMaximumBitsPerSecond, Cat6TenGigabitAlienCrosstalkMeters,
        CoaxMaximumBitsPerSecond, Wifi80211nMaximumBitsPerSecond, Wifi80211acMaximumBitsPerSecond, Wifi80211axMaximumBitsPerSecond,
        Rj45MaximumBitsPerSecond, SfpBitsPerSecond, SfpMaximumBitsPerSecond, SfpPlusMaximumBitsPerSecond, Sfp28MaximumBitsPerSecond,
        QsfpPlusMaximumBitsPerSecond, Qsfp28MaximumBitsPerSecond,
        MinimumIpv4Mtu, MinimumIpv6Mtu,
        Dot1QTagBytes, QinQTagsBytes, VxlanOverIpv4Bytes, VxlanOverIpv6Bytes, GeneveOverIpv4Bytes, GeneveOverIpv6Bytes,
        MaximumGeneveOptionBytes, GreOverIpv4Bytes, GreOverIpv6Bytes, WireGuardOverIpv4Bytes, WireGuardOverIpv6Bytes, MplsLabelBytes,
        WasmPageBytes, MaximumWasm32Pages,
    ];

    private static Sourced<int> Count(string name, int value, string standard, string? note = null) =>
        new(Prefix + name, value, Citation.Standard(standard), note: note);

    private static Sourced<BitRate> Rate(string name, long bitsPerSecond, string standard, string? note = null) =>
        new(Prefix + name, BitRate.FromBitsPerSecond(bitsPerSecond), Citation.Standard(standard), note: note);

    private static Sourced<Length> Meters(string name, int meters, string standard, string? note = null) =>
        new(Prefix + name, Length.FromMeters(meters), Citation.Standard(standard), note: note);

    private static Sourced<Information> Bytes(string name, int bytes, string standard) =>
        new(Prefix + name, Information.FromBytes(bytes), Citation.Standard(standard), format: "B");
}
