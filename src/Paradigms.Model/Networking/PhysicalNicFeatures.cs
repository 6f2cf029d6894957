using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Networking;

/// <summary>
/// The features of a physical NIC (物理网卡特征, Net §05.1.1): its hardware (MAC address,
/// interface types, rates), its functions (data-link framing, media access, full duplex) and
/// its drivers; with the rate span of its place in the stack (Net §05.1.2).
/// </summary>
/// <remarks>Immutable; one instance, <see cref="NicCatalog.PhysicalNic"/>.</remarks>
public sealed record PhysicalNicFeatures
{
    private PhysicalNicFeatures()
    {
    }

    /// <summary>Gets whether the MAC address, the physical address, is globally unique (全球唯一): true (Net §05.1.1).</summary>
    public bool MacAddressGloballyUnique { get; } = true;

    /// <summary>
    /// Gets the interface types that are connectors: RJ-45 (Ethernet) and SFP+ (fiber) (Net §05.1.1).
    /// The document also names Wi-Fi, a radio rather than a connector; see <see cref="InterfaceTypeNames"/>.
    /// </summary>
    public IReadOnlyList<InterfaceType> InterfaceTypes { get; } = Array.AsReadOnly([InterfaceType.Rj45, InterfaceType.SfpPlus]);

    /// <summary>Gets the interface types as the document lists them, translated: RJ-45 (Ethernet), SFP+ (fiber), Wi-Fi (Net §05.1.1).</summary>
    public IReadOnlyList<string> InterfaceTypeNames { get; } = Array.AsReadOnly(["RJ-45 (Ethernet)", "SFP+ (fiber)", "Wi-Fi"]);

    /// <summary>Gets the transmission rates a physical NIC comes in (传输速率, Net §05.1.1), from the facts catalog.</summary>
    public Sourced<ImmutableArray<BitRate>> Rates { get; } = NetworkFacts.PhysicalNicRates;

    /// <summary>Gets the span of those rates as the stack tree gives it (Net §05.1.2), from the facts catalog.</summary>
    public Sourced<Range<BitRate>> RateRange { get; } = NetworkFacts.PhysicalNicRateRange;

    /// <summary>Gets the NIC's data-link function: sending and receiving frames (帧的发送和接收, Net §05.1.1).</summary>
    public string DataLinkFunction { get; } = "sending and receiving frames";

    /// <summary>Gets the NIC's media access control (介质访问控制): CSMA/CD, for Ethernet (Net §05.1.1).</summary>
    public string MediaAccessControl { get; } = "CSMA/CD (Ethernet)";

    /// <summary>Gets the duplex mode modern NICs support (现代网卡支持全双工): full duplex (Net §05.1.1).</summary>
    public DuplexMode Duplex { get; } = DuplexMode.Full;

    /// <summary>Gets what the NIC driver is: the interface between the operating system and the NIC (操作系统与网卡的接口, Net §05.1.1).</summary>
    public string DriverRole { get; } = "the interface between the operating system and the NIC";

    /// <summary>Gets the kinds of driver (驱动类型): open-source and vendor drivers (Net §05.1.1).</summary>
    public IReadOnlyList<NicDriverKind> DriverKinds { get; } = Array.AsReadOnly([NicDriverKind.OpenSource, NicDriverKind.Vendor]);

    /// <summary>Gets where the features come from.</summary>
    public Citation Citation { get; } = Citation.Net("§05.1.1, §05.1.2");

    /// <summary>The one instance.</summary>
    internal static PhysicalNicFeatures Instance { get; } = new();
}
