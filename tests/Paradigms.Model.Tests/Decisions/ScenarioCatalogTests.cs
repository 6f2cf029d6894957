using Paradigms.Model.Decisions;
using Paradigms.Model.Resources;

namespace Paradigms.Model.Tests.Decisions;

/// <summary>
/// The per-resource decision tables (量化对比) of Res §2.3, §3.3, §4.3, §5.3 and §6.3, row by row, and
/// the decision-rule bullets (决策规则) that repeat them. Expected values are written out by hand from
/// the document.
/// </summary>
public class ScenarioCatalogTests
{
    // Section | resource | scenario | paradigm | the table's scenario and reason words | the row's facts | their values as the catalog writes them
    public static TheoryData<string, Resource, Scenario, Paradigm, string, string, string[], string[]> TableRows => new()
    {
        // Res §2.3: CPU 密集型 | 容器化 | 85-95% | ~500 cycles | 平衡性能与开销
        { "Res §2.3", Resource.Cpu, Scenario.CpuIntensive, Paradigm.Containerization, "CPU 密集型", "平衡性能与开销", ["ResourceFacts.ContainerizationCpuUtilization", "ResourceFacts.ContainerizationContextSwitchCost"], ["85–95 %", "500 cycles"] },
        // 低延迟关键 | 沙盒化 | 90-98% | < 100 cycles | 最快响应
        { "Res §2.3", Resource.Cpu, Scenario.LowLatencyCritical, Paradigm.Sandboxing, "低延迟关键", "最快响应", ["ResourceFacts.SandboxingCpuUtilization", "ResourceFacts.SandboxingContextSwitchCost"], ["90–98 %", "0–100 cycles"] },
        // 多 OS + 高性能 | 半虚拟化 | 75-85% | 800-1200 cycles | 协作优化，减少 VM Exit
        { "Res §2.3", Resource.Cpu, Scenario.MultiOsHighPerformance, Paradigm.Paravirtualization, "多 OS + 高性能", "协作优化，减少 VM Exit", ["ResourceFacts.ParavirtualizationCpuUtilization", "ResourceFacts.ParavirtualizationContextSwitchCost"], ["75–85 %", "800–1200 cycles"] },
        // 多 OS 支持 | 虚拟化 | 70-80% | > 1000 cycles | 唯一支持多 OS（无需修改）
        { "Res §2.3", Resource.Cpu, Scenario.MultiOsSupport, Paradigm.Virtualization, "多 OS 支持", "唯一支持多 OS（无需修改）", ["ResourceFacts.VirtualizationCpuUtilization", "ResourceFacts.VirtualizationContextSwitchCostMinimum"], ["70–80 %", "1000 cycles"] },
        // 资源受限 | 沙盒化 | 90-98% | < 100 cycles | 最高资源利用率
        { "Res §2.3", Resource.Cpu, Scenario.ResourceConstrained, Paradigm.Sandboxing, "资源受限", "最高资源利用率", ["ResourceFacts.SandboxingCpuUtilization", "ResourceFacts.SandboxingContextSwitchCost"], ["90–98 %", "0–100 cycles"] },
        // 大规模部署 | 容器化 | 85-95% | ~500 cycles | 平衡性能与成本
        { "Res §2.3", Resource.Cpu, Scenario.LargeScaleDeployment, Paradigm.Containerization, "大规模部署", "平衡性能与成本", ["ResourceFacts.ContainerizationCpuUtilization", "ResourceFacts.ContainerizationContextSwitchCost"], ["85–95 %", "500 cycles"] },

        // Res §3.3: 内存受限 | 沙盒化 | 7-16MB | 共享 | 最小内存占用
        { "Res §3.3", Resource.Memory, Scenario.MemoryConstrained, Paradigm.Sandboxing, "内存受限", "最小内存占用", ["ResourceFacts.SandboxingMemoryOverhead"], ["7–16 MB"] },
        // 资源充足 | 虚拟化 | 434MB+ | 无 | 强隔离，可接受开销
        { "Res §3.3", Resource.Memory, Scenario.ResourceAbundant, Paradigm.Virtualization, "资源充足", "强隔离，可接受开销", ["ResourceFacts.VirtualizationMinimumExampleTotal"], ["434 MB"] },
        // 资源共享 | 容器化 | 148MB+ | 部分共享 | 平衡开销与隔离
        { "Res §3.3", Resource.Memory, Scenario.ResourceSharing, Paradigm.Containerization, "资源共享", "平衡开销与隔离", ["ResourceFacts.ContainerizationMinimumExampleTotal"], ["148 MB"] },
        // 大规模部署 | 容器化 | 148MB+ | 部分共享 | 成本效益高
        { "Res §3.3", Resource.Memory, Scenario.LargeScaleDeployment, Paradigm.Containerization, "大规模部署", "成本效益高", ["ResourceFacts.ContainerizationMinimumExampleTotal"], ["148 MB"] },
        // 极致轻量 | 沙盒化 | 7-16MB | 共享 | 最小资源占用
        { "Res §3.3", Resource.Memory, Scenario.UltraLightweight, Paradigm.Sandboxing, "极致轻量", "最小资源占用", ["ResourceFacts.SandboxingMemoryOverhead"], ["7–16 MB"] },

        // Res §4.3: 高 IO 性能 | 沙盒化 | < 1% | 最小性能损失
        { "Res §4.3", Resource.Io, Scenario.HighIoPerformance, Paradigm.Sandboxing, "高 IO 性能", "最小性能损失", ["ResourceFacts.SandboxingIoPerformanceLoss"], ["0–1 %"] },
        // IO 密集型 | 容器化 | < 5% | 性能与兼容性平衡
        { "Res §4.3", Resource.Io, Scenario.IoIntensive, Paradigm.Containerization, "IO 密集型", "性能与兼容性平衡", ["ResourceFacts.ContainerizationIoPerformanceLoss"], ["0–5 %"] },
        // 多设备支持 | 虚拟化 | 10-30% | 设备虚拟化支持
        { "Res §4.3", Resource.Io, Scenario.MultiDeviceSupport, Paradigm.Virtualization, "多设备支持", "设备虚拟化支持", ["ResourceFacts.VirtualizationIoPerformanceLoss"], ["10–30 %"] },
        // 极致性能 | 沙盒化 | < 1% | 最优 IO 性能
        { "Res §4.3", Resource.Io, Scenario.ExtremePerformance, Paradigm.Sandboxing, "极致性能", "最优 IO 性能", ["ResourceFacts.SandboxingIoPerformanceLoss"], ["0–1 %"] },

        // Res §5.3: 低延迟关键 | 沙盒化 | < 1μs | 最小延迟
        { "Res §5.3", Resource.Network, Scenario.LowLatencyCritical, Paradigm.Sandboxing, "低延迟关键", "最小延迟", ["ResourceFacts.SandboxingNetworkLatencyOverhead"], ["0–1 μs"] },
        // 网络密集型 | 容器化 | 1-5μs | 性能与兼容性平衡
        { "Res §5.3", Resource.Network, Scenario.NetworkIntensive, Paradigm.Containerization, "网络密集型", "性能与兼容性平衡", ["ResourceFacts.ContainerizationNetworkLatencyOverhead"], ["1–5 μs"] },
        // 多网卡支持 | 虚拟化 | 15-40μs | 设备虚拟化支持
        { "Res §5.3", Resource.Network, Scenario.MultiNicSupport, Paradigm.Virtualization, "多网卡支持", "设备虚拟化支持", ["ResourceFacts.VirtualizationNetworkLatencyOverhead"], ["15–40 μs"] },

        // Res §6.3: 高 IOPS 要求 | 沙盒化 | < 2% | 最优存储性能
        { "Res §6.3", Resource.Storage, Scenario.HighIops, Paradigm.Sandboxing, "高 IOPS 要求", "最优存储性能", ["ResourceFacts.SandboxingStoragePerformanceLoss"], ["0–2 %"] },
        // 镜像共享 | 容器化 | 5-10% | 镜像层共享优势
        { "Res §6.3", Resource.Storage, Scenario.ImageSharing, Paradigm.Containerization, "镜像共享", "镜像层共享优势", ["ResourceFacts.ContainerizationStoragePerformanceLoss"], ["5–10 %"] },
        // 多文件系统 | 虚拟化 | 15-25% | 设备虚拟化支持
        { "Res §6.3", Resource.Storage, Scenario.MultipleFileSystems, Paradigm.Virtualization, "多文件系统", "设备虚拟化支持", ["ResourceFacts.VirtualizationStoragePerformanceLoss"], ["15–25 %"] },
    };

