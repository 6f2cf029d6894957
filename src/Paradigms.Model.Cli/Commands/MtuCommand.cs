using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using Paradigms.Model.Cli.Json;
using Paradigms.Model.Cli.Options;
using Paradigms.Model.Cli.Output;
using Paradigms.Model.Networking;
using Paradigms.Model.Quantities;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Cli.Commands;

/// <summary>
/// <c>paradigms mtu --underlay 1500 --stack vxlan4,wireguard4 [--mtu 1450]</c>: the MTU an encapsulation stack leaves
/// for the workload's packets (<see cref="EncapsulationStack.InnerMtu"/>) and, for a declared MTU, the rule table's
/// findings (PM0008). A stack or MTU the rule table calls an error ends with exit code 1; warnings are part of the answer.
/// </summary>
internal sealed class MtuCommand : ICliCommand
{
    /// <inheritdoc/>
    public Command Create(CliContext context)
    {
        var underlay = OptionFactory.Integer("--underlay", "The underlay's MTU in bytes, for example 1500 (Ethernet) or 9000 (jumbo frames).", "bytes", int.MinValue, int.MaxValue, "a whole number of bytes, at most 2147483647");
        underlay.Required = true;
        var stack = StackOption.Create();
        var mtu = OptionFactory.Integer("--mtu", "The MTU the workload's interface declares, in bytes, checked against what the stack leaves.", "bytes", int.MinValue, int.MaxValue, "a whole number of bytes, at most 2147483647");
        var command = new Command("mtu", "The MTU an encapsulation stack leaves over an underlay, and whether a declared MTU fits it.")
        {
            underlay, stack, mtu,
        };
        command.SetAction(parse => context.Write(
            parse,
            Compute(parse.GetValue(underlay)!.Value, parse.GetValue(stack)!, parse.GetValue(mtu)),
            CliJson.Context.MtuResult,
            Layout));
        return command;
    }

    private static MtuResult Compute(int underlayMtu, IReadOnlyList<StackLayer> layers, int? declared)
    {
        var stackText = string.Join(",", layers.Select(l => l.Text));
        var encapsulations = layers.Select(layer => Build(layer, stackText)).ToList();
        EncapsulationStack stack;
        try
        {
            stack = new EncapsulationStack(underlayMtu, encapsulations);
        }
        catch (InvalidModelException invalid)
        {
            var option = invalid.ParamName == "underlayMtu" ? $"--underlay was {Number(underlayMtu)}" : $"--stack was '{stackText}' over --underlay {Number(underlayMtu)}";
            throw CliException.Model($"{option}; {Describe(invalid.Diagnostics[0])}");
        }

        var diagnostics = new List<DiagnosticJson>();
        if (declared is { } mtu)
        {
            var findings = new[]
            {
                RuleTable.CheckDeclaredMtu(mtu),
                RuleTable.CheckMtuFits(mtu, stack.UnderlayMtu, stack.OverheadBytes, stack.ToString),
            }.OfType<RuleFinding>().Select(f => ModelDiagnostic.From(f, "Mtu")).ToList();
            if (findings.FirstOrDefault(f => f.Severity == RuleSeverity.Error) is { } error)
            {
                throw CliException.Model($"--mtu was {Number(mtu)}; {Describe(error)}");
            }

            diagnostics.AddRange(findings.Select(f => new DiagnosticJson(f.Id, Severity(f.Severity), f.Message, f.Citation, f.HelpLink)));
        }

        return new MtuResult(
            Bytes(stack.UnderlayMtu),
            layers.Zip(stack.Layers, (written, layer) => new LayerJson(written.Text, layer.ToString(), Bytes(layer.OverheadBytes), Figures.Of(written.Name.Bytes))).ToList(),
            Bytes(stack.OverheadBytes),
            Bytes(stack.InnerMtu),
            declared is { } d ? Bytes(d) : null,
            diagnostics);
    }

    private static Encapsulation Build(StackLayer layer, string stackText)
    {
        try
        {
            return (layer.Name.Kind, layer.Number) switch
            {
                (EncapsulationKind.GeneveOverIpv4, { } options) => Encapsulation.GeneveOverIpv4(options),
                (EncapsulationKind.GeneveOverIpv6, { } options) => Encapsulation.GeneveOverIpv6(options),
                (EncapsulationKind.MplsLabels, { } labels) => Encapsulation.MplsLabels(labels),
                (var kind, _) => Encapsulation.Of(kind),
            };
        }
        catch (InvalidModelException invalid)
        {
            throw CliException.Model($"--stack was '{stackText}', layer '{layer.Text}'; {Describe(invalid.Diagnostics[0])}");
        }
    }

    private static string Describe(ModelDiagnostic diagnostic) => $"{Severity(diagnostic.Severity)} {diagnostic.Id}: {diagnostic.Message} [{diagnostic.HelpLink}]";

    private static string Severity(RuleSeverity severity) => severity.ToString().ToLowerInvariant();

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Bytes(int bytes) => Information.FromBytes(bytes).ToString("B", CultureInfo.InvariantCulture);

    private static Report Layout(MtuResult result)
    {
        var report = new Report().Heading("Effective MTU");
        var table = new Table("Layer", "Encapsulation", "Bytes", "Source");
        foreach (var layer in result.Layers)
        {
            table.Row(layer.Layer, layer.Description, layer.Bytes, layer.Source.Citation);
        }

        if (result.Layers.Count == 0)
        {
            report.Paragraph("No encapsulation: the workload's packets get the whole underlay MTU.");
        }
        else
        {
            report.Add(table);
        }

        report.Paragraph($"Underlay MTU {result.UnderlayMtu} − encapsulation {result.Overhead} = inner MTU {result.InnerMtu}.");
        if (result.DeclaredMtu is { } declared)
        {
            report.Paragraph(result.Diagnostics.Count == 0
                ? $"The declared MTU, {declared}, fits."
                : $"The declared MTU, {declared}:");
            report.Bullets(result.Diagnostics.Select(d => $"{d.Severity} {d.Id}: {d.Message} [{d.HelpLink}]").ToList());
        }

        return report;
    }
}
