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
