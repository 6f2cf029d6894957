using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using Paradigms.Model.Facts;

namespace Paradigms.Model.Networking;

/// <summary>
/// One network isolation mechanism of the document (Net §07.3.1, §08.3.1, §09.3.1): the paradigm,
/// the heading it is listed under, its name and what it isolates. Read them from <see cref="IsolationCatalog"/>.
/// </summary>
/// <remarks>Immutable; the instances are the catalog's own.</remarks>
public sealed record IsolationMechanism
{
    private IsolationMechanism(Paradigm paradigm, IsolationCategory category, string name, string isolates, bool guestCooperates, Citation citation)
    {
        Paradigm = paradigm;
        Category = category;
        Name = name;
        Isolates = isolates;
        GuestCooperates = guestCooperates;
        Citation = citation;
    }

    /// <summary>Gets the paradigm the mechanism isolates.</summary>
    public Paradigm Paradigm { get; }

    /// <summary>Gets the heading the document lists it under.</summary>
    public IsolationCategory Category { get; }

    /// <summary>Gets the mechanism's name, translated, for example <c>Port isolation</c> (端口隔离).</summary>
    public string Name { get; }

    /// <summary>Gets what the mechanism isolates or does, as the document says it, translated.</summary>
    public string Isolates { get; }

    /// <summary>
    /// Gets whether the guest cooperates in the mechanism: true only for the paravirtualization entries,
    /// which are the virtualization entries marked cooperative as Net §10.1 marks them ("虚拟交换机隔离（协作）").
    /// </summary>
    public bool GuestCooperates { get; }

    /// <summary>Gets the section that lists the mechanism.</summary>
    public Citation Citation { get; }

    internal static IReadOnlyList<IsolationMechanism> Virtualization { get; } = Rows(Paradigm.Virtualization, "§07.3.1",
    [
        (IsolationCategory.VirtualSwitch, "Port isolation", "Different VMs attach to different vSwitch ports."),
        (IsolationCategory.VirtualSwitch, "VLAN isolation", "VMs are separated by VLAN tags."),
        (IsolationCategory.VirtualSwitch, "Traffic filtering", "Access control lists (ACLs) filter traffic."),
        (IsolationCategory.VirtualNetwork, "Internal network", "The network for traffic between VMs."),
        (IsolationCategory.VirtualNetwork, "External network", "The network for VMs' traffic to the outside."),
        (IsolationCategory.VirtualNetwork, "Management network", "The network that manages the hypervisor."),
        (IsolationCategory.NetworkSecurity, "Firewall rules", "A firewall configured on the vSwitch."),
        (IsolationCategory.NetworkSecurity, "Traffic monitoring", "Network traffic is monitored and analysed."),
        (IsolationCategory.NetworkSecurity, "Intrusion detection", "A network intrusion-detection system."),
    ]);

    /// <summary>
    /// The paravirtualization entries: the document has no isolation section for paravirtualization, and
    /// Net §10.1 gives it the virtualization column's "虚拟交换机隔离" marked "（协作）", so these are the
    /// virtualization entries, each with <see cref="GuestCooperates"/> set and citing both sections.
    /// </summary>
    internal static IReadOnlyList<IsolationMechanism> Paravirtualization { get; } = Array.AsReadOnly(Virtualization
        .Select(m => new IsolationMechanism(Paradigm.Paravirtualization, m.Category, m.Name, m.Isolates, guestCooperates: true, Citation.Net("§07.3.1, §10.1")))
        .ToArray());

    internal static IReadOnlyList<IsolationMechanism> Containerization { get; } = Rows(Paradigm.Containerization, "§08.3.1",
    [
        (IsolationCategory.NetworkNamespace, "Network stack isolation", "Each container has its own network protocol stack."),
        (IsolationCategory.NetworkNamespace, "IP address isolation", "Each container has its own IP address."),
        (IsolationCategory.NetworkNamespace, "Routing table isolation", "Each container has its own routing table."),
        (IsolationCategory.NetworkPolicy, "NetworkPolicy", "Kubernetes network policies."),
        (IsolationCategory.NetworkPolicy, "iptables rules", "Rules that filter traffic."),
        (IsolationCategory.NetworkPolicy, "Firewall rules", "A firewall for the container network."),
        (IsolationCategory.Cni, "Network segmentation", "The CNI plug-in divides the network into segments."),
        (IsolationCategory.Cni, "VLAN isolation", "Container networks are separated by VLANs."),
        (IsolationCategory.Cni, "Overlay isolation", "Container networks are separated by VXLAN overlays."),
    ]);

    internal static IReadOnlyList<IsolationMechanism> Sandboxing { get; } = Rows(Paradigm.Sandboxing, "§09.3.1",
    [
        (IsolationCategory.WasiPermission, "Socket permissions", "A Wasm module's socket permissions are limited."),
        (IsolationCategory.WasiPermission, "Network access control", "Network access is controlled through WASI permissions."),
        (IsolationCategory.WasiPermission, "Least privilege", "Only the network permissions needed are granted."),
        (IsolationCategory.SocketAbstraction, "Socket isolation", "Each Wasm module has its own socket abstraction."),
        (IsolationCategory.SocketAbstraction, "Address isolation", "Socket addresses are isolated."),
        (IsolationCategory.SocketAbstraction, "Port isolation", "Port bindings are isolated."),
        (IsolationCategory.CallInterception, "System-call interception", "Network-related system calls are intercepted."),
        (IsolationCategory.CallInterception, "Permission checks", "Permissions are checked at the system-call level."),
        (IsolationCategory.CallInterception, "Access control", "The scope of network access is limited."),
    ]);

    private static ReadOnlyCollection<IsolationMechanism> Rows(Paradigm paradigm, string section, (IsolationCategory Category, string Name, string Isolates)[] rows)
    {
        var citation = Citation.Net(section);
        return Array.AsReadOnly(rows.Select(r => new IsolationMechanism(paradigm, r.Category, r.Name, r.Isolates, guestCooperates: false, citation)).ToArray());
    }
}
