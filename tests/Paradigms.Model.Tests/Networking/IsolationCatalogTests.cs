using Paradigms.Model.Networking;

namespace Paradigms.Model.Tests.Networking;

public class IsolationCatalogTests
{
    // Section, paradigm, position in the paradigm's list, category, name, what it isolates, guest cooperates.
    public static TheoryData<string, Paradigm, int, IsolationCategory, string, string, bool> Mechanisms()
    {
        var data = new TheoryData<string, Paradigm, int, IsolationCategory, string, string, bool>
        {
            { "Net §07.3.1", Paradigm.Virtualization, 0, IsolationCategory.VirtualSwitch, "Port isolation", "Different VMs attach to different vSwitch ports.", false },
            { "Net §07.3.1", Paradigm.Virtualization, 1, IsolationCategory.VirtualSwitch, "VLAN isolation", "VMs are separated by VLAN tags.", false },
            { "Net §07.3.1", Paradigm.Virtualization, 2, IsolationCategory.VirtualSwitch, "Traffic filtering", "Access control lists (ACLs) filter traffic.", false },
            { "Net §07.3.1", Paradigm.Virtualization, 3, IsolationCategory.VirtualNetwork, "Internal network", "The network for traffic between VMs.", false },
            { "Net §07.3.1", Paradigm.Virtualization, 4, IsolationCategory.VirtualNetwork, "External network", "The network for VMs' traffic to the outside.", false },
            { "Net §07.3.1", Paradigm.Virtualization, 5, IsolationCategory.VirtualNetwork, "Management network", "The network that manages the hypervisor.", false },
            { "Net §07.3.1", Paradigm.Virtualization, 6, IsolationCategory.NetworkSecurity, "Firewall rules", "A firewall configured on the vSwitch.", false },
            { "Net §07.3.1", Paradigm.Virtualization, 7, IsolationCategory.NetworkSecurity, "Traffic monitoring", "Network traffic is monitored and analysed.", false },
            { "Net §07.3.1", Paradigm.Virtualization, 8, IsolationCategory.NetworkSecurity, "Intrusion detection", "A network intrusion-detection system.", false },

            { "Net §07.3.1, §10.1", Paradigm.Paravirtualization, 0, IsolationCategory.VirtualSwitch, "Port isolation", "Different VMs attach to different vSwitch ports.", true },
            { "Net §07.3.1, §10.1", Paradigm.Paravirtualization, 1, IsolationCategory.VirtualSwitch, "VLAN isolation", "VMs are separated by VLAN tags.", true },
            { "Net §07.3.1, §10.1", Paradigm.Paravirtualization, 2, IsolationCategory.VirtualSwitch, "Traffic filtering", "Access control lists (ACLs) filter traffic.", true },
            { "Net §07.3.1, §10.1", Paradigm.Paravirtualization, 3, IsolationCategory.VirtualNetwork, "Internal network", "The network for traffic between VMs.", true },
            { "Net §07.3.1, §10.1", Paradigm.Paravirtualization, 4, IsolationCategory.VirtualNetwork, "External network", "The network for VMs' traffic to the outside.", true },
            { "Net §07.3.1, §10.1", Paradigm.Paravirtualization, 5, IsolationCategory.VirtualNetwork, "Management network", "The network that manages the hypervisor.", true },
            { "Net §07.3.1, §10.1", Paradigm.Paravirtualization, 6, IsolationCategory.NetworkSecurity, "Firewall rules", "A firewall configured on the vSwitch.", true },
            { "Net §07.3.1, §10.1", Paradigm.Paravirtualization, 7, IsolationCategory.NetworkSecurity, "Traffic monitoring", "Network traffic is monitored and analysed.", true },
            { "Net §07.3.1, §10.1", Paradigm.Paravirtualization, 8, IsolationCategory.NetworkSecurity, "Intrusion detection", "A network intrusion-detection system.", true },

            { "Net §08.3.1", Paradigm.Containerization, 0, IsolationCategory.NetworkNamespace, "Network stack isolation", "Each container has its own network protocol stack.", false },
            { "Net §08.3.1", Paradigm.Containerization, 1, IsolationCategory.NetworkNamespace, "IP address isolation", "Each container has its own IP address.", false },
            { "Net §08.3.1", Paradigm.Containerization, 2, IsolationCategory.NetworkNamespace, "Routing table isolation", "Each container has its own routing table.", false },
            { "Net §08.3.1", Paradigm.Containerization, 3, IsolationCategory.NetworkPolicy, "NetworkPolicy", "Kubernetes network policies.", false },
            { "Net §08.3.1", Paradigm.Containerization, 4, IsolationCategory.NetworkPolicy, "iptables rules", "Rules that filter traffic.", false },
            { "Net §08.3.1", Paradigm.Containerization, 5, IsolationCategory.NetworkPolicy, "Firewall rules", "A firewall for the container network.", false },
            { "Net §08.3.1", Paradigm.Containerization, 6, IsolationCategory.Cni, "Network segmentation", "The CNI plug-in divides the network into segments.", false },
            { "Net §08.3.1", Paradigm.Containerization, 7, IsolationCategory.Cni, "VLAN isolation", "Container networks are separated by VLANs.", false },
            { "Net §08.3.1", Paradigm.Containerization, 8, IsolationCategory.Cni, "Overlay isolation", "Container networks are separated by VXLAN overlays.", false },

            { "Net §09.3.1", Paradigm.Sandboxing, 0, IsolationCategory.WasiPermission, "Socket permissions", "A Wasm module's socket permissions are limited.", false },
            { "Net §09.3.1", Paradigm.Sandboxing, 1, IsolationCategory.WasiPermission, "Network access control", "Network access is controlled through WASI permissions.", false },
            { "Net §09.3.1", Paradigm.Sandboxing, 2, IsolationCategory.WasiPermission, "Least privilege", "Only the network permissions needed are granted.", false },
            { "Net §09.3.1", Paradigm.Sandboxing, 3, IsolationCategory.SocketAbstraction, "Socket isolation", "Each Wasm module has its own socket abstraction.", false },
            { "Net §09.3.1", Paradigm.Sandboxing, 4, IsolationCategory.SocketAbstraction, "Address isolation", "Socket addresses are isolated.", false },
            { "Net §09.3.1", Paradigm.Sandboxing, 5, IsolationCategory.SocketAbstraction, "Port isolation", "Port bindings are isolated.", false },
            { "Net §09.3.1", Paradigm.Sandboxing, 6, IsolationCategory.CallInterception, "System-call interception", "Network-related system calls are intercepted.", false },
            { "Net §09.3.1", Paradigm.Sandboxing, 7, IsolationCategory.CallInterception, "Permission checks", "Permissions are checked at the system-call level.", false },
            { "Net §09.3.1", Paradigm.Sandboxing, 8, IsolationCategory.CallInterception, "Access control", "The scope of network access is limited.", false },
        };
        return data;
    }

