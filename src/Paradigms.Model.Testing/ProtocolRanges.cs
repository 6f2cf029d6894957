using Paradigms.Model.Facts;

namespace Paradigms.Model.Testing;

/// <summary>The ranges of the standards' values, read from <see cref="StandardFacts"/>: what valid parts draw from and invalid parts step outside of.</summary>
internal static class ProtocolRanges
{
    /// <summary>Gets the usable 802.1Q VLAN ids, 1–4094 (IEEE 802.1Q).</summary>
    public static IntRange VlanIds { get; } = new(StandardFacts.MinimumVlanId.Value, StandardFacts.MaximumVlanId.Value);

    /// <summary>Gets the VXLAN network identifiers, 0–16,777,215 (RFC 7348).</summary>
    public static IntRange VxlanNetworkIdentifiers { get; } = new(StandardFacts.MinimumVxlanNetworkIdentifier.Value, StandardFacts.MaximumVxlanNetworkIdentifier.Value);

    /// <summary>Gets the counts of virtual functions an SR-IOV device can report, 1–65,535 (PCI-SIG SR-IOV).</summary>
    public static IntRange VirtualFunctionCounts { get; } = new(1, StandardFacts.MaximumVirtualFunctionCount.Value);

    /// <summary>Gets the option bytes a Geneve header carries, 0–252, in steps of <see cref="GeneveOptionWord"/> (RFC 8926).</summary>
    public static IntRange GeneveOptionBytes { get; } = new(0, Figures.Bytes(StandardFacts.MaximumGeneveOptionBytes));

    /// <summary>Gets the page counts of a wasm32 linear memory, 0–65,536 (WebAssembly core spec).</summary>
    public static IntRange Wasm32Pages { get; } = new(0, StandardFacts.MaximumWasm32Pages.Value);

    /// <summary>Gets the smallest MTU IPv4 works over, 68 bytes (RFC 791).</summary>
    public static int MinimumIpv4Mtu { get; } = Figures.Bytes(StandardFacts.MinimumIpv4Mtu);

    /// <summary>Gets the smallest MTU IPv6 works over, 1280 bytes (RFC 8200): the smallest MTU a valid model declares, which draws no warning.</summary>
    public static int MinimumIpv6Mtu { get; } = Figures.Bytes(StandardFacts.MinimumIpv6Mtu);

    /// <summary>
    /// The unit Geneve counts its options in: one 4-byte word (RFC 8926, a 6-bit length in words). Not in the
    /// facts catalog, which holds only the 252-byte maximum; the rule table checks the same multiple.
    /// </summary>
    public const int GeneveOptionWord = 4;
}
