namespace Paradigms.Model.Decisions;

/// <summary>The rows (资源维度, resource dimensions) of the trade-off matrix of Res §7, in the document's order.</summary>
/// <remarks>The values start at 1 so that <c>default</c> is refused. The rows are in <see cref="TradeOffMatrix"/>.</remarks>
public enum TradeOffDimension
{
    /// <summary>CPU utilization (CPU 利用率): the share of CPU the workload gets; higher is better.</summary>
    CpuUtilization = 1,

    /// <summary>Memory overhead (内存开销); lower is better.</summary>
    MemoryOverhead = 2,

    /// <summary>IO performance (IO 性能), with the IO performance loss; higher performance is better.</summary>
    IoPerformance = 3,

    /// <summary>Network latency (网络延迟), the latency overhead; lower is better.</summary>
    NetworkLatency = 4,

    /// <summary>Storage IO (存储 IO), with the storage performance loss; higher performance is better.</summary>
    StorageIo = 5,

    /// <summary>Isolation strength (隔离强度); higher is better.</summary>
    IsolationStrength = 6,

    /// <summary>Compatibility (兼容性); higher is better.</summary>
    Compatibility = 7,
}
