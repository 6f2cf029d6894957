using Microsoft.CodeAnalysis;
using Verify = Paradigms.Model.Analyzers.Tests.Verification.AnalyzerVerifier<Paradigms.Model.Analyzers.ModelAnalyzer>;

namespace Paradigms.Model.Analyzers.Tests;

/// <summary>PM0004 on protocol values where they enter a factory, and PM0008 on an encapsulation stack.</summary>
public sealed class ProtocolValueChecksTests
{
    [Fact]
    public Task VLAN_4095_is_error_PM0004_with_the_802_1Q_range() =>
        Verify.VerifyAsync(
            Program("var vlan = LogicalChannel.Vlan({|#0:4095|});"),
            Verify.Diagnostic("PM0004", DiagnosticSeverity.Error).WithLocation(0)
                .WithMessage("VLAN id 4095 is outside 1–4094 (802.1Q: 12 bits, 0 and 4095 reserved)"));

    [Theory]
    [InlineData("LogicalChannel.Vlan({|PM0004:0|})", "VLAN 0 is the priority tag (802.1Q)")]
    [InlineData("LogicalChannel.Vlan(vlanId: {|PM0004:5000|})", "VLAN 5000 does not fit 12 bits")]
    [InlineData("Nic.VlanInterface({|PM0004:4095|})", "a VLAN interface takes the same ids")]
    [InlineData("LogicalChannel.Vxlan({|PM0004:1 << 24|})", "2^24 does not fit the 24-bit VNI (RFC 7348)")]
    [InlineData("LogicalChannel.Vxlan({|PM0004:-1|})", "a VNI is unsigned")]
    [InlineData("Nic.SrIov({|PM0004:8|}, 8)", "functions of a device of 8 are numbered 0–7")]
    [InlineData("Nic.SrIov(virtualFunctionCount: 4, virtualFunctionIndex: {|PM0004:4|})", "named, out of order")]
    [InlineData("Nic.SrIov(0, {|PM0004:0|})", "a device has at least one virtual function")]
    [InlineData("Nic.SrIov(0, {|PM0004:70_000|})", "TotalVFs is 16 bits")]
    [InlineData("Nic.SrIov({|PM0004:65_535|})", "without a count, the index is below 65,535")]
    [InlineData("Encapsulation.GeneveOverIpv4({|PM0004:256|})", "Geneve options are at most 252 bytes (RFC 8926)")]
    [InlineData("Encapsulation.GeneveOverIpv6({|PM0004:6|})", "Geneve options come in 4-byte words")]
    [InlineData("Encapsulation.GeneveOverIpv4(optionBytes: {|PM0004:int.MinValue|})", "the smallest int")]
    [InlineData("Nic.SrIov({|PM0004:int.MaxValue|}, null)", "the largest index, with no count")]
    public Task A_value_outside_its_protocol_range_is_error_PM0004(string call, string why)
    {
        Assert.NotEmpty(why);
        return Verify.VerifyAsync(Program($"var value = {call};"));
    }

    [Theory]
    [InlineData("LogicalChannel.Vlan(1)")]
    [InlineData("LogicalChannel.Vlan(4094)")]
    [InlineData("LogicalChannel.Vxlan(16_777_215)")]
    [InlineData("LogicalChannel.Vxlan(0)")]
    [InlineData("Nic.SrIov(63, 64)")]
    [InlineData("Nic.SrIov(0, 65_535)")]
    [InlineData("Nic.SrIov(65_534)")]
    [InlineData("Nic.SrIov(7, null)")]
    [InlineData("Encapsulation.GeneveOverIpv4(252)")]
    [InlineData("Nic.VlanInterface(100)")]
    public Task A_value_inside_its_protocol_range_has_no_diagnostic(string call) =>
        Verify.VerifyAsync(Program($"var value = {call};"));

    [Fact]
    public Task Values_known_only_at_run_time_are_left_to_the_runtime() =>
        Verify.VerifyAsync(Program("""
            var id = int.Parse(System.Console.ReadLine() ?? "4095", System.Globalization.CultureInfo.InvariantCulture);
            var vlan = LogicalChannel.Vlan(id);
            var function = Nic.SrIov(id, id);
            var count = Nic.SrIov(70_000, id);
            """));

    [Fact]
    public Task An_encapsulation_stack_that_leaves_no_room_for_IP_is_error_PM0008()
    {
        const string Underlay60 = "The underlay MTU of 60 bytes is below the 68 bytes IPv4 needs (RFC 791): no IP packet can cross it";
        const string VxlanOverIpv6On100 = "The MTU the stack leaves, VXLAN over IPv6 (70 B), of 30 bytes is below the 68 bytes IPv4 needs (RFC 791): no IP packet can cross it";
        var expected = new[] { Underlay60, VxlanOverIpv6On100, VxlanOverIpv6On100, Underlay60, VxlanOverIpv6On100 }
            .Select((message, location) => Verify.Diagnostic("PM0008", DiagnosticSeverity.Error).WithLocation(location).WithMessage(message));
        return Verify.VerifyAsync(
            Program("""
                var underlay = new EncapsulationStack({|#0:60|}, [Encapsulation.Dot1QTag()]);
                var nothingLeft = {|#1:new EncapsulationStack(100, [Encapsulation.VxlanOverIpv6()])|};
                var fine = new EncapsulationStack(1500, [Encapsulation.VxlanOverIpv4(), Encapsulation.WireGuardOverIpv4()]);
                var inPlace = {|#2:new EncapsulationStack(100, Encapsulation.VxlanOverIpv6())|};
                var inPlaceFine = new EncapsulationStack(1500, Encapsulation.VxlanOverIpv4(), Encapsulation.WireGuardOverIpv4());
                var noLayers = new EncapsulationStack({|#3:60|});
                var fromList = {|#4:new EncapsulationStack(100, new System.Collections.Generic.List<Encapsulation> { Encapsulation.VxlanOverIpv6() })|};
                """),
            [.. expected]);
    }

    private static string Program(string statements) => $$"""
        using Paradigms.Model;
        using Paradigms.Model.Networking;

        {{statements}}
        """;
}
