using System.Collections.Generic;

namespace Paradigms.Model.Cli.Charts;

/// <summary>One series of a chart: a figure's range for each paradigm, in the chart's unit.</summary>
/// <param name="Name">The figure, for the legend, for example <c>CPU utilization</c>.</param>
/// <param name="Bars">One range per paradigm, in the order of the paradigms.</param>
internal sealed record ChartSeries(string Name, IReadOnlyList<ChartBar> Bars);

/// <summary>A paradigm's range of one figure, drawn as a bar from its lower to its upper end.</summary>
/// <param name="Paradigm">The paradigm.</param>
/// <param name="Min">The lower end, in the chart's unit.</param>
/// <param name="Max">The upper end, in the chart's unit.</param>
/// <param name="Label">The range with its unit, written on the bar, for example <c>15–40 μs</c>.</param>
/// <param name="Citation">Where the range comes from.</param>
/// <param name="Figure">The figure's name in the facts catalog, or null for a range built here from two figures.</param>
internal sealed record ChartBar(Paradigm Paradigm, double Min, double Max, string Label, string Citation, string? Figure);