    // The decision-rule bullets (决策规则), with figures written … as the catalog keeps them, and the row each repeats.
    public static TheoryData<string, Resource, Scenario, Paradigm, string> RuleBullets => new()
    {
        { "Res §2.3", Resource.Cpu, Scenario.CpuIntensive, Paradigm.Containerization, "CPU 密集型应用 → 容器化（CPU 利用率 …，开销适中）" },
        { "Res §2.3", Resource.Cpu, Scenario.LowLatencyCritical, Paradigm.Sandboxing, "低延迟要求 → 沙盒化（上下文切换快，…）" },
        { "Res §2.3", Resource.Cpu, Scenario.MultiOsHighPerformance, Paradigm.Paravirtualization, "多 OS 需求 + 高性能 → 半虚拟化（CPU 利用率 …，协作优化）" },
        { "Res §2.3", Resource.Cpu, Scenario.MultiOsSupport, Paradigm.Virtualization, "多 OS 需求 → 虚拟化（需要 Guest OS，可接受 CPU 开销）" },
        { "Res §3.3", Resource.Memory, Scenario.MemoryConstrained, Paradigm.Sandboxing, "内存受限场景 → 沙盒化（内存开销最小，…）" },
        { "Res §3.3", Resource.Memory, Scenario.ResourceAbundant, Paradigm.Virtualization, "资源充足场景 → 虚拟化（强隔离，可接受内存开销）" },
        { "Res §3.3", Resource.Memory, Scenario.ResourceSharing, Paradigm.Containerization, "资源共享场景 → 容器化（内存共享，平衡开销与隔离）" },
        { "Res §4.3", Resource.Io, Scenario.HighIoPerformance, Paradigm.Sandboxing, "高 IO 性能要求 → 沙盒化（IO 路径最短，性能损失 …）" },
        { "Res §4.3", Resource.Io, Scenario.IoIntensive, Paradigm.Containerization, "IO 密集型应用 → 容器化（性能损失小，…）" },
        { "Res §4.3", Resource.Io, Scenario.MultiDeviceSupport, Paradigm.Virtualization, "多设备支持 → 虚拟化（设备虚拟化，可接受性能损失）" },
        { "Res §5.3", Resource.Network, Scenario.LowLatencyCritical, Paradigm.Sandboxing, "低延迟要求 → 沙盒化（延迟最小，…）" },
        { "Res §5.3", Resource.Network, Scenario.NetworkIntensive, Paradigm.Containerization, "网络密集型 → 容器化（性能损失小，…）" },
        { "Res §5.3", Resource.Network, Scenario.MultiNicSupport, Paradigm.Virtualization, "多网卡支持 → 虚拟化（虚拟网卡，可接受延迟）" },
        { "Res §6.3", Resource.Storage, Scenario.HighIops, Paradigm.Sandboxing, "高 IOPS 要求 → 沙盒化（存储路径最短，性能损失 …）" },
        { "Res §6.3", Resource.Storage, Scenario.ImageSharing, Paradigm.Containerization, "镜像共享需求 → 容器化（镜像层共享，性能损失 …）" },
        { "Res §6.3", Resource.Storage, Scenario.MultipleFileSystems, Paradigm.Virtualization, "多文件系统 → 虚拟化（支持任意 Guest FS，可接受性能损失）" },
    };

