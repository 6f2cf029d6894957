using System;
using System.Collections.Generic;
using System.Linq;
using Paradigms.Model.Resources;
using F = Paradigms.Model.Facts.ResourceFacts;
using P = Paradigms.Model.Paradigm;
using R = Paradigms.Model.Resources.Resource;
using S = Paradigms.Model.Decisions.Scenario;

namespace Paradigms.Model.Decisions;

/// <summary>
/// The per-resource decision tables (量化对比) of the resource document, every row: CPU (Res §2.3,
/// 6 rows), memory (§3.3, 5 rows), IO (§4.3, 4 rows), network (§5.3, 3 rows) and storage (§6.3,
/// 3 rows), 21 in all.
/// </summary>
/// <remarks>
/// <para>
/// Every entry is immutable and carries its citation; the class is safe to use from any thread.
/// Each section's decision-rule list (决策规则) repeats rows of its table and adds none: each of its
/// 16 bullets is the <see cref="ScenarioRecommendation.RuleWords"/> of one row, with the same
/// paradigm (the bullets name some scenarios a little differently, 低延迟要求 for the rows'
/// 低延迟关键, 高 IO 性能要求 for 高 IO 性能).
/// </para>
/// <para>
/// The tables have no paravirtualization row except §2.3's 多 OS + 高性能; the IO and storage tables
/// omit it, as their chapters do (docs/seed-consistency.md, item 40). The per-resource tables do not
/// always agree with the §7 matrix: §2.3 sends CPU-intensive work to containers while §7 names the
/// sandbox best for CPU utilization (item 43). Both are kept as written.
/// </para>
/// </remarks>
public static class ScenarioCatalog
{
    private const string Cpu = "§2.3";
    private const string Memory = "§3.3";
    private const string Io = "§4.3";
    private const string Network = "§5.3";
    private const string Storage = "§6.3";

    private const string VirtualizationContextSwitchNote =
        "The table writes full virtualization's context-switch cost as a lower bound (>); the fact is that bound, "
        + "and the document gives no upper end (ResourceFacts.VirtualizationContextSwitchCostMinimum).";

    private const string WasmRangeNote =
        "The table's range is the minimum and standard Wasm examples of Res §3.2 read as one range (ResourceFacts.SandboxingMemoryOverhead).";

    private const string ContainerFloorNote =
        "The table writes the minimum container example of Res §3.2 with a plus (…MB+): a floor, the least a container needs, "
        + "not a typical size (ResourceFacts.ContainerizationMinimumExampleTotal).";

