using Paradigms.Model.Networking;

namespace Paradigms.Model.Tests.Networking;

/// <summary>
/// The protocol-stack catalog against Net §06 and §10.5. Every row of the document's tables and
/// every line of its stack trees is a row of theory data naming its section; expected values are
/// written out by hand from the document.
/// </summary>
public class ProtocolStackCatalogTests
{
    // Net §06.1.1 OSI 模型定义: layer, 功能, 设备, 协议.
    public static TheoryData<string, OsiLayer, string, string[], string[], string[]> OsiDefinitions => new()
    {
        { "Net §06.1.1", OsiLayer.Physical, "physical layer", ["bit-stream transmission", "physical media"], ["NIC", "hub", "repeater"], [] },
        { "Net §06.1.1", OsiLayer.DataLink, "data-link layer", ["frame transmission", "error detection", "MAC addresses"], ["switch", "bridge"], [] },
        { "Net §06.1.1", OsiLayer.Network, "network layer", ["routing", "IP addresses", "packet forwarding"], ["router"], [] },
        { "Net §06.1.1", OsiLayer.Transport, "transport layer", ["end-to-end communication", "TCP/UDP"], [], ["TCP", "UDP"] },
        { "Net §06.1.1", OsiLayer.Session, "session layer", ["session management", "synchronization"], [], [] },
        { "Net §06.1.1", OsiLayer.Presentation, "presentation layer", ["data format conversion", "encryption"], [], [] },
        { "Net §06.1.1", OsiLayer.Application, "application layer", ["application protocols", "HTTP", "DNS"], [], ["HTTP", "HTTPS", "DNS", "FTP"] },
    };

    [Theory]
    [MemberData(nameof(OsiDefinitions))]
    public void OSI_layer_definitions(string section, OsiLayer layer, string name, string[] functions, string[] devices, string[] protocols)
    {
        var profile = ProtocolStackCatalog.Describe(layer);

        Assert.Equal(layer, profile.Layer);
        Assert.Equal(name, profile.Name);
        Assert.Equal(functions, profile.Functions);
        Assert.Equal(devices, profile.Devices);
        Assert.Equal(protocols, profile.Protocols);
        Assert.Contains(section["Net ".Length..], profile.Citation.Sections, StringComparison.Ordinal);
    }

    // Net §06.2.1 TCP/IP 模型定义: layer, 功能, 对应 OSI, 协议.
    public static TheoryData<string, TcpIpLayer, string, string[], OsiLayer[], string[]> TcpIpDefinitions => new()
    {
        { "Net §06.2.1", TcpIpLayer.NetworkInterface, "network interface layer", ["physical transmission", "data link"], [OsiLayer.Physical, OsiLayer.DataLink], [] },
        { "Net §06.2.1", TcpIpLayer.Internet, "internet layer", ["IP protocol", "routing", "packet forwarding"], [OsiLayer.Network], ["IP", "ICMP", "ARP"] },
        { "Net §06.2.1", TcpIpLayer.Transport, "transport layer", ["end-to-end communication", "reliable transmission"], [OsiLayer.Transport], ["TCP", "UDP"] },
        { "Net §06.2.1", TcpIpLayer.Application, "application layer", ["application protocols"], [OsiLayer.Session, OsiLayer.Presentation, OsiLayer.Application], ["HTTP", "HTTPS", "DNS", "FTP", "SSH"] },
    };

    [Theory]
    [MemberData(nameof(TcpIpDefinitions))]
    public void TCP_IP_layer_definitions(string section, TcpIpLayer layer, string name, string[] functions, OsiLayer[] osiLayers, string[] protocols)
    {
        var profile = ProtocolStackCatalog.Describe(layer);

        Assert.Equal(layer, profile.Layer);
        Assert.Equal(name, profile.Name);
        Assert.Equal(functions, profile.Functions);
        Assert.Equal(osiLayers, profile.OsiLayers);
        Assert.Equal(osiLayers, ProtocolStackCatalog.ToOsi(layer));
        Assert.Equal(protocols, profile.Protocols);
        Assert.Equal(section["Net ".Length..], profile.Citation.Sections);
    }