    [Theory]
    [MemberData(nameof(Mechanisms))]
    public void Every_mechanism_is_as_its_section_lists_it(
        string section, Paradigm paradigm, int index, IsolationCategory category, string name, string isolates, bool cooperative)
    {
        var mechanism = IsolationCatalog.ForParadigm(paradigm)[index];

        Assert.Equal(section, mechanism.Citation.ToString());
        Assert.Equal(paradigm, mechanism.Paradigm);
        Assert.Equal(category, mechanism.Category);
        Assert.Equal(name, mechanism.Name);
        Assert.Equal(isolates, mechanism.Isolates);
        Assert.Equal(cooperative, mechanism.GuestCooperates);
    }

    [Theory]
    [InlineData(Paradigm.Virtualization, new[] { IsolationCategory.VirtualSwitch, IsolationCategory.VirtualNetwork, IsolationCategory.NetworkSecurity })]
    [InlineData(Paradigm.Paravirtualization, new[] { IsolationCategory.VirtualSwitch, IsolationCategory.VirtualNetwork, IsolationCategory.NetworkSecurity })]
    [InlineData(Paradigm.Containerization, new[] { IsolationCategory.NetworkNamespace, IsolationCategory.NetworkPolicy, IsolationCategory.Cni })]
    [InlineData(Paradigm.Sandboxing, new[] { IsolationCategory.WasiPermission, IsolationCategory.SocketAbstraction, IsolationCategory.CallInterception })]
    public void Every_paradigm_has_three_headings_of_three_mechanisms(Paradigm paradigm, IsolationCategory[] headings)
    {
        var mechanisms = IsolationCatalog.ForParadigm(paradigm);

        Assert.Equal(9, mechanisms.Count);
        Assert.Equal(headings, mechanisms.Select(m => m.Category).Distinct());
        Assert.All(mechanisms.GroupBy(m => m.Category), g => Assert.Equal(3, g.Count()));
    }

    [Fact]
    public void Paravirtualization_has_the_virtualization_mechanisms_marked_cooperative()
    {
        var full = IsolationCatalog.ForParadigm(Paradigm.Virtualization);
        var para = IsolationCatalog.ForParadigm(Paradigm.Paravirtualization);

        Assert.Equal(full.Select(m => (m.Category, m.Name, m.Isolates)), para.Select(m => (m.Category, m.Name, m.Isolates)));
        Assert.All(para, m => Assert.True(m.GuestCooperates));
        Assert.All(IsolationCatalog.All.Where(m => m.Paradigm != Paradigm.Paravirtualization), m => Assert.False(m.GuestCooperates));
    }

    [Fact]
    public void All_lists_every_paradigm_in_order_and_cannot_be_changed()
    {
        Assert.Equal(36, IsolationCatalog.All.Count);
        Assert.Equal(
            Enum.GetValues<Paradigm>().SelectMany(IsolationCatalog.ForParadigm),
            IsolationCatalog.All);
        Assert.False(IsolationCatalog.All is IsolationMechanism[]);
        Assert.True(((ICollection<IsolationMechanism>)IsolationCatalog.All).IsReadOnly);
        Assert.True(((ICollection<IsolationMechanism>)IsolationCatalog.ForParadigm(Paradigm.Sandboxing)).IsReadOnly);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(int.MaxValue)]
    public void ForParadigm_refuses_an_undefined_paradigm(int value)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => IsolationCatalog.ForParadigm((Paradigm)value));

        Assert.Equal("paradigm", error.ParamName);
        Assert.Contains($"paradigm was {value}", error.Message, StringComparison.Ordinal);
        Assert.Contains("Virtualization, Paravirtualization, Containerization, Sandboxing", error.Message, StringComparison.Ordinal);
    }
}
