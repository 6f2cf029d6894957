using Paradigms.Model.Networking;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Tests.Networking;

/// <summary>
/// The NIC catalog against Net §05 and §10.4. Every row of the document's tables is a row of
/// theory data naming its section; expected values are written out by hand from the document.
/// </summary>
public class NicCatalogTests
{
    // Net §05.2.2 虚拟网卡类型对比: type, 虚拟化方式, 性能, 兼容性, 应用场景.
    public static TheoryData<string, NicKind, VirtualizationMethod, RelativeLevel, RelativeLevel, string[]> VirtualNicTable => new()
    {
        { "Net §05.2.2", NicKind.VirtioNet, VirtualizationMethod.Paravirtual, RelativeLevel.High, RelativeLevel.Medium, ["KVM", "Xen"] },
        { "Net §05.2.2", NicKind.E1000, VirtualizationMethod.FullEmulation, RelativeLevel.Medium, RelativeLevel.High, ["VMware", "compatibility requirements"] },
        { "Net §05.2.2", NicKind.SrIovVirtualFunction, VirtualizationMethod.Hardware, RelativeLevel.VeryHigh, RelativeLevel.Low, ["high-performance requirements"] },
    };

    [Theory]
    [MemberData(nameof(VirtualNicTable))]
    public void Virtual_NIC_table_rows(string section, NicKind kind, VirtualizationMethod method, RelativeLevel performance, RelativeLevel compatibility, string[] uses)
    {
        var profile = NicCatalog.Describe(kind);

        Assert.Equal(kind, profile.Kind);
        Assert.Equal(NicClass.Virtual, profile.Class);
        Assert.Equal(method, profile.VirtualizationMethod);
        Assert.Equal(performance, profile.Performance);
        Assert.Equal(compatibility, profile.Compatibility);
        Assert.Equal(uses, profile.Uses);
        Assert.Null(profile.AbstractionLevel);
        Assert.Empty(profile.SocketKinds);
        Assert.Contains(section["Net ".Length..], profile.Citation.Sections, StringComparison.Ordinal);
    }

    // Net §05.3.2 逻辑网卡对比: type, 抽象层级, 实现方式, 应用场景; and the tunnel interface, which only §05.3.1 has.
    public static TheoryData<string, NicKind, AbstractionLevel?, string?, string, string[]> LogicalNicTable => new()
    {
        { "Net §05.3.2", NicKind.Veth, AbstractionLevel.Process, "process-level", "Network Namespace", ["container network isolation"] },
        { "Net §05.3.2", NicKind.VlanInterface, AbstractionLevel.DataLink, "data-link layer", "VLAN tag (802.1Q)", ["network isolation", "broadcast-domain division"] },
        { "Net §05.3.2", NicKind.BridgeInterface, AbstractionLevel.DataLink, "data-link layer", "Linux Bridge", ["network connection", "traffic forwarding"] },
        { "Net §05.3.2", NicKind.WasiSocket, AbstractionLevel.Application, "application-level", "WASI Network", ["Wasm network abstraction"] },
        { "Net §05.3.1", NicKind.TunnelInterface, null, null, "VXLAN", ["overlay networks", "VPN"] },
    };

    [Theory]
    [MemberData(nameof(LogicalNicTable))]
    public void Logical_NIC_table_rows(string section, NicKind kind, AbstractionLevel? level, string? levelText, string implementation, string[] uses)
    {
        var profile = NicCatalog.Describe(kind);

        Assert.Equal(NicClass.Logical, profile.Class);
        Assert.Equal(level, profile.AbstractionLevel);
        Assert.Equal(levelText, profile.AbstractionText);
        Assert.Contains(implementation, profile.Implementations);
        Assert.Equal(uses, profile.Uses);
        Assert.Null(profile.VirtualizationMethod);
        Assert.Null(profile.Performance);
        Assert.Null(profile.Compatibility);
        Assert.Contains(section["Net ".Length..], profile.Citation.Sections, StringComparison.Ordinal);
    }