    // Net §06.2.1 对应 OSI, read from each OSI layer.
    [Theory]
    [InlineData("Net §06.2.1", OsiLayer.Physical, TcpIpLayer.NetworkInterface)]
    [InlineData("Net §06.2.1", OsiLayer.DataLink, TcpIpLayer.NetworkInterface)]
    [InlineData("Net §06.2.1", OsiLayer.Network, TcpIpLayer.Internet)]
    [InlineData("Net §06.2.1", OsiLayer.Transport, TcpIpLayer.Transport)]
    [InlineData("Net §06.2.1", OsiLayer.Session, TcpIpLayer.Application)]
    [InlineData("Net §06.2.1", OsiLayer.Presentation, TcpIpLayer.Application)]
    [InlineData("Net §06.2.1", OsiLayer.Application, TcpIpLayer.Application)]
    public void OSI_to_TCP_IP_mapping(string section, OsiLayer osi, TcpIpLayer tcpIp)
    {
        Assert.Equal(tcpIp, ProtocolStackCatalog.ToTcpIp(osi));
        Assert.Equal(tcpIp, ProtocolStackCatalog.Describe(osi).TcpIpLayer);
        Assert.Contains(osi, ProtocolStackCatalog.ToOsi(tcpIp));
        Assert.Contains(section["Net ".Length..], ProtocolStackCatalog.Describe(osi).Citation.Sections, StringComparison.Ordinal);
    }

    [Fact]
    public void Layers_come_in_order_and_the_mapping_covers_every_OSI_layer_once()
    {
        Assert.Equal(Enum.GetValues<OsiLayer>(), ProtocolStackCatalog.OsiLayers.Select(l => l.Layer));
        Assert.Equal(Enum.GetValues<TcpIpLayer>(), ProtocolStackCatalog.TcpIpLayers.Select(l => l.Layer));
        Assert.Equal(Enum.GetValues<OsiLayer>(), ProtocolStackCatalog.TcpIpLayers.SelectMany(l => l.OsiLayers));
    }

    // Net §06.3.1 网络栈对比矩阵: layer × {虚拟化, 容器化, 沙盒化}: provider, （共享）, the cell's words.
    public static TheoryData<string, Paradigm, OsiLayer, LayerProvider, bool, string> StackMatrix => new()
    {
        { "Net §06.3.1", Paradigm.Virtualization, OsiLayer.Physical, LayerProvider.PhysicalNic, false, "物理网卡" },
        { "Net §06.3.1", Paradigm.Virtualization, OsiLayer.DataLink, LayerProvider.VirtualNic, false, "虚拟网卡（vNIC）" },
        { "Net §06.3.1", Paradigm.Virtualization, OsiLayer.Network, LayerProvider.GuestOs, false, "Guest OS IP 栈" },
        { "Net §06.3.1", Paradigm.Virtualization, OsiLayer.Transport, LayerProvider.GuestOs, false, "Guest OS TCP/UDP" },
        { "Net §06.3.1", Paradigm.Virtualization, OsiLayer.Session, LayerProvider.GuestOs, false, "Guest OS" },
        { "Net §06.3.1", Paradigm.Virtualization, OsiLayer.Presentation, LayerProvider.GuestOs, false, "Guest OS" },
        { "Net §06.3.1", Paradigm.Virtualization, OsiLayer.Application, LayerProvider.GuestOsApplication, false, "Guest OS App" },
        { "Net §06.3.1", Paradigm.Containerization, OsiLayer.Physical, LayerProvider.PhysicalNic, true, "物理网卡（共享）" },
        { "Net §06.3.1", Paradigm.Containerization, OsiLayer.DataLink, LayerProvider.VethAndBridge, false, "veth + Bridge" },
        { "Net §06.3.1", Paradigm.Containerization, OsiLayer.Network, LayerProvider.HostOs, true, "Host OS IP 栈（共享）" },
        { "Net §06.3.1", Paradigm.Containerization, OsiLayer.Transport, LayerProvider.HostOs, true, "Host OS TCP/UDP（共享）" },
        { "Net §06.3.1", Paradigm.Containerization, OsiLayer.Session, LayerProvider.HostOs, true, "Host OS（共享）" },
        { "Net §06.3.1", Paradigm.Containerization, OsiLayer.Presentation, LayerProvider.HostOs, true, "Host OS（共享）" },
        { "Net §06.3.1", Paradigm.Containerization, OsiLayer.Application, LayerProvider.ContainerApplication, false, "Container App" },
        { "Net §06.3.1", Paradigm.Sandboxing, OsiLayer.Physical, LayerProvider.PhysicalNic, true, "物理网卡（共享）" },
        { "Net §06.3.1", Paradigm.Sandboxing, OsiLayer.DataLink, LayerProvider.HostOs, true, "Host OS（共享）" },
        { "Net §06.3.1", Paradigm.Sandboxing, OsiLayer.Network, LayerProvider.HostOs, true, "Host OS IP 栈（共享）" },
        { "Net §06.3.1", Paradigm.Sandboxing, OsiLayer.Transport, LayerProvider.HostOs, true, "Host OS TCP/UDP（共享）" },
        { "Net §06.3.1", Paradigm.Sandboxing, OsiLayer.Session, LayerProvider.Wasi, false, "WASI Socket" },
        { "Net §06.3.1", Paradigm.Sandboxing, OsiLayer.Presentation, LayerProvider.Wasi, false, "WASI" },
        { "Net §06.3.1", Paradigm.Sandboxing, OsiLayer.Application, LayerProvider.WasmModule, false, "Wasm Module" },
    };

