using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Paradigms.Model.Analyzers.Tests.Verification;
using Paradigms.Model.Networking;
using Paradigms.Model.Quantities;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Analyzers.Tests;

/// <summary>
/// The proof that one table drives both: constructions generated for every combination, compiled
/// at once, and each line's compile-time diagnostics compared with what the runtime validator
/// returns for the same values — id, severity and message.
/// </summary>
public sealed class AgreementTests
{
    [Fact]
    public async Task The_analyzer_reports_what_ModelValidator_reports_for_every_paradigm_NIC_and_channel()
    {
        var cases = new List<(string Code, IReadOnlyList<ModelDiagnostic> Expected, bool ErrorsOnly)>();
        foreach (var paradigm in Enum.GetValues<Paradigm>())
        {
            foreach (var nicKind in Enum.GetValues<NicKind>())
            {
                foreach (var channelKind in Enum.GetValues<LogicalChannelKind>())
                {
                    var (nicCode, nic) = NicOf(nicKind);
                    var (channelCode, channel) = ChannelOf(channelKind);
                    cases.Add((
                        $"new Deployment(Paradigm.{paradigm}, {nicCode}, new[] {{ {channelCode} }})",
                        ModelValidator.Validate(paradigm, nic, [channel]), false));
                }
            }
        }

        Assert.Equal(4 * 10 * 10, cases.Count);
        await AssertAgreementAsync(cases);
    }

    [Fact]
    public async Task The_analyzer_reports_what_ModelValidator_reports_for_every_network_mode_and_guest()
    {
        var cases = new List<(string Code, IReadOnlyList<ModelDiagnostic> Expected, bool ErrorsOnly)>();
        foreach (var paradigm in Enum.GetValues<Paradigm>())
        {
            var (nicCode, nic) = paradigm == Paradigm.Sandboxing ? ("Nic.WasiSocket()", Nic.WasiSocket()) : ("Nic.SrIov()", Nic.SrIov());
            foreach (var mode in Enum.GetValues<NetworkMode>())
            {
                foreach (var guest in new[] { true, false })
                {
                    foreach (var mtu in new[] { 60, 576, 1500, 9000 })
                    {
                        cases.Add((
                            $"new Deployment(Paradigm.{paradigm}, {nicCode}, networkMode: NetworkMode.{mode}, mtu: {mtu}, guestModifiable: {(guest ? "true" : "false")})",
                            ModelValidator.Validate(paradigm, nic, networkMode: mode, mtu: mtu, guestModifiable: guest), false));
                    }
                }
            }
        }

        await AssertAgreementAsync(cases);
    }

    [Fact]
    public async Task The_analyzer_reports_what_the_PhysicalNic_constructor_and_ModelValidator_report_for_every_link()
    {
        var cases = new List<(string Code, IReadOnlyList<ModelDiagnostic> Expected, bool ErrorsOnly)>();
        foreach (var medium in Enum.GetValues<PhysicalMedium>())
        {
            foreach (var interfaceType in Enum.GetValues<InterfaceType>())
            {
                foreach (var gigabits in new[] { 0.1, 1, 5, 10, 25, 100 })
                {
                    foreach (var duplex in Enum.GetValues<DuplexMode>())
                    {
                        var rate = gigabits.ToString(CultureInfo.InvariantCulture);
                        cases.Add((
                            $"new PhysicalNic(BitRate.FromGigabitsPerSecond({rate}), DuplexMode.{duplex}, InterfaceType.{interfaceType}, PhysicalMedium.{medium}, Length.FromMeters(70))",
                            LinkFindings(() => new PhysicalNic(BitRate.FromGigabitsPerSecond(gigabits), duplex, interfaceType, medium, Length.FromMeters(70))),
                            ErrorsOnly: Throws(() => new PhysicalNic(BitRate.FromGigabitsPerSecond(gigabits), duplex, interfaceType, medium, Length.FromMeters(70)))));
                    }
                }
            }
        }

        await AssertAgreementAsync(cases);
    }

    private static bool Throws(Func<PhysicalNic> create)
    {
        try
        {
            _ = create();
            return false;
        }
        catch (InvalidModelException)
        {
            return true;
        }
    }

    /// <summary>What building the link reports: its errors, thrown (the warnings of a link that cannot exist are not returned), or its warnings.</summary>
    private static IReadOnlyList<ModelDiagnostic> LinkFindings(Func<PhysicalNic> create)
    {
        try
        {
            return ModelValidator.Validate(create());
        }
        catch (InvalidModelException e)
        {
            return e.Diagnostics;
        }
    }

    private static (string Code, Nic Nic) NicOf(NicKind kind) => kind switch
    {
        NicKind.SrIovVirtualFunction => ("Nic.SrIov()", Nic.SrIov()),
        NicKind.VlanInterface => ("Nic.VlanInterface(10)", Nic.VlanInterface(10)),
        _ => ($"Nic.{kind}()", Nic.Of(kind)),
    };

    private static (string Code, LogicalChannel Channel) ChannelOf(LogicalChannelKind kind) => kind switch
    {
        LogicalChannelKind.Vlan => ("LogicalChannel.Vlan(10)", LogicalChannel.Vlan(10)),
        LogicalChannelKind.Vxlan => ("LogicalChannel.Vxlan(5000)", LogicalChannel.Vxlan(5000)),
        _ => ($"LogicalChannel.{kind}()", LogicalChannel.Of(kind)),
    };

    /// <summary>
    /// Compiles every case on a line of its own and compares each line's diagnostics with the case's
    /// expected ones, sorted (the validator lists the NIC, channels, mode, guest, uplink, then the MTU;
    /// the analyzer reports each where it stands). For a case that throws only its errors are known.
    /// </summary>
    private static async Task AssertAgreementAsync(List<(string Code, IReadOnlyList<ModelDiagnostic> Expected, bool ErrorsOnly)> cases)
    {
        const int FirstLine = 4;
        var source = new StringBuilder("using Paradigms.Model;\nusing Paradigms.Model.Networking;\nusing Paradigms.Model.Quantities;\n\n");
        foreach (var (code, _, _) in cases)
        {
            source.Append("_ = ").Append(code).Append(";\n");
        }

        var compilation = AnalyzerRunner.Compile(null, source.ToString());
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var result = await AnalyzerRunner.RunAsync(compilation);
        Assert.Empty(result.Exceptions);

        var byLine = result.Diagnostics.ToLookup(d => d.Location.GetLineSpan().StartLinePosition.Line - FirstLine);
        for (var i = 0; i < cases.Count; i++)
        {
            var expected = cases[i].Expected.Select(d => $"{d.Id} {d.Severity}: {d.Message}").Order(StringComparer.Ordinal);
            var actual = byLine[i]
                .Where(d => !cases[i].ErrorsOnly || d.Severity == DiagnosticSeverity.Error)
                .Select(d => $"{d.Id} {Severity(d.Severity)}: {d.GetMessage(CultureInfo.InvariantCulture)}")
                .Order(StringComparer.Ordinal);
            Assert.True(expected.SequenceEqual(actual), $"{cases[i].Code}\nruntime:  {string.Join(" | ", expected)}\nanalyzer: {string.Join(" | ", actual)}");
        }
    }

    private static RuleSeverity Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => RuleSeverity.Error,
        DiagnosticSeverity.Warning => RuleSeverity.Warning,
        _ => RuleSeverity.Info,
    };
}