    // Net §05.3.1 逻辑网卡类型: type, 实现 (every implementation it names), 应用.
    public static TheoryData<string, NicKind, string[], string[]> LogicalNicDefinitions => new()
    {
        { "Net §05.3.1", NicKind.Veth, ["veth pair", "Network Namespace"], ["container network isolation"] },
        { "Net §05.3.1", NicKind.VlanInterface, ["VLAN tag (802.1Q)"], ["network isolation", "broadcast-domain division"] },
        { "Net §05.3.1", NicKind.BridgeInterface, ["Linux Bridge", "Open vSwitch"], ["network connection", "traffic forwarding"] },
        { "Net §05.3.1", NicKind.TunnelInterface, ["VXLAN", "GRE", "IPsec"], ["overlay networks", "VPN"] },
    };

    [Theory]
    [MemberData(nameof(LogicalNicDefinitions))]
    public void Logical_NIC_definitions(string section, NicKind kind, string[] implementations, string[] uses)
    {
        var profile = NicCatalog.Describe(kind);

        Assert.Equal(implementations, profile.Implementations);
        Assert.Equal(uses, profile.Uses);
        Assert.Contains(section["Net ".Length..], profile.Citation.Sections, StringComparison.Ordinal);
    }

    [Fact]
    public void The_socket_abstraction_offers_TCP_UDP_and_Unix_sockets_Net_05_3_2()
    {
        Assert.Equal([SocketKind.Tcp, SocketKind.Udp, SocketKind.Unix], NicCatalog.Describe(NicKind.WasiSocket).SocketKinds);
        Assert.All(NicCatalog.Kinds.Where(k => k.Kind != NicKind.WasiSocket), k => Assert.Empty(k.SocketKinds));
    }

    // Net §05.4.1 网卡模型对比: class, 实现方式, 抽象层级, 性能, 隔离强度.
    public static TheoryData<string, NicClass, string, AbstractionLevel[], string, RelativeLevel, IsolationStrength[], string> ClassMatrix => new()
    {
        { "Net §05.4.1", NicClass.Physical, "hardware implementation", [AbstractionLevel.Physical], "physical layer", RelativeLevel.Highest, [IsolationStrength.Physical], "physical isolation" },
        { "Net §05.4.1", NicClass.Virtual, "software virtualization", [AbstractionLevel.Hardware], "hardware-level abstraction", RelativeLevel.Medium, [IsolationStrength.Hardware], "hardware-level isolation" },
        { "Net §05.4.1", NicClass.Logical, "software abstraction", [AbstractionLevel.Process, AbstractionLevel.Application], "process/application-level abstraction", RelativeLevel.FairlyHigh, [IsolationStrength.Process, IsolationStrength.Application], "process/application-level isolation" },
    };

    [Theory]
    [MemberData(nameof(ClassMatrix))]
    public void NIC_class_matrix_rows(string section, NicClass nicClass, string implementation, AbstractionLevel[] levels, string levelText, RelativeLevel performance, IsolationStrength[] isolation, string isolationText)
    {
        var row = NicCatalog.Describe(nicClass);

        Assert.Equal(nicClass, row.Class);
        Assert.Equal(implementation, row.Implementation);
        Assert.Equal(levels, row.AbstractionLevels);
        Assert.Equal(levelText, row.AbstractionText);
        Assert.Equal(performance, row.Performance);
        Assert.Equal(isolation, row.Isolation);
        Assert.Equal(isolationText, row.IsolationText);
        Assert.Contains(section["Net ".Length..], row.Citation.Sections, StringComparison.Ordinal);
    }

    [Fact]
    public void Classes_hold_their_kinds_Net_05_1_to_05_3()
    {
        Assert.Equal([NicClass.Physical, NicClass.Virtual, NicClass.Logical], NicCatalog.Classes.Select(c => c.Class));
        Assert.Equal([NicKind.Physical], NicCatalog.Describe(NicClass.Physical).Kinds);
        Assert.Equal([NicKind.VirtioNet, NicKind.E1000, NicKind.SrIovVirtualFunction, NicKind.XenPvNet], NicCatalog.Describe(NicClass.Virtual).Kinds);
        Assert.Equal(
            [NicKind.Veth, NicKind.VlanInterface, NicKind.BridgeInterface, NicKind.TunnelInterface, NicKind.WasiSocket],
            NicCatalog.Describe(NicClass.Logical).Kinds);

        foreach (var kind in NicCatalog.Kinds)
        {
            Assert.Contains(kind.Kind, NicCatalog.Describe(kind.Class).Kinds);
        }
    }

