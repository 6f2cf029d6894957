using System.Text.Json;

namespace Paradigms.Model.Cli.Tests;

/// <summary>
/// <c>paradigms mtu</c>. Layer sizes from the standards: VXLAN over IPv4 50 bytes (RFC 7348: outer IPv4 20, UDP 8,
/// VXLAN 8, inner Ethernet 14), WireGuard over IPv4 60 (IPv4 20, UDP 8, header 16, tag 16) and over IPv6 80, Geneve over
/// IPv4 50 plus options (RFC 8926), an MPLS label 4 (RFC 3032); IPv4 needs 68 bytes (RFC 791), IPv6 1280 (RFC 8200).
/// </summary>
public sealed class MtuTests
{
    [Fact]
    public void VxlanUnderWireGuardOver1500_Leaves1390()
    {
        var result = Cli.Run("mtu", "--underlay", "1500", "--stack", "vxlan4,wireguard4").Succeeded();

        result.HasLine("vxlan4", "VXLAN over IPv4 (50 B)", "50 B", "RFC 7348 (standard)");
        result.HasLine("wireguard4", "WireGuard over IPv4 (60 B)", "60 B", "WireGuard protocol documentation (vendor)");
        // 1500 − 50 − 60 = 1390.
        result.HasLine("Underlay MTU 1500 B − encapsulation 110 B = inner MTU 1390 B.");
    }

    [Fact]
    public void DeclaredMtuAboveWhatTheStackLeaves_IsTheWarningPM0008()
    {
        var result = Cli.Run("mtu", "--underlay", "1500", "--stack", "vxlan4,wireguard4", "--mtu", "1450").Succeeded();

        result.HasLine("The declared MTU, 1450 B:");
        result.HasLine("- warning PM0008: The declared MTU of 1450 bytes does not fit: VXLAN over IPv4 (50 B) + WireGuard over IPv4 (60 B) over a 1500-byte underlay leave 1390 bytes", "docs/diagnostics/PM0008.md]");
    }

    [Fact]
    public void DeclaredMtuThatFits_HasNoFinding()
    {
        Cli.Run("mtu", "--underlay", "1500", "--stack", "vxlan4,wireguard4", "--mtu", "1390").Succeeded()
            .HasLine("The declared MTU, 1390 B, fits.");
    }

    [Fact]
    public void DeclaredMtuBelowIpv6sMinimum_IsAWarning()
    {
        // RFC 8200: IPv6 needs 1280 bytes; 1000 is enough for IPv4 alone.
        Cli.Run("mtu", "--underlay", "1500", "--mtu", "1000").Succeeded()
            .HasLine("warning PM0008:", "1000", "1280");
    }

    [Theory]
    [InlineData("wireguard6", "1420 B")] // 1500 − 80, WireGuard's default MTU
    [InlineData("geneve4:8", "1442 B")]  // 1500 − (50 + 8)
    [InlineData("mpls:2", "1492 B")]     // 1500 − 2 × 4
    [InlineData("dot1q,vxlan6", "1426 B")] // 1500 − 4 − 70
    public void Layers_TakeTheirBytes(string stack, string inner)
    {
        Cli.Run("mtu", "--underlay", "1500", "--stack", stack).Succeeded().HasLine($"= inner MTU {inner}.");
    }

    [Fact]
    public void NoStack_LeavesTheWholeUnderlay()
    {
        Cli.Run("mtu", "--underlay", "9000").Succeeded()
            .HasLine("No encapsulation: the workload's packets get the whole underlay MTU.")
            .HasLine("Underlay MTU 9000 B − encapsulation 0 B = inner MTU 9000 B.");
    }

