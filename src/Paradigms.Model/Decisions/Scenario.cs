namespace Paradigms.Model.Decisions;

/// <summary>
/// The scenarios of the per-resource decision tables (量化对比) of Res §2.3, §3.3, §4.3, §5.3 and
/// §6.3: one member per scenario name. Two names appear under two resources and are one member
/// each, with a row per resource: <see cref="LowLatencyCritical"/> (§2.3, §5.3) and
/// <see cref="LargeScaleDeployment"/> (§2.3, §3.3).
/// </summary>
/// <remarks>
/// The values start at 1 so that <c>default</c> is refused. The rows are in
/// <see cref="ScenarioCatalog"/>.
/// </remarks>
public enum Scenario
{
    /// <summary>CPU-intensive work (CPU 密集型, Res §2.3).</summary>
    CpuIntensive = 1,

    /// <summary>Latency is critical (低延迟关键, Res §2.3 and §5.3).</summary>
    LowLatencyCritical = 2,

    /// <summary>Several operating systems and high performance (多 OS + 高性能, Res §2.3).</summary>
    MultiOsHighPerformance = 3,

    /// <summary>Several operating systems must be supported (多 OS 支持, Res §2.3).</summary>
    MultiOsSupport = 4,

    /// <summary>Resources are constrained (资源受限, Res §2.3).</summary>
    ResourceConstrained = 5,

    /// <summary>Large-scale deployment (大规模部署, Res §2.3 and §3.3).</summary>
    LargeScaleDeployment = 6,

    /// <summary>Memory is constrained (内存受限, Res §3.3).</summary>
    MemoryConstrained = 7,

    /// <summary>Resources are abundant (资源充足, Res §3.3).</summary>
    ResourceAbundant = 8,

    /// <summary>Resources are to be shared (资源共享, Res §3.3).</summary>
    ResourceSharing = 9,

    /// <summary>As light as possible (极致轻量, Res §3.3).</summary>
    UltraLightweight = 10,

    /// <summary>High IO performance (高 IO 性能, Res §4.3).</summary>
    HighIoPerformance = 11,

    /// <summary>IO-intensive work (IO 密集型, Res §4.3).</summary>
    IoIntensive = 12,

    /// <summary>Many devices must be supported (多设备支持, Res §4.3).</summary>
    MultiDeviceSupport = 13,

    /// <summary>The utmost performance (极致性能, Res §4.3).</summary>
    ExtremePerformance = 14,

    /// <summary>Network-intensive work (网络密集型, Res §5.3).</summary>
    NetworkIntensive = 15,

    /// <summary>Several NICs must be supported (多网卡支持, Res §5.3).</summary>
    MultiNicSupport = 16,

    /// <summary>High IOPS are required (高 IOPS 要求, Res §6.3).</summary>
    HighIops = 17,

    /// <summary>Images are to be shared (镜像共享, Res §6.3).</summary>
    ImageSharing = 18,

    /// <summary>Several file systems (多文件系统, Res §6.3).</summary>
    MultipleFileSystems = 19,
}
