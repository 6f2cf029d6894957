using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using Paradigms.Model.Cli.Json;
using Paradigms.Model.Cli.Options;
using Paradigms.Model.Cli.Output;
using Paradigms.Model.Decisions;
using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Cli.Commands;

/// <summary>
/// <c>paradigms estimate --paradigm P --cpu 2 --memory 4Gi --io high --network medium</c>: what the resource document's
/// <c>ResourceModelTool</c> gives for a workload (its resources, its performance against native, the trade-off), as
/// ranges with units, and the outside figures beside them. Every option defaults to the document's application case.
/// </summary>
internal sealed class EstimateCommand : ICliCommand
{
    /// <inheritdoc/>
    public Command Create(CliContext context)
    {
        var example = Workload.ApplicationCase;
        var paradigm = OptionFactory.Choice("--paradigm", "The paradigm the workload runs under (default: container, as in the document's application case).", ParadigmNames.Paradigms, example.Paradigm);
        var cpu = OptionFactory.PositiveQuantity(
            "--cpu", "The CPU the workload requests, a Kubernetes CPU quantity: 2, 0.5, 500m (default: 2).", "cores",
            "a Kubernetes CPU quantity above zero, such as 2, 0.5 or 500m", example.CpuRequest);
        var memory = OptionFactory.PositiveQuantity(
            "--memory", "The memory the workload requests, a Kubernetes memory quantity: 4Gi, 512Mi, 2G (default: 4Gi).", "size",
            "a Kubernetes memory quantity above zero, such as 4Gi, 512Mi or 2G", example.MemoryRequest);
        var io = OptionFactory.Choice("--io", "How much the workload asks of IO (default: high).", ParadigmNames.Levels, example.IoRequirement);
        var network = OptionFactory.Choice("--network", "How much the workload asks of the network (default: medium).", ParadigmNames.Levels, example.NetworkRequirement);
        var command = new Command("estimate", "Estimate a workload's resources under a paradigm, its performance against native and the trade-off, with the outside figures beside them.")
        {
            paradigm, cpu, memory, io, network,
        };
        command.SetAction(parse =>
        {
            var workload = Build(parse.GetValue(paradigm), parse.GetValue(cpu), parse.GetValue(memory), parse.GetValue(io), parse.GetValue(network));
            EstimateResult result;
            try
            {
                result = Estimate(workload);
            }
            catch (OverflowException)
            {
                // The option parser takes any finite request; the host CPU, the request ÷ the utilization, may not be.
                var written = parse.GetResult(cpu)?.Tokens is [var token, ..] ? token.Value : workload.CpuRequest.ToString();
                var utilization = ResourceFacts.CpuUtilization(workload.Paradigm).Value;
                throw CliException.Usage($"--cpu was '{written}'; allowed: a Kubernetes CPU quantity above zero whose host CPU, the request ÷ the CPU utilization of {utilization}, is a finite number of cores.");
            }

            return context.Write(parse, result, CliJson.Context.EstimateResult, Layout);
        });
        return command;
    }

    private static Workload Build(Paradigm paradigm, CpuCores cpu, Information memory, RequirementLevel io, RequirementLevel network)
    {
        // The finding names the option and the value itself (PM0011: "--memory was 8 GiB; allowed: at most 4 GiB, …").
        if (paradigm == Paradigm.Sandboxing && RuleTable.CheckWasm32Memory("--memory", memory.Bytes) is { } finding)
        {
            var rule = finding.Rule;
            throw CliException.Model($"{rule.Severity.ToString().ToLowerInvariant()} {rule.Id}: {finding.Message} [{rule.HelpLink}]");
        }

        return new Workload(paradigm, cpu, memory, io, network);
    }

