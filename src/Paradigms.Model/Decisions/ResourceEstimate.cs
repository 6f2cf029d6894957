using System.Collections.Generic;
using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;
using Paradigms.Model.Resources;

namespace Paradigms.Model.Decisions;

/// <summary>
/// What a workload costs under its paradigm, resource by resource: the answer of
/// <see cref="ResourceModelTool.ModelResources"/>, the document's <c>model_resources</c>
/// (Res after §8). Every figure is a range, from the document's reported figures or from its
/// equations at their documented inputs.
/// </summary>
/// <remarks>Immutable, and so safe to share between threads.</remarks>
public sealed record ResourceEstimate
{
    internal ResourceEstimate(Workload workload, Range<CpuCores> hostCpu, Range<Information> memory, Range<Duration> ioAddedLatency)
    {
        Workload = workload;
        HostCpu = hostCpu;
        Memory = memory;
        IoAddedLatency = ioAddedLatency;
        OutsideFigures = Resources.OutsideFigures.For(workload.Paradigm);
    }

    /// <summary>Gets the workload.</summary>
    public Workload Workload { get; }

    /// <summary>Gets the paradigm the workload runs under.</summary>
    public Paradigm Paradigm => Workload.Paradigm;

    /// <summary>Gets the CPU utilization the document reports for the paradigm (Res §2.1).</summary>
    public Sourced<Range<Ratio>> CpuUtilization => ResourceFacts.CpuUtilization(Paradigm);

    /// <summary>Gets the host CPU the request needs at that utilization: the request divided by it.</summary>
    public Range<CpuCores> HostCpu { get; }

    /// <summary>Gets the whole memory footprint: the paradigm's memory equation over the document's component ranges (Res §3.2, <see cref="MemoryModel.Footprint"/>).</summary>
    public Range<Information> Memory { get; }

    /// <summary>Gets the IO performance loss the document reports (Res §4).</summary>
    public Sourced<Range<Ratio>> IoLoss => ResourceFacts.IoPerformanceLoss(Paradigm);

    /// <summary>Gets the latency the paradigm adds to each IO, from its equation's terms (Res §4.2, <see cref="IoModel.AddedLatency"/>).</summary>
    public Range<Duration> IoAddedLatency { get; }

    /// <summary>Gets the network latency overhead (Res §5.2; its terms add up to it).</summary>
    public Sourced<Range<Duration>> NetworkLatencyOverhead => ResourceFacts.NetworkLatencyOverhead(Paradigm);

    /// <summary>Gets the network throughput loss (Res §5.2).</summary>
    public Sourced<Range<Ratio>> NetworkThroughputLoss => ResourceFacts.NetworkThroughputLoss(Paradigm);

    /// <summary>Gets the storage performance loss (Res §6, or §7 alone for paravirtualization).</summary>
    public Sourced<Range<Ratio>> StorageLoss => ResourceFacts.StoragePerformanceLoss(Paradigm);

    /// <summary>Gets the outside figures for the paradigm, beside the document's (<see cref="Resources.OutsideFigures"/>).</summary>
    public IReadOnlyList<OutsideFigure> OutsideFigures { get; }
}