    [Fact]
    public void Json_HasQuantitiesWithUnitsAndTheDiagnostics()
    {
        var result = Cli.Run("mtu", "--underlay", "1500", "--stack", "vxlan4,wireguard4", "--mtu", "1450", "--format", "json").Succeeded();
        using var json = JsonDocument.Parse(result.StandardOutput);
        var root = json.RootElement;

        Assert.Equal("1500 B", root.GetProperty("underlayMtu").GetString());
        Assert.Equal("110 B", root.GetProperty("overhead").GetString());
        Assert.Equal("1390 B", root.GetProperty("innerMtu").GetString());
        Assert.Equal("1450 B", root.GetProperty("declaredMtu").GetString());
        Assert.Equal("StandardFacts.VxlanOverIpv4Bytes", root.GetProperty("layers")[0].GetProperty("source").GetProperty("figure").GetString());
        var diagnostic = root.GetProperty("diagnostics").EnumerateArray().Single();
        Assert.Equal("PM0008", diagnostic.GetProperty("id").GetString());
        Assert.Equal("warning", diagnostic.GetProperty("severity").GetString());
    }

    [Fact]
    public void Markdown_IsAGitHubTable()
    {
        var result = Cli.Run("mtu", "--underlay", "1500", "--stack", "vxlan4,wireguard4", "--format", "markdown").Succeeded();

        result.HasLine("## Effective MTU");
        result.HasLine("| Layer | Encapsulation | Bytes | Source |");
        result.HasLine("| vxlan4 | VXLAN over IPv4 (50 B) | 50 B | RFC 7348 (standard) |");
    }

    [Theory]
    [InlineData(new[] { "--stack", "vxlan9" }, "--stack was 'vxlan9'; 'vxlan9' is not a layer; allowed: dot1q, qinq, vxlan4")]
    [InlineData(new[] { "--stack", "vxlan4,,gre4" }, "'' is not a layer")]
    [InlineData(new[] { "--stack", "mpls:0" }, "'mpls:0' is not a layer")]
    [InlineData(new[] { "--stack", "vxlan4:2" }, "'vxlan4:2' is not a layer")]
    [InlineData(new[] { "--underlay", "abc" }, "--underlay was 'abc'; allowed: a whole number of bytes")]
    [InlineData(new[] { "--underlay", "1500.5" }, "--underlay was '1500.5'; allowed: a whole number of bytes")]
    [InlineData(new[] { "--underlay", "NaN" }, "--underlay was 'NaN'")]
    [InlineData(new[] { "--underlay", "99999999999" }, "--underlay was '99999999999'")]
    [InlineData(new[] { "--mtu", "big" }, "--mtu was 'big'")]
    public void BadInput_IsRefusedWithExitCode2(string[] options, string message)
    {
        var args = options.Contains("--underlay") ? options : ["--underlay", "1500", .. options];
        Cli.Run(["mtu", .. args]).Refused(2, message, "Run 'paradigms mtu --help'");
    }

    [Fact]
    public void MissingUnderlay_IsRefusedWithExitCode2()
    {
        Cli.Run("mtu", "--stack", "vxlan4").Refused(2, "Option '--underlay' is required.");
    }

    [Theory]
    // RFC 791: no IP packet crosses less than 68 bytes.
    [InlineData(new[] { "--underlay", "0" }, "--underlay was 0; error PM0008: The underlay MTU of 0 bytes is below the 68 bytes IPv4 needs (RFC 791)")]
    [InlineData(new[] { "--underlay", "-1500" }, "--underlay was -1500; error PM0008:")]
    // 100 − 50 = 50 bytes left, below 68.
    [InlineData(new[] { "--underlay", "100", "--stack", "vxlan4" }, "--stack was 'vxlan4' over --underlay 100; error PM0008:", "of 50 bytes is below the 68 bytes IPv4 needs")]
    [InlineData(new[] { "--underlay", "1500", "--mtu", "40" }, "--mtu was 40; error PM0008: The declared MTU of 40 bytes is below the 68 bytes")]
    // RFC 8926: Geneve options are counted in 4-byte words.
    [InlineData(new[] { "--underlay", "1500", "--stack", "geneve4:3" }, "layer 'geneve4:3'; error PM0004:", "in steps of 4")]
    [InlineData(new[] { "--underlay", "1500", "--stack", "geneve6:256" }, "error PM0004:")]
    public void ModelsTheRuleTableRefuses_EndWithExitCode1(string[] options, params string[] messages)
    {
        Cli.Run(["mtu", .. options]).Refused(1, messages);
    }
}
