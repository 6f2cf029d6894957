using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;
using Paradigms.Model.Resources;

namespace Paradigms.Model.Tests.Resources;

/// <summary>
/// The comparison tables and path lists of Res §3.1, §4.1, §5.1 and §6.1, row by row and path by path,
/// written out by hand from the document.
/// </summary>
public class ResourcePathCatalogTests
{
    private const string Arrow = " → ";
    private const string NoteSeparator = " | ";

    // Res §3.1 内存管理模型对比: 范式 | 内存模型 | 内存开销 | 共享机制 | 隔离粒度, each column's words then its gloss.
    [Theory]
    [InlineData("Res §3.1", Paradigm.Virtualization, "独立物理内存", "independent physical memory", "高（Guest OS + 应用）", "high (guest OS + application)", "高", "high", "无（完全隔离）", "none (fully isolated)", "物理内存页", "physical memory pages")]
    [InlineData("Res §3.1", Paradigm.Paravirtualization, "协作物理内存", "cooperative physical memory", "高（Guest OS + 应用）", "high (guest OS + application)", "高", "high", "共享内存（Grant Table）", "shared memory (grant table)", "物理内存页（协作）", "physical memory pages (cooperative)")]
    [InlineData("Res §3.1", Paradigm.Containerization, "共享内核内存", "shared kernel memory", "中（仅应用内存）", "medium (application memory only)", "中", "medium", "内核内存、文件系统", "kernel memory, file system", "进程地址空间", "process address space")]
    [InlineData("Res §3.1", Paradigm.Sandboxing, "应用级内存", "application-level memory", "低（仅运行时）", "low (runtime only)", "低", "low", "共享主机内存", "shared host memory", "应用内存空间", "application memory space")]
    public void Memory_table_rows(
        string section, Paradigm paradigm, string modelWords, string model, string costWords, string cost, string levelWords, string level,
        string sharingWords, string sharing, string granularityWords, string granularity)
    {
        var entry = TableRow(section, Resource.Memory, paradigm, modelWords, model, costWords, cost, levelWords, level);
        Assert.Equal(sharingWords, entry.SharingWords);
        Assert.Equal(sharing, entry.Sharing);
        Assert.Equal(granularityWords, entry.IsolationGranularityWords);
        Assert.Equal(granularity, entry.IsolationGranularity);
        Assert.Null(entry.Layer);
        Assert.Null(entry.LayerWords);
        Assert.Null(entry.Figure);
        Assert.Null(entry.IoPerformanceLevel);
    }

    // Res §4.1 IO 模型对比: 范式 | IO 模型 | IO 开销 | 虚拟化层 | 性能损失 (percent; "< x" read as 0–x). No 半虚拟化 row.
    [Theory]
    [InlineData("Res §4.1", Paradigm.Virtualization, "虚拟设备（VirtIO）", "virtual device (VirtIO)", "高", "high", "Hypervisor + Guest OS", "hypervisor + guest OS", 10, 30, "ResourceFacts.VirtualizationIoPerformanceLoss")]
    [InlineData("Res §4.1", Paradigm.Containerization, "直接 IO（syscall）", "direct IO (syscall)", "低", "low", "Host OS", "host OS", 0, 5, "ResourceFacts.ContainerizationIoPerformanceLoss")]
    [InlineData("Res §4.1", Paradigm.Sandboxing, "拦截 IO（WASI）", "intercepted IO (WASI)", "极低", "extremely low", "Runtime 拦截", "runtime interception", 0, 1, "ResourceFacts.SandboxingIoPerformanceLoss")]
    public void Io_table_rows(
        string section, Paradigm paradigm, string modelWords, string model, string levelWords, string level,
        string layerWords, string layer, double lossMinPercent, double lossMaxPercent, string fact)
    {
        var entry = TableRow(section, Resource.Io, paradigm, modelWords, model, levelWords, level, levelWords, level);
        Assert.Equal(layerWords, entry.LayerWords);
        Assert.Equal(layer, entry.Layer);
        var figure = Assert.IsType<Sourced<Range<Ratio>>>(entry.Figure);
        Assert.Equal(new Range<Ratio>(Ratio.FromPercent(lossMinPercent), Ratio.FromPercent(lossMaxPercent)), figure.Value);
        Assert.Equal(fact, figure.Name);
        Assert.Contains("§4.1", figure.Citation.Sections, StringComparison.Ordinal);
        AssertNoMemoryOrStorageColumns(entry);
    }

