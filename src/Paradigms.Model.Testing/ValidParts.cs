using System;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Paradigms.Model.Decisions;
using Paradigms.Model.Facts;
using Paradigms.Model.Networking;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Testing;

/// <summary>
/// Generators of parts that form valid models with nothing to note: <see cref="ModelParts.Validate"/> returns
/// no error, no warning and no info for any of them. Values come from the facts catalog's ranges
/// (<see cref="ProtocolRanges"/>, <see cref="LinkLimits"/>) and the combinations from <see cref="Compatibility"/>.
/// </summary>
internal static class ValidParts
{
    /// <summary>Gets NIC drivers of real server NICs (Intel, Mellanox, Broadcom), for <see cref="PhysicalNicParts.Driver"/>.</summary>
    private static readonly ImmutableArray<string> Drivers = ["ixgbe", "i40e", "ice", "mlx5_core", "bnxt_en"];

    /// <summary>Gets the most memory a wasm32 linear memory holds: 65,536 pages of 64 KiB, 4 GiB.</summary>
    public static Information Wasm32Limit { get; } = StandardFacts.WasmPageBytes.Value * StandardFacts.MaximumWasm32Pages.Value;

    /// <summary>Gets any MAC address.</summary>
    public static Gen<MacAddress> MacAddress { get; } =
        from high in Gen.Choose(0, ushort.MaxValue)
        from low in Gen.Choose(int.MinValue, int.MaxValue)
        select Model.Networking.MacAddress.FromUInt64(((ulong)high << 32) | (uint)low);

    /// <summary>Gets a NIC's MAC address and driver, each present half the time.</summary>
    public static Gen<(MacAddress? MacAddress, string? Driver)> Details { get; } =
        from macAddress in Generate.Optional(MacAddress)
        from driver in Generate.OptionalReference(Gen.Elements(Drivers.AsEnumerable()))
        select (macAddress, driver);

    /// <summary>Gets physical NICs whose link every standard allows, with nothing to note (PM0005, PM0006).</summary>
    public static Gen<PhysicalNicParts> PhysicalNic { get; } =
        from medium in Generate.Optional(Gen.Elements(Enum.GetValues<PhysicalMedium>()))
        from connector in Connector(medium)
        from speed in Rate(medium, connector)
        from duplex in Gen.Elements(Duplexes(medium, speed))
        from topology in Gen.Elements(Topologies(duplex))
        from length in CableLength(medium, speed)
        from details in Details
        select new PhysicalNicParts(speed, duplex, connector, medium, length, topology, details.MacAddress, details.Driver);

    /// <summary>Gets encapsulation layers with valid values: Geneve options in whole words up to 252 bytes, one to three MPLS labels.</summary>
    public static Gen<EncapsulationParts> Layer { get; } =
        from kind in Gen.Elements(Enum.GetValues<EncapsulationKind>())
        from words in Gen.Choose(0, ProtocolRanges.GeneveOptionBytes.Max / ProtocolRanges.GeneveOptionWord)
        from labels in Gen.Choose(1, KitBounds.MostMplsLabels)
        select kind switch
        {
            EncapsulationKind.GeneveOverIpv4 or EncapsulationKind.GeneveOverIpv6 => new EncapsulationParts(kind, OptionBytes: words * ProtocolRanges.GeneveOptionWord),
            EncapsulationKind.MplsLabels => new EncapsulationParts(kind, LabelCount: labels),
            _ => new EncapsulationParts(kind),
        };

    /// <summary>Gets stacks of up to three layers over an underlay that leaves IPv6 its 1280 bytes.</summary>
    public static Gen<EncapsulationStackParts> Stack { get; } =
        from count in Gen.Choose(0, KitBounds.MostLayers)
        from layers in Gen.ArrayOf(Layer, count)
        let overhead = layers.Sum(layer => layer.Build().OverheadBytes)
        from underlay in Gen.Choose(ProtocolRanges.MinimumIpv6Mtu + overhead, KitBounds.LargestMtu)
        select new EncapsulationStackParts(underlay, [.. layers]);

