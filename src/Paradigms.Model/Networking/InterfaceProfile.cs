using System;
using System.Collections.Generic;
using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Networking;

/// <summary>
/// One interface type of a physical NIC (接口类型): its rate, its lanes and the media it takes. The
/// document names RJ-45, SFP+ and QSFP28 (Net §04.1.2) and RJ-45 and SFP+ (Net §05.1.1); SFP, SFP28
/// and QSFP+ complete the family from their SFF specifications.
/// </summary>
/// <remarks>
/// Immutable; one instance per <see cref="InterfaceType"/>, from <see cref="ChannelCatalog.Interface"/>.
/// Net §05.1.1 also lists Wi-Fi as an interface type; a radio is not a connector, so it is not an
/// <see cref="InterfaceType"/>: see <see cref="MediumFamily.Wifi"/>.
/// </remarks>
public sealed record InterfaceProfile
{
    private static readonly InterfaceProfile[] Profiles =
    [
        new(InterfaceType.Rj45, StandardFacts.Rj45MaximumBitsPerSecond, StandardFacts.Rj45MaximumBitsPerSecond, 1, [MediumFamily.TwistedPair], Citation.Net("§04.1.2, §05.1.1")),
        new(InterfaceType.Sfp, StandardFacts.SfpBitsPerSecond, StandardFacts.SfpMaximumBitsPerSecond, 1, [MediumFamily.Fiber, MediumFamily.TwistedPair], Citation.Standard("SFF INF-8074")),
        new(InterfaceType.SfpPlus, StandardFacts.SfpPlusMaximumBitsPerSecond, StandardFacts.SfpPlusMaximumBitsPerSecond, 1, [MediumFamily.Fiber, MediumFamily.TwistedPair], Citation.Net("§04.1.2, §05.1.1")),
        new(InterfaceType.Sfp28, StandardFacts.Sfp28MaximumBitsPerSecond, StandardFacts.Sfp28MaximumBitsPerSecond, 1, [MediumFamily.Fiber], Citation.Standard("SFF-8402")),
        new(InterfaceType.QsfpPlus, StandardFacts.QsfpPlusMaximumBitsPerSecond, StandardFacts.QsfpPlusMaximumBitsPerSecond, 4, [MediumFamily.Fiber], Citation.Standard("SFF-8436")),
        new(InterfaceType.Qsfp28, StandardFacts.Qsfp28MaximumBitsPerSecond, StandardFacts.Qsfp28MaximumBitsPerSecond, 4, [MediumFamily.Fiber], Citation.Net("§04.1.2")),
    ];

    private InterfaceProfile(InterfaceType type, Sourced<BitRate> rate, Sourced<BitRate> maximumRate, int lanes, IReadOnlyList<MediumFamily> media, Citation citation)
    {
        Type = type;
        Rate = rate;
        MaximumRate = maximumRate;
        Lanes = lanes;
        Media = media;
        Citation = citation;
    }

    /// <summary>Gets the interface type.</summary>
    public InterfaceType Type { get; }

    /// <summary>
    /// Gets the rate the interface is made for: 1 Gbit/s for SFP, 10 for SFP+, 25 for SFP28, 40 for
    /// QSFP+, 100 for QSFP28 (the SFF specifications), and for RJ-45 the fastest BASE-T Ethernet on the
    /// connector, 40 Gbit/s (40GBASE-T over Category 8, IEEE 802.3bq).
    /// </summary>
    public Sourced<BitRate> Rate { get; }

    /// <summary>
    /// Gets the fastest Ethernet the interface carries: the same as <see cref="Rate"/> except for SFP,
    /// whose cage also takes 2.5GBASE-X modules (<see cref="StandardFacts.SfpMaximumBitsPerSecond"/>).
    /// </summary>
    public Sourced<BitRate> MaximumRate { get; }

    /// <summary>
    /// Gets the number of electrical lanes of the form factor: 1 for RJ-45 and the SFP family, 4 for
    /// QSFP+ (4 × 10 Gbit/s) and QSFP28 (4 × 25 Gbit/s), as SFF-8436 and SFF-8665 define them.
    /// </summary>
    public int Lanes { get; }

    /// <summary>Gets the rate of one lane: <see cref="Rate"/> divided by <see cref="Lanes"/>.</summary>
    public BitRate LaneRate => Rate.Value / Lanes;

    /// <summary>
    /// Gets the medium families the interface takes: RJ-45 twisted pair only; SFP and SFP+ fiber, and
    /// twisted pair through copper (1000BASE-T, 10GBASE-T) transceivers; SFP28, QSFP+ and QSFP28 fiber.
    /// Direct-attach copper (twinax) cables fit the SFP and QSFP cages too, but twinax is not one of the
    /// document's media (Net §04.1.1).
    /// </summary>
    public IReadOnlyList<MediumFamily> Media { get; }

    /// <summary>
    /// Gets where the interface type comes from: the document's sections for RJ-45, SFP+ and QSFP28
    /// (Net §04.1.2, §05.1.1), the SFF specification for the types the document does not name.
    /// </summary>
    public Citation Citation { get; }

    /// <summary>Gets the six profiles, in the order of <see cref="InterfaceType"/>.</summary>
    internal static IReadOnlyList<InterfaceProfile> All { get; } = Array.AsReadOnly(Profiles);

    /// <summary>The profile of an interface type.</summary>
    internal static InterfaceProfile Of(InterfaceType type) => Profiles[(int)Preconditions.Defined(type, nameof(type)) - 1];
}
