using Paradigms.Model.Analyzers.Tests.Verification;

namespace Paradigms.Model.Analyzers.Tests;

public sealed class SmokeTests
{
    [Fact]
    public Task Headline() => AnalyzerVerifier<DeploymentAnalyzer>.VerifyAsync("""
        using Paradigms.Model;
        var edge = new Deployment(Paradigm.Sandboxing, {|PM0001:Nic.SrIov()|});
        """);
}
