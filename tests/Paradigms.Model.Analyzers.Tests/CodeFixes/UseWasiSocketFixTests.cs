using Verify = Paradigms.Model.Analyzers.Tests.Verification.CodeFixVerifier<
    Paradigms.Model.Analyzers.DeploymentAnalyzer,
    Paradigms.Model.CodeFixes.ModelCodeFixProvider>;

namespace Paradigms.Model.Analyzers.Tests.CodeFixes;

/// <summary>PM0001 on a Wasm sandbox: the fix replaces the NIC with <c>Nic.WasiSocket()</c>.</summary>
public sealed class UseWasiSocketFixTests
{
    [Fact]
    public Task SrIovInSandbox_BecomesWasiSocket() => Verify.VerifyAsync(
        """
        using Paradigms.Model;
        var edge = new Deployment(Paradigm.Sandboxing, {|PM0001:Nic.SrIov()|});
        """,
        """
        using Paradigms.Model;
        var edge = new Deployment(Paradigm.Sandboxing, Nic.WasiSocket());
        """);

    [Fact]
    public Task WithoutUsing_StaysQualified() => Verify.VerifyAsync(
        """
        var edge = new Paradigms.Model.Deployment(Paradigms.Model.Paradigm.Sandboxing, {|PM0001:Paradigms.Model.Nic.SrIov()|});
        """,
        """
        var edge = new Paradigms.Model.Deployment(Paradigms.Model.Paradigm.Sandboxing, Paradigms.Model.Nic.WasiSocket());
        """);
}
