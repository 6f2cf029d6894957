using System.Collections;
using Paradigms.Model.Facts;
using Paradigms.Model.Networking;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Tests.Networking;

/// <summary>
/// The duplex catalog against the network document, row by row: Net §03.1.1, §03.2.1, §03.3.1
/// (definitions), §03.1.2, §03.2.2, §03.3.2 (per-paradigm trees), §03.4.1 and §03.4.2 (tables),
/// and §10.2 (matrix). Expected values are written out by hand from the document.
/// </summary>
public class DuplexCatalogTests
{
    [Theory]
    // 单工: 数据只能在一个方向上传输 / 单向传输、固定方向、无反馈 / 广播、电视信号、传感器数据采集
    [InlineData(
        "Net §03.1.1",
        DuplexMode.Simplex,
        "Data travels in one direction only: one node can only send, the other can only receive.",
        new[] { "one-way transmission: data flows in one direction only", "fixed direction: the sender and the receiver are fixed", "no feedback: the receiver cannot send data back to the sender" },
        new[] { "broadcast", "TV signals", "sensor data collection" })]
    // 半双工: 同一时刻只能在一个方向上传送，需要切换方向 / 双向传输、分时传输、需要切换 / 对讲机、CSMA/CD 以太网、无线网络
    [InlineData(
        "Net §03.2.1",
        DuplexMode.Half,
        "Data can travel in both directions, but in only one direction at a time, and the direction has to be switched.",
        new[] { "two-way transmission: data can travel in both directions", "time-shared transmission: one direction at a time", "switching needed: a protocol controls the change of direction" },
        new[] { "walkie-talkies", "CSMA/CD Ethernet", "wireless networks" })]
    // 全双工: 数据可以同时在两个方向上传输 / 同时双向传输、独立通道、无需切换 / 现代以太网、TCP/IP、全双工网卡
    [InlineData(
        "Net §03.3.1",
        DuplexMode.Full,
        "Data can travel in both directions at the same time: sending and receiving go on together.",
        new[] { "simultaneous two-way transmission: sending and receiving at the same time", "independent channels: each direction has a channel of its own", "no switching: no protocol is needed to switch direction" },
        new[] { "modern Ethernet", "TCP/IP", "full-duplex NICs" })]
    public void Duplex_modes_are_defined(string section, DuplexMode mode, string definition, string[] characteristics, string[] uses)
    {
        var profile = DuplexCatalog.Describe(mode);

        Assert.Equal(mode, profile.Mode);
        Assert.Equal(definition, profile.Definition);
        Assert.Equal(characteristics, profile.Characteristics);
        Assert.Equal(uses, profile.Uses);
        Assert.Contains(section["Net ".Length..], profile.Citation.Sections, StringComparison.Ordinal);
    }

