using Paradigms.Model.Facts;

namespace Paradigms.Model.Networking;

/// <summary>
/// A named piece of virtual network software the document lists: a virtual switch (Open vSwitch,
/// Linux Bridge, VMware vSwitch), a host bridge (docker0, cni0, br0), an overlay (VXLAN) or a CNI
/// plug-in (Flannel, Calico, Weave). Read them from <see cref="NetworkModeCatalog"/>.
/// </summary>
/// <remarks>Immutable; the instances are the catalog's own.</remarks>
public sealed record NetworkComponent
{
    private NetworkComponent(string name, NetworkComponentRole role, Paradigm paradigm, string detail, Citation citation)
    {
        Name = name;
        Role = role;
        Paradigm = paradigm;
        Detail = detail;
        Citation = citation;
    }

    /// <summary>Gets the component's name as the document writes it, for example <c>Open vSwitch</c> or <c>docker0</c>.</summary>
    public string Name { get; }

    /// <summary>Gets what the component does.</summary>
    public NetworkComponentRole Role { get; }

    /// <summary>Gets the paradigm whose section lists the component.</summary>
    public Paradigm Paradigm { get; }

    /// <summary>Gets what the document says of it, translated.</summary>
    public string Detail { get; }

    /// <summary>Gets the sections that list it.</summary>
    public Citation Citation { get; }

    internal static NetworkComponent OpenVSwitch { get; } = new("Open vSwitch", NetworkComponentRole.VirtualSwitch, Paradigm.Virtualization, "A virtual switch in the hypervisor layer; also an implementation of bridge interfaces.", Citation.Net("§05.2.1, §05.2.2, §05.3.1, §07.1.1"));

    internal static NetworkComponent LinuxBridge { get; } = new("Linux Bridge", NetworkComponentRole.VirtualSwitch, Paradigm.Virtualization, "A virtual switch in the hypervisor layer; also an implementation of bridge interfaces.", Citation.Net("§05.2.1, §05.2.2, §05.3.1, §07.1.1"));

    internal static NetworkComponent VmwareVSwitch { get; } = new("VMware vSwitch", NetworkComponentRole.VirtualSwitch, Paradigm.Virtualization, "A virtual switch in the hypervisor layer.", Citation.Net("§05.2.2, §07.1.1"));

    internal static NetworkComponent Docker0 { get; } = new("docker0", NetworkComponentRole.HostBridge, Paradigm.Containerization, "Docker's bridge in the host OS.", Citation.Net("§08.1.1"));

    internal static NetworkComponent Cni0 { get; } = new("cni0", NetworkComponentRole.HostBridge, Paradigm.Containerization, "Kubernetes' bridge in the host OS.", Citation.Net("§08.1.1"));

    internal static NetworkComponent Br0 { get; } = new("br0", NetworkComponentRole.HostBridge, Paradigm.Containerization, "The bridge interface of the document's container NIC diagrams, one of the other bridges (其他网桥) besides docker0 and cni0.", Citation.Net("§05.3.2, §08.1.1, §08.2.1"));

    internal static NetworkComponent Vxlan { get; } = new("VXLAN", NetworkComponentRole.Overlay, Paradigm.Virtualization, "The overlay VMs are connected through: a logical layer-2 network across physical networks.", Citation.Net("§02.2.2, §07.1.1"));

    internal static NetworkComponent Flannel { get; } = new("Flannel", NetworkComponentRole.CniPlugin, Paradigm.Containerization, "A VXLAN overlay network.", Citation.Net("§02.2.2, §04.2.2, §08.1.1"));

    internal static NetworkComponent Calico { get; } = new("Calico", NetworkComponentRole.CniPlugin, Paradigm.Containerization, "A BGP network: routed point to point (§02.2.2), though §08.1.1 lists it among the overlay networks.", Citation.Net("§02.2.2, §04.2.2, §08.1.1"));

    internal static NetworkComponent Weave { get; } = new("Weave", NetworkComponentRole.CniPlugin, Paradigm.Containerization, "An overlay network.", Citation.Net("§08.1.1"));
}