    // Res §5.1 网络模型对比: 范式 | 网络模型 | 网络开销 | 虚拟化层 | 延迟开销 (μs; §5.1's readings, seed-consistency items 27–29).
    [Theory]
    [InlineData("Res §5.1", Paradigm.Virtualization, "虚拟网卡（模拟网卡）", "virtual NIC (emulated NIC)", "高", "high", "Hypervisor + Guest OS", "hypervisor + guest OS", 10, 50, "ResourceFacts.VirtualizationNetworkModelLatencyOverhead")]
    [InlineData("Res §5.1", Paradigm.Paravirtualization, "半虚拟化网卡（VirtIO Net）", "paravirtualized NIC (VirtIO Net)", "中高", "medium-high", "Hypervisor + Guest OS 协作", "hypervisor + guest OS, cooperating", 5, 25, "ResourceFacts.ParavirtualizationNetworkModelLatencyOverhead")]
    [InlineData("Res §5.1", Paradigm.Containerization, "网络 Namespace", "network namespace", "中", "medium", "Host OS Network Stack", "host OS network stack", 1, 10, "ResourceFacts.ContainerizationNetworkModelLatencyOverhead")]
    [InlineData("Res §5.1", Paradigm.Sandboxing, "Socket 拦截", "socket interception", "低", "low", "Runtime + Host OS", "runtime + host OS", 0, 1, "ResourceFacts.SandboxingNetworkLatencyOverhead")]
    public void Network_table_rows(
        string section, Paradigm paradigm, string modelWords, string model, string levelWords, string level,
        string layerWords, string layer, double latencyMinMicroseconds, double latencyMaxMicroseconds, string fact)
    {
        var entry = TableRow(section, Resource.Network, paradigm, modelWords, model, levelWords, level, levelWords, level);
        Assert.Equal(layerWords, entry.LayerWords);
        Assert.Equal(layer, entry.Layer);
        var figure = Assert.IsType<Sourced<Range<Duration>>>(entry.Figure);
        Assert.Equal(new Range<Duration>(Duration.FromMicroseconds(latencyMinMicroseconds), Duration.FromMicroseconds(latencyMaxMicroseconds)), figure.Value);
        Assert.Equal(fact, figure.Name);
        Assert.Contains("§5.1", figure.Citation.Sections, StringComparison.Ordinal);
        AssertNoMemoryOrStorageColumns(entry);
    }

    // Res §6.1 存储模型对比: 范式 | 存储模型 | 存储开销 | 共享机制 | IO 性能 (a word). No 半虚拟化 row.
    [Theory]
    [InlineData("Res §6.1", Paradigm.Virtualization, "虚拟磁盘（VirtIO）", "virtual disk (VirtIO)", "高（Guest FS）", "high (guest file system)", "高", "high", "无", "none", "中等", "medium")]
    [InlineData("Res §6.1", Paradigm.Containerization, "镜像层（OverlayFS）", "image layers (OverlayFS)", "中（层共享）", "medium (shared layers)", "中", "medium", "镜像层共享", "shared image layers", "较高", "fairly high")]
    [InlineData("Res §6.1", Paradigm.Sandboxing, "零 rootfs", "zero rootfs", "低（无文件系统）", "low (no file system)", "低", "low", "共享主机 FS", "shared host file system", "最高", "highest")]
    public void Storage_table_rows(
        string section, Paradigm paradigm, string modelWords, string model, string costWords, string cost, string levelWords, string level,
        string sharingWords, string sharing, string ioPerformanceWords, string ioPerformance)
    {
        var entry = TableRow(section, Resource.Storage, paradigm, modelWords, model, costWords, cost, levelWords, level);
        Assert.Equal(sharingWords, entry.SharingWords);
        Assert.Equal(sharing, entry.Sharing);
        Assert.Equal(RatingOfWord[ioPerformanceWords], entry.IoPerformanceLevel);
        Assert.Equal(ioPerformance, Gloss[entry.IoPerformanceLevel!.Value]);
        Assert.Null(entry.Layer);
        Assert.Null(entry.LayerWords);
        Assert.Null(entry.IsolationGranularity);
        Assert.Null(entry.IsolationGranularityWords);
        Assert.Null(entry.Figure);
    }

