using System.Collections.Generic;
using System.Collections.Immutable;
using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Networking;

/// <summary>
/// The physical channels of one kind of site, as the tree of Net §04.1.2 (物理信道结构) lists them:
/// a data centre (server NIC interfaces, their rates and types, the cables) and edge computing (its
/// interfaces).
/// </summary>
/// <remarks>Immutable; the two sites are <see cref="ChannelCatalog.DataCenter"/> and <see cref="ChannelCatalog.EdgeComputing"/>.</remarks>
public sealed record SiteChannelProfile
{
    private static readonly IReadOnlyList<MediumFamily> Ethernet = [MediumFamily.TwistedPair, MediumFamily.Fiber];

    private SiteChannelProfile(
        string site,
        IReadOnlyList<SiteInterface> interfaces,
        Sourced<ImmutableArray<BitRate>>? interfaceRates,
        IReadOnlyList<InterfaceType> interfaceTypes,
        IReadOnlyList<PhysicalMedium> cables,
        IReadOnlyList<MediumFamily> wireless)
    {
        Site = site;
        Interfaces = interfaces;
        InterfaceRates = interfaceRates;
        InterfaceTypes = interfaceTypes;
        Cables = cables;
        Wireless = wireless;
    }

    /// <summary>Gets the kind of site: <c>data centre</c> (数据中心) or <c>edge computing</c> (边缘计算).</summary>
    public string Site { get; }

    /// <summary>Gets the site's network interfaces: a data centre's server NIC has Ethernet; the edge has Wi-Fi, 4G/5G and a backup Ethernet.</summary>
    public IReadOnlyList<SiteInterface> Interfaces { get; }

    /// <summary>Gets the interface rates of a data centre's server NIC (<see cref="NetworkFacts.PhysicalNicRates"/>); null for the edge, where the document gives none.</summary>
    public Sourced<ImmutableArray<BitRate>>? InterfaceRates { get; }

    /// <summary>Gets the interface types of a data centre's server NIC: RJ-45, SFP+, QSFP28; empty for the edge, where the document names none.</summary>
    public IReadOnlyList<InterfaceType> InterfaceTypes { get; }

    /// <summary>Gets the wired media of a data centre's network cables: Cat6, Cat6a, single-mode and multi-mode fiber; empty for the edge.</summary>
    public IReadOnlyList<PhysicalMedium> Cables { get; }

    /// <summary>
    /// Gets the wireless families among a data centre's network cables (无线（WiFi、5G）): Wi-Fi, with no
    /// standard named, and cellular, of which the document names 5G (<see cref="PhysicalMedium.FiveGNewRadio"/>);
    /// empty for the edge, whose wireless links are its <see cref="Interfaces"/>.
    /// </summary>
    public IReadOnlyList<MediumFamily> Wireless { get; }

    /// <summary>Gets where the profile comes from: Net §04.1.2.</summary>
    public Citation Citation { get; } = Citation.Net("§04.1.2");

    /// <summary>The data centre branch of the tree.</summary>
    internal static SiteChannelProfile DataCenter { get; } = new(
        "data centre",
        [new SiteInterface("Ethernet", Ethernet)],
        NetworkFacts.PhysicalNicRates,
        [InterfaceType.Rj45, InterfaceType.SfpPlus, InterfaceType.Qsfp28],
        [PhysicalMedium.Cat6, PhysicalMedium.Cat6a, PhysicalMedium.SingleModeFiber, PhysicalMedium.MultiModeFiber],
        [MediumFamily.Wifi, MediumFamily.Cellular]);

    /// <summary>The edge computing branch of the tree.</summary>
    internal static SiteChannelProfile EdgeComputing { get; } = new(
        "edge computing",
        [new SiteInterface("WiFi", [MediumFamily.Wifi]), new SiteInterface("4G/5G", [MediumFamily.Cellular]), new SiteInterface("Ethernet", Ethernet, backup: true)],
        null,
        [],
        [],
        []);
}
