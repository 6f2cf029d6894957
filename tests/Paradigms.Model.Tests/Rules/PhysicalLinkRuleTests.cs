using Paradigms.Model.Networking;
using Paradigms.Model.Quantities;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Tests.Rules;

/// <summary>PM0005 (rate, medium, reach) and PM0006 (duplex) on a physical NIC's link.</summary>
public class PhysicalLinkRuleTests
{
    private static BitRate Gbit(double value) => BitRate.FromGigabitsPerSecond(value);

    private static BitRate Mbit(double value) => BitRate.FromMegabitsPerSecond(value);

    public static TheoryData<string, Func<PhysicalNic>, string> ImpossibleLinks => new()
    {
        { "Cat5e at 10 Gbit/s: no 10GBASE-T on Cat5e", () => new PhysicalNic(Gbit(10), medium: PhysicalMedium.Cat5e), "Cat5e cannot carry 10 Gbit/s: the fastest standard over Cat5e is 5 Gbit/s (5GBASE-T, IEEE 802.3bz)" },
        { "Cat5 at 2.5 Gbit/s", () => new PhysicalNic(Gbit(2.5), medium: PhysicalMedium.Cat5), "Cat5 cannot carry 2.5 Gbit/s: the fastest standard over Cat5 is 1 Gbit/s (1000BASE-T, IEEE 802.3ab)" },
        { "Cat6 at 25 Gbit/s", () => new PhysicalNic(Gbit(25), medium: PhysicalMedium.Cat6), "Cat6 cannot carry 25 Gbit/s: the fastest standard over Cat6 is 10 Gbit/s (10GBASE-T, IEEE 802.3an)" },
        { "Cat6A at 25 Gbit/s", () => new PhysicalNic(Gbit(25), medium: PhysicalMedium.Cat6a), "Cat6A cannot carry 25 Gbit/s: the fastest standard over Cat6A is 10 Gbit/s" },
        { "RG-6 at 25 Gbit/s", () => new PhysicalNic(Gbit(25), medium: PhysicalMedium.CoaxRg6), "RG-6 coax cannot carry 25 Gbit/s: the fastest standard over RG-6 coax is 10 Gbit/s (DOCSIS 3.1 downstream)" },
        { "RG-11 at 11 Gbit/s", () => new PhysicalNic(Gbit(11), medium: PhysicalMedium.CoaxRg11), "RG-11 coax cannot carry 11 Gbit/s" },
        { "802.11n at 1 Gbit/s", () => new PhysicalNic(Gbit(1), DuplexMode.Half, medium: PhysicalMedium.Wifi80211n), "802.11n Wi-Fi cannot carry 1 Gbit/s: the fastest standard over 802.11n Wi-Fi is 600 Mbit/s (IEEE 802.11n)" },
        { "802.11ac at 7 Gbit/s", () => new PhysicalNic(Gbit(7), DuplexMode.Half, medium: PhysicalMedium.Wifi80211ac), "802.11ac Wi-Fi cannot carry 7 Gbit/s: the fastest standard over 802.11ac Wi-Fi is 6.9333 Gbit/s (IEEE 802.11ac)" },
        { "802.11ax at 10 Gbit/s", () => new PhysicalNic(Gbit(10), DuplexMode.Half, medium: PhysicalMedium.Wifi80211ax), "802.11ax Wi-Fi cannot carry 10 Gbit/s: the fastest standard over 802.11ax Wi-Fi is 9.6078 Gbit/s (IEEE 802.11ax)" },
        { "SFP+ at 25 Gbit/s", () => new PhysicalNic(Gbit(25), interfaceType: InterfaceType.SfpPlus), "An SFP+ interface cannot carry 25 Gbit/s: it carries at most 10 Gbit/s (SFF-8431; faster Ethernet needs SFP28)" },
        { "SFP at 10 Gbit/s", () => new PhysicalNic(Gbit(10), interfaceType: InterfaceType.Sfp), "An SFP interface cannot carry 10 Gbit/s: it carries at most 2.5 Gbit/s" },
        { "SFP28 at 40 Gbit/s", () => new PhysicalNic(Gbit(40), interfaceType: InterfaceType.Sfp28), "An SFP28 interface cannot carry 40 Gbit/s: it carries at most 25 Gbit/s (SFF-8402)" },
        { "QSFP+ at 100 Gbit/s", () => new PhysicalNic(Gbit(100), interfaceType: InterfaceType.QsfpPlus), "A QSFP+ interface cannot carry 100 Gbit/s: it carries at most 40 Gbit/s" },
        { "QSFP28 at 200 Gbit/s", () => new PhysicalNic(Gbit(200), interfaceType: InterfaceType.Qsfp28), "A QSFP28 interface cannot carry 200 Gbit/s: it carries at most 100 Gbit/s" },
        { "RJ-45 at 100 Gbit/s", () => new PhysicalNic(Gbit(100), interfaceType: InterfaceType.Rj45), "An RJ-45 interface cannot carry 100 Gbit/s: it carries at most 40 Gbit/s (40GBASE-T, IEEE 802.3bq)" },
        { "RJ-45 on fiber", () => new PhysicalNic(Gbit(10), interfaceType: InterfaceType.Rj45, medium: PhysicalMedium.SingleModeFiber), "An RJ-45 interface cannot take single-mode fiber: RJ-45 is the twisted-pair copper connector" },
        { "RJ-45 on coax", () => new PhysicalNic(Gbit(1), interfaceType: InterfaceType.Rj45, medium: PhysicalMedium.CoaxRg6), "An RJ-45 interface cannot take RG-6 coax" },
        { "SFP28 on 5G NR", () => new PhysicalNic(Gbit(1), interfaceType: InterfaceType.Sfp28, medium: PhysicalMedium.FiveGNewRadio), "An SFP28 interface cannot take 5G NR: a radio link has an antenna" },
    };

