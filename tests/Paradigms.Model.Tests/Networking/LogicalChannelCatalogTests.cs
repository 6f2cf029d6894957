using Paradigms.Model.Networking;

namespace Paradigms.Model.Tests.Networking;

/// <summary>The logical channels of Net §04.2.1 and the logical channel tree of Net §04.2.2.</summary>
public class LogicalChannelCatalogTests
{
    [Theory]
    [InlineData("Net §04.2.1", LogicalChannelKind.Vlan, "A logically separated virtual network created on a physical network.", "802.1Q VLAN tag", "network isolation; broadcast-domain segmentation")]
    [InlineData("Net §04.2.1", LogicalChannelKind.Vpn, "A private logical network created over a public network.", "IPsec; SSL VPN; GRE", "remote access; site-to-site interconnection")]
    [InlineData("Net §04.2.1", LogicalChannelKind.Vxlan, "An overlay channel: a logical layer-2 network over an IP network.", "VXLAN encapsulation, networks told apart by their VNI (virtual network identifier)", "container networks; virtual networks")]
    [InlineData("Net §04.2.1", LogicalChannelKind.Gre, "An overlay channel: a logical layer-3 network.", "", "")]
    [InlineData("Net §04.2.1", LogicalChannelKind.Geneve, "An overlay channel: generic network virtualization encapsulation.", "", "")]
    [InlineData("Net §04.2.1", LogicalChannelKind.Cni, "A container network channel: a logical channel made through the Container Network Interface.", "Flannel (a VXLAN channel); Calico (a BGP channel); Weave (an overlay network)", "")]
    [InlineData("Net §04.2.1", LogicalChannelKind.ServiceMesh, "A container network channel: the logical channel of a service mesh.", "Istio (an mTLS channel)", "")]
    [InlineData("Net §04.2.1", LogicalChannelKind.IngressEgress, "A container network channel: the logical channel of traffic entering (ingress) or leaving (egress).", "", "")]
    [InlineData("Net §04.2.2", LogicalChannelKind.NetworkNamespace, "An independent network stack; the physical NIC under it is shared.", "a network namespace with its own network stack", "container network isolation")]
    [InlineData("Net §04.2.2", LogicalChannelKind.WasiSocket, "WASI Network: a socket abstraction over the host OS network stack.", "socket abstraction (WASI Network); WASI socket functions (the function-call channel)", "Wasm network abstraction")]
    public void Each_kind_has_its_definition_implementations_and_uses(string section, LogicalChannelKind kind, string definition, string implementations, string uses)
    {
        var channel = ChannelCatalog.Logical(kind);

        Assert.Equal(kind, channel.Kind);
        Assert.Equal(definition, channel.Definition);
        Assert.Equal(implementations, string.Join("; ", channel.Implementations));
        Assert.Equal(uses, string.Join("; ", channel.Uses));
        Assert.Contains(section.Replace("Net ", string.Empty, StringComparison.Ordinal), channel.Citation.Sections, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Net §05.3.2", LogicalChannelKind.Vlan, 2)]
    [InlineData("Net §02.2.2", LogicalChannelKind.Vxlan, 2)]
    [InlineData("Net §02.2.2", LogicalChannelKind.Gre, 3)]
    [InlineData("Net §04.2.1", LogicalChannelKind.Geneve, null)]
    [InlineData("Net §04.2.1", LogicalChannelKind.Vpn, null)]
    [InlineData("Net §04.2.1", LogicalChannelKind.Cni, null)]
    [InlineData("Net §04.2.1", LogicalChannelKind.ServiceMesh, null)]
    [InlineData("Net §04.2.1", LogicalChannelKind.IngressEgress, null)]
    [InlineData("Net §04.2.2", LogicalChannelKind.NetworkNamespace, null)]
    [InlineData("Net §04.2.2", LogicalChannelKind.WasiSocket, null)]
    public void The_layer_is_given_only_where_the_document_gives_it(string section, LogicalChannelKind kind, int? layer)
    {
        var channel = ChannelCatalog.Logical(kind);

        Assert.Equal(layer, channel.Layer);
        Assert.Contains(section.Replace("Net ", string.Empty, StringComparison.Ordinal), channel.Citation.Sections, StringComparison.Ordinal);
    }

    [Fact]
    public void A_VLAN_id_runs_from_1_to_4094()
    {
        var vlan = ChannelCatalog.Logical(LogicalChannelKind.Vlan);

        Assert.Equal("VLAN ID", vlan.IdentifierName);
        Assert.Equal(1, vlan.MinimumIdentifier!.Value);
        Assert.Equal(4094, vlan.MaximumIdentifier!.Value);
        Assert.Equal("IEEE 802.1Q (standard)", vlan.MaximumIdentifier.Citation.ToString());
    }

    [Fact]
    public void A_VXLAN_VNI_runs_up_to_16_777_215()
    {
        var vxlan = ChannelCatalog.Logical(LogicalChannelKind.Vxlan);

        Assert.Equal("VNI", vxlan.IdentifierName);
        Assert.Equal(0, vxlan.MinimumIdentifier!.Value);
        Assert.Equal(16_777_215, vxlan.MaximumIdentifier!.Value);
        Assert.Equal("RFC 7348 (standard)", vxlan.MaximumIdentifier.Citation.ToString());
    }

    [Theory]
    [InlineData(LogicalChannelKind.Gre)]
    [InlineData(LogicalChannelKind.Geneve)]
    [InlineData(LogicalChannelKind.Vpn)]
    [InlineData(LogicalChannelKind.Cni)]
    [InlineData(LogicalChannelKind.ServiceMesh)]
    [InlineData(LogicalChannelKind.IngressEgress)]
    [InlineData(LogicalChannelKind.NetworkNamespace)]
    [InlineData(LogicalChannelKind.WasiSocket)]
    public void Other_kinds_have_no_identifier(LogicalChannelKind kind)
    {
        var channel = ChannelCatalog.Logical(kind);

        Assert.Null(channel.IdentifierName);
        Assert.Null(channel.MinimumIdentifier);
        Assert.Null(channel.MaximumIdentifier);
    }

    /// <summary>The tree of Net §04.2.2: each paradigm's logical channels and the physical channel under each.</summary>
    [Theory]
    [InlineData("Net §04.2.2", LogicalChannelKind.Vlan, new[] { Paradigm.Virtualization }, "the shared physical network")]
    [InlineData("Net §04.2.2", LogicalChannelKind.Vxlan, new[] { Paradigm.Virtualization }, "the underlying IP network")]
    [InlineData("Net §04.2.2", LogicalChannelKind.Vpn, new[] { Paradigm.Virtualization }, "the public network")]
    [InlineData("Net §04.2.2", LogicalChannelKind.NetworkNamespace, new[] { Paradigm.Containerization }, "the shared physical NIC")]
    [InlineData("Net §04.2.2", LogicalChannelKind.Cni, new[] { Paradigm.Containerization }, "the underlying physical network")]
    [InlineData("Net §04.2.2", LogicalChannelKind.ServiceMesh, new[] { Paradigm.Containerization }, "the container network")]
    [InlineData("Net §04.2.2", LogicalChannelKind.WasiSocket, new[] { Paradigm.Sandboxing }, "the host OS network stack and its sockets")]
    [InlineData("Net §04.2.1", LogicalChannelKind.Gre, new Paradigm[0], "the underlying IP network")]
    [InlineData("Net §04.2.1", LogicalChannelKind.Geneve, new Paradigm[0], null)]
    [InlineData("Net §04.2.1", LogicalChannelKind.IngressEgress, new Paradigm[0], null)]
    public void Net_04_2_2_places_each_channel_under_its_paradigm_and_over_its_physical_channel(
        string section, LogicalChannelKind kind, Paradigm[] paradigms, string? underlay)
    {
        var channel = ChannelCatalog.Logical(kind);

        Assert.Equal(paradigms, channel.Paradigms);
        Assert.Equal(underlay, channel.Underlay);
        Assert.Contains(section.Replace("Net ", string.Empty, StringComparison.Ordinal), channel.Citation.Sections, StringComparison.Ordinal);
    }

    [Fact]
    public void The_list_holds_the_ten_kinds_in_enum_order_and_cannot_be_changed()
    {
        var all = ChannelCatalog.LogicalChannels;

        Assert.Equal(Enum.GetValues<LogicalChannelKind>(), all.Select(c => c.Kind));
        Assert.IsNotType<LogicalChannelProfile[]>(all);
        Assert.True(all is not IList<LogicalChannelProfile> list || list.IsReadOnly);
        Assert.All(all, c => Assert.Equal("Net", c.Citation.Source));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void An_undefined_kind_is_refused_by_name_and_value(int value)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ChannelCatalog.Logical((LogicalChannelKind)value));

        Assert.Equal("kind", error.ParamName);
        Assert.Contains($"kind was {value}; allowed: Vlan, Vxlan, Gre,", error.Message, StringComparison.Ordinal);
    }
}
