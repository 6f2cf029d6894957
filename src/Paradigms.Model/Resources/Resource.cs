namespace Paradigms.Model.Resources;

/// <summary>
/// The five physical resources whose cost the resource-models document models, one chapter
/// each: CPU (Res §2), memory (§3), IO (§4), network (§5) and storage (§6).
/// </summary>
/// <remarks>The values start at 1 so that <c>default</c> is refused.</remarks>
public enum Resource
{
    /// <summary>CPU (Res §2): scheduling, context switches, utilization.</summary>
    Cpu = 1,

    /// <summary>Memory (Res §3): guest OS, runtime and workload footprints.</summary>
    Memory = 2,

    /// <summary>IO (Res §4): throughput loss and added latency of the IO path.</summary>
    Io = 3,

    /// <summary>Network (Res §5): latency overhead and throughput loss of the network path.</summary>
    Network = 4,

    /// <summary>Storage (Res §6): IOPS, throughput and latency of the storage path.</summary>
    Storage = 5,
}
