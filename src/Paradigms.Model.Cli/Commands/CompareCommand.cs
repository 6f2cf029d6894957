using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using Paradigms.Model.Cli.Json;
using Paradigms.Model.Cli.Options;
using Paradigms.Model.Cli.Output;
using Paradigms.Model.Decisions;
using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;
using Paradigms.Model.Resources;

namespace Paradigms.Model.Cli.Commands;

/// <summary>
/// <c>paradigms compare [--resource cpu|memory|io|network|storage|all]</c>: the four paradigms side by side at the
/// documents' figures. <c>all</c> (and <c>paradigms</c> alone) prints the trade-off matrix of Res §7 and the latency and
/// memory overhead ranges; a resource prints that resource's figures, every reading the documents give.
/// </summary>
internal sealed class CompareCommand : ICliCommand
{
    private const string EquationTerms = "Res §3.2 (its equation, no workload)";

    private static readonly NamedValue<ResourceScope>[] Resources =
    [
        new("all", ResourceScope.All),
        new("cpu", new(Resource.Cpu)),
        new("memory", new(Resource.Memory)),
        new("io", new(Resource.Io)),
        new("network", new(Resource.Network)),
        new("storage", new(Resource.Storage)),
    ];

    /// <inheritdoc/>
    public Command Create(CliContext context)
    {
        var resource = OptionFactory.Choice("--resource", "The resource to compare, or all for the trade-off matrix and the overhead ranges.", Resources, ResourceScope.All);
        var command = new Command("compare", "Compare the four paradigms at the documents' figures: the trade-off matrix, overhead ranges, or one resource's figures.")
        {
            resource,
        };
        command.SetAction(parse => Run(context, parse, parse.GetValue(resource)!));
        return command;
    }

    /// <summary>Compares and writes the answer.</summary>
    /// <param name="context">The shared context.</param>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="scope">The resource, or all.</param>
    /// <returns>The exit code.</returns>
    public static int Run(CliContext context, ParseResult parse, ResourceScope scope) =>
        context.Write(parse, Compare(scope.Resource), CliJson.Context.CompareResult, Layout);

    /// <summary>The comparison, as data.</summary>
    /// <param name="resource">The resource, or null for all.</param>
    /// <returns>The result.</returns>
    public static CompareResult Compare(Resource? resource) => resource switch
    {
        Resource.Cpu => new("cpu", null, Cpu(), [
            "CPU utilization is the share of CPU time the workload gets; the rest is the paradigm's overhead.",
        ]),
        Resource.Memory => new("memory", null, Memory(), [
            "The minimum and standard examples are the document's worked examples of Res §3.2, workload included.",
            "Memory beyond the workload is the paradigm's equation with no workload, over the ranges the document gives its other terms.",
        ]),
        Resource.Io => new("io", null, Io(), [
            "IO latency added is the sum of the paradigm's latency terms of Res §4.2, over their ranges.",
        ]),
        Resource.Network => new("network", null, Network(), [
            "The documents give three of the four latency overheads differently in different sections; every reading is shown (docs/seed-consistency.md).",
        ]),
        Resource.Storage => new("storage", null, Storage(), [
            "Res §6 names no paravirtualization figure; its storage performance loss comes from Res §7 alone.",
        ]),
        _ => new("all", Matrix(), Overheads(), [
            "Each value is a range from the documents, lower to upper end; '< x' is read as 0–x.",
            "paradigms compare --resource cpu|memory|io|network|storage shows every figure of one resource; paradigms sources shows where each comes from.",
        ]),
    };

    private static List<MatrixRowJson> Matrix() =>
        TradeOffMatrix.Rows.Select(row => new MatrixRowJson(
            row.Name,
            row.Words,
            row.Cells.Select(cell => new MatrixCellJson(cell.Paradigm.ToString(), cell.Rating?.ToString(), Figures.OfOptional(cell.Figure), cell.Gloss, cell.Words)).ToList(),
            row.BestChoice.ToString(),
            row.Citation.ToString())).ToList();

    private static List<FigureRowJson> Overheads() =>
    [
        FigureRows.Sourced("Network latency overhead", ResourceFacts.NetworkLatencyOverhead),
        MemoryOverhead(),
    ];

    // The memory overhead comparison of Res §3.2 gives a minimum and a standard figure per paradigm; §3.3 reads the
    // sandbox's two as one range. The row sets each paradigm's two side by side in the same way.
    private static FigureRowJson MemoryOverhead()
    {
        var source = CitationText.Common(FigureRows.Paradigms.SelectMany(p => new[] { ResourceFacts.MinimumMemoryExample(p).Citation, ResourceFacts.StandardMemoryExample(p).Citation }));
        return FigureRows.Computed("Memory overhead (minimum–standard example)", source, p =>
        {
            var minimum = ResourceFacts.MinimumMemoryExample(p);
            var standard = ResourceFacts.StandardMemoryExample(p);
            return new FigureJson(new Range<Information>(minimum.Value, standard.Value).ToString(), $"{minimum.Citation}; {standard.Citation}", null);
        });
    }

    private static List<FigureRowJson> Cpu() =>
    [
        FigureRows.Sourced("CPU utilization", ResourceFacts.CpuUtilization),
        FigureRows.Computed("Context-switch cost", "Res §2.1", p => ContextSwitchCost(CpuModel.Profile(p))),
        FigureRows.Computed("Scheduling", "Res §2.1", p => Figures.Words(SchedulingWords(CpuModel.Profile(p).Scheduling), CpuModel.Profile(p).Citation)),
    ];

