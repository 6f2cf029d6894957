using Paradigms.Model.Quantities;
using Paradigms.Model.Resources;

namespace Paradigms.Model.Decisions;

/// <summary>
/// A workload's performance against native, resource by resource: the answer of
/// <see cref="ResourceModelTool.AnalyzePerformance"/>, the document's <c>analyze_performance</c>
/// (Res after §8). Each figure is a dimensionless ratio, above 0 and at most 100 %.
/// </summary>
/// <remarks>Immutable, and so safe to share between threads.</remarks>
public sealed record PerformanceAnalysis
{
    internal PerformanceAnalysis(ResourceEstimate estimate, Range<Ratio> cpu, Range<Ratio> memory, Range<Ratio> io, Range<Ratio> network, Range<Ratio> storage)
    {
        Estimate = estimate;
        Cpu = cpu;
        Memory = memory;
        Io = io;
        Network = network;
        Storage = storage;
        Weakest = Resource.Cpu;
        var lowest = cpu.Min;
        foreach (var (resource, range) in new[] { (Resource.Memory, memory), (Resource.Io, io), (Resource.Network, network), (Resource.Storage, storage) })
        {
            if (range.Min < lowest)
            {
                (Weakest, lowest) = (resource, range.Min);
            }
        }
    }

    /// <summary>Gets the estimate analysed.</summary>
    public ResourceEstimate Estimate { get; }

    /// <summary>Gets the CPU: the share of CPU time the workload gets, its utilization (Res §2.1).</summary>
    public Range<Ratio> Cpu { get; }

    /// <summary>Gets the memory: the share of the footprint that is the workload's own memory.</summary>
    public Range<Ratio> Memory { get; }

    /// <summary>Gets the IO: 1 − the reported IO performance loss (Res §4).</summary>
    public Range<Ratio> Io { get; }

    /// <summary>Gets the network: 1 − the reported network throughput loss (Res §5.2).</summary>
    public Range<Ratio> Network { get; }

    /// <summary>Gets the storage: 1 − the reported storage performance loss (Res §6, §7).</summary>
    public Range<Ratio> Storage { get; }

    /// <summary>Gets the resource whose lower end is lowest, the first in the order CPU, memory, IO, network, storage on a tie.</summary>
    public Resource Weakest { get; }
}