    /// <summary>Gets a declared MTU and a stack, either or both absent, the MTU from 1280 bytes up and within what the stack leaves.</summary>
    public static Gen<(int? Mtu, EncapsulationStackParts? Stack)> MtuAndStack { get; } = Gen.OneOf(
        Gen.Constant<(int?, EncapsulationStackParts?)>((null, null)),
        Gen.Choose(ProtocolRanges.MinimumIpv6Mtu, KitBounds.LargestMtu).Select(mtu => ((int?)mtu, (EncapsulationStackParts?)null)),
        Stack.Select(stack => ((int?)null, (EncapsulationStackParts?)stack)),
        from stack in Stack
        from mtu in Gen.Choose(ProtocolRanges.MinimumIpv6Mtu, stack.Build().InnerMtu)
        select ((int?)mtu, (EncapsulationStackParts?)stack));

    /// <summary>Gets valid deployments under any paradigm.</summary>
    public static Gen<DeploymentParts> Deployment { get; } =
        Gen.Elements(Enum.GetValues<Paradigm>()).SelectMany(DeploymentUnder);

    /// <summary>Gets valid workloads: any paradigm, CPU and memory above zero, a sandbox's memory within wasm32's 4 GiB.</summary>
    public static Gen<WorkloadParts> Workload { get; } =
        from paradigm in Gen.Elements(Enum.GetValues<Paradigm>())
        from cpu in CpuRequest
        from memory in MemoryRequest(paradigm == Paradigm.Sandboxing ? Wasm32Limit : QuantityGenerators.LargestInformation)
        from io in Gen.Elements(Enum.GetValues<RequirementLevel>())
        from network in Gen.Elements(Enum.GetValues<RequirementLevel>())
        select new WorkloadParts(paradigm, cpu, memory, io, network);

    /// <summary>Gets CPU requests above zero, up to <see cref="KitBounds.LargestCpuRequest"/>, the application case's 2 CPUs among them.</summary>
    public static Gen<CpuCores> CpuRequest { get; } =
        QuantityGenerators.CpuCores.Where(cores => cores > CpuCores.Zero);

    /// <summary>Gets wasm32 linear memories: 0 to 65,536 pages.</summary>
    public static Gen<WasmLinearMemoryParts> WasmLinearMemory { get; } =
        Gen.Choose(ProtocolRanges.Wasm32Pages.Min, ProtocolRanges.Wasm32Pages.Max).Select(pages => new WasmLinearMemoryParts(pages));

    /// <summary>Valid deployments under <paramref name="paradigm"/>.</summary>
    public static Gen<DeploymentParts> DeploymentUnder(Paradigm paradigm) =>
        from nic in Generate.Element(Compatibility.Attachable(paradigm)).SelectMany(Nic)
        from count in Gen.Choose(0, KitBounds.MostChannels)
        from channels in Gen.ArrayOf(Generate.Element(Compatibility.Terminable(paradigm)).SelectMany(Channel), count)
        from mode in Generate.Optional(Generate.Element(Compatibility.Available(paradigm)))
        from uplink in Generate.OptionalReference(PhysicalNic)
        from mtuAndStack in MtuAndStack
        from guest in Guest(paradigm)
        select new DeploymentParts(paradigm, nic, [.. channels], mode, uplink, mtuAndStack.Mtu, mtuAndStack.Stack, guest);

    /// <summary>NICs of <paramref name="kind"/> with valid values: an SR-IOV index below its device's count, a VLAN id of 802.1Q.</summary>
    public static Gen<NicParts> Nic(NicKind kind) => kind switch
    {
        NicKind.SrIovVirtualFunction =>
            from count in Generate.Optional(Gen.Choose(ProtocolRanges.VirtualFunctionCounts.Min, ProtocolRanges.VirtualFunctionCounts.Max))
            from index in Gen.Choose(0, (count ?? ProtocolRanges.VirtualFunctionCounts.Max) - 1)
            select new NicParts(kind, index, count),
        NicKind.VlanInterface => Gen.Choose(ProtocolRanges.VlanIds.Min, ProtocolRanges.VlanIds.Max).Select(id => new NicParts(kind, VlanId: id)),
        _ => Gen.Constant(new NicParts(kind)),
    };

    /// <summary>Channels of <paramref name="kind"/> with valid values: a VLAN id of 802.1Q, a 24-bit VNI.</summary>
    public static Gen<LogicalChannelParts> Channel(LogicalChannelKind kind) => kind switch
    {
        LogicalChannelKind.Vlan => Gen.Choose(ProtocolRanges.VlanIds.Min, ProtocolRanges.VlanIds.Max).Select(id => new LogicalChannelParts(kind, id)),
        LogicalChannelKind.Vxlan => Gen.Choose(ProtocolRanges.VxlanNetworkIdentifiers.Min, ProtocolRanges.VxlanNetworkIdentifiers.Max).Select(vni => new LogicalChannelParts(kind, vni)),
        _ => Gen.Constant(new LogicalChannelParts(kind)),
    };