    [Theory]
    [MemberData(nameof(ImpossibleLinks))]
    public void An_impossible_link_is_error_PM0005(string description, Func<PhysicalNic> create, string expected)
    {
        var error = Assert.Throws<InvalidModelException>(create);

        Assert.Equal("PM0005", error.Id);
        Assert.All(error.Diagnostics, d => Assert.Equal(RuleSeverity.Error, d.Severity));
        Assert.Contains(expected, error.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.NotNull(description);
    }

    public static TheoryData<string, Func<PhysicalNic>> RealLinks => new()
    {
        { "1000BASE-T on Cat5e to 100 m", () => new PhysicalNic(Gbit(1), interfaceType: InterfaceType.Rj45, medium: PhysicalMedium.Cat5e, cableLength: Length.FromMeters(100)) },
        { "2.5GBASE-T on Cat5e (802.3bz)", () => new PhysicalNic(Gbit(2.5), medium: PhysicalMedium.Cat5e) },
        { "5GBASE-T on Cat5e (802.3bz)", () => new PhysicalNic(Gbit(5), medium: PhysicalMedium.Cat5e) },
        { "10GBASE-T on Cat6 to 55 m", () => new PhysicalNic(Gbit(10), interfaceType: InterfaceType.Rj45, medium: PhysicalMedium.Cat6, cableLength: Length.FromMeters(55)) },
        { "5GBASE-T on Cat6 to 100 m", () => new PhysicalNic(Gbit(5), medium: PhysicalMedium.Cat6, cableLength: Length.FromMeters(100)) },
        { "10GBASE-T on Cat6A to 100 m", () => new PhysicalNic(Gbit(10), medium: PhysicalMedium.Cat6a, cableLength: Length.FromMeters(100)) },
        { "100 Mbit/s on Cat5", () => new PhysicalNic(Mbit(100), DuplexMode.Half, medium: PhysicalMedium.Cat5) },
        { "400 Gbit/s on single-mode fiber", () => new PhysicalNic(Gbit(400), medium: PhysicalMedium.SingleModeFiber, cableLength: Length.FromKilometers(10)) },
        { "800 Gbit/s on single-mode fiber: no ceiling is claimed for fiber", () => new PhysicalNic(Gbit(800), medium: PhysicalMedium.SingleModeFiber) },
        { "100 Gbit/s QSFP28 on multi-mode fiber", () => new PhysicalNic(Gbit(100), interfaceType: InterfaceType.Qsfp28, medium: PhysicalMedium.MultiModeFiber) },
        { "10 Gbit/s DOCSIS 3.1 on RG-6", () => new PhysicalNic(Gbit(10), medium: PhysicalMedium.CoaxRg6) },
        { "1 Gbit/s on RG-11", () => new PhysicalNic(Gbit(1), medium: PhysicalMedium.CoaxRg11) },
        { "9.6 Gbit/s half duplex on 802.11ax", () => new PhysicalNic(Gbit(9.6), DuplexMode.Half, medium: PhysicalMedium.Wifi80211ax) },
        { "600 Mbit/s half duplex on 802.11n", () => new PhysicalNic(Mbit(600), DuplexMode.Half, medium: PhysicalMedium.Wifi80211n) },
        { "2.5GBASE-X in an SFP cage", () => new PhysicalNic(Gbit(2.5), interfaceType: InterfaceType.Sfp) },
        { "1 Gbit/s in an SFP+ cage", () => new PhysicalNic(Gbit(1), interfaceType: InterfaceType.SfpPlus) },
        { "10GBASE-T copper module in an SFP+ cage on Cat6A", () => new PhysicalNic(Gbit(10), interfaceType: InterfaceType.SfpPlus, medium: PhysicalMedium.Cat6a) },
        { "SDI-style coax module in an SFP cage", () => new PhysicalNic(Gbit(1), interfaceType: InterfaceType.Sfp, medium: PhysicalMedium.CoaxRg6) },
        { "5G NR at 20 Gbit/s: no ceiling is claimed for cellular", () => new PhysicalNic(Gbit(20), DuplexMode.Half, medium: PhysicalMedium.FiveGNewRadio) },
        { "simplex 10 Gbit/s fiber (a data diode)", () => new PhysicalNic(Gbit(10), DuplexMode.Simplex, medium: PhysicalMedium.MultiModeFiber) },
        { "half duplex just under 10 Gbit/s", () => new PhysicalNic(Gbit(5), DuplexMode.Half) },
    };

    [Theory]
    [MemberData(nameof(RealLinks))]
    public void A_real_link_has_no_finding(string description, Func<PhysicalNic> create)
    {
        var nic = create();

        Assert.Empty(ModelValidator.Validate(nic));
        Assert.NotNull(description);
    }

    public static TheoryData<string, Func<PhysicalNic>, string, string> WarnedLinks => new()
    {
        { "Cat6 at 10 Gbit/s beyond 55 m", () => new PhysicalNic(Gbit(10), medium: PhysicalMedium.Cat6, cableLength: Length.FromMeters(56)), "PM0005", "Cat6 of 56 m at 10 Gbit/s is longer than the 55 m the standard promises: 10GBASE-T over Cat6 is specified to 55 m, and 37 m where alien crosstalk is not controlled (TIA TSB-155); use Cat6A for 100 m" },
        { "Cat6A beyond 100 m", () => new PhysicalNic(Gbit(1), medium: PhysicalMedium.Cat6a, cableLength: Length.FromMeters(101)), "PM0005", "Cat6A of 101 m at 1 Gbit/s is longer than the 100 m the standard promises" },
        { "Cat5 beyond 100 m", () => new PhysicalNic(Mbit(100), medium: PhysicalMedium.Cat5, cableLength: Length.FromMeters(150)), "PM0005", "Cat5 of 150 m at 100 Mbit/s is longer than the 100 m" },
        { "full duplex on a bus", () => new PhysicalNic(Mbit(10), topology: PhysicalTopology.Bus), "PM0006", "Full duplex on a bus: every device shares one medium" },
        { "full duplex on Wi-Fi", () => new PhysicalNic(Gbit(1), medium: PhysicalMedium.Wifi80211ax), "PM0006", "Full duplex on 802.11ax Wi-Fi: Wi-Fi stations share the channel" },
    };

    [Theory]
    [MemberData(nameof(WarnedLinks))]
    public void A_link_outside_a_standards_promise_is_a_warning(string description, Func<PhysicalNic> create, string id, string expected)
    {
        var diagnostic = Assert.Single(ModelValidator.Validate(create()));

        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(RuleSeverity.Warning, diagnostic.Severity);
        Assert.StartsWith(expected, diagnostic.Message, StringComparison.Ordinal);
        Assert.NotNull(description);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(25)]
    [InlineData(100)]
    public void Half_duplex_at_10_Gbit_s_or_more_is_error_PM0006(double gigabits)
    {
        var error = Assert.Throws<InvalidModelException>(() => new PhysicalNic(Gbit(gigabits), DuplexMode.Half));

        Assert.Equal("PM0006", error.Id);
        Assert.StartsWith($"Half duplex at {gigabits} Gbit/s cannot exist: Ethernet at 10 Gbit/s and above is full duplex only, with no CSMA/CD", error.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_uplink_with_a_warning_is_reported_on_the_deployment()
    {
        var uplink = new PhysicalNic(Gbit(10), medium: PhysicalMedium.Cat6, cableLength: Length.FromMeters(70), macAddress: MacAddress.Parse("02:00:00:00:00:01"), driver: "ixgbe");
        var deployment = new Deployment(Paradigm.Virtualization, Nic.E1000(), uplink: uplink);

        var diagnostic = Assert.Single(ModelValidator.Validate(deployment));
        Assert.Equal(("PM0005", RuleSeverity.Warning, "Uplink"), (diagnostic.Id, diagnostic.Severity, diagnostic.Member));
        Assert.Equal("ixgbe", deployment.Uplink!.Driver);
    }

    public static TheoryData<string, Func<object>, string, string> BadArguments => new()
    {
        { "zero speed", () => new PhysicalNic(BitRate.Zero), "speed", "speed was 0 bit/s; allowed: a rate above 0 bit/s." },
        { "negative speed", () => new PhysicalNic(Gbit(-10)), "gigabitsPerSecond", "gigabitsPerSecond was -10; allowed: a finite number from 0" },
        { "zero cable", () => new PhysicalNic(Gbit(1), cableLength: Length.Zero), "cableLength", "cableLength was 0 mm; allowed: a length above 0 m, or null." },
        { "undefined duplex", () => new PhysicalNic(Gbit(1), (DuplexMode)0), "duplex", "duplex was 0; allowed: Simplex, Half, Full." },
        { "undefined medium", () => new PhysicalNic(Gbit(1), medium: (PhysicalMedium)99), "medium", "medium was 99; allowed: Cat5, Cat5e," },
        { "undefined interface", () => new PhysicalNic(Gbit(1), interfaceType: (InterfaceType)7), "interfaceType", "interfaceType was 7; allowed: Rj45, Sfp," },
        { "undefined topology", () => new PhysicalNic(Gbit(1), topology: (PhysicalTopology)0), "topology", "topology was 0; allowed: Bus, Star, Ring, Mesh." },
        { "blank driver", () => new PhysicalNic(Gbit(1), driver: " "), "driver", "driver was ' '; allowed: a non-blank text." },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public void Bad_arguments_are_refused_naming_the_parameter(string description, Func<object> create, string parameter, string expected)
    {
        var error = Assert.ThrowsAny<ArgumentException>(create);

        Assert.IsNotType<InvalidModelException>(error);
        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.NotNull(description);
    }

    [Fact]
    public void Every_rule_function_names_each_medium_and_interface()
    {
        Assert.Equal(
            ["Cat5", "Cat5e", "Cat6", "Cat6A", "single-mode fiber", "multi-mode fiber", "RG-6 coax", "RG-11 coax", "802.11n Wi-Fi", "802.11ac Wi-Fi", "802.11ax Wi-Fi", "LTE", "5G NR"],
            Enum.GetValues<PhysicalMedium>().Select(RuleTable.MediumName));
        Assert.Equal(["RJ-45", "SFP", "SFP+", "SFP28", "QSFP+", "QSFP28"], Enum.GetValues<InterfaceType>().Select(RuleTable.InterfaceName));
    }
}
