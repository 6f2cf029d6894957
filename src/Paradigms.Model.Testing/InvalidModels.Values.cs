using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Paradigms.Model.Networking;

namespace Paradigms.Model.Testing;

/// <summary>The invalid deployments of PM0004: a value outside its protocol's range, given to a factory.</summary>
public static partial class InvalidModels
{
    /// <summary>
    /// PM0004 (error): a valid deployment with one value outside its standard's range: a VLAN interface's or a
    /// VLAN's id outside 1–4094, a VNI outside 24 bits, an SR-IOV count outside 1–65,535 or an index that is
    /// not below the count, Geneve options outside 0–252 or not in 4-byte words.
    /// </summary>
    private static Gen<InvalidModel> ValueOutOfProtocolRange() => Gen.OneOf(
        from paradigm in Gen.Elements(Attaching(NicKind.VlanInterface))
        from id in Outside(ProtocolRanges.VlanIds)
        from deployment in ValidParts.DeploymentUnder(paradigm)
        select Error("PM0004", deployment with { Nic = new NicParts(NicKind.VlanInterface, VlanId: id) }),
        from paradigm in Gen.Elements(Attaching(NicKind.SrIovVirtualFunction))
        from count in Outside(ProtocolRanges.VirtualFunctionCounts)
        from index in Gen.Choose(0, ProtocolRanges.VirtualFunctionCounts.Max - 1)
        from deployment in ValidParts.DeploymentUnder(paradigm)
        select Error("PM0004", deployment with { Nic = new NicParts(NicKind.SrIovVirtualFunction, index, count) }),
        from paradigm in Gen.Elements(Attaching(NicKind.SrIovVirtualFunction))
        from count in Generate.Optional(Gen.Choose(ProtocolRanges.VirtualFunctionCounts.Min, ProtocolRanges.VirtualFunctionCounts.Max))
        from index in Outside(new IntRange(0, (count ?? ProtocolRanges.VirtualFunctionCounts.Max) - 1))
        from deployment in ValidParts.DeploymentUnder(paradigm)
        select Error("PM0004", deployment with { Nic = new NicParts(NicKind.SrIovVirtualFunction, index, count) }),
        OutOfRangeChannel(LogicalChannelKind.Vlan, ProtocolRanges.VlanIds),
        OutOfRangeChannel(LogicalChannelKind.Vxlan, ProtocolRanges.VxlanNetworkIdentifiers),
        from deployment in ValidParts.Deployment
        from stack in ValidParts.Stack
        from kind in Gen.Elements(EncapsulationKind.GeneveOverIpv4, EncapsulationKind.GeneveOverIpv6)
        from optionBytes in Gen.OneOf(
            Outside(ProtocolRanges.GeneveOptionBytes),
            from words in Gen.Choose(0, (ProtocolRanges.GeneveOptionBytes.Max / ProtocolRanges.GeneveOptionWord) - 1)
            from extra in Gen.Choose(1, ProtocolRanges.GeneveOptionWord - 1)
            select (words * ProtocolRanges.GeneveOptionWord) + extra)
        from position in Gen.Choose(0, stack.Layers.Length)
        select Error("PM0004", deployment with
        {
            Encapsulation = stack with { Layers = stack.Layers.Insert(position, new EncapsulationParts(kind, optionBytes)) },
        }));

    /// <summary>A valid deployment that also terminates a channel of <paramref name="kind"/> whose identifier is outside <paramref name="range"/>.</summary>
    private static Gen<InvalidModel> OutOfRangeChannel(LogicalChannelKind kind, IntRange range) =>
        from paradigm in Gen.Elements(Terminating(kind))
        from identifier in Outside(range)
        from deployment in ValidParts.DeploymentUnder(paradigm)
        from position in Gen.Choose(0, deployment.Channels.Length)
        select Error("PM0004", deployment with { Channels = deployment.Channels.Insert(position, new LogicalChannelParts(kind, identifier)) });
}
