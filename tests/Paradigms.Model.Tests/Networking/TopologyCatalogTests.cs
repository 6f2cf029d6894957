using System.Collections;
using Paradigms.Model.Facts;
using Paradigms.Model.Networking;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Tests.Networking;

/// <summary>
/// The topology catalog against the network document, row by row: Net §02.1.1 and §02.2.1
/// (definitions), §02.1.2 (tiers and server tree), §02.2.2 (logical-topology trees), §02.3.1
/// (mapping table), §02.3.2 (paradigm table and tree) and §10.1 (matrix). Expected values are
/// written out by hand from the document.
/// </summary>
public partial class TopologyCatalogTests
{
    [Theory]
    // 总线型: 所有设备连接到同一条总线上 / 共享介质、广播通信 / 早期以太网、局域网
    [InlineData("Net §02.1.1", PhysicalTopology.Bus, "Bus", "Every device is attached to one shared bus.", new[] { "shared medium", "broadcast communication" }, new[] { "early Ethernet", "local area networks" })]
    // 星型: 所有设备连接到中心节点（交换机、集线器） / 集中式管理、点对点通信 / 现代以太网、数据中心网络
    [InlineData("Net §02.1.1", PhysicalTopology.Star, "Star", "Every device is attached to a central node (a switch or a hub).", new[] { "centralized management", "point-to-point communication" }, new[] { "modern Ethernet", "data-centre networks" })]
    // 环型: 设备形成闭合环路 / 顺序通信、令牌传递 / Token Ring、FDDI
    [InlineData("Net §02.1.1", PhysicalTopology.Ring, "Ring", "The devices form a closed loop.", new[] { "sequential communication", "token passing" }, new[] { "Token Ring", "FDDI" })]
    // 网状: 设备之间多点连接 / 高冗余、高可靠性 / 数据中心骨干网、广域网
    [InlineData("Net §02.1.1", PhysicalTopology.Mesh, "Mesh", "Devices are linked to one another at many points.", new[] { "high redundancy", "high reliability" }, new[] { "data-centre backbones", "wide area networks" })]
    public void Physical_topologies_are_described(string section, PhysicalTopology topology, string name, string structure, string[] characteristics, string[] uses)
    {
        var profile = TopologyCatalog.Describe(topology);

        Assert.Equal(name, profile.Name);
        Assert.Equal(structure, profile.Structure);
        Assert.Equal(characteristics, profile.Characteristics);
        Assert.Equal(uses, profile.Uses);
        Assert.Equal(section, profile.Citation.ToString());
    }

    [Theory]
    // 点对点: 两个节点之间的直接逻辑连接 / 专用链路、全双工通信 / VPN、隧道连接
    [InlineData("Net §02.2.1", LogicalTopology.PointToPoint, "Point-to-point", "A direct logical connection between two nodes.", new[] { "dedicated link", "full-duplex communication" }, new[] { "VPN", "tunnel connections" })]
    // 广播: 一个节点向所有节点广播 / 共享介质、一对多通信 / 以太网广播、ARP 协议
    [InlineData("Net §02.2.1", LogicalTopology.Broadcast, "Broadcast", "One node broadcasts to all nodes.", new[] { "shared medium", "one-to-many communication" }, new[] { "Ethernet broadcast", "ARP" })]
    // 多播: 一个节点向多个特定节点发送 / 组播通信、减少带宽占用 / 视频会议、流媒体
    [InlineData("Net §02.2.1", LogicalTopology.Multicast, "Multicast", "One node sends to several specific nodes.", new[] { "group communication", "less bandwidth used" }, new[] { "video conferencing", "streaming media" })]
    // 覆盖网络: 在物理网络之上构建的逻辑网络 / 虚拟化网络、独立寻址 / VXLAN、GRE、虚拟网络
    [InlineData("Net §02.2.1", LogicalTopology.Overlay, "Overlay", "A logical network built on top of the physical network.", new[] { "virtualized network", "independent addressing" }, new[] { "VXLAN", "GRE", "virtual networks" })]
    // 星型逻辑拓扑（vSwitch）: VM 连接到 vSwitch; not among the types of §02.2.1, no characteristics given
    [InlineData("Net §02.2.2, §02.3.2, §10.1", LogicalTopology.Star, "Star", "Every virtual machine connects to a virtual switch (vSwitch).", new string[0], new[] { "virtual switches of full virtualization and paravirtualization" })]
    public void Logical_topologies_are_described(string section, LogicalTopology topology, string name, string structure, string[] characteristics, string[] uses)
    {
        var profile = TopologyCatalog.Describe(topology);

        Assert.Equal(name, profile.Name);
        Assert.Equal(structure, profile.Structure);
        Assert.Equal(characteristics, profile.Characteristics);
        Assert.Equal(uses, profile.Uses);
        Assert.Equal(section, profile.Citation.ToString());
    }