    [Fact]
    public void Every_kind_has_a_profile_in_enum_order()
    {
        Assert.Equal(Enum.GetValues<NicKind>(), NicCatalog.Kinds.Select(k => k.Kind));
        Assert.All(NicCatalog.Kinds, k => Assert.Equal("Net", k.Citation.Source));
        Assert.All(NicCatalog.Kinds, k => Assert.False(string.IsNullOrWhiteSpace(k.Definition)));
    }

    // Net §05.4.2 各范式网卡模型: paradigm, 网卡模型, 实现方式, 性能特征 (latency μs, by hand), and the NicKinds the row names.
    public static TheoryData<string, Paradigm, string, string[], double, double, NicKind[], NicClass> ParadigmTable => new()
    {
        { "Net §05.4.2", Paradigm.Virtualization, "virtual NIC (emulated NIC)", ["E1000 emulation", "hardware virtualization"], 15, 40, [NicKind.E1000, NicKind.SrIovVirtualFunction], NicClass.Virtual },
        { "Net §05.4.2", Paradigm.Paravirtualization, "paravirtual NIC (VirtIO)", ["VirtIO Net", "Xen PV Net"], 11, 28, [NicKind.VirtioNet, NicKind.XenPvNet], NicClass.Virtual },
        { "Net §05.4.2", Paradigm.Containerization, "logical NIC (veth)", ["Network Namespace"], 1, 10, [NicKind.Veth], NicClass.Logical },
        { "Net §05.4.2", Paradigm.Sandboxing, "socket abstraction", ["WASI Network"], 0, 1, [NicKind.WasiSocket], NicClass.Logical },
    };

    [Theory]
    [MemberData(nameof(ParadigmTable))]
    public void Per_paradigm_NIC_table_rows(string section, Paradigm paradigm, string model, string[] implementations, double minMicroseconds, double maxMicroseconds, NicKind[] kinds, NicClass nicClass)
    {
        var row = NicCatalog.ForParadigm(paradigm);

        Assert.Equal(paradigm, row.Paradigm);
        Assert.Equal(model, row.NicModel);
        Assert.Equal(implementations, row.Implementations);
        Assert.Equal(minMicroseconds, row.LatencyOverhead.Value.Min.Microseconds);
        Assert.Equal(maxMicroseconds, row.LatencyOverhead.Value.Max.Microseconds);
        Assert.Equal(kinds, row.NicKinds);
        Assert.Equal(nicClass, row.NicClass);
        Assert.Contains(section["Net ".Length..], row.Citation.Sections, StringComparison.Ordinal);
        Assert.Contains(section["Net ".Length..], row.LatencyOverhead.Citation.Sections, StringComparison.Ordinal);
    }

    // Net §10.4 网卡模型对比矩阵: paradigm, 网卡模型, 实现方式, 性能 (latency μs), 隔离强度 (with 协作), and the NicKinds the column names.
    public static TheoryData<string, Paradigm, string, string[], double, double, IsolationStrength, bool, NicKind[]> ComparisonMatrix => new()
    {
        { "Net §10.4", Paradigm.Virtualization, "virtual NIC (emulated)", ["E1000 emulation"], 15, 40, IsolationStrength.Hardware, false, [NicKind.E1000] },
        { "Net §10.4", Paradigm.Paravirtualization, "paravirtual NIC (VirtIO)", ["VirtIO Net (cooperative)"], 11, 28, IsolationStrength.Kernel, true, [NicKind.VirtioNet] },
        { "Net §10.4", Paradigm.Containerization, "logical NIC (veth)", ["Network Namespace"], 1, 10, IsolationStrength.Process, false, [NicKind.Veth] },
        { "Net §10.4", Paradigm.Sandboxing, "socket abstraction", ["WASI Network"], 0, 1, IsolationStrength.Application, false, [NicKind.WasiSocket] },
    };

    [Theory]
    [MemberData(nameof(ComparisonMatrix))]
    public void NIC_comparison_matrix_columns(string section, Paradigm paradigm, string model, string[] implementations, double minMicroseconds, double maxMicroseconds, IsolationStrength isolation, bool cooperative, NicKind[] kinds)
    {
        var row = NicCatalog.ForParadigm(paradigm);

        Assert.Equal(model, row.ComparisonMatrixNicModel);
        Assert.Equal(implementations, row.ComparisonMatrixImplementations);
        Assert.Equal(new Range<Duration>(Duration.FromMicroseconds(minMicroseconds), Duration.FromMicroseconds(maxMicroseconds)), row.LatencyOverhead.Value);
        Assert.Equal(isolation, row.Isolation);
        Assert.Equal(cooperative, row.GuestCooperates);
        Assert.Equal(kinds, row.ComparisonMatrixNicKinds);
        Assert.Contains(section["Net ".Length..], row.Citation.Sections, StringComparison.Ordinal);
    }

