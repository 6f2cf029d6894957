using System.Linq;
using ScottPlot;

namespace Paradigms.Model.Cli.Charts;

/// <summary>
/// Draws a <see cref="Chart"/> with ScottPlot: one bar per paradigm and series from the range's lower to its upper end
/// (a range bar), labelled with the range and its unit; series grouped by paradigm, with a legend when there are several.
/// </summary>
internal static class ChartRenderer
{
    /// <summary>The image's width, in pixels.</summary>
    public const int Width = 1000;

    /// <summary>The image's height, in pixels.</summary>
    public const int Height = 560;

    private static readonly Color[] Palette = [Colors.SteelBlue, Colors.DarkOrange, Colors.SeaGreen, Colors.Crimson];

    /// <summary>Draws the chart into an image in memory.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="svg">True for SVG, false for PNG.</param>
    /// <returns>The image's bytes (UTF-8 for SVG).</returns>
    public static byte[] Render(Chart chart, bool svg)
    {
        using var plot = new Plot();
        var groups = chart.Series.Count;
        var step = groups + 1;
        for (var s = 0; s < groups; s++)
        {
            var series = chart.Series[s];
            var color = Palette[s % Palette.Length];
            var bars = series.Bars.Select((bar, p) => new Bar
            {
                Position = (p * step) + s,
                ValueBase = bar.Min,
                Value = bar.Max,
                Label = bar.Label,
                FillColor = color,
            }).ToList();
            var plottable = plot.Add.Bars(bars);
            plottable.ValueLabelStyle.FontSize = groups > 1 ? 10 : 14;
            if (groups > 1)
            {
                plottable.LegendText = series.Name;
            }
        }

        var paradigms = chart.Series[0].Bars.Select(b => b.Paradigm.ToString()).ToArray();
        var ticks = paradigms.Select((_, p) => (p * step) + ((groups - 1) / 2.0)).ToArray();
        plot.Axes.Bottom.SetTicks(ticks, paradigms);
        // From zero, with room above the tallest bar for its label.
        var top = chart.Series.SelectMany(series => series.Bars).Max(bar => bar.Max);
        plot.Axes.SetLimitsY(0, top * 1.12);
        plot.Title(chart.Title);
        plot.XLabel("Paradigm");
        plot.YLabel(chart.ValueAxis);
        if (groups > 1)
        {
            plot.ShowLegend(Edge.Right);
        }

        return svg
            ? System.Text.Encoding.UTF8.GetBytes(plot.GetSvgXml(Width, Height))
            : plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }
}
