using Verify = Paradigms.Model.Analyzers.Tests.Verification.CodeFixVerifier<
    Paradigms.Model.Analyzers.ModelAnalyzer,
    Paradigms.Model.CodeFixes.ModelCodeFixProvider>;

namespace Paradigms.Model.Analyzers.Tests.CodeFixes;

/// <summary>PM0006, half duplex at 10 Gbit/s or more: the fix makes the link <c>DuplexMode.Full</c>.</summary>
public sealed class UseFullDuplexFixTests
{
    [Fact]
    public Task HalfDuplexAt10Gbps_BecomesFullDuplex() => Verify.VerifyAsync(
        """
        using Paradigms.Model.Networking;
        using Paradigms.Model.Quantities;
        var uplink = new PhysicalNic(BitRate.FromGigabitsPerSecond(10), {|PM0006:DuplexMode.Half|});
        """,
        """
        using Paradigms.Model.Networking;
        using Paradigms.Model.Quantities;
        var uplink = new PhysicalNic(BitRate.FromGigabitsPerSecond(10), DuplexMode.Full);
        """);

    [Fact]
    public Task FixAll_MakesEveryLinkOfTheDocumentFullDuplex() => Verify.VerifyAsync(
        """
        using Paradigms.Model.Networking;
        using Paradigms.Model.Quantities;
        var first = new PhysicalNic(BitRate.FromGigabitsPerSecond(10), {|PM0006:DuplexMode.Half|});
        var second = new PhysicalNic(BitRate.FromGigabitsPerSecond(100), {|PM0006:DuplexMode.Half|}, medium: PhysicalMedium.SingleModeFiber);
        """,
        """
        using Paradigms.Model.Networking;
        using Paradigms.Model.Quantities;
        var first = new PhysicalNic(BitRate.FromGigabitsPerSecond(10), DuplexMode.Full);
        var second = new PhysicalNic(BitRate.FromGigabitsPerSecond(100), DuplexMode.Full, medium: PhysicalMedium.SingleModeFiber);
        """);

    [Fact]
    public Task NamedArguments_ReplaceTheValueAndKeepTheName() => Verify.VerifyAsync(
        """
        using Paradigms.Model.Networking;
        using Paradigms.Model.Quantities;
        var uplink = new PhysicalNic(duplex: {|PM0006:DuplexMode.Half|}, speed: BitRate.FromGigabitsPerSecond(40));
        """,
        """
        using Paradigms.Model.Networking;
        using Paradigms.Model.Quantities;
        var uplink = new PhysicalNic(duplex: DuplexMode.Full, speed: BitRate.FromGigabitsPerSecond(40));
        """);

    [Fact]
    public Task TargetTypedNew_BecomesFullDuplex() => Verify.VerifyAsync(
        """
        using Paradigms.Model.Networking;
        using Paradigms.Model.Quantities;
        PhysicalNic uplink = new(BitRate.FromGigabitsPerSecond(10), {|PM0006:DuplexMode.Half|});
        """,
        """
        using Paradigms.Model.Networking;
        using Paradigms.Model.Quantities;
        PhysicalNic uplink = new(BitRate.FromGigabitsPerSecond(10), DuplexMode.Full);
        """);

    [Fact]
    public Task WithoutUsing_StaysQualified() => Verify.VerifyAsync(
        """
        var uplink = new Paradigms.Model.Networking.PhysicalNic(
            Paradigms.Model.Quantities.BitRate.FromGigabitsPerSecond(10),
            {|PM0006:Paradigms.Model.Networking.DuplexMode.Half|});
        """,
        """
        var uplink = new Paradigms.Model.Networking.PhysicalNic(
            Paradigms.Model.Quantities.BitRate.FromGigabitsPerSecond(10),
            Paradigms.Model.Networking.DuplexMode.Full);
        """);

    [Fact]
    public Task UsingForTheQuantitiesOnly_KeepsTheNamespaceOfDuplexMode() => Verify.VerifyAsync(
        """
        using Paradigms.Model.Quantities;
        var uplink = new Paradigms.Model.Networking.PhysicalNic(BitRate.FromGigabitsPerSecond(10), {|PM0006:Paradigms.Model.Networking.DuplexMode.Half|});
        """,
        """
        using Paradigms.Model.Quantities;
        var uplink = new Paradigms.Model.Networking.PhysicalNic(BitRate.FromGigabitsPerSecond(10), Paradigms.Model.Networking.DuplexMode.Full);
        """);

    [Fact]
    public Task FullDuplexOnBus_HasNoFix() => Verify.VerifyNoFixAsync(
        """
        using Paradigms.Model.Networking;
        using Paradigms.Model.Quantities;
        var segment = new PhysicalNic(BitRate.FromMegabitsPerSecond(10), DuplexMode.Full, topology: {|PM0006:PhysicalTopology.Bus|});
        """);

    [Fact]
    public Task HalfDuplexAt10GbpsOnBus_HasNoFix() => Verify.VerifyNoFixAsync(
        """
        using Paradigms.Model.Networking;
        using Paradigms.Model.Quantities;
        var segment = new PhysicalNic(BitRate.FromGigabitsPerSecond(10), {|PM0006:DuplexMode.Half|}, topology: PhysicalTopology.Bus);
        """);
}
