using Paradigms.Model.Networking;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Tests.Rules;

/// <summary>The encapsulation stack's arithmetic and PM0008 on a deployment's declared MTU.</summary>
public class MtuRuleTests
{
    // Overheads from REFERENCE-FIGURES.md and the RFCs, written by hand.
    public static TheoryData<string, Encapsulation, int> Overheads => new()
    {
        { "IEEE 802.1Q", Encapsulation.Dot1QTag(), 4 },
        { "IEEE 802.1ad", Encapsulation.QinQTags(), 8 },
        { "RFC 7348, IPv4 20 + UDP 8 + VXLAN 8 + Ethernet 14", Encapsulation.VxlanOverIpv4(), 50 },
        { "RFC 7348, IPv6 40 + UDP 8 + VXLAN 8 + Ethernet 14", Encapsulation.VxlanOverIpv6(), 70 },
        { "RFC 8926 without options", Encapsulation.GeneveOverIpv4(), 50 },
        { "RFC 8926 with 8 option bytes", Encapsulation.GeneveOverIpv4(8), 58 },
        { "RFC 8926 over IPv6 with the most options", Encapsulation.GeneveOverIpv6(252), 322 },
        { "RFC 2784, IPv4 20 + GRE 4", Encapsulation.GreOverIpv4(), 24 },
        { "RFC 7676, IPv6 40 + GRE 4", Encapsulation.GreOverIpv6(), 44 },
        { "WireGuard, IPv4 20 + UDP 8 + 16 + 16", Encapsulation.WireGuardOverIpv4(), 60 },
        { "WireGuard, IPv6 40 + UDP 8 + 16 + 16", Encapsulation.WireGuardOverIpv6(), 80 },
        { "RFC 3032, one label", Encapsulation.MplsLabels(), 4 },
        { "RFC 3032, three labels", Encapsulation.MplsLabels(3), 12 },
    };

    [Theory]
    [MemberData(nameof(Overheads))]
    public void Each_encapsulation_adds_its_standard_bytes(string source, Encapsulation layer, int bytes)
    {
        Assert.Equal(bytes, layer.OverheadBytes);
        Assert.Equal(1500 - bytes, new EncapsulationStack(1500, layer).InnerMtu);
        Assert.NotNull(source);
    }

    [Fact]
    public void Worked_example_VXLAN_under_WireGuard_over_1500_leaves_1390()
    {
        // 1500 − 50 (VXLAN over IPv4) − 60 (WireGuard over IPv4) = 1390.
        var stack = new EncapsulationStack(1500, Encapsulation.VxlanOverIpv4(), Encapsulation.WireGuardOverIpv4());

        Assert.Equal(110, stack.OverheadBytes);
        Assert.Equal(1390, stack.InnerMtu);
        Assert.Equal("VXLAN over IPv4 (50 B) + WireGuard over IPv4 (60 B)", stack.ToString());
    }

    [Theory]
    [InlineData(1450, "the VXLAN-only default, 1500 − 50: forgets WireGuard")]
    [InlineData(1420, "WireGuard's default, 1500 − 80: forgets VXLAN")]
    [InlineData(1500, "the underlay's MTU: forgets both")]
    public void Worked_example_an_MTU_that_forgets_a_tunnel_is_warned(int declared, string why)
    {
        var stack = new EncapsulationStack(1500, Encapsulation.VxlanOverIpv4(), Encapsulation.WireGuardOverIpv4());
        var deployment = new Deployment(Paradigm.Containerization, Nic.Veth(), mtu: declared, encapsulation: stack);

        var diagnostic = Assert.Single(ModelValidator.Validate(deployment));
        Assert.Equal(("PM0008", RuleSeverity.Warning, "Mtu"), (diagnostic.Id, diagnostic.Severity, diagnostic.Member));
        Assert.Equal(
            $"The declared MTU of {declared} bytes does not fit: VXLAN over IPv4 (50 B) + WireGuard over IPv4 (60 B) over a 1500-byte underlay leave 1390 bytes, so larger packets fragment or are dropped",
            diagnostic.Message);
        Assert.NotNull(why);
    }

