using FsCheck;
using FsCheck.Fluent;
using Paradigms.Model.Decisions;
using Paradigms.Model.Json;
using Paradigms.Model.Networking;
using Paradigms.Model.Quantities;
using Paradigms.Model.Rules;
using Paradigms.Model.Tests.Quantities;

namespace Paradigms.Model.Tests.Json;

/// <summary>
/// Valid models of every type a model file holds, for round-trip properties. Each is built with the
/// model's own constructors and factories from values drawn at random; a draw the model refuses is
/// drawn again, so every value here is one the model can hold.
/// </summary>
public static class ModelArbitraries
{
    /// <summary>Names with quotes, backslashes, control characters, non-ASCII and a pair of surrogates: what JSON must escape or keep.</summary>
    private static readonly Gen<string> Names = Gen.Elements("ixgbe", "mlx5_core", "edge", "a \"quoted\" name", "back\\slash", "tab\there", "μs ≠ ms", "驱动", "😀 emoji", "line\nbreak", "\u0001 control");

    public static Gen<T?> OrNone<T>(Gen<T> generator)
        where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (3, generator.Select(value => (T?)value)));

    public static Gen<T?> OrNoneReference<T>(Gen<T> generator)
        where T : class =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (3, generator.Select(value => (T?)value)));

    public static Gen<T> Any<T>()
        where T : struct, Enum =>
        Gen.Elements(Enum.GetValues<T>());

    public static Gen<Nic> NicGen { get; } = Gen.OneOf(
        Gen.Elements(Enum.GetValues<NicKind>().Where(k => k != NicKind.VlanInterface)).Select(Nic.Of),
        from count in OrNone(Gen.Choose(1, ProtocolLimits.MaximumVirtualFunctionCount))
        from index in Gen.Choose(0, (count ?? ProtocolLimits.MaximumVirtualFunctionCount) - 1)
        select Nic.SrIov(index, count),
        Gen.Choose(ProtocolLimits.MinimumVlanId, ProtocolLimits.MaximumVlanId).Select(Nic.VlanInterface));

    public static Gen<LogicalChannel> ChannelGen { get; } = Gen.OneOf(
        Gen.Elements(Enum.GetValues<LogicalChannelKind>().Where(k => k is not (LogicalChannelKind.Vlan or LogicalChannelKind.Vxlan))).Select(LogicalChannel.Of),
        Gen.Choose(ProtocolLimits.MinimumVlanId, ProtocolLimits.MaximumVlanId).Select(LogicalChannel.Vlan),
        Gen.Choose(ProtocolLimits.MinimumVxlanNetworkIdentifier, ProtocolLimits.MaximumVxlanNetworkIdentifier).Select(LogicalChannel.Vxlan));

    public static Gen<Encapsulation> LayerGen { get; } = Gen.OneOf(
        Any<EncapsulationKind>().Select(Encapsulation.Of),
        Gen.Choose(0, ProtocolLimits.MaximumGeneveOptionBytes / 4).Select(words => Encapsulation.GeneveOverIpv4(words * 4)),
        Gen.Choose(0, ProtocolLimits.MaximumGeneveOptionBytes / 4).Select(words => Encapsulation.GeneveOverIpv6(words * 4)),
        Gen.Choose(1, 40).Select(Encapsulation.MplsLabels));

    public static Gen<EncapsulationStack> StackGen { get; } =
        (from underlay in Gen.Frequency((1, Gen.Choose(ProtocolLimits.MinimumIpv4Mtu, 1500)), (3, Gen.Elements(1500, 1450, 9000, 65535)))
         from count in Gen.Choose(0, 4)
         from layers in LayerGen.ArrayOf(count)
         select Try(() => new EncapsulationStack(underlay, layers)))
        .Where(stack => stack is not null)
        .Select(stack => stack!);

    public static Gen<PhysicalNic> PhysicalNicGen { get; } =
        (from speed in Gen.OneOf(
             QuantityArbitraries.BitRate().Generator.Where(rate => rate > BitRate.Zero),
             Gen.Elements("100 Mbit/s", "1 Gbit/s", "2.5 Gbit/s", "10 Gbit/s", "25 Gbit/s", "100 Gbit/s").Select(BitRate.Parse))
         from duplex in Any<DuplexMode>()
         from interfaceType in OrNone(Any<InterfaceType>())
         from medium in OrNone(Any<PhysicalMedium>())
         from length in OrNone(QuantityArbitraries.Length().Generator.Where(l => l > Length.Zero))
         from topology in Any<PhysicalTopology>()
         from mac in OrNone(from high in Gen.Choose(0, 0xFF_FFFF) from low in Gen.Choose(0, 0xFF_FFFF) select MacAddress.FromUInt64(((ulong)high << 24) | (uint)low))
         from driver in OrNoneReference(Names)
         select Try(() => new PhysicalNic(speed, duplex, interfaceType, medium, length, topology, mac, driver)))
        .Where(nic => nic is not null)
        .Select(nic => nic!);

    public static Gen<Deployment> DeploymentGen { get; } =
        (from paradigm in Any<Paradigm>()
         from nic in NicGen
         from channelCount in Gen.Choose(0, 3)
         from channels in ChannelGen.Where(c => RuleTable.CheckChannel(paradigm, c.Kind) is null).ArrayOf(channelCount)
         from mode in OrNone(Any<NetworkMode>())
         from uplink in OrNoneReference(PhysicalNicGen)
         from mtu in OrNone(Gen.Frequency((1, Gen.Choose(ProtocolLimits.MinimumIpv4Mtu, 9000)), (2, Gen.Elements(1280, 1390, 1450, 1500, 9000))))
         from encapsulation in OrNoneReference(StackGen)
         from guest in OrNone(Gen.Elements(true, false))
         select Try(() => new Deployment(paradigm, nic, channels, mode, uplink, mtu, encapsulation, guest)))
        .Where(deployment => deployment is not null)
        .Select(deployment => deployment!);

    public static Gen<Workload> WorkloadGen { get; } =
        (from paradigm in Any<Paradigm>()
         from cpu in QuantityArbitraries.CpuCores().Generator.Where(c => c != CpuCores.Zero)
         from memory in Gen.OneOf(
             QuantityArbitraries.Information().Generator.Where(m => m != Information.Zero),
             Gen.Elements("4Gi", "512Mi", "4 GiB", "2G").Select(Information.Parse))
         from io in Any<RequirementLevel>()
         from network in Any<RequirementLevel>()
         select Try(() => new Workload(paradigm, cpu, memory, io, network)))
        .Where(workload => workload is not null)
        .Select(workload => workload!);

    public static Gen<Requirements> RequirementsGen { get; } =
        Gen.Elements(true, false).ArrayOf(7).Select(b => new Requirements
        {
            ResourceConstrained = b[0],
            HighPerformance = b[1],
            HighIsolation = b[2],
            HighCompatibility = b[3],
            GuestOsModifiable = b[4],
            ResourceSharing = b[5],
            Standardization = b[6],
        });

    public static Gen<ModelFile> ModelFileGen { get; } =
        from deploymentCount in Gen.Choose(0, 3)
        from deployments in (from deployment in DeploymentGen from name in OrNoneReference(Names) select new NamedDeployment(deployment, name)).ArrayOf(deploymentCount)
        from workloadCount in Gen.Choose(0, 3)
        from workloads in WorkloadGen.ArrayOf(workloadCount)
        from requirements in OrNoneReference(RequirementsGen)
        from schema in OrNoneReference(Gen.Elements("../schema/paradigms-model.schema.json", "https://example.com/paradigms-model.schema.json"))
        select new ModelFile(deployments, workloads, requirements, schema);

    public static Arbitrary<Nic> NicArbitrary() => Arb.From(NicGen);

    public static Arbitrary<LogicalChannel> LogicalChannelArbitrary() => Arb.From(ChannelGen);

    public static Arbitrary<EncapsulationStack> EncapsulationStackArbitrary() => Arb.From(StackGen);

    public static Arbitrary<PhysicalNic> PhysicalNicArbitrary() => Arb.From(PhysicalNicGen);

    public static Arbitrary<Deployment> DeploymentArbitrary() => Arb.From(DeploymentGen);

    public static Arbitrary<Workload> WorkloadArbitrary() => Arb.From(WorkloadGen);

    public static Arbitrary<Requirements> RequirementsArbitrary() => Arb.From(RequirementsGen);

    public static Arbitrary<ModelFile> ModelFileArbitrary() => Arb.From(ModelFileGen);

    /// <summary>The value, or null when the model refuses the draw (an error rule, a value out of range).</summary>
    public static T? Try<T>(Func<T> build)
        where T : class
    {
        try
        {
            return build();
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