    [Theory]
    // 总线型 | 广播逻辑拓扑 | 物理总线映射到广播逻辑 | 早期以太网
    [InlineData("Net §02.3.1", 0, PhysicalTopology.Bus, LogicalTopology.Broadcast, "The physical bus maps to broadcast logic.", new[] { "early Ethernet" })]
    // 星型 | 点对点逻辑拓扑 | 物理星型映射到点对点逻辑 | 现代交换机网络
    [InlineData("Net §02.3.1", 1, PhysicalTopology.Star, LogicalTopology.PointToPoint, "The physical star maps to point-to-point logic.", new[] { "modern switched networks" })]
    // 网状 | 覆盖网络拓扑 | 物理网状映射到覆盖逻辑网络 | VXLAN、容器网络
    [InlineData("Net §02.3.1", 2, PhysicalTopology.Mesh, LogicalTopology.Overlay, "The physical mesh maps to an overlay logical network.", new[] { "VXLAN", "container networks" })]
    // 任意物理 | 覆盖网络拓扑 | 物理拓扑抽象为覆盖逻辑网络 | 虚拟化网络、容器网络
    [InlineData("Net §02.3.1", 3, null, LogicalTopology.Overlay, "The physical topology is abstracted into an overlay logical network.", new[] { "virtualization networks", "container networks" })]
    public void Mapping_table_rows(string section, int row, PhysicalTopology? physical, LogicalTopology logical, string relation, string[] scenarios)
    {
        var mapping = TopologyCatalog.Mappings[row];

        Assert.Equal(physical, mapping.Physical);
        Assert.Equal(physical is null, mapping.AppliesToAnyPhysicalTopology);
        Assert.Equal(logical, mapping.Logical);
        Assert.Equal(relation, mapping.Relation);
        Assert.Equal(scenarios, mapping.Scenarios);
        Assert.Equal(section, mapping.Citation.ToString());
    }

    [Fact]
    public void Mapping_table_has_the_four_rows_of_section_02_3_1()
    {
        Assert.Equal(4, TopologyCatalog.Mappings.Count);
    }

    [Theory]
    [InlineData(PhysicalTopology.Bus, new[] { 0, 3 })]
    [InlineData(PhysicalTopology.Star, new[] { 1, 3 })]
    [InlineData(PhysicalTopology.Ring, new[] { 3 })]
    [InlineData(PhysicalTopology.Mesh, new[] { 2, 3 })]
    public void The_any_topology_row_applies_to_every_physical_topology(PhysicalTopology physical, int[] rows)
    {
        var expected = rows.Select(row => TopologyCatalog.Mappings[row]);

        Assert.Equal(expected, TopologyCatalog.MappingsOver(physical));
        Assert.Equal(rows.Contains(3), TopologyCatalog.Mappings[3].AppliesTo(physical));
    }

