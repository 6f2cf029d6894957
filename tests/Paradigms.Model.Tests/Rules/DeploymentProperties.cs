using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Paradigms.Model.Networking;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Tests.Rules;

public class DeploymentProperties
{
    private static Gen<LogicalChannel> Channels { get; } =
        Gen.Elements(Enum.GetValues<LogicalChannelKind>()).Select(DeploymentRuleTests.MakeChannel);

    public static Arbitrary<(Paradigm, NicKind, LogicalChannel[])> Parts() => Arb.From(
        from paradigm in Gen.Elements(Enum.GetValues<Paradigm>())
        from nic in Gen.Elements(Enum.GetValues<NicKind>())
        from channels in Gen.ArrayOf(Channels, 4)
        select (paradigm, nic, channels));

    public static Arbitrary<Change> Changes() => Arb.From(Gen.OneOf(
        Gen.Elements(Enum.GetValues<NetworkMode>()).Select(mode => new Change($"NetworkMode = {mode}", d => d with { NetworkMode = mode })),
        Gen.Elements<bool?>(true, false, null).Select(modifiable => new Change($"GuestModifiable = {modifiable}", d => d with { GuestModifiable = modifiable })),
        Gen.Choose(-100, 9000).Select(mtu => new Change($"Mtu = {mtu}", d => d with { Mtu = mtu }))));

    [Property(Arbitrary = new[] { typeof(DeploymentProperties) }, MaxTest = 500)]
    public bool With_on_any_property_cannot_build_a_deployment_with_an_error(Paradigm paradigm, Change change)
    {
        var nic = paradigm switch
        {
            Paradigm.Virtualization => Nic.E1000(),
            Paradigm.Paravirtualization => Nic.VirtioNet(),
            Paradigm.Containerization => Nic.Veth(),
            _ => Nic.WasiSocket(),
        };
        var deployment = new Deployment(paradigm, nic);
        try
        {
            return ModelValidator.Validate(change.Apply(deployment)).All(d => d.Severity != RuleSeverity.Error);
        }
        catch (InvalidModelException error)
        {
            return error.Diagnostics.Count > 0 && error.Diagnostics.All(d => d.Severity == RuleSeverity.Error);
        }
    }

    /// <summary>A <c>with</c> expression on one property, named for the shrinker's report.</summary>
    public sealed record Change(string Name, Func<Deployment, Deployment> Apply)
    {
        public override string ToString() => Name;
    }

    [Property(Arbitrary = new[] { typeof(DeploymentProperties) }, MaxTest = 500)]
    public bool With_cannot_build_a_deployment_with_an_error((Paradigm Paradigm, NicKind Nic, LogicalChannel[] Channels) parts)
    {
        Deployment deployment;
        try
        {
            deployment = new Deployment(parts.Paradigm, DeploymentRuleTests.MakeNic(parts.Nic));
        }
        catch (InvalidModelException)
        {
            return true;
        }

        try
        {
            var changed = deployment with { Channels = [.. parts.Channels] };
            return ModelValidator.Validate(changed).All(d => d.Severity != RuleSeverity.Error);
        }
        catch (InvalidModelException error)
        {
            return error.Diagnostics.All(d => d.Severity == RuleSeverity.Error)
                && ModelValidator.Validate(parts.Paradigm, deployment.Nic, parts.Channels).Any(d => d.Severity == RuleSeverity.Error);
        }
    }
}