    // The path lists: section and item | resource | paradigm | the text block's stages | the bullets in English, figures as the
    // library writes them ("< x" as 0–x, MB and GB decimal).
    [Theory]
    [InlineData("Res §3.1 memory path 1 (虚拟化（全虚拟化）)", Resource.Memory, Paradigm.Virtualization,
        "Guest App → Guest Memory → Hypervisor → Host Memory → Physical Memory",
        "Independent physical memory: each VM is allocated physical memory pages of its own. | Guest OS overhead: each VM runs a complete guest OS (typically 256 MB–2 GB). | No memory sharing: VMs are fully isolated from one another and cannot share memory.")]
    [InlineData("Res §3.1 memory path 2 (半虚拟化)", Resource.Memory, Paradigm.Paravirtualization,
        "Guest App → Guest Memory (Grant Table) → Hypervisor → Host Memory → Physical Memory",
        "Cooperative physical memory: memory pages are shared through the grant-table mechanism. | Guest OS overhead: each VM runs a complete guest OS (typically 256 MB–2 GB). | Shared memory: the grant table shares memory between the guest OS and the hypervisor. | Memory efficiency: the cooperative mechanism optimizes memory access and reduces the overhead of copying memory.")]
    [InlineData("Res §3.1 memory path 3 (容器化)", Resource.Memory, Paradigm.Containerization,
        "Container App → Process Address Space → Host Kernel → Physical Memory",
        "Shared kernel memory: the containers share the host's kernel memory. | Process address space isolation: each container has a process address space of its own. | Memory sharing: read-only file systems, shared libraries and the like can be shared.")]
    [InlineData("Res §3.1 memory path 4 (沙盒化)", Resource.Memory, Paradigm.Sandboxing,
        "Wasm Module → Runtime Memory → Host Memory → Physical Memory",
        "Application-level memory: only the Wasm module's memory and the runtime's memory. | Zero rootfs: no file-system image is needed. | Memory sharing: host memory is shared, for the smallest memory footprint.")]
    [InlineData("Res §4.1 IO path 1 (虚拟化（全虚拟化）)", Resource.Io, Paradigm.Virtualization,
        "Guest App → Guest Kernel → Emulated Device → Hypervisor → Host Kernel → Hardware",
        "Device emulation: hardware devices are fully emulated, so the hypervisor has to intercept all IO. | IO interception: every IO request goes through the hypervisor's emulation. | Context switches: guest → hypervisor → host. | Performance loss: 10–30 %.")]
    [InlineData("Res §4.1 IO path 2 (半虚拟化)", Resource.Io, Paradigm.Paravirtualization,
        "Guest App → Guest Kernel (front-end driver) → VirtIO/PV → Hypervisor (back-end driver) → Host Kernel → Hardware",
        "Front-end and back-end drivers: the guest OS's front-end driver cooperates with the hypervisor's back-end driver. | VirtIO or PV drivers: hypercalls and shared memory reduce the overhead of intercepting IO. | Cooperative optimization: less device-emulation overhead, better IO performance. | Context switches: guest (hypercall) → hypervisor → host. | Performance loss: 5–15 % (about 50 % better performance than full virtualization).")]
    [InlineData("Res §4.1 IO path 3 (容器化)", Resource.Io, Paradigm.Containerization,
        "Container App → Host Kernel → Hardware",
        "Direct IO: system calls go straight to the host, with no virtualization. | Namespace filtering: only the namespaces filter. | Context switches: container → host. | Performance loss: 0–5 %.")]
    [InlineData("Res §4.1 IO path 4 (沙盒化)", Resource.Io, Paradigm.Sandboxing,
        "Wasm Module → WASI Runtime → Host Kernel → Hardware",
        "WASI interception: system calls are intercepted as function calls. | Lightweight interception: no virtualization, only function calls. | Context switches: Wasm → host (a function call). | Performance loss: 0–1 %.")]
    [InlineData("Res §5.1 network path 1 (虚拟化)", Resource.Network, Paradigm.Virtualization,
        "Guest App → Guest Kernel → vNIC → Hypervisor → Host Kernel → Network",
        "Virtual NIC: the hypervisor has to virtualize the NIC. | Network stack: two network stacks, the guest OS's and the host OS's. | Latency overhead: 10–50 μs.")]
    [InlineData("Res §5.1 network path 2 (容器化)", Resource.Network, Paradigm.Containerization,
        "Container App → Host Kernel → Network",
        "Network namespace: network isolation at the process level. | Single network stack: the host OS's network stack is shared. | Latency overhead: 1–10 μs.")]
    [InlineData("Res §5.1 network path 3 (沙盒化)", Resource.Network, Paradigm.Sandboxing,
        "Wasm Module → WASI Socket → Host Kernel → Network",
        "Socket interception: WASI socket function calls are intercepted. | Lightweight interception: at the level of function calls, with no virtualization. | Latency overhead: 0–1 μs.")]
    [InlineData("Res §6.1 storage path 1 (虚拟化)", Resource.Storage, Paradigm.Virtualization,
        "Guest App → Guest FS → VirtIO Block → Hypervisor → Host FS → Hardware",
        "Virtual disk: a VirtIO Block device is virtualized. | File-system virtualization: a guest file system on top of the host file system. | Performance loss: 15–25 %.")]
    [InlineData("Res §6.1 storage path 2 (容器化)", Resource.Storage, Paradigm.Containerization,
        "Container App → OverlayFS → Host FS → Hardware",
        "Image layers: the OverlayFS union file system. | Layer sharing: containers share image layers. | Performance loss: 5–10 %.")]
    [InlineData("Res §6.1 storage path 3 (沙盒化)", Resource.Storage, Paradigm.Sandboxing,
        "Wasm Module → WASI FS → Host FS → Hardware",
        "Zero rootfs: no file-system image is needed. | WASI FS: direct access to the host file system. | Performance loss: 0–2 %.")]
    public void Paths(string item, Resource resource, Paradigm paradigm, string path, string notes)
    {
        var entry = Assert.IsType<ResourcePath>(ResourcePathCatalog.Find(resource, paradigm));
        Assert.True(entry.InPathList);
        Assert.Equal(path, string.Join(Arrow, entry.Path));
        Assert.Equal(notes, string.Join(NoteSeparator, entry.Notes));
        Assert.Equal(Citation.Res(item.Split(' ')[1]), entry.Citation);
        Assert.StartsWith("Res §", item, StringComparison.Ordinal);
    }