    [Theory]
    [MemberData(nameof(StackMatrix))]
    public void Network_stack_matrix_cells(string section, Paradigm paradigm, OsiLayer layer, LayerProvider provider, bool shared, string quote)
    {
        var owner = ProtocolStackCatalog.Owner(paradigm, layer);

        Assert.NotNull(owner);
        Assert.Equal(paradigm, owner.Paradigm);
        Assert.Equal(layer, owner.OsiLayer);
        Assert.Null(owner.TcpIpLayer);
        Assert.Equal(provider, owner.Provider);
        Assert.Equal([provider], owner.Path);
        Assert.Equal(shared, owner.SharedWithHost);
        Assert.False(owner.GuestOsModified);
        Assert.Equal(quote, owner.Quote);
        Assert.Contains(section["Net ".Length..], owner.Citation.Sections, StringComparison.Ordinal);
    }

    // Net §10.5 网络协议栈对比矩阵: five layers × four paradigms: provider, （共享）, （修改后）.
    public static TheoryData<string, Paradigm, OsiLayer, LayerProvider, bool, bool> ProtocolStackMatrix => new()
    {
        { "Net §10.5", Paradigm.Virtualization, OsiLayer.Physical, LayerProvider.PhysicalNic, false, false },
        { "Net §10.5", Paradigm.Virtualization, OsiLayer.DataLink, LayerProvider.VirtualNic, false, false },
        { "Net §10.5", Paradigm.Virtualization, OsiLayer.Network, LayerProvider.GuestOs, false, false },
        { "Net §10.5", Paradigm.Virtualization, OsiLayer.Transport, LayerProvider.GuestOs, false, false },
        { "Net §10.5", Paradigm.Virtualization, OsiLayer.Application, LayerProvider.GuestOsApplication, false, false },
        { "Net §10.5", Paradigm.Paravirtualization, OsiLayer.Physical, LayerProvider.PhysicalNic, false, false },
        { "Net §10.5", Paradigm.Paravirtualization, OsiLayer.DataLink, LayerProvider.ParavirtualNic, false, false },
        { "Net §10.5", Paradigm.Paravirtualization, OsiLayer.Network, LayerProvider.GuestOs, false, true },
        { "Net §10.5", Paradigm.Paravirtualization, OsiLayer.Transport, LayerProvider.GuestOs, false, true },
        { "Net §10.5", Paradigm.Paravirtualization, OsiLayer.Application, LayerProvider.GuestOsApplication, false, true },
        { "Net §10.5", Paradigm.Containerization, OsiLayer.Physical, LayerProvider.PhysicalNic, true, false },
        { "Net §10.5", Paradigm.Containerization, OsiLayer.DataLink, LayerProvider.VethAndBridge, false, false },
        { "Net §10.5", Paradigm.Containerization, OsiLayer.Network, LayerProvider.HostOs, true, false },
        { "Net §10.5", Paradigm.Containerization, OsiLayer.Transport, LayerProvider.HostOs, true, false },
        { "Net §10.5", Paradigm.Containerization, OsiLayer.Application, LayerProvider.ContainerApplication, false, false },
        { "Net §10.5", Paradigm.Sandboxing, OsiLayer.Physical, LayerProvider.PhysicalNic, true, false },
        { "Net §10.5", Paradigm.Sandboxing, OsiLayer.DataLink, LayerProvider.HostOs, true, false },
        { "Net §10.5", Paradigm.Sandboxing, OsiLayer.Network, LayerProvider.HostOs, true, false },
        { "Net §10.5", Paradigm.Sandboxing, OsiLayer.Transport, LayerProvider.HostOs, true, false },
        { "Net §10.5", Paradigm.Sandboxing, OsiLayer.Application, LayerProvider.WasmModule, false, false },
    };