    private static EstimateResult Estimate(Workload workload)
    {
        var estimate = ResourceModelTool.ModelResources(workload);
        var performance = ResourceModelTool.AnalyzePerformance(estimate);
        var tradeOff = ResourceModelTool.MakeTradeOff(workload);
        var figures = new List<EstimateFigureJson>
        {
            new("CPU", "CPU utilization", Figures.Of(estimate.CpuUtilization)),
            new("CPU", "Host CPU for the request", Figures.Computed(estimate.HostCpu, Figures.Cores, "the request ÷ the CPU utilization (Res §2.1)")),
            new("Memory", "Footprint", Figures.Computed(estimate.Memory, Figures.Megabytes, "Res §3.2 (its equation, the request as the workload)")),
            new("IO", "IO performance loss", Figures.Of(estimate.IoLoss)),
            new("IO", "IO latency added", Figures.Computed(estimate.IoAddedLatency, null, "Res §4.2 (the sum of its latency terms)")),
            new("Network", "Latency overhead", Figures.Of(estimate.NetworkLatencyOverhead)),
            new("Network", "Throughput loss", Figures.Of(estimate.NetworkThroughputLoss)),
            new("Storage", "Storage performance loss", Figures.Of(estimate.StorageLoss)),
        };
        var kept = new List<EstimateFigureJson>
        {
            new("CPU", "Share of CPU time", Figures.Computed(performance.Cpu, null, "the CPU utilization (Res §2.1)")),
            new("Memory", "Workload's share of the footprint", Figures.Computed(performance.Memory, "%:0.##", "the request ÷ the footprint (Res §3.2)")),
            new("IO", "IO performance kept", Figures.Computed(performance.Io, null, "100 % − the IO performance loss (Res §4)")),
            new("Network", "Network throughput kept", Figures.Computed(performance.Network, null, "100 % − the network throughput loss (Res §5.2)")),
            new("Storage", "Storage performance kept", Figures.Computed(performance.Storage, null, "100 % − the storage performance loss (Res §6, §7)")),
        };
        var decision = tradeOff.Decision;
        return new EstimateResult(
            new WorkloadJson(workload.Paradigm.ToString(), Figures.Text(workload.CpuRequest), Figures.Text(workload.MemoryRequest), ParadigmNames.Of(workload.IoRequirement), ParadigmNames.Of(workload.NetworkRequirement)),
            figures,
            kept,
            ResourceNames.Of(performance.Weakest),
            new TradeOffJson(decision.ToString(), decision.Paradigm.ToString(), tradeOff.KeepsParadigm, tradeOff.Scenarios.Select(s => $"{ResourceNames.Of(s.Resource)}, {s.ScenarioWords} → {s.Paradigm}: {s.Reason} ({s.Citation})").ToList()),
            estimate.OutsideFigures.Select(o => new OutsideFigureJson(ResourceNames.Of(o.Resource), o.Subject, Figures.OfOptional(o.Document), o.Measured.Select(Figures.Of).ToList(), o.Reading)).ToList());
    }

    private static Report Layout(EstimateResult result)
    {
        var w = result.Workload;
        var report = new Report()
            .Heading($"Estimate: {w.Paradigm}, CPU {w.Cpu}, memory {w.Memory}, IO {w.Io}, network {w.Network}");
        var figures = new Table("Resource", "Figure", "Value", "Source");
        foreach (var figure in result.Figures)
        {
            figures.Row(figure.Resource, figure.Name, figure.Value.Value, figure.Value.Citation);
        }

        report.Add(figures).Heading("Performance against native");
        var kept = new Table("Resource", "Figure", "Value", "Source");
        foreach (var figure in result.Performance)
        {
            kept.Row(figure.Resource, figure.Name, figure.Value.Value, figure.Value.Citation);
        }

        report.Add(kept)
            .Paragraph($"Weakest: {result.Weakest}.")
            .Heading("Trade-off")
            .Paragraph($"Decision: {result.TradeOff.Decision}; {(result.TradeOff.KeepsParadigm ? "keeps" : "changes")} the workload's paradigm. paradigms recommend explains it.")
            .Bullets(result.TradeOff.Scenarios.Select(s => "Scenario: " + s).ToList())
            .Heading($"Outside figures ({w.Paradigm})");
        if (result.OutsideFigures.Count == 0)
        {
            return report.Paragraph("None for this paradigm.");
        }

        var outside = new Table("Resource", "Subject", "Document", "Outside figures");
        foreach (var figure in result.OutsideFigures)
        {
            outside.Row(
                figure.Resource,
                figure.Subject,
                figure.Document is { } document ? $"{document.Value} ({document.Citation})" : Figures.None,
                string.Join("; ", figure.Measured.Select(m => $"{m.Value} ({m.Citation})")));
        }

        return report.Add(outside).Bullets(result.OutsideFigures.Select(f => $"{f.Subject}: {f.Reading}").ToList());
    }
}
