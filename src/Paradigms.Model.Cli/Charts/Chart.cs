using System;
using System.Collections.Generic;
using System.Linq;
using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Cli.Charts;

/// <summary>What a chart shows: its title, its value axis with the unit, and its series, read from the facts catalog.</summary>
/// <param name="Kind">The chart.</param>
/// <param name="Title">The title, with the sections the figures come from.</param>
/// <param name="ValueAxis">The value axis's label, with its unit.</param>
/// <param name="Series">The series, one bar per paradigm each.</param>
internal sealed record Chart(ChartKind Kind, string Title, string ValueAxis, IReadOnlyList<ChartSeries> Series)
{
    private static readonly Paradigm[] Paradigms = Enum.GetValues<Paradigm>();

    /// <summary>The chart of a kind, at the documents' figures.</summary>
    /// <param name="kind">The chart.</param>
    /// <returns>The chart's data.</returns>
    public static Chart Of(ChartKind kind) => kind switch
    {
        ChartKind.Latency => new(
            kind,
            "Network latency overhead per paradigm (Res §5.2)",
            "Network latency overhead (μs)",
            [Figure("Network latency overhead", ResourceFacts.NetworkLatencyOverhead, d => d.Microseconds)]),
        ChartKind.Memory => new(
            kind,
            "Memory overhead per paradigm, minimum to standard example (Res §3.2)",
            "Memory overhead (MB)",
            [MemoryOverhead()]),
        _ => new(
            kind,
            "CPU utilization and performance losses per paradigm (Res §2.1, §4, §5.2, §6, §7)",
            "Percent of native (%)",
            [
                Figure("CPU utilization", ResourceFacts.CpuUtilization, r => r.Percent),
                Figure("IO performance loss", ResourceFacts.IoPerformanceLoss, r => r.Percent),
                Figure("Network throughput loss", ResourceFacts.NetworkThroughputLoss, r => r.Percent),
                Figure("Storage performance loss", ResourceFacts.StoragePerformanceLoss, r => r.Percent),
            ]),
    };

    private static ChartSeries Figure<T>(string name, Func<Paradigm, Sourced<Range<T>>> fact, Func<T, double> inUnit)
        where T : struct, IQuantity<T> =>
        new(name, Paradigms.Select(p =>
        {
            var figure = fact(p);
            return new ChartBar(p, inUnit(figure.Value.Min), inUnit(figure.Value.Max), figure.ValueText, figure.Citation.ToString(), figure.Name);
        }).ToList());

    // The minimum and the standard example of Res §3.2 as the two ends of one range, as §3.3 reads the sandbox's.
    private static ChartSeries MemoryOverhead() =>
        new("Memory overhead", Paradigms.Select(p =>
        {
            var minimum = ResourceFacts.MinimumMemoryExample(p);
            var standard = ResourceFacts.StandardMemoryExample(p);
            var range = new Range<Information>(minimum.Value, standard.Value);
            return new ChartBar(p, range.Min.Megabytes, range.Max.Megabytes, range.ToString(), $"{minimum.Citation}; {standard.Citation}", null);
        }).ToList());
}