    [Theory]
    [MemberData(nameof(ProtocolStackMatrix))]
    public void Protocol_stack_matrix_cells(string section, Paradigm paradigm, OsiLayer layer, LayerProvider provider, bool shared, bool modified)
    {
        var owner = ProtocolStackCatalog.Owner(paradigm, layer);

        Assert.NotNull(owner);
        Assert.Equal(provider, owner.Provider);
        Assert.Equal(shared, owner.SharedWithHost);
        Assert.Equal(modified, owner.GuestOsModified);
        Assert.Contains(section["Net ".Length..], owner.Citation.Sections, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Net §10.5", OsiLayer.Physical, "物理网卡")]
    [InlineData("Net §10.5", OsiLayer.DataLink, "半虚拟化网卡（VirtIO Net）")]
    [InlineData("Net §10.5", OsiLayer.Network, "Guest OS IP（修改后）")]
    [InlineData("Net §10.5", OsiLayer.Transport, "Guest OS TCP/UDP（修改后）")]
    [InlineData("Net §10.5", OsiLayer.Application, "Guest OS App（修改后）")]
    public void Paravirtualization_is_quoted_from_Net_10_5_alone(string section, OsiLayer layer, string quote)
    {
        var owner = ProtocolStackCatalog.Owner(Paradigm.Paravirtualization, layer);

        Assert.NotNull(owner);
        Assert.Equal(quote, owner.Quote);
        Assert.Equal(section["Net ".Length..], owner.Citation.Sections);
    }

    [Theory]
    [InlineData(OsiLayer.Session)]
    [InlineData(OsiLayer.Presentation)]
    public void Paravirtualization_has_no_session_or_presentation_owner_Net_10_5(OsiLayer layer)
    {
        Assert.Null(ProtocolStackCatalog.Owner(Paradigm.Paravirtualization, layer));
    }

    // Net §06.1.2 OSI 模型在各范式中的映射 (tree): each line's provider and （共享）, found as the owner or as another reading citing §06.1.2.
    public static TheoryData<string, Paradigm, OsiLayer, LayerProvider, bool> OsiTree => new()
    {
        { "Net §06.1.2", Paradigm.Virtualization, OsiLayer.Physical, LayerProvider.PhysicalNic, false },
        { "Net §06.1.2", Paradigm.Virtualization, OsiLayer.DataLink, LayerProvider.VirtualNic, false },
        { "Net §06.1.2", Paradigm.Virtualization, OsiLayer.Network, LayerProvider.GuestOs, false },
        { "Net §06.1.2", Paradigm.Virtualization, OsiLayer.Transport, LayerProvider.GuestOs, false },
        { "Net §06.1.2", Paradigm.Virtualization, OsiLayer.Session, LayerProvider.GuestOs, false },
        { "Net §06.1.2", Paradigm.Virtualization, OsiLayer.Presentation, LayerProvider.GuestOs, false },
        { "Net §06.1.2", Paradigm.Virtualization, OsiLayer.Application, LayerProvider.GuestOsApplication, false },
        { "Net §06.1.2", Paradigm.Containerization, OsiLayer.Physical, LayerProvider.PhysicalNic, true },
        { "Net §06.1.2", Paradigm.Containerization, OsiLayer.DataLink, LayerProvider.NetworkNamespaceAndVeth, false },
        { "Net §06.1.2", Paradigm.Containerization, OsiLayer.Network, LayerProvider.HostOs, true },
        { "Net §06.1.2", Paradigm.Containerization, OsiLayer.Transport, LayerProvider.HostOs, true },
        { "Net §06.1.2", Paradigm.Containerization, OsiLayer.Session, LayerProvider.HostOs, true },
        { "Net §06.1.2", Paradigm.Containerization, OsiLayer.Presentation, LayerProvider.HostOs, true },
        { "Net §06.1.2", Paradigm.Containerization, OsiLayer.Application, LayerProvider.ContainerApplication, false },
        { "Net §06.1.2", Paradigm.Sandboxing, OsiLayer.Physical, LayerProvider.PhysicalNic, true },
        { "Net §06.1.2", Paradigm.Sandboxing, OsiLayer.DataLink, LayerProvider.HostOs, true },
        { "Net §06.1.2", Paradigm.Sandboxing, OsiLayer.Network, LayerProvider.HostOs, true },
        { "Net §06.1.2", Paradigm.Sandboxing, OsiLayer.Transport, LayerProvider.HostOs, true },
        { "Net §06.1.2", Paradigm.Sandboxing, OsiLayer.Session, LayerProvider.Wasi, false },
        { "Net §06.1.2", Paradigm.Sandboxing, OsiLayer.Presentation, LayerProvider.Wasi, false },
        { "Net §06.1.2", Paradigm.Sandboxing, OsiLayer.Application, LayerProvider.WasmModule, false },
    };

    [Theory]
    [MemberData(nameof(OsiTree))]
    public void OSI_per_paradigm_tree_lines(string section, Paradigm paradigm, OsiLayer layer, LayerProvider provider, bool shared)
    {
        var owner = ProtocolStackCatalog.Owner(paradigm, layer);

        Assert.NotNull(owner);
        var reading = Assert.Single(
            owner.OtherReadings.Prepend(owner),
            r => r.Citation.Sections!.Contains(section["Net ".Length..], StringComparison.Ordinal));
        Assert.Equal(provider, reading.Provider);
        Assert.Equal(shared, reading.SharedWithHost);
        Assert.Equal(layer, reading.OsiLayer);
    }

    // Net §06.2.2 TCP/IP 模型在各范式中的映射 (tree): path of providers, （共享）, the line's words.
    public static TheoryData<string, Paradigm, TcpIpLayer, LayerProvider[], bool, string> TcpIpTree => new()
    {
        { "Net §06.2.2", Paradigm.Virtualization, TcpIpLayer.NetworkInterface, [LayerProvider.VirtualNic, LayerProvider.Hypervisor, LayerProvider.PhysicalNic], false, "虚拟网卡（vNIC）→ Hypervisor → 物理网卡" },
        { "Net §06.2.2", Paradigm.Virtualization, TcpIpLayer.Internet, [LayerProvider.GuestOs], false, "Guest OS IP 协议栈" },
        { "Net §06.2.2", Paradigm.Virtualization, TcpIpLayer.Transport, [LayerProvider.GuestOs], false, "Guest OS TCP/UDP" },
        { "Net §06.2.2", Paradigm.Virtualization, TcpIpLayer.Application, [LayerProvider.GuestOsApplication], false, "Guest OS 应用程序" },
        { "Net §06.2.2", Paradigm.Containerization, TcpIpLayer.NetworkInterface, [LayerProvider.Veth, LayerProvider.Bridge, LayerProvider.PhysicalNic], true, "veth → Bridge → 物理网卡（共享）" },
        { "Net §06.2.2", Paradigm.Containerization, TcpIpLayer.Internet, [LayerProvider.HostOs], true, "Host OS IP 协议栈（共享）" },
        { "Net §06.2.2", Paradigm.Containerization, TcpIpLayer.Transport, [LayerProvider.HostOs], true, "Host OS TCP/UDP（共享）" },
        { "Net §06.2.2", Paradigm.Containerization, TcpIpLayer.Application, [LayerProvider.ContainerApplication], false, "Container 应用程序" },
        { "Net §06.2.2", Paradigm.Sandboxing, TcpIpLayer.NetworkInterface, [LayerProvider.HostOs], true, "Host OS 网络接口层（共享）" },
        { "Net §06.2.2", Paradigm.Sandboxing, TcpIpLayer.Internet, [LayerProvider.HostOs], true, "Host OS IP 协议栈（共享）" },
        { "Net §06.2.2", Paradigm.Sandboxing, TcpIpLayer.Transport, [LayerProvider.HostOs], true, "Host OS TCP/UDP（共享）" },
        { "Net §06.2.2", Paradigm.Sandboxing, TcpIpLayer.Application, [LayerProvider.WasmModule], false, "Wasm Module（WASI Network）" },
    };

    [Theory]
    [MemberData(nameof(TcpIpTree))]
    public void TCP_IP_per_paradigm_tree_lines(string section, Paradigm paradigm, TcpIpLayer layer, LayerProvider[] path, bool shared, string quote)
    {
        var owner = ProtocolStackCatalog.Owner(paradigm, layer);

        Assert.NotNull(owner);
        Assert.Equal(paradigm, owner.Paradigm);
        Assert.Equal(layer, owner.TcpIpLayer);
        Assert.Null(owner.OsiLayer);
        Assert.Equal(path, owner.Path);
        Assert.Equal(path[0], owner.Provider);
        Assert.Equal(shared, owner.SharedWithHost);
        Assert.False(owner.GuestOsModified);
        Assert.Equal(quote, owner.Quote);
        Assert.Equal(section["Net ".Length..], owner.Citation.Sections);
    }

    [Theory]
    [InlineData(TcpIpLayer.NetworkInterface)]
    [InlineData(TcpIpLayer.Internet)]
    [InlineData(TcpIpLayer.Transport)]
    [InlineData(TcpIpLayer.Application)]
    public void Paravirtualization_has_no_TCP_IP_owner_Net_06_2_2(TcpIpLayer layer)
    {
        Assert.Null(ProtocolStackCatalog.Owner(Paradigm.Paravirtualization, layer));
    }

    [Fact]
    public void A_containers_transport_layer_is_the_host_OS_shared()
    {
        var owner = ProtocolStackCatalog.Owner(Paradigm.Containerization, OsiLayer.Transport);

        Assert.NotNull(owner);
        Assert.Equal(LayerProvider.HostOs, owner.Provider);
        Assert.True(owner.SharedWithHost);
    }

    [Fact]
    public void A_containers_data_link_layer_keeps_Net_06_1_2_as_the_other_reading()
    {
        var owner = ProtocolStackCatalog.Owner(Paradigm.Containerization, OsiLayer.DataLink);

        Assert.NotNull(owner);
        Assert.Equal(LayerProvider.VethAndBridge, owner.Provider);
        Assert.Equal("§06.3.1, §10.5", owner.Citation.Sections);
        var other = Assert.Single(owner.OtherReadings);
        Assert.Equal(LayerProvider.NetworkNamespaceAndVeth, other.Provider);
        Assert.Equal("Network Namespace + veth", other.Quote);
        Assert.Equal("§06.1.2", other.Citation.Sections);
    }

    public static TheoryData<string, Func<LayerOwner?>> ContainerStackLayers => new()
    {
        { "OSI network", () => ProtocolStackCatalog.Owner(Paradigm.Containerization, OsiLayer.Network) },
        { "OSI transport", () => ProtocolStackCatalog.Owner(Paradigm.Containerization, OsiLayer.Transport) },
        { "TCP/IP internet", () => ProtocolStackCatalog.Owner(Paradigm.Containerization, TcpIpLayer.Internet) },
        { "TCP/IP transport", () => ProtocolStackCatalog.Owner(Paradigm.Containerization, TcpIpLayer.Transport) },
    };

    [Theory]
    [MemberData(nameof(ContainerStackLayers))]
    public void A_containers_stack_is_shared_but_Net_05_3_2_and_08_say_independent(string layer, Func<LayerOwner?> lookup)
    {
        var owner = lookup();

        Assert.NotNull(owner);
        Assert.Equal(LayerProvider.HostOs, owner.Provider);
        Assert.True(owner.SharedWithHost);
        var other = Assert.Single(owner.OtherReadings);
        Assert.Equal(LayerProvider.NetworkNamespace, other.Provider);
        Assert.False(other.SharedWithHost);
        Assert.Equal("网络协议栈（独立）", other.Quote);
        Assert.Equal("§05.3.2, §08.1.1, §08.2.1, §08.3.1", other.Citation.Sections);
        Assert.Equal(owner.OsiLayer, other.OsiLayer);
        Assert.Equal(owner.TcpIpLayer, other.TcpIpLayer);
        Assert.NotNull(layer);
    }

    [Fact]
    public void Only_the_cells_with_a_disagreement_have_other_readings()
    {
        var withOthers = new List<string>();
        foreach (var paradigm in Enum.GetValues<Paradigm>())
        {
            foreach (var layer in Enum.GetValues<OsiLayer>())
            {
                if (ProtocolStackCatalog.Owner(paradigm, layer)?.OtherReadings.Count > 0)
                {
                    withOthers.Add($"{paradigm} {layer}");
                }
            }

            foreach (var layer in Enum.GetValues<TcpIpLayer>())
            {
                if (ProtocolStackCatalog.Owner(paradigm, layer)?.OtherReadings.Count > 0)
                {
                    withOthers.Add($"{paradigm} TCP/IP {layer}");
                }
            }
        }

        Assert.Equal(
            ["Containerization DataLink", "Containerization Network", "Containerization Transport", "Containerization TCP/IP Internet", "Containerization TCP/IP Transport"],
            withOthers);
    }

    [Fact]
    public void Lists_cannot_be_cast_back_to_mutable_arrays()
    {
        var lists = new List<object> { ProtocolStackCatalog.OsiLayers, ProtocolStackCatalog.TcpIpLayers };
        lists.AddRange(ProtocolStackCatalog.OsiLayers.SelectMany(l => new object[] { l.Functions, l.Devices, l.Protocols }));
        lists.AddRange(ProtocolStackCatalog.TcpIpLayers.SelectMany(l => new object[] { l.Functions, l.OsiLayers, l.Protocols }));
        foreach (var paradigm in Enum.GetValues<Paradigm>())
        {
            var owners = Enum.GetValues<OsiLayer>().Select(l => ProtocolStackCatalog.Owner(paradigm, l))
                .Concat(Enum.GetValues<TcpIpLayer>().Select(l => ProtocolStackCatalog.Owner(paradigm, l)))
                .OfType<LayerOwner>();
            lists.AddRange(owners.SelectMany(o => new object[] { o.Path, o.OtherReadings }));
        }

        Assert.All(lists, list =>
        {
            Assert.False(list.GetType().IsArray, list.GetType().Name);
            Assert.True(((System.Collections.IList)list).IsReadOnly);
        });
    }

    public static TheoryData<string, Action, string, string> BadInput => new()
    {
        { "Describe(OsiLayer 0)", () => ProtocolStackCatalog.Describe((OsiLayer)0), "layer", "layer was 0; allowed: Physical, DataLink, Network, Transport, Session, Presentation, Application." },
        { "Describe(OsiLayer 8)", () => ProtocolStackCatalog.Describe((OsiLayer)8), "layer", "layer was 8; allowed: Physical," },
        { "Describe(TcpIpLayer 0)", () => ProtocolStackCatalog.Describe((TcpIpLayer)0), "layer", "layer was 0; allowed: NetworkInterface, Internet, Transport, Application." },
        { "ToTcpIp(OsiLayer 9)", () => ProtocolStackCatalog.ToTcpIp((OsiLayer)9), "layer", "layer was 9; allowed: Physical," },
        { "ToOsi(TcpIpLayer 5)", () => ProtocolStackCatalog.ToOsi((TcpIpLayer)5), "layer", "layer was 5; allowed: NetworkInterface," },
        { "Owner(Paradigm 0, OSI)", () => ProtocolStackCatalog.Owner((Paradigm)0, OsiLayer.Physical), "paradigm", "paradigm was 0; allowed: Virtualization, Paravirtualization, Containerization, Sandboxing." },
        { "Owner(OSI 0)", () => ProtocolStackCatalog.Owner(Paradigm.Virtualization, (OsiLayer)0), "layer", "layer was 0; allowed: Physical," },
        { "Owner(Paradigm 7, TCP/IP)", () => ProtocolStackCatalog.Owner((Paradigm)7, TcpIpLayer.Internet), "paradigm", "paradigm was 7; allowed: Virtualization," },
        { "Owner(TCP/IP -1)", () => ProtocolStackCatalog.Owner(Paradigm.Sandboxing, (TcpIpLayer)(-1)), "layer", "layer was -1; allowed: NetworkInterface," },
        { "Owner(Paravirtualization, TCP/IP 0)", () => ProtocolStackCatalog.Owner(Paradigm.Paravirtualization, (TcpIpLayer)0), "layer", "layer was 0; allowed: NetworkInterface," },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public void Undefined_values_are_refused_with_their_name_and_value(string call, Action lookup, string parameter, string message)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(lookup);

        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.NotNull(call);
    }
}