    private static readonly ScenarioRecommendation[] Rows =
    [
        // Res §2.3: 场景 | 推荐范式 | CPU 利用率 | 上下文切换开销 | 理由
        ScenarioRecommendation.Row(
            Cpu, R.Cpu, S.CpuIntensive, P.Containerization, [F.ContainerizationCpuUtilization, F.ContainerizationContextSwitchCost],
            "CPU 密集型", "平衡性能与开销", "balances performance and overhead",
            ruleWords: "CPU 密集型应用 → 容器化（CPU 利用率 …，开销适中）"),
        ScenarioRecommendation.Row(
            Cpu, R.Cpu, S.LowLatencyCritical, P.Sandboxing, [F.SandboxingCpuUtilization, F.SandboxingContextSwitchCost],
            "低延迟关键", "最快响应", "fastest response",
            ruleWords: "低延迟要求 → 沙盒化（上下文切换快，…）"),
        ScenarioRecommendation.Row(
            Cpu, R.Cpu, S.MultiOsHighPerformance, P.Paravirtualization, [F.ParavirtualizationCpuUtilization, F.ParavirtualizationContextSwitchCost],
            "多 OS + 高性能", "协作优化，减少 VM Exit", "cooperative optimization, fewer VM exits",
            ruleWords: "多 OS 需求 + 高性能 → 半虚拟化（CPU 利用率 …，协作优化）"),
        ScenarioRecommendation.Row(
            Cpu, R.Cpu, S.MultiOsSupport, P.Virtualization, [F.VirtualizationCpuUtilization, F.VirtualizationContextSwitchCostMinimum],
            "多 OS 支持", "唯一支持多 OS（无需修改）", "the only paradigm that runs several operating systems unmodified",
            ruleWords: "多 OS 需求 → 虚拟化（需要 Guest OS，可接受 CPU 开销）",
            note: VirtualizationContextSwitchNote),
        ScenarioRecommendation.Row(
            Cpu, R.Cpu, S.ResourceConstrained, P.Sandboxing, [F.SandboxingCpuUtilization, F.SandboxingContextSwitchCost],
            "资源受限", "最高资源利用率", "highest resource utilization"),
        ScenarioRecommendation.Row(
            Cpu, R.Cpu, S.LargeScaleDeployment, P.Containerization, [F.ContainerizationCpuUtilization, F.ContainerizationContextSwitchCost],
            "大规模部署", "平衡性能与成本", "balances performance and cost"),

        // Res §3.3: 场景 | 推荐范式 | 内存开销 | 内存共享 | 理由
        ScenarioRecommendation.Row(
            Memory, R.Memory, S.MemoryConstrained, P.Sandboxing, [F.SandboxingMemoryOverhead],
            "内存受限", "最小内存占用", "smallest memory footprint",
            ruleWords: "内存受限场景 → 沙盒化（内存开销最小，…）",
            memorySharing: MemorySharing.Shared,
            note: WasmRangeNote),
        ScenarioRecommendation.Row(
            Memory, R.Memory, S.ResourceAbundant, P.Virtualization, [F.VirtualizationMinimumExampleTotal],
            "资源充足", "强隔离，可接受开销", "strong isolation, at an acceptable overhead",
            ruleWords: "资源充足场景 → 虚拟化（强隔离，可接受内存开销）",
            memorySharing: MemorySharing.None,
            note: "The table writes the minimum VM example of Res §3.2 with a plus (…MB+): a floor, the least a VM needs, "
                + "not a typical size (ResourceFacts.VirtualizationMinimumExampleTotal)."),
        ScenarioRecommendation.Row(
            Memory, R.Memory, S.ResourceSharing, P.Containerization, [F.ContainerizationMinimumExampleTotal],
            "资源共享", "平衡开销与隔离", "balances overhead and isolation",
            ruleWords: "资源共享场景 → 容器化（内存共享，平衡开销与隔离）",
            memorySharing: MemorySharing.Partial,
            note: ContainerFloorNote),
        ScenarioRecommendation.Row(
            Memory, R.Memory, S.LargeScaleDeployment, P.Containerization, [F.ContainerizationMinimumExampleTotal],
            "大规模部署", "成本效益高", "cost-effective",
            memorySharing: MemorySharing.Partial,
            note: ContainerFloorNote),
        ScenarioRecommendation.Row(
            Memory, R.Memory, S.UltraLightweight, P.Sandboxing, [F.SandboxingMemoryOverhead],
            "极致轻量", "最小资源占用", "smallest resource footprint",
            memorySharing: MemorySharing.Shared,
            note: WasmRangeNote),

        // Res §4.3: 场景 | 推荐范式 | IO 性能损失 | 理由
        ScenarioRecommendation.Row(
            Io, R.Io, S.HighIoPerformance, P.Sandboxing, [F.SandboxingIoPerformanceLoss],
            "高 IO 性能", "最小性能损失", "smallest performance loss",
            ruleWords: "高 IO 性能要求 → 沙盒化（IO 路径最短，性能损失 …）"),
        ScenarioRecommendation.Row(
            Io, R.Io, S.IoIntensive, P.Containerization, [F.ContainerizationIoPerformanceLoss],
            "IO 密集型", "性能与兼容性平衡", "balance of performance and compatibility",
            ruleWords: "IO 密集型应用 → 容器化（性能损失小，…）"),
        ScenarioRecommendation.Row(
            Io, R.Io, S.MultiDeviceSupport, P.Virtualization, [F.VirtualizationIoPerformanceLoss],
            "多设备支持", "设备虚拟化支持", "device virtualization",
            ruleWords: "多设备支持 → 虚拟化（设备虚拟化，可接受性能损失）"),
        ScenarioRecommendation.Row(
            Io, R.Io, S.ExtremePerformance, P.Sandboxing, [F.SandboxingIoPerformanceLoss],
            "极致性能", "最优 IO 性能", "best IO performance"),

        // Res §5.3: 场景 | 推荐范式 | 延迟开销 | 理由
        ScenarioRecommendation.Row(
            Network, R.Network, S.LowLatencyCritical, P.Sandboxing, [F.SandboxingNetworkLatencyOverhead],
            "低延迟关键", "最小延迟", "lowest latency",
            ruleWords: "低延迟要求 → 沙盒化（延迟最小，…）"),
        ScenarioRecommendation.Row(
            Network, R.Network, S.NetworkIntensive, P.Containerization, [F.ContainerizationNetworkLatencyOverhead],
            "网络密集型", "性能与兼容性平衡", "balance of performance and compatibility",
            ruleWords: "网络密集型 → 容器化（性能损失小，…）",
            note: "The table gives the Res §5.2 reading; Res §5.1 and §7 give containers a wider range "
                + "(ResourceFacts.ContainerizationNetworkModelLatencyOverhead; docs/seed-consistency.md, item 29)."),
        ScenarioRecommendation.Row(
            Network, R.Network, S.MultiNicSupport, P.Virtualization, [F.VirtualizationNetworkLatencyOverhead],
            "多网卡支持", "设备虚拟化支持", "device virtualization",
            ruleWords: "多网卡支持 → 虚拟化（虚拟网卡，可接受延迟）",
            note: "The table gives the Res §5.2 reading; Res §5.1 and §7 give full virtualization a wider range "
                + "(ResourceFacts.VirtualizationNetworkModelLatencyOverhead; docs/seed-consistency.md, item 27)."),

        // Res §6.3: 场景 | 推荐范式 | 存储性能损失 | 理由
        ScenarioRecommendation.Row(
            Storage, R.Storage, S.HighIops, P.Sandboxing, [F.SandboxingStoragePerformanceLoss],
            "高 IOPS 要求", "最优存储性能", "best storage performance",
            ruleWords: "高 IOPS 要求 → 沙盒化（存储路径最短，性能损失 …）"),
        ScenarioRecommendation.Row(
            Storage, R.Storage, S.ImageSharing, P.Containerization, [F.ContainerizationStoragePerformanceLoss],
            "镜像共享", "镜像层共享优势", "the advantage of shared image layers",
            ruleWords: "镜像共享需求 → 容器化（镜像层共享，性能损失 …）"),
        ScenarioRecommendation.Row(
            Storage, R.Storage, S.MultipleFileSystems, P.Virtualization, [F.VirtualizationStoragePerformanceLoss],
            "多文件系统", "设备虚拟化支持", "device virtualization",
            ruleWords: "多文件系统 → 虚拟化（支持任意 Guest FS，可接受性能损失）"),
    ];

