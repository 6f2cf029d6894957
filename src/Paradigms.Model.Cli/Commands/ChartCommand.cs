using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Paradigms.Model.Cli.Charts;
using Paradigms.Model.Cli.Json;
using Paradigms.Model.Cli.Options;
using Paradigms.Model.Cli.Output;

namespace Paradigms.Model.Cli.Commands;

/// <summary>
/// <c>paradigms chart compare|latency|memory --out FILE.png|FILE.svg</c>: a chart of the overhead ranges per paradigm,
/// each range a bar from its lower to its upper end, the value axis labelled with its unit. The image is drawn in memory
/// first, so a failure leaves the --out path untouched.
/// </summary>
internal sealed class ChartCommand : ICliCommand
{
    private static readonly NamedValue<ChartKind>[] Kinds =
    [
        new("compare", ChartKind.Compare),
        new("latency", ChartKind.Latency),
        new("memory", ChartKind.Memory),
    ];

    /// <inheritdoc/>
    public Command Create(CliContext context)
    {
        var allowed = string.Join(", ", Kinds.Select(k => k.Name));
        var kind = new Argument<ChartKind>("chart")
        {
            Description = "The chart: compare (percentage figures), latency (network latency overhead) or memory (memory overhead).",
            HelpName = string.Join("|", Kinds.Select(k => k.Name)),
            CustomParser = result =>
            {
                var token = OptionFactory.Single(result);
                var match = Kinds.FirstOrDefault(k => string.Equals(k.Name, token.Trim(), StringComparison.OrdinalIgnoreCase));
                if (match is null)
                {
                    result.AddError($"The chart was '{token}'; allowed: {allowed} (in any case).");
                    return ChartKind.Compare;
                }

                return match.Value;
            },
        };
        var output = OptionFactory.OutputFile("--out", "The image file to write: .png or .svg.", ".png", ".svg");
        output.Required = true;
        var command = new Command("chart", "Draw the overhead ranges per paradigm into a PNG or SVG image.")
        {
            kind, output,
        };
        command.SetAction(parse =>
        {
            var chartKind = parse.GetValue(kind);
            var path = parse.GetValue(output)!;
            var result = Draw(Chart.Of(chartKind), Kinds.First(k => k.Value == chartKind).Name, path);
            return context.Write(parse, result, CliJson.Context.ChartResult, Layout);
        });
        return command;
    }

    private static ChartResult Draw(Chart chart, string name, string path)
    {
        var format = string.Equals(Path.GetExtension(path), ".svg", StringComparison.OrdinalIgnoreCase) ? "svg" : "png";
        var image = ChartRenderer.Render(chart, format == "svg");
        try
        {
            File.WriteAllBytes(path, image);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw CliException.Usage($"--out was '{path}'; it cannot be written: {failure.Message}");
        }

        return new ChartResult(
            name,
            path,
            format,
            ChartRenderer.Width,
            ChartRenderer.Height,
            chart.Title,
            chart.ValueAxis,
            chart.Series.Select(s => new ChartSeriesJson(
                s.Name,
                s.Bars.Select(b => new ParadigmValueJson(b.Paradigm.ToString(), new FigureJson(b.Label, b.Citation, b.Figure))).ToList())).ToList());
    }

    private static Report Layout(ChartResult result)
    {
        var report = new Report()
            .Heading($"Chart: {result.Title}")
            .Paragraph(string.Create(CultureInfo.InvariantCulture, $"Wrote {result.Path} ({result.ImageFormat.ToUpperInvariant()}, {result.Width} × {result.Height} pixels); value axis: {result.ValueAxis}."));
        var table = new Table(["Series", .. result.Series[0].Values.Select(v => v.Paradigm)]);
        foreach (var series in result.Series)
        {
            table.Row([series.Name, .. series.Values.Select(v => Figures.Text(v.Value))]);
        }

        return report.Add(table);
    }
}
