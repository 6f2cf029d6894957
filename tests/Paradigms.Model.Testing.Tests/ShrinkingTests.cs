using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Paradigms.Model.Networking;
using Paradigms.Model.Quantities;
using Xunit;

namespace Paradigms.Model.Testing.Tests;

/// <summary>Shrinking keeps a valid model valid, and an invalid one invalid for the same id, and it does make models smaller.</summary>
public class ShrinkingTests
{
    [Property(Arbitrary = new[] { typeof(ParadigmsArbitraries) }, MaxTest = 100)]
    public void Every_shrink_of_a_valid_deployment_validates_with_no_finding(Deployment deployment)
    {
        foreach (var shrunk in ParadigmsArbitraries.Deployment.Shrinker(deployment))
        {
            Assert.True(ModelValidator.Validate(shrunk).Count == 0, DeploymentParts.From(shrunk).ToCSharp());
        }
    }

    [Property(Arbitrary = new[] { typeof(ParadigmsArbitraries) }, MaxTest = 100)]
    public void Every_shrink_of_a_valid_link_validates_with_no_finding(PhysicalNic nic)
    {
        foreach (var shrunk in ParadigmsArbitraries.PhysicalNic.Shrinker(nic))
        {
            Assert.True(ModelValidator.Validate(shrunk).Count == 0, PhysicalNicParts.From(shrunk).ToCSharp());
        }
    }

    [Property(Arbitrary = new[] { typeof(ParadigmsArbitraries) }, MaxTest = 100)]
    public bool Every_shrink_of_a_valid_workload_is_a_workload_a_sandbox_can_run(Decisions.Workload workload) =>
        ParadigmsArbitraries.Workload.Shrinker(workload).All(shrunk =>
            shrunk.Paradigm != Paradigm.Sandboxing || shrunk.MemoryRequest <= Information.FromGibibytes(4));

    [Fact]
    public void Shrinking_a_stack_that_fails_for_its_VXLAN_layer_ends_at_that_layer_over_the_smallest_underlay_for_IPv6()
    {
        var failing = ParadigmsArbitraries.EncapsulationStack.Generator.Sample(2000)
            .First(stack => stack.Layers.Length >= 2 && stack.Layers.Any(layer => layer.Kind == EncapsulationKind.VxlanOverIpv4));
        var shrunk = ShrinkWhile(ParadigmsArbitraries.EncapsulationStack, failing, stack => stack.Layers.Any(layer => layer.Kind == EncapsulationKind.VxlanOverIpv4));

        // 1280 bytes for IPv6 (RFC 8200) + 50 bytes of VXLAN over IPv4 (RFC 7348) = 1330.
        Assert.Equal("new EncapsulationStack(1330, [Encapsulation.VxlanOverIpv4()])", EncapsulationStackParts.From(shrunk).ToCSharp());
    }

    [Property(Arbitrary = new[] { typeof(ParadigmsArbitraries) }, MaxTest = 200)]
    public void Every_shrink_of_an_invalid_model_yields_exactly_the_same_id(InvalidModel model)
    {
        foreach (var shrunk in InvalidModels.All.Shrinker(model))
        {
            Assert.Equal(model.ExpectedId, shrunk.ExpectedId);
            Assert.Equal(new[] { (model.ExpectedId, model.ExpectedSeverity) }, Runtime.Findings(shrunk.Parts));
        }
    }

    [Property(Arbitrary = new[] { typeof(ParadigmsArbitraries) }, MaxTest = 100)]
    public bool A_range_shrinks_to_ranges_still_in_order(Range<Duration> range) =>
        ParadigmsArbitraries.Range(ParadigmsArbitraries.Duration).Shrinker(range).All(shrunk => shrunk.Min <= shrunk.Max);

    [Property(Arbitrary = new[] { typeof(ParadigmsArbitraries) }, MaxTest = 100)]
    public bool A_quantity_shrinks_toward_zero(BitRate rate) =>
        ParadigmsArbitraries.BitRate.Shrinker(rate).All(shrunk => shrunk >= BitRate.Zero && shrunk < rate);

    [Fact]
    public void Shrinking_a_deployment_that_fails_for_two_channels_ends_at_the_simplest_such_deployment()
    {
        var failing = ParadigmsArbitraries.Deployment.Generator.Sample(500).First(d => d.Channels.Length >= 2 && d.Uplink is not null && d.Mtu is not null);
        var shrunk = ShrinkWhile(ParadigmsArbitraries.Deployment, failing, d => d.Channels.Length >= 2);

        // The first paradigm, the first NIC kind, two of the first channel kind with the smallest VLAN id, nothing else.
        Assert.Equal("new Deployment(Paradigm.Virtualization, Nic.Physical(), channels: [LogicalChannel.Vlan(1), LogicalChannel.Vlan(1)])", DeploymentParts.From(shrunk).ToCSharp());
    }

    [Fact]
    public void Shrinking_a_failing_link_keeps_the_link_valid_and_drops_what_the_failure_does_not_need()
    {
        var failing = ParadigmsArbitraries.PhysicalNic.Generator.Sample(500).First(nic => nic.Speed >= BitRate.FromGigabitsPerSecond(25) && nic.MacAddress is not null);
        var shrunk = ShrinkWhile(ParadigmsArbitraries.PhysicalNic, failing, nic => nic.Speed >= BitRate.FromGigabitsPerSecond(25));

        // 25 Gbit/s is the slowest rate of the catalog at or above 25 Gbit/s; no medium, interface, cable or details remain.
        Assert.Equal("new PhysicalNic(BitRate.FromBitsPerSecond(25000000000), DuplexMode.Full)", PhysicalNicParts.From(shrunk).ToCSharp());
    }

    [Theory]
    [MemberData(nameof(InvalidModelTests.EveryId), MemberType = typeof(InvalidModelTests))]
    public void Shrinking_an_invalid_model_that_always_fails_drops_every_optional_part_and_keeps_its_id(string id)
    {
        foreach (var model in InvalidModels.WithId(id).Generator.Sample(10))
        {
            var shrunk = ShrinkWhile(InvalidModels.WithId(id), model, _ => true);
            Assert.Equal(new[] { (model.ExpectedId, model.ExpectedSeverity) }, Runtime.Findings(shrunk.Parts));
            if (shrunk.Parts is DeploymentParts deployment)
            {
                // Only the part that breaks the rule is left: one part, or for an MTU that does not fit its stack, the two.
                var left = new object?[] { deployment.NetworkMode, deployment.Uplink, deployment.Mtu, deployment.Encapsulation, deployment.GuestModifiable }.Count(part => part is not null);
                Assert.True(left + deployment.Channels.Length <= (deployment.Mtu is not null && deployment.Encapsulation is not null ? 2 : 1), shrunk.ToString());
            }
        }
    }

    /// <summary>Shrinks as FsCheck does when <paramref name="fails"/> keeps failing: to the first shrink that still fails, until none does.</summary>
    private static T ShrinkWhile<T>(Arbitrary<T> arbitrary, T value, Func<T, bool> fails)
    {
        for (var steps = 0; steps < 10_000; steps++)
        {
            var next = arbitrary.Shrinker(value).Where(fails).Take(1).ToList();
            if (next.Count == 0)
            {
                return value;
            }

            value = next[0];
        }

        throw new InvalidOperationException("Shrinking did not end after 10,000 steps: " + value);
    }
}
