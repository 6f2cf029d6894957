using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace Paradigms.Model.Testing;

/// <summary>The invalid deployments of PM0008: MTUs below what IP needs, or larger than the stack leaves.</summary>
public static partial class InvalidModels
{
    /// <summary>
    /// PM0008: a declared MTU below IPv4's 68 bytes, an underlay MTU below 68 bytes, a stack that leaves less
    /// than 68 bytes (errors); a declared MTU below IPv6's 1280 bytes, or larger than the stack leaves (warnings).
    /// </summary>
    private static Gen<InvalidModel> Mtu() => Gen.OneOf(
        from deployment in ValidParts.Deployment
        from mtu in BelowIpv4Minimum()
        select Error("PM0008", deployment with { Mtu = mtu }),
        from deployment in ValidParts.Deployment
        from mtu in Gen.Choose(ProtocolRanges.MinimumIpv4Mtu, ProtocolRanges.MinimumIpv6Mtu - 1)
        select Warning("PM0008", deployment with { Mtu = mtu }),
        from deployment in ValidParts.Deployment
        from stack in ValidParts.Stack
        let inner = stack.Build().InnerMtu
        from mtu in Gen.Choose(inner + 1, Math.Max(inner + 1, KitBounds.LargestMtu))
        select Warning("PM0008", deployment with { Mtu = mtu, Encapsulation = stack }),
        from deployment in ValidParts.Deployment
        from count in Gen.Choose(0, KitBounds.MostLayers)
        from layers in Gen.ArrayOf(ValidParts.Layer, count)
        from underlay in BelowIpv4Minimum()
        select Error("PM0008", deployment with { Mtu = null, Encapsulation = new EncapsulationStackParts(underlay, [.. layers]) }),
        from deployment in ValidParts.Deployment
        from count in Gen.Choose(1, KitBounds.MostLayers)
        from layers in Gen.ArrayOf(ValidParts.Layer, count)
        let overhead = layers.Sum(layer => layer.Build().OverheadBytes)
        from underlay in Gen.Choose(ProtocolRanges.MinimumIpv4Mtu, ProtocolRanges.MinimumIpv4Mtu + overhead - 1)
        select Error("PM0008", deployment with { Mtu = null, Encapsulation = new EncapsulationStackParts(underlay, [.. layers]) }));

    /// <summary>MTUs below the 68 bytes IPv4 needs, down to any negative <see cref="int"/>.</summary>
    private static Gen<int> BelowIpv4Minimum() => Gen.OneOf(
        Gen.Choose(0, ProtocolRanges.MinimumIpv4Mtu - 1),
        Gen.Choose(int.MinValue, -1));
}
