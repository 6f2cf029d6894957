using System.Collections.Generic;

namespace Paradigms.Model.Networking;

/// <summary>
/// The protocol-stack catalog (网络协议栈, Net §06): the OSI and TCP/IP layers as the document
/// defines them (Net §06.1.1, §06.2.1), the mapping between the two models, and who provides each
/// layer under each paradigm (Net §06.1.2, §06.2.2, §06.3.1, §10.5).
/// </summary>
/// <remarks>
/// <para>
/// Every entry is immutable and carries its citation. Where the document has no entry, the
/// lookup returns null: paravirtualization appears only in Net §10.5, which has no session or
/// presentation row and no TCP/IP layers.
/// </para>
/// <para>
/// The document disagrees with itself on containers' network stack: the per-paradigm stacks
/// (Net §06.1.2, §06.2.2, §06.3.1, §10.5) give it as the host OS's, shared, while Net §05.3.2,
/// §08.1.1, §08.2.1 and §08.3.1 give each container its own, independent stack in its network
/// namespace. The owner is the shared host stack; the other reading is in
/// <see cref="LayerOwner.OtherReadings"/>. Likewise a container's data-link layer is veth + Bridge
/// (Net §06.3.1, §10.5), with Net §06.1.2's Network Namespace + veth as the other reading.
/// </para>
/// </remarks>
public static class ProtocolStackCatalog
{
    /// <summary>Gets the seven OSI layers, from the physical layer up (Net §06.1.1).</summary>
    public static IReadOnlyList<OsiLayerProfile> OsiLayers => OsiLayerProfile.All;

    /// <summary>Gets the four TCP/IP layers, from the network interface layer up (Net §06.2.1).</summary>
    public static IReadOnlyList<TcpIpLayerProfile> TcpIpLayers => TcpIpLayerProfile.All;

    /// <summary>An OSI layer's functions, devices and protocols (Net §06.1.1).</summary>
    /// <param name="layer">The layer.</param>
    /// <returns>The layer's profile.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="layer"/> is not defined.</exception>
    public static OsiLayerProfile Describe(OsiLayer layer) => OsiLayerProfile.Of(layer);

    /// <summary>A TCP/IP layer's functions, OSI layers and protocols (Net §06.2.1).</summary>
    /// <param name="layer">The layer.</param>
    /// <returns>The layer's profile.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="layer"/> is not defined.</exception>
    public static TcpIpLayerProfile Describe(TcpIpLayer layer) => TcpIpLayerProfile.Of(layer);

    /// <summary>The TCP/IP layer that covers an OSI layer (Net §06.2.1).</summary>
    /// <param name="layer">The OSI layer.</param>
    /// <returns>The TCP/IP layer.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="layer"/> is not defined.</exception>
    public static TcpIpLayer ToTcpIp(OsiLayer layer) => OsiLayerProfile.Of(layer).TcpIpLayer;

    /// <summary>The OSI layers a TCP/IP layer covers, from the bottom up (Net §06.2.1).</summary>
    /// <param name="layer">The TCP/IP layer.</param>
    /// <returns>One to three OSI layers.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="layer"/> is not defined.</exception>
    public static IReadOnlyList<OsiLayer> ToOsi(TcpIpLayer layer) => TcpIpLayerProfile.Of(layer).OsiLayers;

    /// <summary>
    /// Who provides an OSI layer under a paradigm (Net §06.1.2, §06.3.1, §10.5). For example, a
    /// container's transport layer is the host OS's TCP/UDP, shared.
    /// </summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <param name="layer">The OSI layer.</param>
    /// <returns>
    /// The owner; null for paravirtualization's session and presentation layers, which the document
    /// never gives (paravirtualization appears only in Net §10.5, which has no such rows).
    /// </returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="paradigm"/> or <paramref name="layer"/> is not defined.</exception>
    public static LayerOwner? Owner(Paradigm paradigm, OsiLayer layer) => LayerOwner.Of(paradigm, layer);

    /// <summary>Who provides a TCP/IP layer under a paradigm (Net §06.2.2).</summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <param name="layer">The TCP/IP layer.</param>
    /// <returns>
    /// The owner; null for every layer under paravirtualization, which Net §06.2.2 does not map
    /// (its OSI owners in Net §10.5 are not carried over: the catalog derives nothing the document does not say).
    /// </returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="paradigm"/> or <paramref name="layer"/> is not defined.</exception>
    public static LayerOwner? Owner(Paradigm paradigm, TcpIpLayer layer) => LayerOwner.Of(paradigm, layer);
}
