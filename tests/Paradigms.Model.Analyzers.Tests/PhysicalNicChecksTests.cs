using Microsoft.CodeAnalysis;
using Verify = Paradigms.Model.Analyzers.Tests.Verification.AnalyzerVerifier<Paradigms.Model.Analyzers.ModelAnalyzer>;

namespace Paradigms.Model.Analyzers.Tests;

/// <summary>PM0005 (rate, medium, reach) and PM0006 (duplex) on a <c>PhysicalNic</c>, read from the quantity factories.</summary>
public sealed class PhysicalNicChecksTests
{
    [Fact]
    public Task Cat5e_at_10_Gbit_s_is_error_PM0005_on_the_speed() =>
        Verify.VerifyAsync(
            Program("var nic = new PhysicalNic({|#0:BitRate.FromGigabitsPerSecond(10)|}, medium: PhysicalMedium.Cat5e);"),
            Verify.Diagnostic("PM0005", DiagnosticSeverity.Error).WithLocation(0)
                .WithMessage("Cat5e cannot carry 10 Gbit/s: the fastest standard over Cat5e is 5 Gbit/s (5GBASE-T, IEEE 802.3bz)"));

    [Theory]
    [InlineData("{|PM0005:BitRate.FromMegabitsPerSecond(10_000)|}, medium: PhysicalMedium.Cat5e", "10,000 Mbit/s is 10 Gbit/s")]
    [InlineData("{|PM0005:BitRate.FromGigabytesPerSecond(1.25)|}, medium: PhysicalMedium.Cat5e", "1.25 GB/s is 10 Gbit/s")]
    [InlineData("{|PM0005:BitRate.FromGigabitsPerSecond(25)|}, interfaceType: InterfaceType.SfpPlus", "SFP+ carries 10 Gbit/s (SFF-8431)")]
    [InlineData("BitRate.FromGigabitsPerSecond(1), interfaceType: InterfaceType.Rj45, medium: {|PM0005:PhysicalMedium.SingleModeFiber|}", "RJ-45 takes copper")]
    [InlineData("{|PM0005:BitRate.FromGigabitsPerSecond(1)|}, DuplexMode.Half, medium: PhysicalMedium.Wifi80211n", "802.11n tops out at 600 Mbit/s")]
    [InlineData("speed: {|PM0005:BitRate.FromGigabitsPerSecond(2)|}, medium: PhysicalMedium.Cat5", "named: Cat5 is 1000BASE-T at most")]
    public Task A_link_that_cannot_exist_is_error_PM0005(string arguments, string why)
    {
        Assert.NotEmpty(why);
        return Verify.VerifyAsync(Program($"var nic = new PhysicalNic({arguments});"));
    }

    [Fact]
    public Task A_cable_beyond_its_reach_is_warning_PM0005_on_the_length() =>
        Verify.VerifyAsync(
            Program("""
                var cat6 = new PhysicalNic(BitRate.FromGigabitsPerSecond(10), medium: PhysicalMedium.Cat6, cableLength: {|#0:Length.FromMeters(60)|});
                var cat6a = new PhysicalNic(BitRate.FromGigabitsPerSecond(10), medium: PhysicalMedium.Cat6a, cableLength: {|#1:Length.FromKilometers(0.12)|});
                var fine = new PhysicalNic(BitRate.FromGigabitsPerSecond(10), medium: PhysicalMedium.Cat6, cableLength: Length.FromMeters(55));
                """),
            Verify.Diagnostic("PM0005", DiagnosticSeverity.Warning).WithLocation(0)
                .WithMessage("Cat6 of 60 m at 10 Gbit/s is longer than the 55 m the standard promises: 10GBASE-T over Cat6 is specified to 55 m, and 37 m where alien crosstalk is not controlled (TIA TSB-155); use Cat6A for 100 m"),
            Verify.Diagnostic("PM0005", DiagnosticSeverity.Warning).WithLocation(1)
                .WithMessage("Cat6A of 120 m at 10 Gbit/s is longer than the 100 m the standard promises: BASE-T Ethernet is specified to 100 m of twisted pair (IEEE 802.3, TIA-568); use fiber or a switch in between"));