    [Theory]
    [MemberData(nameof(TableRows))]
    public void Every_table_row_is_in_the_catalog(string section, Resource resource, Scenario scenario, Paradigm paradigm, string scenarioWords, string reasonWords, string[] factNames, string[] values)
    {
        var row = ScenarioCatalog.Find(resource, scenario);

        Assert.NotNull(row);
        Assert.Equal(paradigm, row.Paradigm);
        Assert.Equal(scenarioWords, row.ScenarioWords);
        Assert.Equal(reasonWords, row.ReasonWords);
        Assert.Equal(section, row.Citation.ToString());
        Assert.Equal(factNames, row.Figures.Select(f => f.Name));
        Assert.Equal(values, row.Figures.Select(f => f.ValueText));
        Assert.All(row.Figures, figure => Assert.Contains(section["Res ".Length..], figure.Citation.Sections, StringComparison.Ordinal));
        Assert.False(string.IsNullOrWhiteSpace(row.Reason));
    }

    [Theory]
    [MemberData(nameof(RuleBullets))]
    public void Every_decision_rule_bullet_repeats_a_row_with_the_same_paradigm(string section, Resource resource, Scenario scenario, Paradigm paradigm, string bullet)
    {
        var row = ScenarioCatalog.Find(resource, scenario);

        Assert.NotNull(row);
        Assert.Equal(section, row.Citation.ToString());
        Assert.Equal(paradigm, row.Paradigm);
        Assert.Equal(bullet, row.RuleWords);
    }

