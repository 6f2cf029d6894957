using System.Collections.Immutable;
using FsCheck.Xunit;
using Paradigms.Model.Decisions;
using Paradigms.Model.Networking;
using Paradigms.Model.Resources;
using Xunit;

namespace Paradigms.Model.Testing.Tests;

/// <summary>Parts read from a model build the same model again, so shrinking through parts loses nothing.</summary>
public class RoundTripTests
{
    [Property(Arbitrary = new[] { typeof(ParadigmsArbitraries) }, MaxTest = 200)]
    public bool A_deployment_s_parts_build_an_equal_deployment(Deployment deployment) =>
        DeploymentParts.From(deployment).Build() == deployment;

    [Property(Arbitrary = new[] { typeof(ParadigmsArbitraries) }, MaxTest = 200)]
    public bool A_link_s_parts_build_an_equal_link(PhysicalNic nic) => PhysicalNicParts.From(nic).Build() == nic;

    [Property(Arbitrary = new[] { typeof(ParadigmsArbitraries) }, MaxTest = 200)]
    public bool A_stack_s_parts_build_an_equal_stack(EncapsulationStack stack) => EncapsulationStackParts.From(stack).Build() == stack;

    [Property(Arbitrary = new[] { typeof(ParadigmsArbitraries) }, MaxTest = 200)]
    public bool A_workload_s_parts_build_an_equal_workload(Workload workload) => WorkloadParts.From(workload).Build() == workload;

    [Property(Arbitrary = new[] { typeof(ParadigmsArbitraries) }, MaxTest = 200)]
    public bool Small_parts_build_equal_models(Nic nic, LogicalChannel channel, Encapsulation layer, WasmLinearMemory memory) =>
        NicParts.From(nic).Build() == nic
        && LogicalChannelParts.From(channel).Build() == channel
        && EncapsulationParts.From(layer).Build() == layer
        && WasmLinearMemoryParts.From(memory).Build() == memory;

    [Fact]
    public void Parts_with_the_same_values_are_equal_whatever_their_arrays()
    {
        var a = new DeploymentParts(Paradigm.Containerization, new NicParts(NicKind.Veth), [new LogicalChannelParts(LogicalChannelKind.Vlan, 10)]);
        var b = new DeploymentParts(Paradigm.Containerization, new NicParts(NicKind.Veth), ImmutableArray.Create(new LogicalChannelParts(LogicalChannelKind.Vlan, 10)));
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Empty(new DeploymentParts(Paradigm.Sandboxing, new NicParts(NicKind.WasiSocket)).Channels);
        Assert.Empty(new EncapsulationStackParts(1500, default).Layers);
    }
}