    /// <summary>Gets every row of the five tables, in the document's order: §2.3, §3.3, §4.3, §5.3, §6.3, each table top to bottom.</summary>
    public static IReadOnlyList<ScenarioRecommendation> All { get; } = Array.AsReadOnly(Rows);

    /// <summary>The rows of one resource's table, top to bottom.</summary>
    /// <param name="resource">The resource.</param>
    /// <returns>The rows: 6 for CPU (Res §2.3), 5 for memory (§3.3), 4 for IO (§4.3), 3 for network (§5.3), 3 for storage (§6.3).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="resource"/> is not defined.</exception>
    public static IReadOnlyList<ScenarioRecommendation> For(Resource resource)
    {
        Preconditions.Defined(resource, nameof(resource));
        return Array.AsReadOnly(Rows.Where(row => row.Resource == resource).ToArray());
    }

    /// <summary>
    /// The rows of one scenario, in the document's order: one for most scenarios, two for
    /// <see cref="Scenario.LowLatencyCritical"/> (CPU, network) and <see cref="Scenario.LargeScaleDeployment"/> (CPU, memory).
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scenario"/> is not defined.</exception>
    public static IReadOnlyList<ScenarioRecommendation> For(Scenario scenario)
    {
        Preconditions.Defined(scenario, nameof(scenario));
        return Array.AsReadOnly(Rows.Where(row => row.Scenario == scenario).ToArray());
    }

    /// <summary>The row of a resource's table for a scenario, or null when that table has no such row.</summary>
    /// <param name="resource">The resource.</param>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The row, or null: for example, the memory table (Res §3.3) has no <see cref="Scenario.CpuIntensive"/> row.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="resource"/> or <paramref name="scenario"/> is not defined.</exception>
    public static ScenarioRecommendation? Find(Resource resource, Scenario scenario)
    {
        Preconditions.Defined(resource, nameof(resource));
        Preconditions.Defined(scenario, nameof(scenario));
        return Array.Find(Rows, row => row.Resource == resource && row.Scenario == scenario);
    }
}