    [Fact]
    public Task Half_duplex_at_10_Gbit_s_is_error_PM0006_on_the_duplex_mode() =>
        Verify.VerifyAsync(
            Program("var nic = new PhysicalNic(BitRate.FromGigabitsPerSecond(10), {|#0:DuplexMode.Half|});"),
            Verify.Diagnostic("PM0006", DiagnosticSeverity.Error).WithLocation(0)
                .WithMessage("Half duplex at 10 Gbit/s cannot exist: Ethernet at 10 Gbit/s and above is full duplex only, with no CSMA/CD"));

    [Fact]
    public Task Full_duplex_on_a_shared_medium_is_warning_PM0006_on_what_makes_it_shared() =>
        Verify.VerifyAsync(Program("""
            var bus = new PhysicalNic(BitRate.FromMegabitsPerSecond(10), topology: {|PM0006:PhysicalTopology.Bus|});
            var wifi = new PhysicalNic(BitRate.FromGigabitsPerSecond(1), DuplexMode.Full, medium: {|PM0006:PhysicalMedium.Wifi80211ax|});
            var half = new PhysicalNic(BitRate.FromMegabitsPerSecond(10), DuplexMode.Half, topology: PhysicalTopology.Bus);
            """));

    [Theory]
    [InlineData("BitRate.FromGigabitsPerSecond(5), medium: PhysicalMedium.Cat5e", "5GBASE-T over Cat5e (IEEE 802.3bz)")]
    [InlineData("BitRate.FromGigabitsPerSecond(100), interfaceType: InterfaceType.Qsfp28, medium: PhysicalMedium.SingleModeFiber", "100G over QSFP28")]
    [InlineData("BitRate.FromGigabitsPerSecond(1), DuplexMode.Half", "half duplex at 1 Gbit/s exists (1000BASE-T allows it)")]
    [InlineData("BitRate.FromGigabitsPerSecond(10), DuplexMode.Half, medium: PhysicalMedium.FiveGNewRadio", "radio duplexing is not Ethernet's")]
    [InlineData("BitRate.FromGigabitsPerSecond(10), medium: PhysicalMedium.Cat6a, cableLength: Length.FromMeters(100)", "Cat6A to 100 m")]
    public Task A_link_that_can_exist_has_no_diagnostic(string arguments, string what)
    {
        Assert.NotEmpty(what);
        return Verify.VerifyAsync(Program($"var nic = new PhysicalNic({arguments});"));
    }

    [Fact]
    public Task Rates_and_media_known_only_at_run_time_are_left_to_the_runtime() =>
        Verify.VerifyAsync(Program("""
            var rate = BitRate.Parse(System.Console.ReadLine() ?? "10 Gbit/s");
            var gigabits = double.Parse(System.Console.ReadLine() ?? "10", System.Globalization.CultureInfo.InvariantCulture);
            var medium = (PhysicalMedium)System.Console.Read();
            var parsed = new PhysicalNic(rate, medium: PhysicalMedium.Cat5e);
            var variable = new PhysicalNic(BitRate.FromGigabitsPerSecond(gigabits), DuplexMode.Half);
            var unknownMedium = new PhysicalNic(BitRate.FromGigabitsPerSecond(10), medium: medium);
            """));

    [Fact]
    public Task An_uplink_inside_a_deployment_is_checked_too() =>
        Verify.VerifyAsync(Program("""
            var host = new Deployment(Paradigm.Containerization, Nic.Veth(), uplink: new PhysicalNic({|PM0005:BitRate.FromGigabitsPerSecond(10)|}, medium: PhysicalMedium.Cat5e));
            """));

    private static string Program(string statements) => $$"""
        using Paradigms.Model;
        using Paradigms.Model.Networking;
        using Paradigms.Model.Quantities;

        {{statements}}
        """;
}
