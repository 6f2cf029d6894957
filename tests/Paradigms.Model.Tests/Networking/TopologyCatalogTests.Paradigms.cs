using Paradigms.Model.Networking;

namespace Paradigms.Model.Tests.Networking;

/// <summary>Each paradigm's topology: Net §02.2.2 (logical-topology trees), §02.3.2 (table and tree) and §10.1 (matrix).</summary>
public partial class TopologyCatalogTests
{
    [Theory]
    // 虚拟化 | 星型（交换机） | 星型逻辑拓扑（vSwitch） | VM 连接到虚拟交换机
    [InlineData("Net §02.3.2", Paradigm.Virtualization, PhysicalTopology.Star, "switch", LogicalTopology.Star, "vSwitch", "VMs connect to a virtual switch.")]
    // 半虚拟化 | 星型（交换机） | 星型逻辑拓扑（vSwitch，协作） | VM 通过 VirtIO Net 连接到虚拟交换机
    [InlineData("Net §02.3.2", Paradigm.Paravirtualization, PhysicalTopology.Star, "switch", LogicalTopology.Star, "vSwitch, cooperative", "VMs connect to a virtual switch through VirtIO Net.")]
    // 容器化 | 星型（交换机） | 点对点逻辑拓扑（veth） | 容器间通过 veth 通信
    [InlineData("Net §02.3.2", Paradigm.Containerization, PhysicalTopology.Star, "switch", LogicalTopology.PointToPoint, "veth", "Containers communicate through veth.")]
    // 沙盒化 | 星型（交换机） | 点对点逻辑拓扑（Socket） | Wasm 模块通过 Socket 通信
    [InlineData("Net §02.3.2", Paradigm.Sandboxing, PhysicalTopology.Star, "switch", LogicalTopology.PointToPoint, "socket", "Wasm modules communicate through sockets.")]
    public void Paradigm_topology_table(string section, Paradigm paradigm, PhysicalTopology physical, string physicalDetail, LogicalTopology logical, string logicalDetail, string characteristic)
    {
        var topology = TopologyCatalog.ForParadigm(paradigm);

        Assert.Equal(paradigm, topology.Paradigm);
        Assert.Equal(physical, topology.Physical);
        Assert.Equal(physicalDetail, topology.PhysicalDetail);
        Assert.Equal(logical, topology.Logical);
        Assert.Equal(logicalDetail, topology.LogicalDetail);
        Assert.Equal(characteristic, topology.Characteristic);
        Assert.Contains(section, topology.Citation.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    // 物理拓扑: Star（交换机） in all four columns
    [InlineData("Net §10.1", Paradigm.Virtualization, PhysicalTopology.Star, "switch")]
    [InlineData("Net §10.1", Paradigm.Paravirtualization, PhysicalTopology.Star, "switch")]
    [InlineData("Net §10.1", Paradigm.Containerization, PhysicalTopology.Star, "switch")]
    [InlineData("Net §10.1", Paradigm.Sandboxing, PhysicalTopology.Star, "switch")]
    public void Matrix_10_1_physical_topology_row(string section, Paradigm paradigm, PhysicalTopology physical, string detail)
    {
        var topology = TopologyCatalog.ForParadigm(paradigm);

        Assert.Equal(physical, topology.Physical);
        Assert.Equal(detail, topology.PhysicalDetail);
        Assert.Equal("Net §02.3.2, §10.1", topology.Citation.ToString());
        Assert.Contains(section["Net ".Length..], topology.Citation.Sections, StringComparison.Ordinal);
    }

    [Theory]
    // 逻辑拓扑: Star（vSwitch） | Star（vSwitch，协作式） | 点对点（veth） | 点对点（Socket）
    [InlineData("Net §10.1", Paradigm.Virtualization, LogicalTopology.Star, "vSwitch")]
    [InlineData("Net §10.1", Paradigm.Paravirtualization, LogicalTopology.Star, "vSwitch, cooperative")]
    [InlineData("Net §10.1", Paradigm.Containerization, LogicalTopology.PointToPoint, "veth")]
    [InlineData("Net §10.1", Paradigm.Sandboxing, LogicalTopology.PointToPoint, "socket")]
    public void Matrix_10_1_logical_topology_row(string section, Paradigm paradigm, LogicalTopology logical, string detail)
    {
        var topology = TopologyCatalog.ForParadigm(paradigm);

        Assert.Equal(logical, topology.Logical);
        Assert.Equal(detail, topology.LogicalDetail);
        Assert.Contains(section["Net ".Length..], topology.Citation.Sections, StringComparison.Ordinal);
    }

    [Theory]
    // 网络抽象: 硬件级抽象 | 硬件级抽象（协作） | 进程级抽象 | 应用级抽象
    [InlineData("Net §10.1", Paradigm.Virtualization, AbstractionLevel.Hardware, false)]
    [InlineData("Net §10.1", Paradigm.Paravirtualization, AbstractionLevel.Hardware, true)]
    [InlineData("Net §10.1", Paradigm.Containerization, AbstractionLevel.Process, false)]
    [InlineData("Net §10.1", Paradigm.Sandboxing, AbstractionLevel.Application, false)]
    public void Matrix_10_1_network_abstraction_row_agrees_with_the_paradigm_profile(string section, Paradigm paradigm, AbstractionLevel abstraction, bool cooperative)
    {
        var profile = ParadigmProfile.Of(paradigm);

        Assert.Equal(abstraction, profile.NetworkAbstraction);
        Assert.Equal(cooperative, profile.GuestCooperates);
        Assert.Contains(section["Net ".Length..], profile.Citation.Sections, StringComparison.Ordinal);
    }

    [Theory]
    // 网络隔离: 虚拟交换机隔离 | 虚拟交换机隔离（协作） | Network Namespace | WASI 权限隔离
    [InlineData("Net §10.1", Paradigm.Virtualization, "virtual switch isolation")]
    [InlineData("Net §10.1", Paradigm.Paravirtualization, "virtual switch isolation, with the guest cooperating")]
    [InlineData("Net §10.1", Paradigm.Containerization, "network namespaces")]
    [InlineData("Net §10.1", Paradigm.Sandboxing, "WASI permissions")]
    public void Matrix_10_1_network_isolation_row_agrees_with_the_paradigm_profile(string section, Paradigm paradigm, string isolation)
    {
        var profile = ParadigmProfile.Of(paradigm);

        Assert.Equal(isolation, profile.NetworkIsolation);
        Assert.Contains(section["Net ".Length..], profile.Citation.Sections, StringComparison.Ordinal);
    }

    [Theory]
    // 虚拟化拓扑映射: 物理交换机 → 虚拟交换机（vSwitch）, 物理网卡 → 虚拟网卡（vNIC）, 物理网络 → 虚拟网络（Virtual Network）
    [InlineData("Net §02.3.2", Paradigm.Virtualization, PhysicalNetworkElement.Switch, "virtual switch (vSwitch)")]
    [InlineData("Net §02.3.2", Paradigm.Virtualization, PhysicalNetworkElement.Nic, "virtual NIC (vNIC)")]
    [InlineData("Net §02.3.2", Paradigm.Virtualization, PhysicalNetworkElement.Network, "virtual network")]
    // 容器化拓扑映射: 物理交换机 → 网桥（Bridge）, 物理网卡 → 虚拟以太网对（veth pair）, 物理网络 → Network Namespace
    [InlineData("Net §02.3.2", Paradigm.Containerization, PhysicalNetworkElement.Switch, "bridge")]
    [InlineData("Net §02.3.2", Paradigm.Containerization, PhysicalNetworkElement.Nic, "virtual Ethernet pair (veth pair)")]
    [InlineData("Net §02.3.2", Paradigm.Containerization, PhysicalNetworkElement.Network, "network namespace")]
    // 沙盒化拓扑映射: 物理交换机 → Host OS 网络栈, 物理网卡 → Socket 抽象（WASI）, 物理网络 → 函数调用拦截（WASI Network）
    [InlineData("Net §02.3.2", Paradigm.Sandboxing, PhysicalNetworkElement.Switch, "host OS network stack")]
    [InlineData("Net §02.3.2", Paradigm.Sandboxing, PhysicalNetworkElement.Nic, "socket abstraction (WASI)")]
    [InlineData("Net §02.3.2", Paradigm.Sandboxing, PhysicalNetworkElement.Network, "function-call interception (WASI Network)")]
    public void Element_mapping_tree(string section, Paradigm paradigm, PhysicalNetworkElement element, string counterpart)
    {
        var mappings = TopologyCatalog.ForParadigm(paradigm).ElementMappings;

        Assert.NotNull(mappings);
        Assert.Equal([PhysicalNetworkElement.Switch, PhysicalNetworkElement.Nic, PhysicalNetworkElement.Network], mappings.Select(m => m.Physical));
        var mapping = Assert.Single(mappings, m => m.Physical == element);
        Assert.Equal(paradigm, mapping.Paradigm);
        Assert.Equal(counterpart, mapping.Counterpart);
        Assert.Equal(section, mapping.Citation.ToString());
    }

    [Fact]
    public void Paravirtualization_has_no_tree_in_sections_02_2_2_and_02_3_2()
    {
        var topology = TopologyCatalog.ForParadigm(Paradigm.Paravirtualization);

        Assert.Null(topology.ElementMappings);
        Assert.Null(topology.LogicalTree);
    }

    [Theory]
    // 虚拟交换机（vSwitch） ├── 逻辑拓扑: Star（VM 连接到 vSwitch） ├── 逻辑网卡（vNIC） └── 虚拟网络（Virtual Network）
    [InlineData("Net §02.2.2", Paradigm.Virtualization, "virtual switch (vSwitch)", LogicalTopology.Star, "VMs connect to the vSwitch", new[] { "logical NIC (vNIC)", "virtual network" })]
    // Network Namespace ├── 逻辑拓扑: Point-to-Point（容器间通信） ├── 虚拟以太网对（veth pair） └── 网桥（Bridge）
    [InlineData("Net §02.2.2", Paradigm.Containerization, "network namespace", LogicalTopology.PointToPoint, "communication between containers", new[] { "virtual Ethernet pair (veth pair)", "bridge" })]
    // WASI Network ├── 逻辑拓扑: Point-to-Point（Wasm 模块间通信） ├── Socket 抽象 └── 函数调用拦截
    [InlineData("Net §02.2.2", Paradigm.Sandboxing, "WASI network", LogicalTopology.PointToPoint, "communication between Wasm modules", new[] { "socket abstraction", "function-call interception" })]
    public void Logical_topology_tree_first_branch(string section, Paradigm paradigm, string root, LogicalTopology topology, string between, string[] elements)
    {
        var tree = TopologyCatalog.ForParadigm(paradigm).LogicalTree;

        Assert.NotNull(tree);
        Assert.Equal(paradigm, tree.Paradigm);
        Assert.Equal(root, tree.Root);
        Assert.Equal(topology, tree.Topology);
        Assert.Equal(between, tree.Between);
        Assert.Equal(elements, tree.Elements);
        Assert.Equal(section, tree.Citation.ToString());
    }

    [Theory]
    // 覆盖网络 ├── VXLAN: 逻辑二层网络 └── GRE: 逻辑三层网络
    [InlineData("Net §02.2.2", Paradigm.Virtualization, "overlay networks", 0, "VXLAN", LogicalTopology.Overlay, "logical layer-2 network")]
    [InlineData("Net §02.2.2", Paradigm.Virtualization, "overlay networks", 1, "GRE", LogicalTopology.Overlay, "logical layer-3 network")]
    // CNI 网络插件 ├── Flannel: 覆盖网络（VXLAN） └── Calico: BGP 网络（点对点）
    [InlineData("Net §02.2.2", Paradigm.Containerization, "CNI network plug-ins", 0, "Flannel", LogicalTopology.Overlay, "overlay network (VXLAN)")]
    [InlineData("Net §02.2.2", Paradigm.Containerization, "CNI network plug-ins", 1, "Calico", LogicalTopology.PointToPoint, "BGP network (point-to-point)")]
    // 网络栈 └── Host OS 网络栈（共享）: no logical topology given
    [InlineData("Net §02.2.2", Paradigm.Sandboxing, "network stack", 0, "host OS network stack", null, "shared")]
    public void Logical_topology_tree_second_branch(string section, Paradigm paradigm, string group, int index, string name, LogicalTopology? topology, string description)
    {
        var tree = TopologyCatalog.ForParadigm(paradigm).LogicalTree;

        Assert.NotNull(tree);
        Assert.Equal(group, tree.BranchGroup);
        var branch = tree.Branches[index];
        Assert.Equal(name, branch.Name);
        Assert.Equal(topology, branch.Topology);
        Assert.Equal(description, branch.Description);
        Assert.Equal(section, branch.Citation.ToString());
    }

    [Theory]
    [InlineData(Paradigm.Virtualization, 2)]
    [InlineData(Paradigm.Containerization, 2)]
    [InlineData(Paradigm.Sandboxing, 1)]
    public void Logical_topology_tree_second_branch_has_no_other_leaves(Paradigm paradigm, int count)
    {
        Assert.Equal(count, TopologyCatalog.ForParadigm(paradigm).LogicalTree!.Branches.Count);
    }

    [Fact]
    public void Every_paradigm_in_the_order_of_the_enum()
    {
        Assert.Equal(Enum.GetValues<Paradigm>(), TopologyCatalog.Paradigms.Select(p => p.Paradigm));
        Assert.All(Enum.GetValues<Paradigm>(), p => Assert.Same(TopologyCatalog.ForParadigm(p), TopologyCatalog.Paradigms[(int)p - 1]));
    }
}
