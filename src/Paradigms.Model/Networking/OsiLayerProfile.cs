using System;
using System.Collections.Generic;
using System.Linq;
using Paradigms.Model.Facts;

namespace Paradigms.Model.Networking;

/// <summary>
/// One layer of the OSI model as the document defines it (OSI 模型定义, Net §06.1.1): its
/// functions, devices and protocols, and the TCP/IP layer that covers it (Net §06.2.1).
/// </summary>
/// <remarks>Immutable; one instance per <see cref="OsiLayer"/>, from <see cref="ProtocolStackCatalog.Describe(OsiLayer)"/>.</remarks>
public sealed record OsiLayerProfile
{
    private static readonly OsiLayerProfile[] Profiles =
    [
        new(OsiLayer.Physical, "physical layer", ["bit-stream transmission", "physical media"], ["NIC", "hub", "repeater"], []),
        new(OsiLayer.DataLink, "data-link layer", ["frame transmission", "error detection", "MAC addresses"], ["switch", "bridge"], []),
        new(OsiLayer.Network, "network layer", ["routing", "IP addresses", "packet forwarding"], ["router"], []),
        new(OsiLayer.Transport, "transport layer", ["end-to-end communication", "TCP/UDP"], [], ["TCP", "UDP"]),
        new(OsiLayer.Session, "session layer", ["session management", "synchronization"], [], []),
        new(OsiLayer.Presentation, "presentation layer", ["data format conversion", "encryption"], [], []),
        new(OsiLayer.Application, "application layer", ["application protocols", "HTTP", "DNS"], [], ["HTTP", "HTTPS", "DNS", "FTP"]),
    ];

    private OsiLayerProfile(OsiLayer layer, string name, string[] functions, string[] devices, string[] protocols)
    {
        Layer = layer;
        Name = name;
        Functions = Array.AsReadOnly(functions);
        Devices = Array.AsReadOnly(devices);
        Protocols = Array.AsReadOnly(protocols);
    }

    /// <summary>Gets the layer; its value is the layer's number, 1–7.</summary>
    public OsiLayer Layer { get; }

    /// <summary>Gets the layer's name in English, for example <c>data-link layer</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the layer's functions (功能), translated, in the document's order (Net §06.1.1).</summary>
    public IReadOnlyList<string> Functions { get; }

    /// <summary>Gets the devices that work at the layer (设备), translated (Net §06.1.1); empty for the layers the document names no device for (transport and above).</summary>
    public IReadOnlyList<string> Devices { get; }

    /// <summary>Gets the layer's protocols (协议) as Net §06.1.1 lists them; empty for the layers it lists none for (all but transport and application).</summary>
    /// <remarks>Net §06.2.1 lists IP, ICMP and ARP for the TCP/IP internet layer, but Net §06.1.1 names no protocol for the OSI network layer; see <see cref="TcpIpLayerProfile.Protocols"/>.</remarks>
    public IReadOnlyList<string> Protocols { get; }

    /// <summary>Gets the TCP/IP layer that covers this layer (对应 OSI, Net §06.2.1).</summary>
    public TcpIpLayer TcpIpLayer => TcpIpLayerProfile.All.First(tcpIp => tcpIp.OsiLayers.Contains(Layer)).Layer;

    /// <summary>Gets where the layer's definition comes from: Net §06.1.1, and §06.2.1 for <see cref="TcpIpLayer"/>.</summary>
    public Citation Citation { get; } = Citation.Net("§06.1.1, §06.2.1");

    /// <summary>Gets the seven layers, from the physical layer up.</summary>
    internal static IReadOnlyList<OsiLayerProfile> All { get; } = Array.AsReadOnly(Profiles);

    /// <summary>The profile of a layer.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="layer"/> is not defined.</exception>
    internal static OsiLayerProfile Of(OsiLayer layer) => Profiles[(int)Preconditions.Defined(layer, nameof(layer)) - 1];
}
