using System.Collections.Generic;
using Paradigms.Model.Facts;
using Paradigms.Model.Networking;

namespace Paradigms.Model.Cli.Options;

/// <summary>
/// A name <c>--stack</c> accepts for an encapsulation layer (<c>vxlan4</c>, <c>wireguard6</c>…), the layer's kind, and
/// the figure of its bytes in the facts catalog. <c>geneve4</c> and <c>geneve6</c> take option bytes after a colon
/// (<c>geneve4:8</c>), <c>mpls</c> a label count (<c>mpls:2</c>).
/// </summary>
/// <param name="Name">The name, matched in any case.</param>
/// <param name="Kind">The layer's kind.</param>
/// <param name="Bytes">The figure of the bytes it adds, with its source.</param>
internal sealed record LayerName(string Name, EncapsulationKind Kind, ISourced Bytes)
{
    /// <summary>Gets every layer name, in the order of <see cref="EncapsulationKind"/>.</summary>
    public static IReadOnlyList<LayerName> All { get; } =
    [
        new("dot1q", EncapsulationKind.Dot1QTag, StandardFacts.Dot1QTagBytes),
        new("qinq", EncapsulationKind.QinQTags, StandardFacts.QinQTagsBytes),
        new("vxlan4", EncapsulationKind.VxlanOverIpv4, StandardFacts.VxlanOverIpv4Bytes),
        new("vxlan6", EncapsulationKind.VxlanOverIpv6, StandardFacts.VxlanOverIpv6Bytes),
        new("geneve4", EncapsulationKind.GeneveOverIpv4, StandardFacts.GeneveOverIpv4Bytes),
        new("geneve6", EncapsulationKind.GeneveOverIpv6, StandardFacts.GeneveOverIpv6Bytes),
        new("gre4", EncapsulationKind.GreOverIpv4, StandardFacts.GreOverIpv4Bytes),
        new("gre6", EncapsulationKind.GreOverIpv6, StandardFacts.GreOverIpv6Bytes),
        new("wireguard4", EncapsulationKind.WireGuardOverIpv4, StandardFacts.WireGuardOverIpv4Bytes),
        new("wireguard6", EncapsulationKind.WireGuardOverIpv6, StandardFacts.WireGuardOverIpv6Bytes),
        new("mpls", EncapsulationKind.MplsLabels, StandardFacts.MplsLabelBytes),
    ];

    /// <summary>Gets whether the layer takes a number after a colon: Geneve option bytes, or MPLS labels.</summary>
    public bool TakesNumber => Kind is EncapsulationKind.GeneveOverIpv4 or EncapsulationKind.GeneveOverIpv6 or EncapsulationKind.MplsLabels;
}
