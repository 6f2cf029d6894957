using Paradigms.Model.Networking;

namespace Paradigms.Model.Tests.Networking;

/// <summary>The channel mappings: physical to logical (Net §04.3.1) and per paradigm (Net §04.3.2, §10.3).</summary>
public class ChannelMappingCatalogTests
{
    [Theory]
    [InlineData("Net §04.3.1", 0, "Ethernet", LogicalChannelKind.Vlan, "VLAN", "one physical Ethernet maps to many VLANs", "network isolation")]
    [InlineData("Net §04.3.1", 1, "IP network", LogicalChannelKind.Vxlan, "VXLAN", "a physical IP network maps to a logical layer 2", "container networks; virtual networks")]
    [InlineData("Net §04.3.1", 2, "physical NIC", LogicalChannelKind.NetworkNamespace, "Network Namespace", "one physical NIC maps to many logical network spaces", "container network isolation")]
    [InlineData("Net §04.3.1", 3, "Host OS", LogicalChannelKind.WasiSocket, "WASI Network", "the host OS network stack maps to the WASI interface", "Wasm network abstraction")]
    public void Net_04_3_1_maps_each_physical_channel_to_a_logical_one(
        string section, int row, string physical, LogicalChannelKind kind, string logical, string relation, string uses)
    {
        var mapping = ChannelCatalog.PhysicalToLogical[row];

        Assert.Equal(4, ChannelCatalog.PhysicalToLogical.Count);
        Assert.Equal(section, mapping.Citation.ToString());
        Assert.Equal(physical, mapping.PhysicalChannel);
        Assert.Equal(kind, mapping.LogicalKind);
        Assert.Equal(logical, mapping.LogicalChannel);
        Assert.Equal(relation, mapping.Relation);
        Assert.Equal(uses, string.Join("; ", mapping.Uses));
    }

    [Theory]
    [InlineData("Net §04.3.2", Paradigm.Virtualization, "physical NIC", HostSharing.None, "virtual NIC (vNIC)", null, AbstractionLevel.Hardware, false)]
    [InlineData("Net §04.3.2", Paradigm.Containerization, "physical NIC (shared)", HostSharing.PhysicalNic, "Network Namespace", LogicalChannelKind.NetworkNamespace, AbstractionLevel.Process, false)]
    [InlineData("Net §04.3.2", Paradigm.Sandboxing, "host OS network stack", HostSharing.NetworkStack, "WASI Network (socket)", LogicalChannelKind.WasiSocket, AbstractionLevel.Application, false)]
    [InlineData("Net §10.3", Paradigm.Virtualization, "physical NIC", HostSharing.None, "virtual NIC (emulated)", null, AbstractionLevel.Hardware, false)]
    [InlineData("Net §10.3", Paradigm.Paravirtualization, "physical NIC", HostSharing.None, "paravirtual NIC (VirtIO Net)", null, AbstractionLevel.Hardware, true)]
    [InlineData("Net §10.3", Paradigm.Containerization, "physical NIC (shared)", HostSharing.PhysicalNic, "Network Namespace", LogicalChannelKind.NetworkNamespace, AbstractionLevel.Process, false)]
    [InlineData("Net §10.3", Paradigm.Sandboxing, "physical NIC (shared)", HostSharing.PhysicalNic, "WASI Socket", LogicalChannelKind.WasiSocket, AbstractionLevel.Application, false)]
    public void Each_table_gives_each_paradigm_its_channels_and_abstraction(
        string section, Paradigm paradigm, string physical, HostSharing shared, string logical, LogicalChannelKind? kind, AbstractionLevel abstraction, bool cooperative)
    {
        var table = section == "Net §10.3" ? ChannelCatalog.ParadigmMatrix : ChannelCatalog.ParadigmMappings;
        var row = Assert.Single(table, r => r.Paradigm == paradigm);

        Assert.Equal(section, row.Citation.ToString());
        Assert.Equal(physical, row.PhysicalChannel);
        Assert.Equal(shared, row.SharedWithHost);
        Assert.Equal(logical, row.LogicalChannel);
        Assert.Equal(kind, row.LogicalKind);
        Assert.Equal(abstraction, row.Abstraction);
        Assert.Equal(cooperative, row.GuestCooperates);
    }

