using System;
using System.Collections.Generic;
using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Networking;

/// <summary>
/// One physical channel (物理信道) of Net §04.1.1: the medium, its family, the rate range the
/// document gives for the family, what it is used for, and the limits its standard sets.
/// </summary>
/// <remarks>
/// Immutable; one instance per <see cref="PhysicalMedium"/>, from <see cref="ChannelCatalog.Physical"/>.
/// The document gives one rate range per family (twisted pair 100 Mbit/s–10 Gbit/s for all four
/// categories); the standard's limits (<see cref="StandardMaximumRate"/>, <see cref="Reach"/>) tell the
/// media of one family apart.
/// </remarks>
public sealed record PhysicalChannelProfile
{
    private static readonly PhysicalChannelProfile[] Profiles =
    [
        TwistedPair(PhysicalMedium.Cat5, StandardFacts.Cat5MaximumBitsPerSecond),
        TwistedPair(PhysicalMedium.Cat5e, StandardFacts.Cat5eMaximumBitsPerSecond),
        TwistedPair(PhysicalMedium.Cat6, StandardFacts.Cat6MaximumBitsPerSecond, StandardFacts.Cat6TenGigabitMaximumMeters),
        TwistedPair(PhysicalMedium.Cat6a, StandardFacts.Cat6aMaximumBitsPerSecond),
        Fiber(PhysicalMedium.SingleModeFiber),
        Fiber(PhysicalMedium.MultiModeFiber),
        Coax(PhysicalMedium.CoaxRg6),
        Coax(PhysicalMedium.CoaxRg11),
        Wifi(PhysicalMedium.Wifi80211n, StandardFacts.Wifi80211nMaximumBitsPerSecond),
        Wifi(PhysicalMedium.Wifi80211ac, StandardFacts.Wifi80211acMaximumBitsPerSecond),
        Wifi(PhysicalMedium.Wifi80211ax, StandardFacts.Wifi80211axMaximumBitsPerSecond),
        Cellular(PhysicalMedium.Lte),
        Cellular(PhysicalMedium.FiveGNewRadio),
    ];

    private PhysicalChannelProfile(
        PhysicalMedium medium,
        MediumFamily family,
        bool wired,
        Sourced<Range<BitRate>> familyRate,
        Sourced<BitRate>? standardMaximumRate,
        Sourced<Length>? reach,
        Sourced<Length>? reachAtMaximumRate,
        IReadOnlyList<string> uses)
    {
        Medium = medium;
        Family = family;
        Wired = wired;
        FamilyRate = familyRate;
        StandardMaximumRate = standardMaximumRate;
        Reach = reach;
        ReachAtMaximumRate = reachAtMaximumRate;
        Uses = uses;
    }

    /// <summary>Gets the medium.</summary>
    public PhysicalMedium Medium { get; }

    /// <summary>Gets the family the document lists the medium under (Net §04.1.1).</summary>
    public MediumFamily Family { get; }

    /// <summary>Gets whether the medium is wired (有线物理信道) rather than wireless (无线物理信道) (Net §04.1.1).</summary>
    public bool Wired { get; }

    /// <summary>
    /// Gets the rate range the document gives for the medium's family (速率), the same for every medium
    /// of the family: twisted pair <see cref="NetworkFacts.TwistedPairRate"/>, fiber
    /// <see cref="NetworkFacts.FiberRate"/>, coax <see cref="NetworkFacts.CoaxRate"/>, Wi-Fi
    /// <see cref="NetworkFacts.WifiRate"/>, cellular <see cref="NetworkFacts.CellularRate"/> (Net §04.1.1).
    /// </summary>
    public Sourced<Range<BitRate>> FamilyRate { get; }

    /// <summary>
    /// Gets the fastest rate the medium's standard allows, or null where no single figure exists.
    /// </summary>
    /// <remarks>
    /// Null for fiber: optics keep getting faster (800 Gbit/s modules ship, above the document's
    /// 400 Gbit/s), and the limit is the transceiver's, not the fiber's. Null for LTE and 5G NR: their
    /// peak rates depend on the device category and the 3GPP release, so no one figure is the standard's.
    /// The coax figure (DOCSIS 3.1, 10 Gbit/s downstream) is above the document's 1 Gbit/s for coax:
    /// the document's range is typical use, the standard's figure is what cannot be exceeded.
    /// </remarks>
    public Sourced<BitRate>? StandardMaximumRate { get; }

    /// <summary>
    /// Gets the longest link the medium's standard promises, or null where the standard sets none the
    /// model carries: 100 m (<see cref="StandardFacts.TwistedPairMaximumMeters"/>) for the four
    /// twisted-pair categories; null for fiber (reach depends on the optics), coax and the wireless media.
    /// </summary>
    public Sourced<Length>? Reach { get; }

    /// <summary>
    /// Gets a shorter reach that applies at <see cref="StandardMaximumRate"/>, or null when the standard
    /// sets none: Cat6 runs 10 Gbit/s only to 55 m (<see cref="StandardFacts.Cat6TenGigabitMaximumMeters"/>,
    /// 37 m where alien crosstalk is not controlled, <see cref="StandardFacts.Cat6TenGigabitAlienCrosstalkMeters"/>);
    /// Cat6a runs it the full <see cref="Reach"/>.
    /// </summary>
    public Sourced<Length>? ReachAtMaximumRate { get; }

    /// <summary>Gets what the document says the family is used for (应用), in English (Net §04.1.1).</summary>
    public IReadOnlyList<string> Uses { get; }

    /// <summary>Gets where the profile comes from: Net §04.1.1 (each figure carries its own citation too).</summary>
    public Citation Citation { get; } = Citation.Net("§04.1.1");

    /// <summary>Gets the thirteen profiles, in the order of <see cref="PhysicalMedium"/>.</summary>
    internal static IReadOnlyList<PhysicalChannelProfile> All { get; } = Array.AsReadOnly(Profiles);

    /// <summary>The profile of a medium.</summary>
    internal static PhysicalChannelProfile Of(PhysicalMedium medium) => Profiles[(int)Preconditions.Defined(medium, nameof(medium)) - 1];

    private static PhysicalChannelProfile TwistedPair(PhysicalMedium medium, Sourced<BitRate> maximum, Sourced<Length>? reachAtMaximum = null) =>
        new(medium, MediumFamily.TwistedPair, true, NetworkFacts.TwistedPairRate, maximum, StandardFacts.TwistedPairMaximumMeters, reachAtMaximum, ["local area networks", "data centres"]);

    private static PhysicalChannelProfile Fiber(PhysicalMedium medium) =>
        new(medium, MediumFamily.Fiber, true, NetworkFacts.FiberRate, null, null, null, ["backbone networks", "data-centre interconnect"]);

    private static PhysicalChannelProfile Coax(PhysicalMedium medium) =>
        new(medium, MediumFamily.Coax, true, NetworkFacts.CoaxRate, StandardFacts.CoaxMaximumBitsPerSecond, null, null, ["cable television", "broadband access"]);

    private static PhysicalChannelProfile Wifi(PhysicalMedium medium, Sourced<BitRate> maximum) =>
        new(medium, MediumFamily.Wifi, false, NetworkFacts.WifiRate, maximum, null, null, ["wireless local area networks"]);

    private static PhysicalChannelProfile Cellular(PhysicalMedium medium) =>
        new(medium, MediumFamily.Cellular, false, NetworkFacts.CellularRate, null, null, null, ["mobile networks", "edge computing"]);
}
