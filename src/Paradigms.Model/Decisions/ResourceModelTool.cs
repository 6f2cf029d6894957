using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.Globalization;
using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;
using Paradigms.Model.Resources;

namespace Paradigms.Model.Decisions;

/// <summary>
/// The facade the resource document sketches as <c>ResourceModelTool</c> (Res after §8): model a
/// workload's resources, analyse its performance against native, and make the trade-off.
/// </summary>
/// <remarks>
/// <para>
/// The document's sketch delegates everything to a CPU model it never defines and shows no output
/// (docs/seed-consistency.md item 44). Here each step reads the catalog and the equations:
/// <see cref="ModelResources"/> gives every resource's cost as a range, <see cref="AnalyzePerformance"/>
/// turns it into performance against native, and <see cref="MakeTradeOff(Workload, Requirements)"/>
/// runs the §7 algorithm (<see cref="DecisionAlgorithm"/>).
/// </para>
/// <para>Pure and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var workload = Workload.Parse("container", "2", "4Gi", "high", "medium");
/// var estimate = ResourceModelTool.ModelResources(workload);       // host CPU 2.11–2.35 cores, …
/// var performance = ResourceModelTool.AnalyzePerformance(estimate); // CPU 85–95 %, …
/// var tradeOff = ResourceModelTool.MakeTradeOff(workload);          // Containerization (default), …
/// </code>
/// </example>
public static class ResourceModelTool
{
    /// <summary>Models a workload's resources under its paradigm (<c>model_resources</c>).</summary>
    /// <param name="workload">The workload.</param>
    /// <returns>Every resource's cost as a range.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="workload"/> is null.</exception>
    /// <exception cref="System.OverflowException">
    /// The host CPU, the CPU request divided by the utilization, is too large for a <see cref="double"/> (a request of
    /// about 1e305 cores); the message names the request, its value and the utilization.
    /// </exception>
    [Pure]
    public static ResourceEstimate ModelResources(Workload workload)
    {
        Preconditions.NotNull(workload, nameof(workload));
        var paradigm = workload.Paradigm;
        var request = workload.CpuRequest;
        var utilization = ResourceFacts.CpuUtilization(paradigm).Value;
        if (!double.IsFinite(request.Millicores / utilization.Min.DecimalFractions))
        {
            throw new System.OverflowException(string.Create(
                CultureInfo.InvariantCulture,
                $"workload.CpuRequest was {request}; allowed: a request whose host CPU, the request ÷ the CPU utilization of {utilization}, is a finite number of cores."));
        }

        var hostCpu = Corners.Evaluate(utilization, u => request / u.DecimalFractions);
        return new ResourceEstimate(workload, hostCpu, MemoryModel.Footprint(paradigm, workload.MemoryRequest), IoModel.AddedLatency(paradigm));
    }

    /// <summary>Analyses the performance of an estimate against native (<c>analyze_performance</c>).</summary>
    /// <param name="estimate">The estimate, from <see cref="ModelResources"/>.</param>
    /// <returns>Each resource's performance against native.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="estimate"/> is null.</exception>
    [Pure]
    public static PerformanceAnalysis AnalyzePerformance(ResourceEstimate estimate)
    {
        Preconditions.NotNull(estimate, nameof(estimate));
        var workload = estimate.Workload.MemoryRequest;
        return new PerformanceAnalysis(
            estimate,
            estimate.CpuUtilization.Value,
            Corners.Evaluate(estimate.Memory, footprint => Ratio.FromDecimalFractions(workload / footprint)),
            Kept(estimate.IoLoss),
            Kept(estimate.NetworkThroughputLoss),
            Kept(estimate.StorageLoss));
    }

    /// <summary>
    /// Makes the trade-off for a workload from its own levels (<c>make_tradeoff(workload_config)</c>): a
    /// high IO or network level counts as 性能要求高 (high performance), and no other condition of the §7
    /// algorithm is assumed.
    /// </summary>
    /// <param name="workload">The workload.</param>
    /// <returns>The decision and the scenario rows the workload's levels match.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="workload"/> is null.</exception>
    [Pure]
    public static TradeOff MakeTradeOff(Workload workload)
    {
        Preconditions.NotNull(workload, nameof(workload));
        var high = workload.IoRequirement == RequirementLevel.High || workload.NetworkRequirement == RequirementLevel.High;
        return MakeTradeOff(workload, new Requirements { HighPerformance = high });
    }

    /// <summary>Makes the trade-off for a workload under requirements stated in full.</summary>
    /// <param name="workload">The workload.</param>
    /// <param name="requirements">The conditions of the §7 algorithm.</param>
    /// <returns>The decision and the scenario rows the workload's levels match.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    [Pure]
    public static TradeOff MakeTradeOff(Workload workload, Requirements requirements)
    {
        Preconditions.NotNull(workload, nameof(workload));
        Preconditions.NotNull(requirements, nameof(requirements));
        var scenarios = new List<ScenarioRecommendation>();
        if (workload.IoRequirement == RequirementLevel.High && ScenarioCatalog.Find(Resource.Io, Scenario.HighIoPerformance) is { } io)
        {
            scenarios.Add(io);
        }

        if (workload.NetworkRequirement == RequirementLevel.High && ScenarioCatalog.Find(Resource.Network, Scenario.NetworkIntensive) is { } network)
        {
            scenarios.Add(network);
        }

        return new TradeOff(workload, DecisionAlgorithm.Decide(requirements), scenarios.AsReadOnly());
    }

    private static Range<Ratio> Kept(Sourced<Range<Ratio>> loss) =>
        Corners.Evaluate(loss.Value, static l => Ratio.FromPercent(100) - l);
}