    [Fact]
    public void Net_04_3_2_has_no_paravirtualization_row()
    {
        Assert.Equal([Paradigm.Virtualization, Paradigm.Containerization, Paradigm.Sandboxing], ChannelCatalog.ParadigmMappings.Select(r => r.Paradigm));
        Assert.Equal(Enum.GetValues<Paradigm>(), ChannelCatalog.ParadigmMatrix.Select(r => r.Paradigm));

        var paravirtualization = ChannelCatalog.ForParadigm(Paradigm.Paravirtualization);
        Assert.Null(paravirtualization.Mapping);
        Assert.Same(paravirtualization.Matrix, Assert.Single(paravirtualization.Rows));
    }

    [Theory]
    [InlineData(Paradigm.Virtualization)]
    [InlineData(Paradigm.Containerization)]
    [InlineData(Paradigm.Sandboxing)]
    public void For_a_paradigm_gives_its_row_of_each_table(Paradigm paradigm)
    {
        var channels = ChannelCatalog.ForParadigm(paradigm);

        Assert.Equal(paradigm, channels.Paradigm);
        Assert.Equal("Net §04.3.2", channels.Mapping!.Citation.ToString());
        Assert.Equal("Net §10.3", channels.Matrix.Citation.ToString());
        Assert.Equal([channels.Mapping, channels.Matrix], channels.Rows);
        Assert.Equal(channels.Mapping.Abstraction, channels.Matrix.Abstraction);
    }

    /// <summary>Where the two tables disagree (listed in docs/seed-consistency.md): both sides are kept.</summary>
    [Theory]
    [InlineData(Paradigm.Virtualization, "physical NIC", "physical NIC", "virtual NIC (vNIC)", "virtual NIC (emulated)")]
    [InlineData(Paradigm.Containerization, "physical NIC (shared)", "physical NIC (shared)", "Network Namespace", "Network Namespace")]
    [InlineData(Paradigm.Sandboxing, "host OS network stack", "physical NIC (shared)", "WASI Network (socket)", "WASI Socket")]
    public void The_two_tables_are_both_kept(Paradigm paradigm, string physical0432, string physical103, string logical0432, string logical103)
    {
        var channels = ChannelCatalog.ForParadigm(paradigm);

        Assert.Equal(physical0432, channels.Mapping!.PhysicalChannel);
        Assert.Equal(physical103, channels.Matrix.PhysicalChannel);
        Assert.Equal(logical0432, channels.Mapping.LogicalChannel);
        Assert.Equal(logical103, channels.Matrix.LogicalChannel);
    }

    [Fact]
    public void The_abstraction_agrees_with_the_paradigm_profile()
    {
        Assert.All(ChannelCatalog.ParadigmMatrix, row =>
        {
            var profile = ParadigmProfile.Of(row.Paradigm);
            Assert.Equal(profile.NetworkAbstraction, row.Abstraction);
            Assert.Equal(profile.GuestCooperates, row.GuestCooperates);
        });
    }

    [Fact]
    public void The_lists_cannot_be_changed()
    {
        Assert.IsNotType<ChannelMapping[]>(ChannelCatalog.PhysicalToLogical);
        Assert.IsNotType<ParadigmChannelModel[]>(ChannelCatalog.ParadigmMappings);
        Assert.IsNotType<ParadigmChannelModel[]>(ChannelCatalog.ParadigmMatrix);
        Assert.True(ChannelCatalog.ParadigmMatrix is not IList<ParadigmChannelModel> list || list.IsReadOnly);
        Assert.True(ChannelCatalog.ForParadigm(Paradigm.Sandboxing).Rows is not IList<ParadigmChannelModel> rows || rows.IsReadOnly);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void An_undefined_paradigm_is_refused_by_name_and_value(int value)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ChannelCatalog.ForParadigm((Paradigm)value));

        Assert.Equal("paradigm", error.ParamName);
        Assert.Contains($"paradigm was {value}; allowed: Virtualization, Paravirtualization, Containerization, Sandboxing.", error.Message, StringComparison.Ordinal);
    }
}
