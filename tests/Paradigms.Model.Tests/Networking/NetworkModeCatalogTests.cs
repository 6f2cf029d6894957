using Paradigms.Model.Networking;

namespace Paradigms.Model.Tests.Networking;

public class NetworkModeCatalogTests
{
    private const Reach Everything = Reach.Host | Reach.LocalWorkloads | Reach.PhysicalNetwork | Reach.ExternalNetworks;

    // Section, mode, paradigm, topology, characteristics, uses ("; "-joined), documented reach, reach, reachable from.
    public static TheoryData<string, NetworkMode, Paradigm, string?, string?, string, Reach, Reach, Reach> Variants => new()
    {
        {
            "Net §07.1.1", NetworkMode.Bridge, Paradigm.Virtualization,
            "The VM is bridged onto the physical network through the vSwitch.",
            "The VM gets an address in the physical network's IP range.",
            "Data centres; Enterprise networks",
            Reach.PhysicalNetwork, Everything, Everything
        },
        {
            "Net §07.1.1", NetworkMode.Nat, Paradigm.Virtualization,
            "The VM reaches the physical network through NAT.",
            "The VM uses a private IP address, translated by NAT.",
            "Development environments; Test environments",
            Reach.PhysicalNetwork, Everything, Reach.Host | Reach.LocalWorkloads
        },
        {
            "Net §07.1.1", NetworkMode.HostOnly, Paradigm.Virtualization,
            "The VM can talk only to the host and to other VMs.",
            "Fully isolated: no access to outside networks.",
            "Security testing; Isolated environments",
            Reach.Host | Reach.LocalWorkloads, Reach.Host | Reach.LocalWorkloads, Reach.Host | Reach.LocalWorkloads
        },
        {
            "Net §07.1.1", NetworkMode.Overlay, Paradigm.Virtualization,
            "VMs are connected through an overlay network such as VXLAN.",
            "A logical layer-2 network spanning physical networks.",
            "Cloud environments; Multi-tenant networks",
            Reach.RemoteWorkloads, Reach.LocalWorkloads | Reach.RemoteWorkloads, Reach.LocalWorkloads | Reach.RemoteWorkloads
        },
        {
            "Net §08.1.1", NetworkMode.Bridge, Paradigm.Containerization,
            "Containers attach to a bridge through veth pairs.",
            "Containers on the same bridge can talk to each other.",
            "Single-host container networking",
            Reach.LocalWorkloads, Reach.Host | Reach.LocalWorkloads, Reach.Host | Reach.LocalWorkloads
        },
        {
            "Net §08.1.1", NetworkMode.Cni, Paradigm.Containerization,
            "A CNI plug-in creates the network.",
            "Supports multi-host container networking.",
            "Kubernetes cluster networking",
            Reach.RemoteWorkloads,
            Reach.Host | Reach.LocalWorkloads | Reach.RemoteWorkloads,
            Reach.Host | Reach.LocalWorkloads | Reach.RemoteWorkloads
        },
        {
            "Net §08.1.1", NetworkMode.Overlay, Paradigm.Containerization,
            null, null, "",
            Reach.None, Reach.LocalWorkloads | Reach.RemoteWorkloads, Reach.LocalWorkloads | Reach.RemoteWorkloads
        },
        {
            "Net §03.3.2, §09.1.1", NetworkMode.SharedHostStack, Paradigm.Sandboxing,
            "Every Wasm module shares the host OS's network stack, through the WASI socket abstraction; socket function calls are intercepted.",
            "No network namespace of its own; a lightweight network abstraction with minimal overhead; isolated by WASI permissions.",
            "",
            Reach.LocalWorkloads, Everything, Everything
        },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Every_variant_is_as_its_section_describes_it(
        string section, NetworkMode mode, Paradigm paradigm, string? topology, string? characteristics, string uses, Reach documented, Reach reach, Reach reachableFrom)
    {
        var variant = NetworkModeCatalog.Describe(mode, paradigm);

        Assert.NotNull(variant);
        Assert.Equal(section, variant.Citation.ToString());
        Assert.Equal(mode, variant.Mode);
        Assert.Equal(topology, variant.Topology);
        Assert.Equal(characteristics, variant.Characteristics);
        Assert.Equal(uses, string.Join("; ", variant.Uses));
        Assert.Equal(documented, variant.DocumentedReach);
        Assert.Equal(reach, variant.Reach);
        Assert.Equal(reachableFrom, variant.ReachableFrom);
        Assert.Equal(mode == NetworkMode.SharedHostStack, variant.NeedsGrant);
    }

    [Theory]
    [InlineData("Net §07.1.1", NetworkMode.Bridge, Paradigm.Paravirtualization)]
    [InlineData("Net §07.1.1", NetworkMode.Nat, Paradigm.Paravirtualization)]
    [InlineData("Net §07.1.1", NetworkMode.HostOnly, Paradigm.Paravirtualization)]
    [InlineData("Net §07.1.1", NetworkMode.Overlay, Paradigm.Paravirtualization)]
    public void Paravirtual_VMs_share_the_VM_variants(string section, NetworkMode mode, Paradigm paradigm)
    {
        var variant = NetworkModeCatalog.Describe(mode, paradigm);

        Assert.NotNull(variant);
        Assert.Same(NetworkModeCatalog.Describe(mode, Paradigm.Virtualization), variant);
        Assert.Equal(section, variant.Citation.ToString());
        Assert.Equal([Paradigm.Virtualization, Paradigm.Paravirtualization], variant.Paradigms);
    }

    [Theory]
    [InlineData(NetworkMode.Nat, Paradigm.Containerization)]
    [InlineData(NetworkMode.HostOnly, Paradigm.Containerization)]
    [InlineData(NetworkMode.Cni, Paradigm.Virtualization)]
    [InlineData(NetworkMode.Cni, Paradigm.Sandboxing)]
    [InlineData(NetworkMode.Bridge, Paradigm.Sandboxing)]
    [InlineData(NetworkMode.SharedHostStack, Paradigm.Virtualization)]
    [InlineData(NetworkMode.SharedHostStack, Paradigm.Containerization)]
    public void A_mode_the_document_does_not_describe_for_a_paradigm_has_no_variant(NetworkMode mode, Paradigm paradigm) =>
        Assert.Null(NetworkModeCatalog.Describe(mode, paradigm));

    // Section, mode, name, paradigms, implementations.
    [Theory]
    [InlineData("Net §07.1.1, §08.1.1", NetworkMode.Bridge, "Bridge", "Virtualization, Paravirtualization, Containerization", "Open vSwitch, Linux Bridge, VMware vSwitch, docker0, cni0, br0")]
    [InlineData("Net §07.1.1", NetworkMode.Nat, "NAT", "Virtualization, Paravirtualization", "")]
    [InlineData("Net §07.1.1", NetworkMode.HostOnly, "Host-only", "Virtualization, Paravirtualization", "")]
    [InlineData("Net §07.1.1, §08.1.1", NetworkMode.Overlay, "Overlay", "Virtualization, Paravirtualization, Containerization", "VXLAN, Flannel, Calico, Weave")]
    [InlineData("Net §08.1.1", NetworkMode.Cni, "CNI", "Containerization", "Flannel, Calico")]
    [InlineData("Net §03.3.2, §09.1.1", NetworkMode.SharedHostStack, "Shared host stack", "Sandboxing", "")]
    public void Every_mode_has_its_profile(string section, NetworkMode mode, string name, string paradigms, string implementations)
    {
        var profile = NetworkModeCatalog.Describe(mode);

        Assert.Equal(mode, profile.Mode);
        Assert.Equal(section, profile.Citation.ToString());
        Assert.Equal(name, profile.Name);
        Assert.Equal(paradigms, string.Join(", ", profile.Paradigms));
        Assert.Equal(implementations, string.Join(", ", profile.Implementations.Select(c => c.Name)));
        Assert.All(profile.Variants, v => Assert.Equal(mode, v.Mode));
    }

    [Theory]
    [InlineData("Net §07.1.1", Paradigm.Virtualization, new[] { NetworkMode.Bridge, NetworkMode.Nat, NetworkMode.HostOnly, NetworkMode.Overlay })]
    [InlineData("Net §07.1.1", Paradigm.Paravirtualization, new[] { NetworkMode.Bridge, NetworkMode.Nat, NetworkMode.HostOnly, NetworkMode.Overlay })]
    [InlineData("Net §08.1.1", Paradigm.Containerization, new[] { NetworkMode.Bridge, NetworkMode.Overlay, NetworkMode.Cni })]
    [InlineData("Net §09.1.1", Paradigm.Sandboxing, new[] { NetworkMode.SharedHostStack })]
    public void Every_paradigm_has_the_modes_of_its_section(string section, Paradigm paradigm, NetworkMode[] modes)
    {
        Assert.Equal(modes, NetworkModeCatalog.ModesOf(paradigm));
        Assert.All(modes, m => Assert.Contains(section["Net ".Length..], NetworkModeCatalog.Describe(m, paradigm)!.Citation.Sections, StringComparison.Ordinal));
    }

    // Section, name, role, paradigm: the vSwitches of §05.2.2/§07.1.1, the host bridges of §08.1.1, the overlays of §07.1.1/§08.1.1.
    [Theory]
    [InlineData("Net §05.2.1, §05.2.2, §05.3.1, §07.1.1", "Open vSwitch", NetworkComponentRole.VirtualSwitch, Paradigm.Virtualization)]
    [InlineData("Net §05.2.1, §05.2.2, §05.3.1, §07.1.1", "Linux Bridge", NetworkComponentRole.VirtualSwitch, Paradigm.Virtualization)]
    [InlineData("Net §05.2.2, §07.1.1", "VMware vSwitch", NetworkComponentRole.VirtualSwitch, Paradigm.Virtualization)]
    [InlineData("Net §08.1.1", "docker0", NetworkComponentRole.HostBridge, Paradigm.Containerization)]
    [InlineData("Net §08.1.1", "cni0", NetworkComponentRole.HostBridge, Paradigm.Containerization)]
    [InlineData("Net §05.3.2, §08.1.1, §08.2.1", "br0", NetworkComponentRole.HostBridge, Paradigm.Containerization)]
    [InlineData("Net §02.2.2, §07.1.1", "VXLAN", NetworkComponentRole.Overlay, Paradigm.Virtualization)]
    [InlineData("Net §02.2.2, §04.2.2, §08.1.1", "Flannel", NetworkComponentRole.CniPlugin, Paradigm.Containerization)]
    [InlineData("Net §02.2.2, §04.2.2, §08.1.1", "Calico", NetworkComponentRole.CniPlugin, Paradigm.Containerization)]
    [InlineData("Net §08.1.1", "Weave", NetworkComponentRole.CniPlugin, Paradigm.Containerization)]
    public void Every_component_names_its_sections(string section, string name, NetworkComponentRole role, Paradigm paradigm)
    {
        var component = Assert.Single(
            NetworkModeCatalog.All.SelectMany(m => m.Implementations).Distinct(),
            c => c.Name == name);

        Assert.Equal(section, component.Citation.ToString());
        Assert.Equal(role, component.Role);
        Assert.Equal(paradigm, component.Paradigm);
        Assert.False(string.IsNullOrWhiteSpace(component.Detail));
    }

    [Fact]
    public void The_virtual_switches_and_host_bridges_are_listed_in_the_document_order()
    {
        Assert.Equal(["Open vSwitch", "Linux Bridge", "VMware vSwitch"], NetworkModeCatalog.VirtualSwitches.Select(c => c.Name));
        Assert.Equal(["docker0", "cni0", "br0"], NetworkModeCatalog.HostBridges.Select(c => c.Name));
        Assert.All(NetworkModeCatalog.VirtualSwitches, c => Assert.Equal(NetworkComponentRole.VirtualSwitch, c.Role));
        Assert.All(NetworkModeCatalog.HostBridges, c => Assert.Equal(NetworkComponentRole.HostBridge, c.Role));
    }

    [Theory]
    [InlineData("Net §07.1.1, §07.3.1", 0, "Internal network", "Traffic between VMs", Reach.LocalWorkloads)]
    [InlineData("Net §07.1.1, §07.3.1", 1, "External network", "VMs' traffic to the outside", Reach.PhysicalNetwork | Reach.ExternalNetworks)]
    [InlineData("Net §07.1.1, §07.3.1", 2, "Management network", "Management of the hypervisor", Reach.Host)]
    public void Every_virtual_network_segment_names_its_sections(string section, int index, string name, string carries, Reach reach)
    {
        var segment = NetworkModeCatalog.VirtualNetworkSegments[index];

        Assert.Equal(section, segment.Citation.ToString());
        Assert.Equal(name, segment.Name);
        Assert.Equal(carries, segment.Carries);
        Assert.Equal(reach, segment.Reach);
    }

    [Fact]
    public void The_catalog_lists_every_mode_once_in_enum_order_and_three_segments()
    {
        Assert.Equal(Enum.GetValues<NetworkMode>(), NetworkModeCatalog.All.Select(p => p.Mode));
        Assert.Equal(3, NetworkModeCatalog.VirtualNetworkSegments.Count);
        Assert.Equal(8, NetworkModeCatalog.All.SelectMany(p => p.Variants).Count());
    }

    [Fact]
    public void What_the_document_says_a_mode_reaches_is_within_what_the_catalog_says_it_reaches()
    {
        foreach (var variant in NetworkModeCatalog.All.SelectMany(p => p.Variants))
        {
            Assert.Equal(variant.DocumentedReach, variant.DocumentedReach & variant.Reach);
        }
    }

    [Fact]
    public void Host_only_is_the_only_VM_mode_that_reaches_nothing_outside_the_host()
    {
        var closed = Enum.GetValues<NetworkMode>()
            .Select(m => NetworkModeCatalog.Describe(m, Paradigm.Virtualization))
            .OfType<NetworkModeVariant>()
            .Where(v => (v.Reach & (Reach.PhysicalNetwork | Reach.ExternalNetworks | Reach.RemoteWorkloads)) == Reach.None)
            .Select(v => v.Mode);

        Assert.Equal([NetworkMode.HostOnly], closed);
    }

    [Fact]
    public void The_lists_cannot_be_changed()
    {
        Assert.False(NetworkModeCatalog.All is NetworkModeProfile[]);
        Assert.True(((ICollection<NetworkModeProfile>)NetworkModeCatalog.All).IsReadOnly);
        Assert.True(((ICollection<NetworkComponent>)NetworkModeCatalog.VirtualSwitches).IsReadOnly);
        Assert.True(((ICollection<NetworkComponent>)NetworkModeCatalog.HostBridges).IsReadOnly);
        Assert.True(((ICollection<VirtualNetworkSegment>)NetworkModeCatalog.VirtualNetworkSegments).IsReadOnly);
        Assert.True(((ICollection<NetworkMode>)NetworkModeCatalog.ModesOf(Paradigm.Containerization)).IsReadOnly);
        var bridge = NetworkModeCatalog.Describe(NetworkMode.Bridge);
        Assert.True(((ICollection<NetworkModeVariant>)bridge.Variants).IsReadOnly);
        Assert.True(((ICollection<NetworkComponent>)bridge.Implementations).IsReadOnly);
        Assert.True(((ICollection<Paradigm>)bridge.Paradigms).IsReadOnly);
        Assert.True(((ICollection<string>)bridge.Variants[0].Uses).IsReadOnly);
        Assert.Throws<NotSupportedException>(() => ((IList<NetworkModeProfile>)NetworkModeCatalog.All)[0] = bridge);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(-1)]
    public void Describe_refuses_an_undefined_mode(int value)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => NetworkModeCatalog.Describe((NetworkMode)value));

        Assert.Equal("mode", error.ParamName);
        Assert.Contains($"mode was {value}", error.Message, StringComparison.Ordinal);
        Assert.Contains("SharedHostStack", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void The_paradigm_lookups_refuse_an_undefined_paradigm(int value)
    {
        var variant = Assert.Throws<ArgumentOutOfRangeException>(() => NetworkModeCatalog.Describe(NetworkMode.Bridge, (Paradigm)value));
        var modes = Assert.Throws<ArgumentOutOfRangeException>(() => NetworkModeCatalog.ModesOf((Paradigm)value));

        foreach (var error in new[] { variant, modes })
        {
            Assert.Equal("paradigm", error.ParamName);
            Assert.Contains($"paradigm was {value}", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Describe_with_a_paradigm_checks_the_mode_too()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => NetworkModeCatalog.Describe((NetworkMode)9, Paradigm.Sandboxing));

        Assert.Equal("mode", error.ParamName);
        Assert.Contains("mode was 9", error.Message, StringComparison.Ordinal);
    }
}
