using BenchmarkDotNet.Attributes;
using Paradigms.Model.Decisions;

namespace Paradigms.Model.Benchmarks;

/// <summary>
/// The whole facade for one workload, as the resource document's application case runs it
/// (Res after §8): model the resources, analyse performance, make the trade-off. The workload is
/// parsed once in setup; each call then builds the estimate (corner evaluation over the documented
/// ranges), the analysis and the §7 decision with its trail and ranked alternatives.
/// </summary>
[MemoryDiagnoser]
public class FacadeBenchmarks
{
    private Workload _workload = Workload.ApplicationCase;

    [GlobalSetup]
    public void Setup()
    {
        _workload = Workload.Parse("container", "2", "4Gi", "high", "medium");
        if (ResourceModelTool.MakeTradeOff(_workload).Decision.Paradigm != Paradigm.Containerization)
        {
            throw new InvalidOperationException("The application case no longer decides containerization; the benchmark would measure something else.");
        }
    }

    [Benchmark]
    public ResourceEstimate ModelResources() => ResourceModelTool.ModelResources(_workload);

    [Benchmark]
    public TradeOff MakeTradeOff() => ResourceModelTool.MakeTradeOff(_workload);

    [Benchmark]
    public (PerformanceAnalysis Performance, TradeOff TradeOff) ModelAnalyzeTradeOff()
    {
        var performance = ResourceModelTool.AnalyzePerformance(ResourceModelTool.ModelResources(_workload));
        return (performance, ResourceModelTool.MakeTradeOff(_workload));
    }
}