    /// <summary>Whether the guest can be modified, or undeclared: never false under paravirtualization.</summary>
    public static Gen<bool?> Guest(Paradigm paradigm) =>
        Compatibility.NeedsModifiableGuest(paradigm) ? Gen.Elements<bool?>(null, true) : Gen.Elements<bool?>(null, true, false);

    /// <summary>Memory requests above zero, up to <paramref name="largest"/>.</summary>
    public static Gen<Information> MemoryRequest(Information largest) =>
        Generate.Quantity(Information.Zero, largest, Information.FromBytes, value => value.Bytes).Where(memory => memory > Information.Zero);

    /// <summary>Rates inside the document's range for the medium, up to what the medium and the interface carry.</summary>
    public static Gen<BitRate> Rate(PhysicalMedium? medium, InterfaceType? connector)
    {
        var (slowest, fastest) = RateSpan(medium, connector);
        return Generate.Quantity(slowest, fastest, BitRate.FromBitsPerSecond, rate => rate.BitsPerSecond);
    }

    /// <summary>The slowest and fastest valid rate: the document's range for the medium, cut to what the medium and the interface carry.</summary>
    public static (BitRate Slowest, BitRate Fastest) RateSpan(PhysicalMedium? medium, InterfaceType? connector)
    {
        var documented = LinkLimits.DocumentedRates(medium);
        var fastest = documented.Max;
        if (medium is { } m && LinkLimits.Ceiling(m) is { } mediumCeiling && mediumCeiling < fastest)
        {
            fastest = mediumCeiling;
        }

        if (connector is { } c && LinkLimits.Ceiling(c) < fastest)
        {
            fastest = LinkLimits.Ceiling(c);
        }

        return (documented.Min, fastest);
    }

    /// <summary>An interface that takes the medium and carries its slowest documented rate, or none.</summary>
    public static Gen<InterfaceType?> Connector(PhysicalMedium? medium) =>
        Connectors(medium) is { Length: > 0 } connectors ? Generate.Optional(Gen.Elements(connectors)) : Gen.Constant<InterfaceType?>(null);

    /// <summary>A cable length within reach, or none; always none for radio.</summary>
    public static Gen<Length?> CableLength(PhysicalMedium? medium, BitRate speed) =>
        LinkLimits.IsCable(medium) ? Generate.Optional(Length(LinkLimits.Reach(medium, speed))) : Gen.Constant<Length?>(null);

    /// <summary>Cable lengths from 10 cm to <paramref name="reach"/>, in whole decimetres.</summary>
    public static Gen<Length> Length(Length reach) =>
        Gen.Choose(1, (int)(reach.Meters * 10)).Select(decimetres => Model.Quantities.Length.FromMeters(decimetres / 10.0));

    /// <summary>The interfaces a valid link on the medium uses: those that take it and carry the slowest rate its family is documented at.</summary>
    public static InterfaceType[] Connectors(PhysicalMedium? medium) =>
        [.. LinkLimits.InterfacesFor(medium).Where(connector => LinkLimits.Ceiling(connector) >= LinkLimits.DocumentedRates(medium).Min)];

    /// <summary>Full or half duplex, as the link allows without a finding: full only from 10 Gbit/s on a cable, half only on Wi-Fi.</summary>
    public static DuplexMode[] Duplexes(PhysicalMedium? medium, BitRate speed) =>
        [.. new[] { DuplexMode.Full, DuplexMode.Half }.Where(duplex => duplex switch
        {
            DuplexMode.Half => !(speed >= LinkLimits.FullDuplexOnly && LinkLimits.IsCable(medium)),
            _ => !(medium is { } m && LinkLimits.IsWifi(m)),
        })];

    /// <summary>The topologies of a segment with <paramref name="duplex"/>: a bus (or hub) only for half duplex.</summary>
    public static PhysicalTopology[] Topologies(DuplexMode duplex) =>
        duplex == DuplexMode.Full
            ? [PhysicalTopology.Star, PhysicalTopology.Ring, PhysicalTopology.Mesh]
            : Enum.GetValues<PhysicalTopology>();
}