    // The figures the bullets state, by hand: section | resource | paradigm | fact | ends (percent, μs or MB) | the second figure, a percentage, or null.
    [Theory]
    [InlineData("Res §3.1", Resource.Memory, Paradigm.Virtualization, "ResourceFacts.GuestOsMemory", "MB", 256, 2000, null)]
    [InlineData("Res §3.1", Resource.Memory, Paradigm.Paravirtualization, "ResourceFacts.GuestOsMemory", "MB", 256, 2000, null)]
    [InlineData("Res §4.1", Resource.Io, Paradigm.Virtualization, "ResourceFacts.VirtualizationIoPerformanceLoss", "%", 10, 30, null)]
    [InlineData("Res §4.1", Resource.Io, Paradigm.Paravirtualization, "ResourceFacts.ParavirtualizationIoPerformanceLoss ResourceFacts.ParavirtualizationIoImprovement", "%", 5, 15, 50.0)]
    [InlineData("Res §4.1", Resource.Io, Paradigm.Containerization, "ResourceFacts.ContainerizationIoPerformanceLoss", "%", 0, 5, null)]
    [InlineData("Res §4.1", Resource.Io, Paradigm.Sandboxing, "ResourceFacts.SandboxingIoPerformanceLoss", "%", 0, 1, null)]
    [InlineData("Res §5.1", Resource.Network, Paradigm.Virtualization, "ResourceFacts.VirtualizationNetworkModelLatencyOverhead", "μs", 10, 50, null)]
    [InlineData("Res §5.1", Resource.Network, Paradigm.Containerization, "ResourceFacts.ContainerizationNetworkModelLatencyOverhead", "μs", 1, 10, null)]
    [InlineData("Res §5.1", Resource.Network, Paradigm.Sandboxing, "ResourceFacts.SandboxingNetworkLatencyOverhead", "μs", 0, 1, null)]
    [InlineData("Res §6.1", Resource.Storage, Paradigm.Virtualization, "ResourceFacts.VirtualizationStoragePerformanceLoss", "%", 15, 25, null)]
    [InlineData("Res §6.1", Resource.Storage, Paradigm.Containerization, "ResourceFacts.ContainerizationStoragePerformanceLoss", "%", 5, 10, null)]
    [InlineData("Res §6.1", Resource.Storage, Paradigm.Sandboxing, "ResourceFacts.SandboxingStoragePerformanceLoss", "%", 0, 2, null)]
    public void Path_figures(string section, Resource resource, Paradigm paradigm, string facts, string unit, double min, double max, double? secondPercent)
    {
        var entry = Assert.IsType<ResourcePath>(ResourcePathCatalog.Find(resource, paradigm));
        Assert.Equal(facts, string.Join(' ', entry.PathFigures.Select(f => f.Name)));
        object first = unit switch
        {
            "%" => new Range<Ratio>(Ratio.FromPercent(min), Ratio.FromPercent(max)),
            "μs" => new Range<Duration>(Duration.FromMicroseconds(min), Duration.FromMicroseconds(max)),
            _ => new Range<Information>(Information.FromMegabytes(min), Information.FromMegabytes(max)),
        };
        Assert.Equal(first, ValueOf(entry.PathFigures[0]));
        if (secondPercent is { } percent)
        {
            Assert.Equal(Ratio.FromPercent(percent), ValueOf(entry.PathFigures[1]));
        }

        // Every figure is cited in the section the bullet belongs to, and written in a bullet.
        Assert.All(entry.PathFigures, f => Assert.Contains(section[4..], f.Citation.Sections, StringComparison.Ordinal));
        Assert.All(entry.PathFigures, f => Assert.Contains(entry.Notes, n => n.Contains(f.ValueText, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Res §3.1 memory path 3 (容器化)", Resource.Memory, Paradigm.Containerization)]
    [InlineData("Res §3.1 memory path 4 (沙盒化)", Resource.Memory, Paradigm.Sandboxing)]
    public void Paths_whose_bullets_state_no_figure(string item, Resource resource, Paradigm paradigm)
    {
        var entry = Assert.IsType<ResourcePath>(ResourcePathCatalog.Find(resource, paradigm));
        Assert.Empty(entry.PathFigures);
        Assert.StartsWith("Res §3.1", item, StringComparison.Ordinal);
    }

    [Fact]
    public void Res_4_1_table_has_no_paravirtualization_row_but_its_path_list_has_an_item()
    {
        var entry = Assert.IsType<ResourcePath>(ResourcePathCatalog.Find(Resource.Io, Paradigm.Paravirtualization));
        Assert.False(entry.InTable);
        Assert.True(entry.InPathList);
        Assert.Null(entry.Model);
        Assert.Null(entry.ModelWords);
        Assert.Null(entry.Cost);
        Assert.Null(entry.CostWords);
        Assert.Null(entry.CostLevel);
        Assert.Null(entry.Layer);
        Assert.Null(entry.LayerWords);
        Assert.Null(entry.Figure);
        AssertNoMemoryOrStorageColumns(entry);
        Assert.Equal(Citation.Res("§4.1"), entry.Citation);
    }

    [Fact]
    public void Res_5_1_path_list_has_no_paravirtualization_item_but_its_table_has_a_row()
    {
        var entry = Assert.IsType<ResourcePath>(ResourcePathCatalog.Find(Resource.Network, Paradigm.Paravirtualization));
        Assert.True(entry.InTable);
        Assert.False(entry.InPathList);
        Assert.Empty(entry.Path);
        Assert.Empty(entry.Notes);
        Assert.Empty(entry.PathFigures);
    }

    [Fact]
    public void Res_6_has_no_paravirtualization_at_all()
    {
        Assert.Null(ResourcePathCatalog.Find(Resource.Storage, Paradigm.Paravirtualization));
        Assert.DoesNotContain(ResourcePathCatalog.For(Resource.Storage), e => e.Paradigm == Paradigm.Paravirtualization);
        Assert.Equal(
            [Paradigm.Virtualization, Paradigm.Containerization, Paradigm.Sandboxing],
            ResourcePathCatalog.For(Resource.Storage).Select(e => e.Paradigm));
    }

    [Fact]
    public void Every_other_section_names_all_four_paradigms_in_order()
    {
        Paradigm[] four = [Paradigm.Virtualization, Paradigm.Paravirtualization, Paradigm.Containerization, Paradigm.Sandboxing];
        Assert.Equal(four, ResourcePathCatalog.For(Resource.Memory).Select(e => e.Paradigm));
        Assert.Equal(four, ResourcePathCatalog.For(Resource.Io).Select(e => e.Paradigm));
        Assert.Equal(four, ResourcePathCatalog.For(Resource.Network).Select(e => e.Paradigm));
        Assert.All(ResourcePathCatalog.For(Resource.Memory), e => Assert.True(e.InTable && e.InPathList));
    }

    [Fact]
    public void All_lists_memory_io_network_then_storage_and_no_cpu()
    {
        // 4 memory + 4 IO + 4 network + 3 storage.
        Assert.Equal(15, ResourcePathCatalog.All.Count);
        Assert.Equal(
            [.. ResourcePathCatalog.For(Resource.Memory), .. ResourcePathCatalog.For(Resource.Io), .. ResourcePathCatalog.For(Resource.Network), .. ResourcePathCatalog.For(Resource.Storage)],
            ResourcePathCatalog.All);
        Assert.DoesNotContain(ResourcePathCatalog.All, e => e.Resource == Resource.Cpu);
        Assert.All(ResourcePathCatalog.All, e => Assert.Same(e, ResourcePathCatalog.Find(e.Resource, e.Paradigm)));
        Assert.All(ResourcePathCatalog.All, e => Assert.True(e.InTable || e.InPathList));
        Assert.All(ResourcePathCatalog.All, e => Assert.Equal(e.InPathList, e.Notes.Count > 0));
    }

    [Fact]
    public void Extremely_low_sits_below_low()
    {
        // Res §4.1: the sandbox's IO overhead 极低 against the container's 低.
        var sandbox = ResourcePathCatalog.Find(Resource.Io, Paradigm.Sandboxing)!.CostLevel;
        var container = ResourcePathCatalog.Find(Resource.Io, Paradigm.Containerization)!.CostLevel;
        Assert.Equal(Rating.ExtremelyLow, sandbox);
        Assert.True(sandbox < container);
    }

    // The document's level words and their English, written out by hand; 中 and 中等 are one level.
    private static readonly Dictionary<string, Rating> RatingOfWord = new()
    {
        ["极低"] = Rating.ExtremelyLow, ["低"] = Rating.Low, ["较低"] = Rating.FairlyLow, ["中"] = Rating.Medium, ["中等"] = Rating.Medium,
        ["中高"] = Rating.MediumHigh, ["较高"] = Rating.FairlyHigh, ["高"] = Rating.High, ["最高"] = Rating.Highest,
    };

    private static readonly Dictionary<Rating, string> Gloss = new()
    {
        [Rating.ExtremelyLow] = "extremely low", [Rating.Low] = "low", [Rating.FairlyLow] = "fairly low", [Rating.Medium] = "medium",
        [Rating.MediumHigh] = "medium-high", [Rating.FairlyHigh] = "fairly high", [Rating.High] = "high", [Rating.Highest] = "highest",
    };

    [Theory]
    [InlineData(0, "resource was 0")]
    [InlineData(6, "resource was 6")]
    [InlineData(-1, "resource was -1")]
    [InlineData((int)Resource.Cpu, "resource was Cpu")]
    public void For_refuses_cpu_and_undefined_resources(int value, string message)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ResourcePathCatalog.For((Resource)value));
        Assert.Equal("resource", error.ParamName);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains("allowed: Memory, Io, Network, Storage", error.Message, StringComparison.Ordinal);
        Assert.Contains("CpuModel.Profiles", error.Message, StringComparison.Ordinal);

        var viaFind = Assert.Throws<ArgumentOutOfRangeException>(() => ResourcePathCatalog.Find((Resource)value, Paradigm.Virtualization));
        Assert.Equal("resource", viaFind.ParamName);
        Assert.Contains(message, viaFind.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-3)]
    public void Find_refuses_undefined_paradigms(int value)
    {
        foreach (var resource in new[] { Resource.Memory, Resource.Storage })
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => ResourcePathCatalog.Find(resource, (Paradigm)value));
            Assert.Equal("paradigm", error.ParamName);
            Assert.Contains($"paradigm was {value}", error.Message, StringComparison.Ordinal);
            Assert.Contains("Virtualization, Paravirtualization, Containerization, Sandboxing", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_lists_cannot_be_written_through_a_cast()
    {
        var entry = ResourcePathCatalog.All[0];
        Assert.False(ResourcePathCatalog.All is ResourcePath[]);
        Assert.False(entry.Path is string[]);
        Assert.False(entry.Notes is string[]);
        Assert.Throws<NotSupportedException>(() => ((IList<string>)entry.Path)[0] = "changed");
        Assert.Throws<NotSupportedException>(() => ((IList<ResourcePath>)ResourcePathCatalog.For(Resource.Io))[0] = entry);
    }

    private static ResourcePath TableRow(
        string section, Resource resource, Paradigm paradigm, string modelWords, string model, string costWords, string cost, string levelWords, string level)
    {
        var entry = Assert.IsType<ResourcePath>(ResourcePathCatalog.Find(resource, paradigm));
        Assert.Equal(resource, entry.Resource);
        Assert.Equal(paradigm, entry.Paradigm);
        Assert.True(entry.InTable);
        Assert.Equal(modelWords, entry.ModelWords);
        Assert.Equal(model, entry.Model);
        Assert.Equal(costWords, entry.CostWords);
        Assert.Equal(cost, entry.Cost);
        Assert.Equal(RatingOfWord[levelWords], entry.CostLevel);
        Assert.Equal(level, Gloss[entry.CostLevel!.Value]);
        Assert.StartsWith(levelWords, entry.CostWords, StringComparison.Ordinal);
        Assert.Equal(Citation.Res(section[4..]), entry.Citation);
        Assert.Equal("Res " + section[4..], entry.Citation.ToString());
        return entry;
    }

    private static void AssertNoMemoryOrStorageColumns(ResourcePath entry)
    {
        Assert.Null(entry.Sharing);
        Assert.Null(entry.SharingWords);
        Assert.Null(entry.IsolationGranularity);
        Assert.Null(entry.IsolationGranularityWords);
        Assert.Null(entry.IoPerformanceLevel);
    }

    private static object? ValueOf(ISourced figure) => figure.GetType().GetProperty(nameof(Sourced<int>.Value))!.GetValue(figure);
}
