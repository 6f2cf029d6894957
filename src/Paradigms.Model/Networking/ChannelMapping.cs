using System;
using System.Collections.Generic;
using Paradigms.Model.Facts;

namespace Paradigms.Model.Networking;

/// <summary>
/// One row of the channel mapping matrix (信道映射矩阵) of Net §04.3.1: a physical channel, the logical
/// channel mapped onto it, how, and what for.
/// </summary>
/// <remarks>Immutable; the four rows are <see cref="ChannelCatalog.PhysicalToLogical"/>.</remarks>
public sealed record ChannelMapping
{
    private static readonly ChannelMapping[] Rows =
    [
        new("Ethernet", LogicalChannelKind.Vlan, "VLAN", "one physical Ethernet maps to many VLANs", ["network isolation"]),
        new("IP network", LogicalChannelKind.Vxlan, "VXLAN", "a physical IP network maps to a logical layer 2", ["container networks", "virtual networks"]),
        new("physical NIC", LogicalChannelKind.NetworkNamespace, "Network Namespace", "one physical NIC maps to many logical network spaces", ["container network isolation"]),
        new("Host OS", LogicalChannelKind.WasiSocket, "WASI Network", "the host OS network stack maps to the WASI interface", ["Wasm network abstraction"]),
    ];

    private ChannelMapping(string physicalChannel, LogicalChannelKind logicalKind, string logicalChannel, string relation, IReadOnlyList<string> uses)
    {
        PhysicalChannel = physicalChannel;
        LogicalKind = logicalKind;
        LogicalChannel = logicalChannel;
        Relation = relation;
        Uses = uses;
    }

    /// <summary>Gets the physical channel as the table names it (物理信道): Ethernet, IP network, physical NIC, Host OS.</summary>
    public string PhysicalChannel { get; }

    /// <summary>Gets the kind of the logical channel (WASI Network is <see cref="LogicalChannelKind.WasiSocket"/>).</summary>
    public LogicalChannelKind LogicalKind { get; }

    /// <summary>Gets the logical channel as the table names it (逻辑信道): VLAN, VXLAN, Network Namespace, WASI Network.</summary>
    public string LogicalChannel { get; }

    /// <summary>Gets how the physical channel maps to the logical one (映射关系), in English.</summary>
    public string Relation { get; }

    /// <summary>Gets what the mapping is used for (应用场景), in English.</summary>
    public IReadOnlyList<string> Uses { get; }

    /// <summary>Gets where the row comes from: Net §04.3.1.</summary>
    public Citation Citation { get; } = Citation.Net("§04.3.1");

    /// <summary>Gets the four rows, in the document's order.</summary>
    internal static IReadOnlyList<ChannelMapping> All { get; } = Array.AsReadOnly(Rows);
}
