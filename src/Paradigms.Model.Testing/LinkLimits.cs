using System.Collections.Generic;
using System.Linq;
using Paradigms.Model.Facts;
using Paradigms.Model.Networking;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Testing;

/// <summary>
/// What a physical link can be, read from the facts catalog: the rates the network document gives each
/// family of media (Net §04.1.1, §05.1.2), the fastest rate a standard runs over each medium and through each
/// interface, the reach of twisted pair, and the rate from which Ethernet is full duplex only.
/// </summary>
internal static class LinkLimits
{
    /// <summary>Gets the rate from which Ethernet is full duplex only, 10 Gbit/s (IEEE 802.3ae).</summary>
    public static BitRate FullDuplexOnly => StandardFacts.FullDuplexOnlyBitsPerSecond.Value;

    /// <summary>Gets every rate the catalog names, slowest first.</summary>
    public static IReadOnlyList<BitRate> CatalogRates { get; } = Figures.Of<BitRate>();

    /// <summary>The rates the network document gives a medium's family; for no medium, the span of physical NIC rates (Net §05.1.2).</summary>
    public static Range<BitRate> DocumentedRates(PhysicalMedium? medium) => medium switch
    {
        null => NetworkFacts.PhysicalNicRateRange.Value,
        { } m when IsTwistedPair(m) => NetworkFacts.TwistedPairRate.Value,
        PhysicalMedium.SingleModeFiber or PhysicalMedium.MultiModeFiber => NetworkFacts.FiberRate.Value,
        PhysicalMedium.CoaxRg6 or PhysicalMedium.CoaxRg11 => NetworkFacts.CoaxRate.Value,
        { } m when IsWifi(m) => NetworkFacts.WifiRate.Value,
        _ => NetworkFacts.CellularRate.Value,
    };

    /// <summary>The fastest rate a standard runs over a medium, or null when the standards set no ceiling (fiber, cellular).</summary>
    public static BitRate? Ceiling(PhysicalMedium medium) => medium switch
    {
        PhysicalMedium.Cat5 => StandardFacts.Cat5MaximumBitsPerSecond.Value,
        PhysicalMedium.Cat5e => StandardFacts.Cat5eMaximumBitsPerSecond.Value,
        PhysicalMedium.Cat6 => StandardFacts.Cat6MaximumBitsPerSecond.Value,
        PhysicalMedium.Cat6a => StandardFacts.Cat6aMaximumBitsPerSecond.Value,
        PhysicalMedium.CoaxRg6 or PhysicalMedium.CoaxRg11 => StandardFacts.CoaxMaximumBitsPerSecond.Value,
        PhysicalMedium.Wifi80211n => StandardFacts.Wifi80211nMaximumBitsPerSecond.Value,
        PhysicalMedium.Wifi80211ac => StandardFacts.Wifi80211acMaximumBitsPerSecond.Value,
        PhysicalMedium.Wifi80211ax => StandardFacts.Wifi80211axMaximumBitsPerSecond.Value,
        _ => null,
    };

    /// <summary>The fastest rate an interface carries.</summary>
    public static BitRate Ceiling(InterfaceType interfaceType) => interfaceType switch
    {
        InterfaceType.Rj45 => StandardFacts.Rj45MaximumBitsPerSecond.Value,
        InterfaceType.Sfp => StandardFacts.SfpMaximumBitsPerSecond.Value,
        InterfaceType.SfpPlus => StandardFacts.SfpPlusMaximumBitsPerSecond.Value,
        InterfaceType.Sfp28 => StandardFacts.Sfp28MaximumBitsPerSecond.Value,
        InterfaceType.QsfpPlus => StandardFacts.QsfpPlusMaximumBitsPerSecond.Value,
        _ => StandardFacts.Qsfp28MaximumBitsPerSecond.Value,
    };

    /// <summary>
    /// The interfaces that take a medium: RJ-45 for twisted pair, the SFP family for fiber, any for no
    /// medium; none for coax, which has its own F or BNC connector, or for radio, which has an antenna.
    /// </summary>
    public static IReadOnlyList<InterfaceType> InterfacesFor(PhysicalMedium? medium) => medium switch
    {
        null => [.. System.Enum.GetValues<InterfaceType>()],
        { } m when IsTwistedPair(m) => [InterfaceType.Rj45],
        PhysicalMedium.SingleModeFiber or PhysicalMedium.MultiModeFiber =>
            [InterfaceType.Sfp, InterfaceType.SfpPlus, InterfaceType.Sfp28, InterfaceType.QsfpPlus, InterfaceType.Qsfp28],
        _ => [],
    };

    /// <summary>
    /// How long a cable of <paramref name="medium"/> may be at <paramref name="rate"/>: 100 m of twisted pair
    /// (IEEE 802.3, TIA-568), 55 m of Cat6 above 5 Gbit/s (TIA TSB-155). The standards give fiber and coax no
    /// reach in the catalog; the generators keep their cables to the same 100 m, a data-center run.
    /// </summary>
    public static Length Reach(PhysicalMedium? medium, BitRate rate) =>
        medium == PhysicalMedium.Cat6 && rate > StandardFacts.Cat6FullReachMaximumBitsPerSecond.Value
            ? StandardFacts.Cat6TenGigabitMaximumMeters.Value
            : StandardFacts.TwistedPairMaximumMeters.Value;

    /// <summary>Whether the medium is twisted-pair copper: Cat5, Cat5e, Cat6, Cat6A.</summary>
    public static bool IsTwistedPair(PhysicalMedium medium) =>
        medium is PhysicalMedium.Cat5 or PhysicalMedium.Cat5e or PhysicalMedium.Cat6 or PhysicalMedium.Cat6a;

    /// <summary>Whether the medium is Wi-Fi.</summary>
    public static bool IsWifi(PhysicalMedium medium) =>
        medium is PhysicalMedium.Wifi80211n or PhysicalMedium.Wifi80211ac or PhysicalMedium.Wifi80211ax;

    /// <summary>Whether the medium is radio: Wi-Fi or cellular.</summary>
    public static bool IsRadio(PhysicalMedium medium) =>
        IsWifi(medium) || medium is PhysicalMedium.Lte or PhysicalMedium.FiveGNewRadio;

    /// <summary>Whether the medium is a cable (not radio); no medium counts as a cable.</summary>
    public static bool IsCable(PhysicalMedium? medium) => medium is not { } m || !IsRadio(m);

    /// <summary>The catalog's rates below <paramref name="rate"/>, slowest first: what a shrinking link tries.</summary>
    public static IEnumerable<BitRate> SlowerRates(BitRate rate) => CatalogRates.Where(r => r < rate);
}