    [Fact]
    public void Paradigm_rows_come_in_paradigm_order()
    {
        Assert.Equal(Enum.GetValues<Paradigm>(), NicCatalog.Paradigms.Select(p => p.Paradigm));
    }

    [Fact]
    public void Every_NIC_a_paradigm_row_names_is_placed_under_that_paradigm()
    {
        foreach (var row in NicCatalog.Paradigms)
        {
            foreach (var kind in row.NicKinds.Concat(row.ComparisonMatrixNicKinds))
            {
                Assert.Contains(row.Paradigm, NicCatalog.Describe(kind).Placements.Select(p => p.Paradigm));
            }
        }
    }

    [Fact]
    public void VirtIO_is_placed_under_both_paradigms_each_with_its_sections()
    {
        var placements = NicCatalog.Describe(NicKind.VirtioNet).Placements;

        Assert.Equal([Paradigm.Paravirtualization, Paradigm.Virtualization], placements.Select(p => p.Paradigm));
        var paravirtual = placements[0].Citation.Sections!;
        Assert.Contains("§05.2.2", paravirtual, StringComparison.Ordinal);
        Assert.Contains("§05.4.2", paravirtual, StringComparison.Ordinal);
        Assert.Contains("§10.4", paravirtual, StringComparison.Ordinal);
        Assert.Equal("§03.2.2, §07.2.1", placements[1].Citation.Sections);
        Assert.Contains("Disagrees", placements[1].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Xen_PV_Net_says_only_what_Net_05_4_2_says()
    {
        var xen = NicCatalog.Describe(NicKind.XenPvNet);

        Assert.Equal(NicClass.Virtual, xen.Class);
        Assert.Equal(VirtualizationMethod.Paravirtual, xen.VirtualizationMethod);
        Assert.Null(xen.Performance);
        Assert.Null(xen.Compatibility);
        Assert.Empty(xen.Uses);
        Assert.Equal(["Xen PV Net"], xen.Implementations);
        Assert.Equal("§05.4.2", xen.Citation.Sections);
        var placement = Assert.Single(xen.Placements);
        Assert.Equal(Paradigm.Paravirtualization, placement.Paradigm);
        Assert.Contains("Not stated", xen.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void The_physical_NIC_kind_leaves_unsaid_what_the_document_does_not_say()
    {
        var physical = NicCatalog.Describe(NicKind.Physical);

        Assert.Equal(NicClass.Physical, physical.Class);
        Assert.Null(physical.VirtualizationMethod);
        Assert.Null(physical.Performance);
        Assert.Null(physical.Compatibility);
        Assert.Null(physical.AbstractionLevel);
        Assert.Empty(physical.Uses);
        Assert.Empty(physical.Placements);
    }

    [Fact]
    public void Physical_NIC_features_Net_05_1_1()
    {
        var nic = NicCatalog.PhysicalNic;

        Assert.True(nic.MacAddressGloballyUnique);
        Assert.Equal([InterfaceType.Rj45, InterfaceType.SfpPlus], nic.InterfaceTypes);
        Assert.Equal(["RJ-45 (Ethernet)", "SFP+ (fiber)", "Wi-Fi"], nic.InterfaceTypeNames);
        Assert.Equal(
            [BitRate.FromGigabitsPerSecond(1), BitRate.FromGigabitsPerSecond(10), BitRate.FromGigabitsPerSecond(25), BitRate.FromGigabitsPerSecond(100)],
            nic.Rates.Value.ToArray());
        Assert.Equal(new Range<BitRate>(BitRate.FromGigabitsPerSecond(1), BitRate.FromGigabitsPerSecond(100)), nic.RateRange.Value);
        Assert.Equal("sending and receiving frames", nic.DataLinkFunction);
        Assert.Equal("CSMA/CD (Ethernet)", nic.MediaAccessControl);
        Assert.Equal(DuplexMode.Full, nic.Duplex);
        Assert.Equal("the interface between the operating system and the NIC", nic.DriverRole);
        Assert.Equal([NicDriverKind.OpenSource, NicDriverKind.Vendor], nic.DriverKinds);
        Assert.Equal("§05.1.1, §05.1.2", nic.Citation.Sections);
    }

    [Fact]
    public void Virtual_NIC_features_Net_05_2_1_and_tree_of_05_2_2()
    {
        var nic = NicCatalog.VirtualNic;

        Assert.True(nic.MacAddressAssignedBySoftware);
        Assert.Equal("a software-defined network interface", nic.Interface);
        Assert.Equal(["send queue", "receive queue"], nic.Queues);
        Assert.Equal([NicKind.VirtioNet, NicKind.E1000, NicKind.SrIovVirtualFunction], nic.Technologies);
        Assert.Equal(["Open vSwitch", "Linux Bridge", "VMware vSwitch"], nic.VirtualSwitches);
        Assert.Equal([LogicalChannelKind.Vlan, LogicalChannelKind.Vxlan], nic.VirtualNetworks);
        Assert.Equal([NicKind.VirtioNet, NicKind.E1000], nic.GuestDrivers);
        Assert.Equal("§05.2.1, §05.2.2", nic.Citation.Sections);
    }

    [Fact]
    public void The_class_matrix_and_the_comparison_matrix_disagree_on_paravirtual_isolation()
    {
        // Net §05.4.1: every virtual NIC isolates at the hardware level; Net §10.4: paravirtualization's at the kernel level.
        Assert.Equal([IsolationStrength.Hardware], NicCatalog.Describe(NicClass.Virtual).Isolation);
        Assert.Equal(NicClass.Virtual, NicCatalog.ForParadigm(Paradigm.Paravirtualization).NicClass);
        Assert.Equal(IsolationStrength.Kernel, NicCatalog.ForParadigm(Paradigm.Paravirtualization).Isolation);
    }

    [Fact]
    public void Lists_cannot_be_cast_back_to_mutable_arrays()
    {
        var lists = new List<object>
        {
            NicCatalog.Classes, NicCatalog.Kinds, NicCatalog.Paradigms,
            NicCatalog.PhysicalNic.InterfaceTypes, NicCatalog.PhysicalNic.InterfaceTypeNames, NicCatalog.PhysicalNic.DriverKinds,
            NicCatalog.VirtualNic.Queues, NicCatalog.VirtualNic.Technologies, NicCatalog.VirtualNic.VirtualSwitches,
            NicCatalog.VirtualNic.VirtualNetworks, NicCatalog.VirtualNic.GuestDrivers,
        };
        foreach (var row in NicCatalog.Classes)
        {
            lists.AddRange([row.AbstractionLevels, row.Isolation, row.Kinds]);
        }

        foreach (var kind in NicCatalog.Kinds)
        {
            lists.AddRange([kind.Uses, kind.Implementations, kind.SocketKinds, kind.Placements]);
        }

        foreach (var row in NicCatalog.Paradigms)
        {
            lists.AddRange([row.Implementations, row.ComparisonMatrixImplementations, row.NicKinds, row.ComparisonMatrixNicKinds]);
        }

        Assert.All(lists, list =>
        {
            Assert.False(list.GetType().IsArray, list.GetType().Name);
            Assert.True(((System.Collections.IList)list).IsReadOnly);
        });
    }

    [Fact]
    public void Undefined_class_is_refused_with_its_name_and_value()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => NicCatalog.Describe((NicClass)0));

        Assert.Equal("nicClass", error.ParamName);
        Assert.Contains("nicClass was 0; allowed: Physical, Virtual, Logical.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Undefined_kind_is_refused_with_its_name_and_value()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => NicCatalog.Describe((NicKind)11));

        Assert.Equal("kind", error.ParamName);
        Assert.Contains("kind was 11; allowed: Physical, E1000,", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-1)]
    public void Undefined_paradigm_is_refused_with_its_name_and_value(int value)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => NicCatalog.ForParadigm((Paradigm)value));

        Assert.Equal("paradigm", error.ParamName);
        Assert.Contains($"paradigm was {value}; allowed: Virtualization, Paravirtualization, Containerization, Sandboxing.", error.Message, StringComparison.Ordinal);
    }
}