    [Theory]
    [InlineData(1390)]
    [InlineData(1280)]
    public void An_MTU_that_fits_has_no_finding(int declared)
    {
        var stack = new EncapsulationStack(1500, Encapsulation.VxlanOverIpv4(), Encapsulation.WireGuardOverIpv4());

        Assert.Empty(ModelValidator.Validate(new Deployment(Paradigm.Containerization, Nic.Veth(), mtu: declared, encapsulation: stack)));
    }

    [Theory]
    [InlineData(67)]
    [InlineData(0)]
    [InlineData(-1500)]
    public void A_declared_MTU_below_68_is_error_PM0008(int declared)
    {
        var error = Assert.Throws<InvalidModelException>(() => new Deployment(Paradigm.Virtualization, Nic.E1000(), mtu: declared));

        Assert.Equal("PM0008", error.Id);
        Assert.Equal("Mtu", error.ParamName);
        Assert.StartsWith($"The declared MTU of {declared} bytes is below the 68 bytes IPv4 needs (RFC 791)", error.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_cannot_set_an_MTU_below_68()
    {
        var deployment = new Deployment(Paradigm.Virtualization, Nic.E1000(), mtu: 1500);

        var error = Assert.Throws<InvalidModelException>(() => deployment with { Mtu = 60 });
        Assert.Equal("PM0008", error.Id);
    }

    [Theory]
    [InlineData(68)]
    [InlineData(576)]
    [InlineData(1279)]
    public void A_declared_MTU_below_1280_is_warned_for_IPv6(int declared)
    {
        var diagnostic = Assert.Single(ModelValidator.Validate(new Deployment(Paradigm.Containerization, Nic.Veth(), mtu: declared)));

        Assert.Equal(("PM0008", RuleSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
        Assert.Equal($"The declared MTU of {declared} bytes is below the 1280 bytes IPv6 needs (RFC 8200): only IPv4 can run over it", diagnostic.Message);
    }

    [Fact]
    public void An_underlay_below_68_is_error_PM0008()
    {
        var error = Assert.Throws<InvalidModelException>(() => new EncapsulationStack(60));

        Assert.Equal("PM0008", error.Id);
        Assert.Equal("underlayMtu", error.ParamName);
        Assert.StartsWith("The underlay MTU of 60 bytes is below the 68 bytes IPv4 needs", error.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stack_that_leaves_less_than_68_is_error_PM0008()
    {
        // 150 − 70 − 80 = 0.
        var error = Assert.Throws<InvalidModelException>(() => new EncapsulationStack(150, Encapsulation.VxlanOverIpv6(), Encapsulation.WireGuardOverIpv6()));

        Assert.Equal("PM0008", error.Id);
        Assert.StartsWith("The MTU the stack leaves, VXLAN over IPv6 (70 B) + WireGuard over IPv6 (80 B), of 0 bytes is below the 68 bytes", error.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(-4)]
    [InlineData(256)]
    public void Geneve_options_outside_0_to_252_in_words_are_PM0004(int optionBytes)
    {
        var error = Assert.Throws<InvalidModelException>(() => Encapsulation.GeneveOverIpv4(optionBytes));

        Assert.Equal("PM0004", error.Id);
        Assert.Equal("optionBytes", error.ParamName);
        Assert.Contains($"Geneve option bytes {optionBytes} is outside 0–252 in steps of 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_layer_arguments_are_refused()
    {
        var labels = Assert.Throws<ArgumentOutOfRangeException>(() => Encapsulation.MplsLabels(0));
        Assert.Contains("labelCount was 0; allowed: 1 or more labels.", labels.Message, StringComparison.Ordinal);
        var kind = Assert.Throws<ArgumentOutOfRangeException>(() => Encapsulation.Of((EncapsulationKind)0));
        Assert.Equal("kind", kind.ParamName);
        Assert.Throws<ArgumentNullException>(() => new EncapsulationStack(1500, [null!]));
    }

    [Fact]
    public void Stacks_are_equal_by_underlay_and_layers_in_order()
    {
        var a = new EncapsulationStack(1500, Encapsulation.VxlanOverIpv4(), Encapsulation.WireGuardOverIpv4());
        var b = new EncapsulationStack(1500, [Encapsulation.VxlanOverIpv4(), Encapsulation.WireGuardOverIpv4()]);
        var swapped = new EncapsulationStack(1500, Encapsulation.WireGuardOverIpv4(), Encapsulation.VxlanOverIpv4());

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, swapped);
        Assert.Equal(a.InnerMtu, swapped.InnerMtu);
    }
}
