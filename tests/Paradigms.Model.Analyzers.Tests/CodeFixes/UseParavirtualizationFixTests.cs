using Verify = Paradigms.Model.Analyzers.Tests.Verification.CodeFixVerifier<
    Paradigms.Model.Analyzers.ModelAnalyzer,
    Paradigms.Model.CodeFixes.ModelCodeFixProvider>;

namespace Paradigms.Model.Analyzers.Tests.CodeFixes;

/// <summary>PM0003, a paravirtual NIC under full virtualization: the fix changes the paradigm to <c>Paradigm.Paravirtualization</c>.</summary>
public sealed class UseParavirtualizationFixTests
{
    [Fact]
    public Task VirtioNetUnderVirtualization_BecomesParavirtualization() => Verify.VerifyAsync(
        """
        using Paradigms.Model;
        var vm = new Deployment(Paradigm.Virtualization, {|PM0003:Nic.VirtioNet()|});
        """,
        """
        using Paradigms.Model;
        var vm = new Deployment(Paradigm.Paravirtualization, Nic.VirtioNet());
        """);

    [Fact]
    public Task XenPvNetUnderVirtualization_BecomesParavirtualization() => Verify.VerifyAsync(
        """
        using Paradigms.Model;
        var vm = new Deployment(Paradigm.Virtualization, {|PM0003:Nic.XenPvNet()|});
        """,
        """
        using Paradigms.Model;
        var vm = new Deployment(Paradigm.Paravirtualization, Nic.XenPvNet());
        """);

    [Fact]
    public Task GuestDeclaredModifiable_BecomesParavirtualization() => Verify.VerifyAsync(
        """
        using Paradigms.Model;
        var vm = new Deployment(Paradigm.Virtualization, {|PM0003:Nic.VirtioNet()|}, guestModifiable: true);
        """,
        """
        using Paradigms.Model;
        var vm = new Deployment(Paradigm.Paravirtualization, Nic.VirtioNet(), guestModifiable: true);
        """);

    [Fact]
    public Task FixAll_ChangesEveryParadigmOfTheDocument() => Verify.VerifyAsync(
        """
        using Paradigms.Model;
        var first = new Deployment(Paradigm.Virtualization, {|PM0003:Nic.VirtioNet()|});
        var second = new Deployment(Paradigm.Virtualization, {|PM0003:Nic.XenPvNet()|});
        """,
        """
        using Paradigms.Model;
        var first = new Deployment(Paradigm.Paravirtualization, Nic.VirtioNet());
        var second = new Deployment(Paradigm.Paravirtualization, Nic.XenPvNet());
        """);

    [Fact]
    public Task NamedArguments_ChangeTheParadigmWhereverItIsWritten() => Verify.VerifyAsync(
        """
        using Paradigms.Model;
        var vm = new Deployment(nic: {|PM0003:Nic.VirtioNet()|}, paradigm: Paradigm.Virtualization);
        """,
        """
        using Paradigms.Model;
        var vm = new Deployment(nic: Nic.VirtioNet(), paradigm: Paradigm.Paravirtualization);
        """);

    [Fact]
    public Task TargetTypedNew_BecomesParavirtualization() => Verify.VerifyAsync(
        """
        using Paradigms.Model;
        Deployment vm = new(Paradigm.Virtualization, {|PM0003:Nic.VirtioNet()|});
        """,
        """
        using Paradigms.Model;
        Deployment vm = new(Paradigm.Paravirtualization, Nic.VirtioNet());
        """);

    [Fact]
    public Task WithoutUsing_StaysQualified() => Verify.VerifyAsync(
        """
        var vm = new Paradigms.Model.Deployment(Paradigms.Model.Paradigm.Virtualization, {|PM0003:Paradigms.Model.Nic.VirtioNet()|});
        """,
        """
        var vm = new Paradigms.Model.Deployment(Paradigms.Model.Paradigm.Paravirtualization, Paradigms.Model.Nic.VirtioNet());
        """);

    [Fact]
    public Task GuestNotModifiable_HasNoFix() => Verify.VerifyNoFixAsync(
        """
        using Paradigms.Model;
        var vm = new Deployment(Paradigm.Virtualization, {|PM0003:Nic.VirtioNet()|}, guestModifiable: false);
        """);

    [Fact]
    public Task GuestSetInInitializer_HasNoFix() => Verify.VerifyNoFixAsync(
        """
        using Paradigms.Model;
        var vm = new Deployment(Paradigm.Virtualization, {|PM0003:Nic.VirtioNet()|}) { GuestModifiable = true };
        """);

    [Fact]
    public Task EmulatedNicUnderParavirtualization_HasNoFix() => Verify.VerifyNoFixAsync(
        """
        using Paradigms.Model;
        var vm = new Deployment(Paradigm.Paravirtualization, {|PM0003:Nic.E1000()|});
        """);

    [Fact]
    public Task GuestSetInAWithOnTheNewDeployment_HasNoFix() => Verify.VerifyNoFixAsync(
        """
        using Paradigms.Model;
        var vm = new Deployment(Paradigm.Virtualization, {|PM0003:Nic.VirtioNet()|}) with { GuestModifiable = false };
        """);
}