    [Theory]
    // §02.3.1 rows, the any-topology row, and the star-over-star of §02.3.2 (vSwitch) with its point-to-point (veth, socket)
    [InlineData("Net §02.3.1", PhysicalTopology.Bus, new[] { LogicalTopology.Broadcast, LogicalTopology.Overlay })]
    [InlineData("Net §02.3.1, §02.3.2", PhysicalTopology.Star, new[] { LogicalTopology.PointToPoint, LogicalTopology.Overlay, LogicalTopology.Star })]
    [InlineData("Net §02.3.1", PhysicalTopology.Ring, new[] { LogicalTopology.Overlay })]
    [InlineData("Net §02.3.1", PhysicalTopology.Mesh, new[] { LogicalTopology.Overlay })]
    public void Logical_topologies_carried_over_a_physical_topology(string section, PhysicalTopology physical, LogicalTopology[] expected)
    {
        Assert.Equal(expected, TopologyCatalog.LogicalTopologiesOver(physical));
        foreach (var logical in Enum.GetValues<LogicalTopology>())
        {
            Assert.Equal(expected.Contains(logical), TopologyCatalog.Carries(physical, logical));
        }

        Assert.StartsWith("Net §02.3.1", section, StringComparison.Ordinal);
    }

    [Fact]
    public void An_overlay_can_be_carried_over_every_physical_topology()
    {
        Assert.All(Enum.GetValues<PhysicalTopology>(), physical => Assert.True(TopologyCatalog.Carries(physical, LogicalTopology.Overlay)));
        Assert.False(TopologyCatalog.Carries(PhysicalTopology.Ring, LogicalTopology.Broadcast));
        Assert.False(TopologyCatalog.Carries(PhysicalTopology.Bus, LogicalTopology.Multicast));
    }

    [Theory]
    // 核心层: 核心交换机（Mesh 拓扑）
    [InlineData("Net §02.1.2", DataCenterTier.Core, "core switches", new[] { PhysicalTopology.Mesh }, new string[0])]
    // 汇聚层: 汇聚交换机（Star 拓扑）
    [InlineData("Net §02.1.2", DataCenterTier.Aggregation, "aggregation switches", new[] { PhysicalTopology.Star }, new string[0])]
    // 接入层: 接入交换机（Bus/Star 拓扑） ├── 服务器物理网卡 ├── 存储设备 └── 网络设备
    [InlineData("Net §02.1.2", DataCenterTier.Access, "access switches", new[] { PhysicalTopology.Bus, PhysicalTopology.Star }, new[] { "server physical NICs", "storage devices", "network devices" })]
    public void Data_centre_tiers(string section, DataCenterTier tier, string switches, PhysicalTopology[] topologies, string[] attached)
    {
        var profile = TopologyCatalog.Tier(tier);

        Assert.Equal(tier, profile.Tier);
        Assert.Equal(switches, profile.Switches);
        Assert.Equal(topologies, profile.Topologies);
        Assert.Equal(attached, profile.Attached);
        Assert.Equal(section, profile.Citation.ToString());
        Assert.Same(profile, TopologyCatalog.Tiers[(int)tier - 1]);
    }

    [Fact]
    public void Data_centre_tiers_run_from_the_core_down()
    {
        Assert.Equal([DataCenterTier.Core, DataCenterTier.Aggregation, DataCenterTier.Access], TopologyCatalog.Tiers.Select(t => t.Tier));
    }

    [Fact]
    public void Server_physical_topology_of_section_02_1_2()
    {
        var server = TopologyCatalog.Server;

        Assert.Equal(["Ethernet interface", "optical-fiber interface"], server.NicInterfaces);
        Assert.Equal(
            new[] { BitRate.FromGigabitsPerSecond(1), BitRate.FromGigabitsPerSecond(10), BitRate.FromGigabitsPerSecond(25), BitRate.FromGigabitsPerSecond(100) },
            server.NicRates.Value.ToArray());
        Assert.Same(NetworkFacts.PhysicalNicRates, server.NicRates);
        Assert.Equal(["twisted pair", "optical fiber", "wireless (Wi-Fi, 5G)"], server.Cabling);
        Assert.Equal("Net §02.1.2", server.Citation.ToString());
    }

