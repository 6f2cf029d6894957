using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Paradigms.Model.Analyzers.Tests.Verification;

namespace Paradigms.Model.Analyzers.Tests;

/// <summary>
/// Code that does not compile, or whose values are unknown, never makes an analyzer throw (AD0001
/// would disable it and fail the user's build) and never gives a diagnostic the code does not earn.
/// </summary>
public sealed class RobustnessTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using Paradigms.Model;
        using Paradigms.Model.Networking;
        using Paradigms.Model.Quantities;
        using Paradigms.Model.Resources;

        """;

    [Theory]
    [InlineData("new Deployment(Paradigm.Sandboxing, )", "a missing argument")]
    [InlineData("new Deployment(Paradigm.Sandboxing)", "too few arguments")]
    [InlineData("new Deployment()", "no arguments")]
    [InlineData("new Deployment(Paradigm.Sandboxing, Nic.WasiSocket(), 1, 2, 3, 4, 5, 6, 7)", "too many arguments")]
    [InlineData("new Deployment(Paradigm.Unknown, Nic.SrIov())", "an unknown enum member")]
    [InlineData("new Deployment((Paradigm)99, Nic.SrIov())", "an undefined paradigm value")]
    [InlineData("new Deployment(default, Nic.SrIov())", "default(Paradigm), which is no paradigm")]
    [InlineData("new Deployment(Paradigm.Sandboxing, null)", "a null NIC")]
    [InlineData("new Deployment(Paradigm.Sandboxing, null!)", "a null-forgiven NIC")]
    [InlineData("new Deployment(Paradigm.Sandboxing, default!)", "a default NIC")]
    [InlineData("new Deployment(Paradigm.Sandboxing, Nic.Of((NicKind)0))", "an undefined NIC kind")]
    [InlineData("new Deployment(Paradigm.Sandboxing, Nic.Unknown())", "an unknown factory")]
    [InlineData("new Deployplent(Paradigm.Sandboxing, Nic.SrIov())", "an unknown type")]
    [InlineData("new Deployment(Paradigm.Sandboxing, Nic.WasiSocket(), null)", "null channels")]
    [InlineData("new Deployment(Paradigm.Sandboxing, Nic.WasiSocket(), new LogicalChannel[] { null! })", "a null channel")]
    [InlineData("new Deployment(Paradigm.Sandboxing, Nic.WasiSocket(), [.. new List<LogicalChannel>()])", "a spread")]
    [InlineData("new Deployment(Paradigm.Sandboxing, Nic.WasiSocket(), networkMode: (NetworkMode)42)", "an undefined network mode")]
    [InlineData("new Deployment(Paradigm.Sandboxing, Nic.WasiSocket(), mtu: null, guestModifiable: null)", "explicit nulls")]
    [InlineData("new Deployment(Paradigm.Sandboxing, Nic.WasiSocket(), mtu: int.MaxValue)", "the largest MTU")]
    [InlineData("new Deployment(Paradigm.Sandboxing, Nic.WasiSocket(), encapsulation: new EncapsulationStack(1500, null!))", "null layers")]
    [InlineData("new Deployment(Paradigm.Sandboxing, Nic.WasiSocket()) with { }", "an empty with")]
    [InlineData("default(Deployment)! with { Mtu = 1500 }", "with on default")]
    [InlineData("new Deployment(Paradigm.Sandboxing, Nic.WasiSocket()) { Unknown = 1 }", "an unknown property")]
    [InlineData("new PhysicalNic(default)", "a zero rate")]
    [InlineData("new PhysicalNic(BitRate.FromGigabitsPerSecond(double.NaN), medium: PhysicalMedium.Cat5e)", "NaN")]
    [InlineData("new PhysicalNic(BitRate.FromGigabitsPerSecond(double.PositiveInfinity), medium: PhysicalMedium.Cat5e)", "infinity")]
    [InlineData("new PhysicalNic(BitRate.FromGigabitsPerSecond(1e308), medium: PhysicalMedium.Cat6a)", "an overflowing factor")]
    [InlineData("new PhysicalNic(BitRate.FromGigabitsPerSecond(1), (DuplexMode)7, (InterfaceType)9, (PhysicalMedium)99, null, (PhysicalTopology)0)", "undefined enums")]
    [InlineData("new PhysicalNic(BitRate.Zero, medium: null, interfaceType: null)", "explicit nulls on a link")]
    [InlineData("Nic.SrIov(virtualFunctionCount: )", "a missing named argument")]
    [InlineData("LogicalChannel.Vlan(long.MaxValue)", "a value that does not convert")]
    [InlineData("LogicalChannel.Vlan(", "an unclosed call")]
    [InlineData("LogicalChannel.Vlan((4095", "an unclosed parenthesis after a constant, as in (4095 - 1) being typed")]
    [InlineData("new Deployment(Paradigm.Containerization, Nic.Veth(), mtu: checked(640", "an unclosed checked( after a constant")]
    [InlineData("new Deployment(Paradigm.Containerization, Nic.Veth()) with { Mtu = checked(640", "an unfinished with, as the generated corpus cut one")]
    [InlineData("Nic.SrIov(virtualFunctionCount: (0", "an unclosed count")]
    [InlineData("LogicalChannel.Vlan(4095", "a call still being typed, maybe on its way to Vlan(40)")]
    [InlineData("new Deployment(Paradigm.Sandboxing, Nic.SrIov() 60)", "a construction that does not parse")]
    [InlineData("new EncapsulationStack(1500, [Encapsulation.MplsLabels(-5)])", "a label count the factory refuses")]
    [InlineData("new EncapsulationStack(1500, [Encapsulation.Of((EncapsulationKind)0)])", "an undefined encapsulation")]
    [InlineData("WasmLinearMemory.Covering(default)", "a default size")]
    [InlineData("IoModel.Virtualization(default, default, default, default)", "default quantities")]
    [InlineData("IoModel.Virtualization(Duration.Zero, Ratio.Parse(\"150 %\"), Duration.Zero, Duration.Zero)", "a parsed ratio, known only at run time")]
    public async Task Broken_or_unknown_code_never_throws_and_gives_no_false_diagnostic(string expression, string what)
    {
        var compilation = AnalyzerRunner.Compile(null, Usings + $"var value = {expression};\n");

        var result = await AnalyzerRunner.RunAsync(compilation);

        Assert.Empty(result.Exceptions);
        Assert.True(result.Diagnostics.IsEmpty, what + ": " + string.Join("; ", result.Diagnostics));
    }

    [Fact]
    public async Task Every_prefix_of_a_model_file_analyzes_without_throwing()
    {
        var source = Usings + """
            var edge = new Deployment(Paradigm.Sandboxing, Nic.SrIov(), [LogicalChannel.Vxlan(1 << 24)], NetworkMode.Bridge, new PhysicalNic(BitRate.FromGigabitsPerSecond(10), DuplexMode.Half, InterfaceType.Rj45, PhysicalMedium.Cat5e, Length.FromMeters(120)), 60, new EncapsulationStack(1500, [Encapsulation.GeneveOverIpv4(8)]), false) with { Mtu = 1500, NetworkMode = NetworkMode.Nat };
            var vm = new Deployment(Paradigm.Virtualization, Nic.VirtioNet()) { GuestModifiable = false, Channels = [LogicalChannel.Vlan(4095)] };
            var io = IoModel.Sandboxing(Duration.FromMicroseconds(10), Ratio.FromPercent(150), Duration.Zero);
            var memory = WasmLinearMemory.Covering(Information.FromGibibytes(5));
            """;
        var tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().Select(token => token.Span.End).Distinct().ToList();
        Assert.True(tokens.Count > 150, tokens.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));

        foreach (var end in tokens)
        {
            var result = await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(null, source[..end]), concurrent: false);
            Assert.True(result.Exceptions.Count == 0, $"prefix of {end} characters: {string.Join("; ", result.Exceptions)}");
        }
    }

    [Fact]
    public async Task A_complete_construction_inside_one_that_does_not_parse_is_checked()
    {
        var compilation = AnalyzerRunner.Compile(null, Usings + "var value = new Deployment(Paradigm.Sandboxing, Nic.WasiSocket(), [LogicalChannel.Vlan(4095)], mtu: checked(640;\n");

        var result = await AnalyzerRunner.RunAsync(compilation);

        Assert.Empty(result.Exceptions);
        Assert.Equal("PM0004", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public async Task Source_that_does_not_compile_still_gets_the_diagnostics_it_earns()
    {
        var compilation = AnalyzerRunner.Compile(null, Usings + """
            var edge = new Deployment(Paradigm.Sandboxing, Nic.SrIov());
            var broken = new Deployment(Paradigm.Sandboxing, Nic.Unknown());
            undefined_symbol();
            """);
        Assert.NotEmpty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var result = await AnalyzerRunner.RunAsync(compilation);

        Assert.Empty(result.Exceptions);
        Assert.Equal("PM0001", Assert.Single(result.Diagnostics).Id);
    }
}