    [Theory]
    // 单工 | 单向 | 固定方向 | 广播、监控 | 日志收集、监控数据上报
    [InlineData("Net §03.4.1", DuplexMode.Simplex, false, "fixed direction", false, false, new[] { "broadcast", "monitoring" }, new[] { "log collection", "monitoring data reporting" })]
    // 半双工 | 双向 | 分时传输 | 对讲机、无线网络 | VirtIO、veth pair、WASI Socket
    [InlineData("Net §03.4.1", DuplexMode.Half, true, "time-shared", false, true, new[] { "walkie-talkies", "wireless networks" }, new[] { "VirtIO", "veth pair", "WASI Socket" })]
    // 全双工 | 双向 | 同时传输 | 现代以太网、TCP/IP | 虚拟网卡、Network Namespace、WASI Network
    [InlineData("Net §03.4.1", DuplexMode.Full, true, "simultaneous", true, false, new[] { "modern Ethernet", "TCP/IP" }, new[] { "virtual NIC", "Network Namespace", "WASI Network" })]
    public void Comparison_matrix_03_4_1(string section, DuplexMode mode, bool bidirectional, string simultaneity, bool simultaneous, bool switchingNeeded, string[] matrixUses, string[] useInParadigms)
    {
        var profile = DuplexCatalog.Describe(mode);

        Assert.Equal(bidirectional, profile.Bidirectional);
        Assert.Equal(simultaneity, profile.Simultaneity);
        Assert.Equal(simultaneous, profile.Simultaneous);
        Assert.Equal(switchingNeeded, profile.SwitchingNeeded);
        Assert.Equal(matrixUses, profile.MatrixUses);
        Assert.Equal(useInParadigms, profile.UseInParadigms);
        Assert.EndsWith(section["Net ".Length..], profile.Citation.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    // 虚拟化单工通讯: 虚拟机监控（Hypervisor 向 VM 发送控制指令）, 日志收集（VM 向 Hypervisor 发送日志）
    [InlineData("Net §03.1.2", DuplexMode.Simplex, Paradigm.Virtualization, 0, "VM monitoring", new[] { "hypervisor → VM: control instructions" })]
    [InlineData("Net §03.1.2", DuplexMode.Simplex, Paradigm.Virtualization, 1, "log collection", new[] { "VM → hypervisor: logs" })]
    // 容器化单工通讯: 容器日志（Container 向 Host 发送日志）, 监控数据（Container 向监控系统发送指标）
    [InlineData("Net §03.1.2", DuplexMode.Simplex, Paradigm.Containerization, 0, "container logs", new[] { "container → host: logs" })]
    [InlineData("Net §03.1.2", DuplexMode.Simplex, Paradigm.Containerization, 1, "monitoring data", new[] { "container → monitoring system: metrics" })]
    // 沙盒化单工通讯: 事件通知（Wasm Module 向 Runtime 发送事件）, 数据采集（Wasm Module 向 Host 发送数据）
    [InlineData("Net §03.1.2", DuplexMode.Simplex, Paradigm.Sandboxing, 0, "event notification", new[] { "Wasm module → runtime: events" })]
    [InlineData("Net §03.1.2", DuplexMode.Simplex, Paradigm.Sandboxing, 1, "data collection", new[] { "Wasm module → host: data" })]
    // 虚拟化半双工通讯: VirtIO 通信, 虚拟网卡通信
    [InlineData("Net §03.2.2", DuplexMode.Half, Paradigm.Virtualization, 0, "VirtIO communication", new[] { "guest OS → hypervisor (request)", "hypervisor → guest OS (response)" })]
    [InlineData("Net §03.2.2", DuplexMode.Half, Paradigm.Virtualization, 1, "virtual NIC communication", new[] { "VM → hypervisor (send)", "hypervisor → VM (receive)" })]
    // 容器化半双工通讯: veth pair 通信, 系统调用
    [InlineData("Net §03.2.2", DuplexMode.Half, Paradigm.Containerization, 0, "veth pair communication", new[] { "container → bridge (send)", "bridge → container (receive)" })]
    [InlineData("Net §03.2.2", DuplexMode.Half, Paradigm.Containerization, 1, "system calls", new[] { "container → host kernel (request)", "host kernel → container (response)" })]
    // 沙盒化半双工通讯: WASI Socket, 函数调用
    [InlineData("Net §03.2.2", DuplexMode.Half, Paradigm.Sandboxing, 0, "WASI socket", new[] { "Wasm module → runtime (send)", "runtime → Wasm module (receive)" })]
    [InlineData("Net §03.2.2", DuplexMode.Half, Paradigm.Sandboxing, 1, "function calls", new[] { "Wasm module → host (call)", "host → Wasm module (return)" })]
    // 虚拟化全双工通讯: 虚拟网卡, 虚拟网络
    [InlineData("Net §03.3.2", DuplexMode.Full, Paradigm.Virtualization, 0, "virtual NIC", new[] { "VM ↔ vNIC (sending and receiving at once)", "vNIC ↔ hypervisor (sending and receiving at once)" })]
    [InlineData("Net §03.3.2", DuplexMode.Full, Paradigm.Virtualization, 1, "virtual network", new[] { "VM₁ ↔ VM₂ (through the vSwitch, full duplex)" })]
    // 容器化全双工通讯: Network Namespace, 容器间通信
    [InlineData("Net §03.3.2", DuplexMode.Full, Paradigm.Containerization, 0, "network namespace", new[] { "container ↔ veth (sending and receiving at once)", "veth ↔ bridge (sending and receiving at once)" })]
    [InlineData("Net §03.3.2", DuplexMode.Full, Paradigm.Containerization, 1, "communication between containers", new[] { "container₁ ↔ container₂ (through CNI, full duplex)" })]
    // 沙盒化全双工通讯: WASI Network, Wasm 模块间通信
    [InlineData("Net §03.3.2", DuplexMode.Full, Paradigm.Sandboxing, 0, "WASI network", new[] { "Wasm module ↔ socket (sending and receiving at once)", "socket ↔ host OS (sending and receiving at once)" })]
    [InlineData("Net §03.3.2", DuplexMode.Full, Paradigm.Sandboxing, 1, "communication between Wasm modules", new[] { "Wasm module₁ ↔ Wasm module₂ (through the host OS, full duplex)" })]
    public void Uses_of_each_mode_in_each_paradigm(string section, DuplexMode mode, Paradigm paradigm, int index, string name, string[] flows)
    {
        var usages = DuplexCatalog.UsagesFor(mode, paradigm);

        Assert.Equal(2, usages.Count);
        var usage = usages[index];
        Assert.Equal(mode, usage.Mode);
        Assert.Equal(paradigm, usage.Paradigm);
        Assert.Equal(name, usage.Name);
        Assert.Equal(flows, usage.Flows);
        Assert.Equal(section, usage.Citation.ToString());
    }

    [Fact]
    public void Every_use_is_one_of_the_eighteen_rows()
    {
        Assert.Equal(18, DuplexCatalog.Usages.Count);
        Assert.Equal(
            [DuplexMode.Simplex, DuplexMode.Half, DuplexMode.Full],
            DuplexCatalog.Usages.Select(u => u.Mode).Distinct());
    }

    [Theory]
    [InlineData(DuplexMode.Simplex)]
    [InlineData(DuplexMode.Half)]
    [InlineData(DuplexMode.Full)]
    public void Paravirtualization_is_not_listed_in_sections_03_1_2_to_03_3_2(DuplexMode mode)
    {
        Assert.Empty(DuplexCatalog.UsagesFor(mode, Paradigm.Paravirtualization));
    }

    [Theory]
    // 主要模式 | 实现方式 | 延迟开销
    [InlineData("Net §10.2", Paradigm.Virtualization, DuplexMode.Full, "emulated", "virtual NIC queues (emulated)", 15, 40)]
    [InlineData("Net §10.2", Paradigm.Paravirtualization, DuplexMode.Full, "VirtIO Net", "VirtIO queues (cooperative)", 11, 28)]
    [InlineData("Net §10.2", Paradigm.Containerization, DuplexMode.Full, "veth", "veth pair", 1, 10)]
    [InlineData("Net §10.2", Paradigm.Sandboxing, DuplexMode.Full, "Socket", "WASI Socket", 0, 1)]
    public void Comparison_matrix_10_2(string section, Paradigm paradigm, DuplexMode mode, string detail, string mechanism, double minMicroseconds, double maxMicroseconds)
    {
        var row = DuplexCatalog.ForParadigm(paradigm);

        Assert.Equal(paradigm, row.Paradigm);
        Assert.Equal(mode, row.PrimaryMode);
        Assert.Equal(detail, row.ModeDetail);
        Assert.Equal(mechanism, row.Mechanism);
        Assert.Equal(new Range<Duration>(Duration.FromMicroseconds(minMicroseconds), Duration.FromMicroseconds(maxMicroseconds)), row.LatencyOverhead.Value);
        Assert.Same(NetworkFacts.LatencyOverhead(paradigm), row.LatencyOverhead);
        Assert.Equal(section, row.Citation.ToString());
    }

    [Theory]
    // 主要通讯模式 | 实现机制 | 性能特征
    [InlineData("Net §03.4.2", Paradigm.Virtualization, DuplexMode.Full, "virtual NIC (vNIC)", 10, 50)]
    [InlineData("Net §03.4.2", Paradigm.Containerization, DuplexMode.Full, "Network Namespace + veth", 1, 10)]
    [InlineData("Net §03.4.2", Paradigm.Sandboxing, DuplexMode.Full, "WASI Network + Socket", 0, 1)]
    public void Link_mode_mapping_03_4_2(string section, Paradigm paradigm, DuplexMode mode, string mechanism, double minMicroseconds, double maxMicroseconds)
    {
        var row = DuplexCatalog.LinkModeFor(paradigm);

        Assert.NotNull(row);
        Assert.Equal(paradigm, row.Paradigm);
        Assert.Equal(mode, row.PrimaryMode);
        Assert.Null(row.ModeDetail);
        Assert.Equal(mechanism, row.Mechanism);
        Assert.Equal(new Range<Duration>(Duration.FromMicroseconds(minMicroseconds), Duration.FromMicroseconds(maxMicroseconds)), row.LatencyOverhead.Value);
        Assert.Equal(section, row.Citation.ToString());
    }

    [Fact]
    public void Link_mode_mapping_has_no_paravirtualization_row()
    {
        Assert.Null(DuplexCatalog.LinkModeFor(Paradigm.Paravirtualization));
        Assert.Equal([Paradigm.Virtualization, Paradigm.Containerization, Paradigm.Sandboxing], DuplexCatalog.LinkModes.Select(r => r.Paradigm));
        Assert.Equal(Enum.GetValues<Paradigm>(), DuplexCatalog.Paradigms.Select(r => r.Paradigm));
    }

    [Fact]
    public void Full_virtualization_latency_differs_between_03_4_2_and_10_2()
    {
        Assert.Same(NetworkFacts.VirtualizationLinkModeLatencyOverhead, DuplexCatalog.LinkModeFor(Paradigm.Virtualization)!.LatencyOverhead);
        Assert.Same(NetworkFacts.VirtualizationLatencyOverhead, DuplexCatalog.ForParadigm(Paradigm.Virtualization).LatencyOverhead);
        Assert.NotEqual(
            DuplexCatalog.LinkModeFor(Paradigm.Virtualization)!.LatencyOverhead.Value,
            DuplexCatalog.ForParadigm(Paradigm.Virtualization).LatencyOverhead.Value);
    }

    [Theory]
    // Net §03.2.2 and §03.4.1 file these under half duplex; Net §10.2 calls the same mechanisms full duplex.
    [InlineData("VirtIO", Paradigm.Virtualization, "VirtIO communication", Paradigm.Paravirtualization, "VirtIO queues (cooperative)")]
    [InlineData("veth pair", Paradigm.Containerization, "veth pair communication", Paradigm.Containerization, "veth pair")]
    [InlineData("WASI Socket", Paradigm.Sandboxing, "WASI socket", Paradigm.Sandboxing, "WASI Socket")]
    public void Both_sides_of_the_half_or_full_duplex_disagreement_are_kept(string matrixUse, Paradigm halfParadigm, string halfUsage, Paradigm fullParadigm, string fullMechanism)
    {
        Assert.Contains(matrixUse, DuplexCatalog.Describe(DuplexMode.Half).UseInParadigms);
        Assert.Contains(DuplexCatalog.UsagesFor(DuplexMode.Half, halfParadigm), u => u.Name == halfUsage);
        var full = DuplexCatalog.ForParadigm(fullParadigm);
        Assert.Equal(DuplexMode.Full, full.PrimaryMode);
        Assert.Equal(fullMechanism, full.Mechanism);
    }

    [Fact]
    public void The_virtual_NIC_is_half_duplex_in_03_2_2_and_full_duplex_in_03_3_2_and_03_4_1()
    {
        Assert.Contains(DuplexCatalog.UsagesFor(DuplexMode.Half, Paradigm.Virtualization), u => u.Name == "virtual NIC communication");
        Assert.Contains(DuplexCatalog.UsagesFor(DuplexMode.Full, Paradigm.Virtualization), u => u.Name == "virtual NIC");
        Assert.Contains("virtual NIC", DuplexCatalog.Describe(DuplexMode.Full).UseInParadigms);
    }

    public static TheoryData<string, Func<object?>, string, string> BadInput => new()
    {
        { "Describe 0", () => DuplexCatalog.Describe((DuplexMode)0), "mode", "0" },
        { "Describe 4", () => DuplexCatalog.Describe((DuplexMode)4), "mode", "4" },
        { "UsagesFor mode 0", () => DuplexCatalog.UsagesFor((DuplexMode)0, Paradigm.Sandboxing), "mode", "0" },
        { "UsagesFor paradigm 9", () => DuplexCatalog.UsagesFor(DuplexMode.Full, (Paradigm)9), "paradigm", "9" },
        { "ForParadigm 0", () => DuplexCatalog.ForParadigm((Paradigm)0), "paradigm", "0" },
        { "ForParadigm -3", () => DuplexCatalog.ForParadigm((Paradigm)(-3)), "paradigm", "-3" },
        { "LinkModeFor 0", () => DuplexCatalog.LinkModeFor((Paradigm)0), "paradigm", "0" },
        { "LinkModeFor 5", () => DuplexCatalog.LinkModeFor((Paradigm)5), "paradigm", "5" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public void Undefined_enum_values_are_refused(string description, Func<object?> lookup, string parameter, string value)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(lookup);

        Assert.Equal(parameter, error.ParamName);
        Assert.Contains($"{parameter} was {value}; allowed:", error.Message, StringComparison.Ordinal);
        Assert.NotNull(description);
    }

    [Fact]
    public void Lists_cannot_be_changed_through_a_cast()
    {
        var lists = new List<IEnumerable> { DuplexCatalog.Usages, DuplexCatalog.Paradigms, DuplexCatalog.LinkModes };
        foreach (var mode in Enum.GetValues<DuplexMode>())
        {
            var profile = DuplexCatalog.Describe(mode);
            lists.AddRange([profile.Characteristics, profile.Uses, profile.MatrixUses, profile.UseInParadigms]);
            lists.AddRange(Enum.GetValues<Paradigm>().Select(p => DuplexCatalog.UsagesFor(mode, p)));
        }

        lists.AddRange(DuplexCatalog.Usages.Select(u => u.Flows));

        Assert.All(lists, list =>
        {
            Assert.False(list is Array, $"{list.GetType()} is an array");
            Assert.True(((IList)list).IsReadOnly, $"{list.GetType()} is writable");
        });
    }
}
