using Verify = Paradigms.Model.Analyzers.Tests.Verification.CodeFixVerifier<
    Paradigms.Model.Analyzers.ModelAnalyzer,
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
    public Task FactoryWithArguments_IsReplacedWhole() => Verify.VerifyAsync(
        """
        using Paradigms.Model;
        var edge = new Deployment(Paradigm.Sandboxing, {|PM0001:Nic.SrIov(virtualFunctionIndex: 3, virtualFunctionCount: 8)|});
        """,
        """
        using Paradigms.Model;
        var edge = new Deployment(Paradigm.Sandboxing, Nic.WasiSocket());
        """);

    [Fact]
    public Task NicOfKind_BecomesWasiSocket() => Verify.VerifyAsync(
        """
        using Paradigms.Model;
        using Paradigms.Model.Networking;
        var edge = new Deployment(Paradigm.Sandboxing, {|PM0001:Nic.Of(NicKind.Veth)|});
        """,
        """
        using Paradigms.Model;
        using Paradigms.Model.Networking;
        var edge = new Deployment(Paradigm.Sandboxing, Nic.WasiSocket());
        """);

    [Fact]
    public Task FixAll_ReplacesEveryNicOfTheDocument() => Verify.VerifyAsync(
        """
        using Paradigms.Model;
        var first = new Deployment(Paradigm.Sandboxing, {|PM0001:Nic.SrIov()|});
        var second = new Deployment(Paradigm.Sandboxing, {|PM0001:Nic.E1000()|});
        var third = new Deployment(Paradigm.Sandboxing, {|PM0001:Nic.Veth()|});
        """,
        """
        using Paradigms.Model;
        var first = new Deployment(Paradigm.Sandboxing, Nic.WasiSocket());
        var second = new Deployment(Paradigm.Sandboxing, Nic.WasiSocket());
        var third = new Deployment(Paradigm.Sandboxing, Nic.WasiSocket());
        """);

    [Fact]
    public Task NamedArguments_ReplaceTheValueAndKeepTheName() => Verify.VerifyAsync(
        """
        using Paradigms.Model;
        var edge = new Deployment(nic: {|PM0001:Nic.SrIov()|}, paradigm: Paradigm.Sandboxing);
        """,
        """
        using Paradigms.Model;
        var edge = new Deployment(nic: Nic.WasiSocket(), paradigm: Paradigm.Sandboxing);
        """);

    [Fact]
    public Task TargetTypedNew_BecomesWasiSocket() => Verify.VerifyAsync(
        """
        using Paradigms.Model;
        Deployment edge = new(Paradigm.Sandboxing, {|PM0001:Nic.SrIov()|});
        """,
        """
        using Paradigms.Model;
        Deployment edge = new(Paradigm.Sandboxing, Nic.WasiSocket());
        """);

    [Fact]
    public Task WithoutUsing_StaysQualified() => Verify.VerifyAsync(
        """
        var edge = new Paradigms.Model.Deployment(Paradigms.Model.Paradigm.Sandboxing, {|PM0001:Paradigms.Model.Nic.SrIov()|});
        """,
        """
        var edge = new Paradigms.Model.Deployment(Paradigms.Model.Paradigm.Sandboxing, Paradigms.Model.Nic.WasiSocket());
        """);

    [Fact]
    public Task InsideTheLibrarysNamespace_IsShortened() => Verify.VerifyAsync(
        """
        namespace Paradigms.Model.Edge
        {
            public static class Program
            {
                public static void Main() => _ = new Deployment(Paradigm.Sandboxing, {|PM0001:Nic.SrIov()|});
            }
        }
        """,
        """
        namespace Paradigms.Model.Edge
        {
            public static class Program
            {
                public static void Main() => _ = new Deployment(Paradigm.Sandboxing, Nic.WasiSocket());
            }
        }
        """);

    [Fact]
    public Task UsersOwnNicType_StaysQualified() => Verify.VerifyAsync(
        """
        using Paradigms.Model;
        var edge = new Deployment(Paradigm.Sandboxing, {|PM0001:Paradigms.Model.Nic.SrIov()|});

        internal sealed class Nic
        {
        }
        """,
        """
        using Paradigms.Model;
        var edge = new Deployment(Paradigm.Sandboxing, Paradigms.Model.Nic.WasiSocket());

        internal sealed class Nic
        {
        }
        """);

    [Fact]
    public Task Comments_AreKept() => Verify.VerifyAsync(
        """
        using Paradigms.Model;
        var edge = new Deployment(
            Paradigm.Sandboxing,
            /* the fastest NIC */ {|PM0001:Nic.SrIov()|} /* on the edge */);
        """,
        """
        using Paradigms.Model;
        var edge = new Deployment(
            Paradigm.Sandboxing,
            /* the fastest NIC */ Nic.WasiSocket() /* on the edge */);
        """);

    [Fact]
    public Task HalfTypedCode_IsFixedAndKeepsItsError() => Verify.VerifyAsync(
        """
        using Paradigms.Model;
        var edge = new Deployment(Paradigm.Sandboxing, {|PM0001:Nic.SrIov()|}){|CS1002:|}
        """,
        """
        using Paradigms.Model;
        var edge = new Deployment(Paradigm.Sandboxing, Nic.WasiSocket()){|CS1002:|}
        """);

    [Fact]
    public Task EmulatedNicInContainer_HasNoFix() => Verify.VerifyNoFixAsync(
        """
        using Paradigms.Model;
        var app = new Deployment(Paradigm.Containerization, {|PM0001:Nic.E1000()|});
        """);

    [Fact]
    public Task WasiSocketOutsideSandbox_HasNoFix() => Verify.VerifyNoFixAsync(
        """
        using Paradigms.Model;
        var vm = new Deployment(Paradigm.Virtualization, {|PM0001:Nic.WasiSocket()|});
        """);
}