    [Fact]
    public void The_tables_have_21_rows_and_the_bullets_cover_16_of_them_adding_none()
    {
        Assert.Equal(TableRows.Count, ScenarioCatalog.All.Count);
        Assert.Equal(21, ScenarioCatalog.All.Count);
        Assert.Equal([6, 5, 4, 3, 3], Enum.GetValues<Resource>().Select(r => ScenarioCatalog.For(r).Count));

        // Every row with a bullet is one of the 16 bullets above, and no other row has one.
        var bulleted = RuleBullets.Select(data => ((Resource)data[1], (Scenario)data[2])).ToHashSet();
        Assert.Equal(16, bulleted.Count);
        Assert.All(ScenarioCatalog.All, row => Assert.Equal(bulleted.Contains((row.Resource, row.Scenario)), row.RuleWords is not null));
        Assert.Equal([4, 3, 3, 3, 3], Enum.GetValues<Resource>().Select(r => ScenarioCatalog.For(r).Count(row => row.RuleWords is not null)));
    }

    [Fact]
    public void Every_scenario_has_a_row_and_two_scenarios_appear_under_two_resources()
    {
        Assert.Equal(19, Enum.GetValues<Scenario>().Length);
        Assert.All(Enum.GetValues<Scenario>(), s => Assert.NotEmpty(ScenarioCatalog.For(s)));
        Assert.Equal([Resource.Cpu, Resource.Network], ScenarioCatalog.For(Scenario.LowLatencyCritical).Select(r => r.Resource));
        Assert.Equal([Resource.Cpu, Resource.Memory], ScenarioCatalog.For(Scenario.LargeScaleDeployment).Select(r => r.Resource));
        Assert.Equal(ScenarioCatalog.All.Count, Enum.GetValues<Scenario>().Sum(s => ScenarioCatalog.For(s).Count));
    }

    [Theory]
    // Res §2.3: 平衡性能与开销 … Res §6.3: 镜像层共享优势
    [InlineData("Res §2.3", Resource.Cpu, Scenario.CpuIntensive, "balances performance and overhead")]
    [InlineData("Res §2.3", Resource.Cpu, Scenario.LowLatencyCritical, "fastest response")]
    [InlineData("Res §2.3", Resource.Cpu, Scenario.MultiOsHighPerformance, "cooperative optimization, fewer VM exits")]
    [InlineData("Res §2.3", Resource.Cpu, Scenario.MultiOsSupport, "the only paradigm that runs several operating systems unmodified")]
    [InlineData("Res §2.3", Resource.Cpu, Scenario.ResourceConstrained, "highest resource utilization")]
    [InlineData("Res §2.3", Resource.Cpu, Scenario.LargeScaleDeployment, "balances performance and cost")]
    [InlineData("Res §3.3", Resource.Memory, Scenario.MemoryConstrained, "smallest memory footprint")]
    [InlineData("Res §3.3", Resource.Memory, Scenario.ResourceAbundant, "strong isolation, at an acceptable overhead")]
    [InlineData("Res §3.3", Resource.Memory, Scenario.ResourceSharing, "balances overhead and isolation")]
    [InlineData("Res §3.3", Resource.Memory, Scenario.LargeScaleDeployment, "cost-effective")]
    [InlineData("Res §3.3", Resource.Memory, Scenario.UltraLightweight, "smallest resource footprint")]
    [InlineData("Res §4.3", Resource.Io, Scenario.HighIoPerformance, "smallest performance loss")]
    [InlineData("Res §4.3", Resource.Io, Scenario.IoIntensive, "balance of performance and compatibility")]
    [InlineData("Res §4.3", Resource.Io, Scenario.MultiDeviceSupport, "device virtualization")]
    [InlineData("Res §4.3", Resource.Io, Scenario.ExtremePerformance, "best IO performance")]
    [InlineData("Res §5.3", Resource.Network, Scenario.LowLatencyCritical, "lowest latency")]
    [InlineData("Res §5.3", Resource.Network, Scenario.NetworkIntensive, "balance of performance and compatibility")]
    [InlineData("Res §5.3", Resource.Network, Scenario.MultiNicSupport, "device virtualization")]
    [InlineData("Res §6.3", Resource.Storage, Scenario.HighIops, "best storage performance")]
    [InlineData("Res §6.3", Resource.Storage, Scenario.ImageSharing, "the advantage of shared image layers")]
    [InlineData("Res §6.3", Resource.Storage, Scenario.MultipleFileSystems, "device virtualization")]
    public void Reasons_are_translated(string section, Resource resource, Scenario scenario, string reason)
    {
        var row = ScenarioCatalog.Find(resource, scenario)!;
        Assert.Equal(section, row.Citation.ToString());
        Assert.Equal(reason, row.Reason);
    }