    private static List<FigureRowJson> Memory() =>
    [
        FigureRows.Sourced("Minimum example", ResourceFacts.MinimumMemoryExample),
        FigureRows.Sourced("Standard example", ResourceFacts.StandardMemoryExample),
        FigureRows.Computed("Memory beyond the workload", EquationTerms, p => Figures.Computed(MemoryModel.Footprint(p, Information.Zero), Figures.Megabytes, EquationTerms)),
        FigureRows.Computed("Overhead (Res §3.1 table)", "Res §3.1", p => Words(ResourcePathCatalog.Find(Resource.Memory, p))),
    ];

    private static List<FigureRowJson> Io() =>
    [
        FigureRows.Sourced("IO performance loss", ResourceFacts.IoPerformanceLoss),
        FigureRows.Sourced("IO throughput loss (equation input)", IoModel.ThroughputLoss),
        FigureRows.Sourced("IO latency increase", ResourceFacts.IoLatencyIncrease),
        FigureRows.Computed("IO latency added (equation terms)", "Res §4.2", p => Figures.Computed(IoModel.AddedLatency(p), null, "Res §4.2 (the sum of its latency terms)")),
    ];

    private static List<FigureRowJson> Network() =>
    [
        FigureRows.Sourced("Latency overhead (§5.2 reading)", ResourceFacts.NetworkLatencyOverhead),
        FigureRows.Sourced("Latency overhead (§5.1 table)", p => ResourcePathCatalog.Find(Resource.Network, p)?.Figure),
        FigureRows.Sourced("Latency overhead (§7 matrix)", p => TradeOffMatrix.Cell(TradeOffDimension.NetworkLatency, p).Figure),
        FigureRows.Sourced("Latency overhead (network document)", NetworkFacts.LatencyOverhead),
        FigureRows.Sourced("Throughput loss", ResourceFacts.NetworkThroughputLoss),
    ];

    private static List<FigureRowJson> Storage() =>
    [
        FigureRows.Sourced("Storage performance loss", ResourceFacts.StoragePerformanceLoss),
        FigureRows.Sourced("IOPS loss", p => p switch
        {
            Paradigm.Virtualization => ResourceFacts.VirtualizationStorageIopsLoss,
            Paradigm.Containerization => ResourceFacts.ContainerizationStorageIopsLoss,
            Paradigm.Sandboxing => ResourceFacts.SandboxingStorageIopsLoss,
            _ => null,
        }),
        FigureRows.Sourced("Throughput loss", p => p switch
        {
            Paradigm.Virtualization => ResourceFacts.VirtualizationStorageThroughputLoss,
            Paradigm.Containerization => ResourceFacts.ContainerizationStorageThroughputLoss,
            Paradigm.Sandboxing => ResourceFacts.SandboxingStorageThroughputLoss,
            _ => null,
        }),
        FigureRows.Sourced("Latency increase", p => p switch
        {
            Paradigm.Virtualization => ResourceFacts.VirtualizationStorageLatencyIncrease,
            Paradigm.Containerization => ResourceFacts.ContainerizationStorageLatencyIncrease,
            Paradigm.Sandboxing => ResourceFacts.SandboxingStorageLatencyIncrease,
            _ => null,
        }),
    ];

    // Full virtualization's "> 1000 cycles" is a lower bound alone: the figure holds 1000, and the text says "> ".
    private static FigureJson ContextSwitchCost(CpuSchedulingProfile profile)
    {
        var figure = Figures.Of(profile.ContextSwitchCost);
        return profile.MostContextSwitchCost is null ? figure with { Value = "> " + figure.Value } : figure;
    }

    private static FigureJson Words(ResourcePath? path) =>
        path?.Cost is { } cost ? Figures.Words(cost, path.Citation) : new FigureJson(Figures.None, "Res §3.1", null);

    private static string SchedulingWords(CpuScheduling scheduling) => scheduling switch
    {
        CpuScheduling.TwoLevel => "two-level",
        CpuScheduling.Cooperative => "cooperative",
        CpuScheduling.SingleLevel => "single-level",
        _ => "application-level",
    };

    private static Report Layout(CompareResult result)
    {
        var report = new Report();
        if (result.TradeOffMatrix is { } matrix)
        {
            report.Heading("Trade-off matrix (Res §7)");
            var table = new Table(["Dimension", .. FigureRows.Paradigms.Select(p => p.ToString()), "Best choice"]);
            foreach (var row in matrix)
            {
                table.Row([row.Dimension, .. row.Cells.Select(c => c.Gloss), row.BestChoice]);
            }

            report.Add(table);
            report.Heading("Overhead ranges");
        }
        else
        {
            report.Heading(Title(result.Resource));
        }

        report.Add(FigureRows.Table(result.Figures));
        report.Bullets(result.Notes);
        return report;
    }

    private static string Title(string resource) => resource switch
    {
        "cpu" => "CPU (Res §2)",
        "memory" => "Memory (Res §3)",
        "io" => "IO (Res §4)",
        "network" => "Network (Res §5)",
        _ => "Storage (Res §6)",
    };
}
