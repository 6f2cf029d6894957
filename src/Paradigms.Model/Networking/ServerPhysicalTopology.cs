using System.Collections.Generic;
using System.Collections.Immutable;
using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Networking;

/// <summary>
/// A server's physical topology: its physical NIC, with its interfaces and rates, and the cables
/// it is wired with (服务器物理拓扑, Net §02.1.2). Read it with <see cref="TopologyCatalog.Server"/>.
/// </summary>
/// <remarks>Immutable; one instance. The NIC and the media are modelled in detail elsewhere (Net §04.1, §05.1).</remarks>
public sealed record ServerPhysicalTopology
{
    private ServerPhysicalTopology()
    {
    }

    /// <summary>Gets the interfaces of the physical NIC: an Ethernet interface and an optical-fiber interface.</summary>
    public IReadOnlyList<string> NicInterfaces { get; } = ["Ethernet interface", "optical-fiber interface"];

    /// <summary>Gets the rates of the physical NIC's interfaces, from <see cref="NetworkFacts.PhysicalNicRates"/>.</summary>
    public Sourced<ImmutableArray<BitRate>> NicRates { get; } = NetworkFacts.PhysicalNicRates;

    /// <summary>Gets the network cabling: twisted pair, optical fiber, and wireless (Wi-Fi, 5G).</summary>
    public IReadOnlyList<string> Cabling { get; } = ["twisted pair", "optical fiber", "wireless (Wi-Fi, 5G)"];

    /// <summary>Gets where the layout comes from: Net §02.1.2.</summary>
    public Citation Citation { get; } = Citation.Net("§02.1.2");

    internal static ServerPhysicalTopology Instance { get; } = new();
}