    [Theory]
    // Res §3.3 内存共享: 共享 | 无 | 部分共享 | 部分共享 | 共享
    [InlineData("Res §3.3", Scenario.MemoryConstrained, MemorySharing.Shared)]
    [InlineData("Res §3.3", Scenario.ResourceAbundant, MemorySharing.None)]
    [InlineData("Res §3.3", Scenario.ResourceSharing, MemorySharing.Partial)]
    [InlineData("Res §3.3", Scenario.LargeScaleDeployment, MemorySharing.Partial)]
    [InlineData("Res §3.3", Scenario.UltraLightweight, MemorySharing.Shared)]
    public void Memory_rows_have_their_sharing_column(string section, Scenario scenario, MemorySharing sharing)
    {
        var row = ScenarioCatalog.Find(Resource.Memory, scenario)!;
        Assert.Equal(section, row.Citation.ToString());
        Assert.Equal(sharing, row.MemorySharing);
    }

    [Fact]
    public void Only_the_memory_table_has_a_sharing_column()
    {
        Assert.All(ScenarioCatalog.All, row => Assert.Equal(row.Resource == Resource.Memory, row.MemorySharing is not null));
    }

    [Theory]
    // Rows whose figure is written differently from its fact: > 1000 cycles, 7-16MB, 434MB+, 148MB+, and §5.3's §5.2 readings.
    [InlineData("Res §2.3", Resource.Cpu, Scenario.MultiOsSupport, "ResourceFacts.VirtualizationContextSwitchCostMinimum")]
    [InlineData("Res §3.3", Resource.Memory, Scenario.MemoryConstrained, "ResourceFacts.SandboxingMemoryOverhead")]
    [InlineData("Res §3.3", Resource.Memory, Scenario.ResourceAbundant, "ResourceFacts.VirtualizationMinimumExampleTotal")]
    [InlineData("Res §3.3", Resource.Memory, Scenario.ResourceSharing, "ResourceFacts.ContainerizationMinimumExampleTotal")]
    [InlineData("Res §3.3", Resource.Memory, Scenario.LargeScaleDeployment, "ResourceFacts.ContainerizationMinimumExampleTotal")]
    [InlineData("Res §3.3", Resource.Memory, Scenario.UltraLightweight, "ResourceFacts.SandboxingMemoryOverhead")]
    [InlineData("Res §5.3", Resource.Network, Scenario.NetworkIntensive, "ResourceFacts.ContainerizationNetworkModelLatencyOverhead")]
    [InlineData("Res §5.3", Resource.Network, Scenario.MultiNicSupport, "ResourceFacts.VirtualizationNetworkModelLatencyOverhead")]
    public void Rows_read_differently_from_their_fact_say_how(string section, Resource resource, Scenario scenario, string named)
    {
        var row = ScenarioCatalog.Find(resource, scenario)!;
        Assert.Equal(section, row.Citation.ToString());
        Assert.NotNull(row.Note);
        Assert.Contains(named, row.Note, StringComparison.Ordinal);
    }

    [Theory]
    // The memory table has no CPU-intensive row, the network table no large-scale deployment row, and so on.
    [InlineData(Resource.Memory, Scenario.CpuIntensive)]
    [InlineData(Resource.Network, Scenario.LargeScaleDeployment)]
    [InlineData(Resource.Io, Scenario.LowLatencyCritical)]
    [InlineData(Resource.Storage, Scenario.MultiOsSupport)]
    public void Find_returns_null_for_a_scenario_the_table_lacks(Resource resource, Scenario scenario)
    {
        Assert.Null(ScenarioCatalog.Find(resource, scenario));
    }

    [Fact]
    public void Undefined_enum_values_are_refused_naming_the_parameter_and_the_value()
    {
        var resource = Assert.Throws<ArgumentOutOfRangeException>(() => ScenarioCatalog.For((Resource)0));
        Assert.Equal("resource", resource.ParamName);
        Assert.Contains("resource was 0", resource.Message, StringComparison.Ordinal);

        var scenario = Assert.Throws<ArgumentOutOfRangeException>(() => ScenarioCatalog.For((Scenario)20));
        Assert.Equal("scenario", scenario.ParamName);
        Assert.Contains("scenario was 20", scenario.Message, StringComparison.Ordinal);

        Assert.Equal("resource", Assert.Throws<ArgumentOutOfRangeException>(() => ScenarioCatalog.Find((Resource)6, Scenario.HighIops)).ParamName);
        var find = Assert.Throws<ArgumentOutOfRangeException>(() => ScenarioCatalog.Find(Resource.Storage, (Scenario)(-1)));
        Assert.Equal("scenario", find.ParamName);
        Assert.Contains("scenario was -1", find.Message, StringComparison.Ordinal);
        Assert.Contains("HighIops", find.Message, StringComparison.Ordinal);
    }
}
