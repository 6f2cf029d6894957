using System;
using System.Collections.Generic;
using Paradigms.Model.Facts;

namespace Paradigms.Model.Networking;

/// <summary>
/// One layer of the TCP/IP model as the document defines it (TCP/IP 模型定义, Net §06.2.1): its
/// functions, the OSI layers it covers and its protocols.
/// </summary>
/// <remarks>Immutable; one instance per <see cref="TcpIpLayer"/>, from <see cref="ProtocolStackCatalog.Describe(TcpIpLayer)"/>.</remarks>
public sealed record TcpIpLayerProfile
{
    private static readonly TcpIpLayerProfile[] Profiles =
    [
        new(TcpIpLayer.NetworkInterface, "network interface layer", ["physical transmission", "data link"], [OsiLayer.Physical, OsiLayer.DataLink], []),
        new(TcpIpLayer.Internet, "internet layer", ["IP protocol", "routing", "packet forwarding"], [OsiLayer.Network], ["IP", "ICMP", "ARP"]),
        new(TcpIpLayer.Transport, "transport layer", ["end-to-end communication", "reliable transmission"], [OsiLayer.Transport], ["TCP", "UDP"]),
        new(TcpIpLayer.Application, "application layer", ["application protocols"], [OsiLayer.Session, OsiLayer.Presentation, OsiLayer.Application], ["HTTP", "HTTPS", "DNS", "FTP", "SSH"]),
    ];

    private TcpIpLayerProfile(TcpIpLayer layer, string name, string[] functions, OsiLayer[] osiLayers, string[] protocols)
    {
        Layer = layer;
        Name = name;
        Functions = Array.AsReadOnly(functions);
        OsiLayers = Array.AsReadOnly(osiLayers);
        Protocols = Array.AsReadOnly(protocols);
    }

    /// <summary>Gets the layer; its value is the layer's number, 1–4.</summary>
    public TcpIpLayer Layer { get; }

    /// <summary>Gets the layer's name in English, for example <c>internet layer</c> (the document's 网络层).</summary>
    public string Name { get; }

    /// <summary>Gets the layer's functions (功能), translated, in the document's order (Net §06.2.1).</summary>
    public IReadOnlyList<string> Functions { get; }

    /// <summary>Gets the OSI layers the layer covers (对应 OSI), from the bottom up (Net §06.2.1).</summary>
    public IReadOnlyList<OsiLayer> OsiLayers { get; }

    /// <summary>Gets the layer's protocols (协议) as Net §06.2.1 lists them; empty for the network interface layer, for which it lists none.</summary>
    public IReadOnlyList<string> Protocols { get; }

    /// <summary>Gets where the layer's definition comes from.</summary>
    public Citation Citation { get; } = Citation.Net("§06.2.1");

    /// <summary>Gets the four layers, from the network interface layer up.</summary>
    internal static IReadOnlyList<TcpIpLayerProfile> All { get; } = Array.AsReadOnly(Profiles);

    /// <summary>The profile of a layer.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="layer"/> is not defined.</exception>
    internal static TcpIpLayerProfile Of(TcpIpLayer layer) => Profiles[(int)Preconditions.Defined(layer, nameof(layer)) - 1];
}