    public static TheoryData<string, Func<object>, string, string> BadInput => new()
    {
        { "Describe physical 0", () => TopologyCatalog.Describe((PhysicalTopology)0), "topology", "0" },
        { "Describe physical 5", () => TopologyCatalog.Describe((PhysicalTopology)5), "topology", "5" },
        { "Describe logical 0", () => TopologyCatalog.Describe((LogicalTopology)0), "topology", "0" },
        { "Describe logical 6", () => TopologyCatalog.Describe((LogicalTopology)6), "topology", "6" },
        { "Tier 0", () => TopologyCatalog.Tier((DataCenterTier)0), "tier", "0" },
        { "Tier 4", () => TopologyCatalog.Tier((DataCenterTier)4), "tier", "4" },
        { "ForParadigm 0", () => TopologyCatalog.ForParadigm((Paradigm)0), "paradigm", "0" },
        { "ForParadigm 5", () => TopologyCatalog.ForParadigm((Paradigm)5), "paradigm", "5" },
        { "MappingsOver -1", () => TopologyCatalog.MappingsOver((PhysicalTopology)(-1)), "physical", "-1" },
        { "LogicalTopologiesOver 9", () => TopologyCatalog.LogicalTopologiesOver((PhysicalTopology)9), "physical", "9" },
        { "Carries physical 0", () => TopologyCatalog.Carries((PhysicalTopology)0, LogicalTopology.Overlay), "physical", "0" },
        { "Carries logical 7", () => TopologyCatalog.Carries(PhysicalTopology.Star, (LogicalTopology)7), "logical", "7" },
        { "AppliesTo on the any row", () => TopologyCatalog.Mappings[3].AppliesTo((PhysicalTopology)0), "physical", "0" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public void Undefined_enum_values_are_refused(string description, Func<object> lookup, string parameter, string value)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(lookup);

        Assert.Equal(parameter, error.ParamName);
        Assert.Contains($"{parameter} was {value}; allowed:", error.Message, StringComparison.Ordinal);
        Assert.NotNull(description);
    }

    [Fact]
    public void Lists_cannot_be_changed_through_a_cast()
    {
        var lists = new List<IEnumerable>
        {
            TopologyCatalog.Mappings, TopologyCatalog.Tiers, TopologyCatalog.Paradigms,
            TopologyCatalog.Server.NicInterfaces, TopologyCatalog.Server.Cabling,
        };
        foreach (var topology in Enum.GetValues<PhysicalTopology>())
        {
            var profile = TopologyCatalog.Describe(topology);
            lists.AddRange([profile.Characteristics, profile.Uses, TopologyCatalog.MappingsOver(topology), TopologyCatalog.LogicalTopologiesOver(topology)]);
        }

        foreach (var topology in Enum.GetValues<LogicalTopology>())
        {
            var profile = TopologyCatalog.Describe(topology);
            lists.AddRange([profile.Characteristics, profile.Uses]);
        }

        lists.AddRange(TopologyCatalog.Mappings.Select(m => m.Scenarios));
        lists.AddRange(TopologyCatalog.Tiers.SelectMany(t => new IEnumerable[] { t.Topologies, t.Attached }));
        foreach (var paradigm in TopologyCatalog.Paradigms)
        {
            if (paradigm.ElementMappings is { } mappings)
            {
                lists.Add(mappings);
            }

            if (paradigm.LogicalTree is { } tree)
            {
                lists.AddRange([tree.Elements, tree.Branches]);
            }
        }

        Assert.All(lists, list =>
        {
            Assert.False(list is Array, $"{list.GetType()} is an array");
            Assert.True(((IList)list).IsReadOnly, $"{list.GetType()} is writable");
        });
    }
}
