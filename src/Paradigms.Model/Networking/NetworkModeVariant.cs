using System;
using System.Collections.Generic;
using Paradigms.Model.Facts;

namespace Paradigms.Model.Networking;

/// <summary>
/// One network mode as the document describes it for one kind of workload: the VM modes of
/// Net §07.1.1, the container network types of Net §08.1.1, the sandbox's shared stack of
/// Net §09.1.1. Bridge and overlay have two variants, one for VMs and one for containers.
/// Read them from <see cref="NetworkModeCatalog"/>.
/// </summary>
/// <remarks>
/// <para>
/// Reach: <see cref="DocumentedReach"/> holds only what the document's words say (for host-only,
/// "VM 只能与 Host 和其他 VM 通信"); <see cref="Reach"/> adds what the catalog reads from the
/// mode's topology, and each variant's documentation says which flags are read. It always holds
/// that <see cref="DocumentedReach"/> is within <see cref="Reach"/>.
/// </para>
/// <para>Immutable; the instances are the catalog's own.</para>
/// </remarks>
public sealed record NetworkModeVariant
{
    private static readonly Paradigm[] VirtualMachines = [Paradigm.Virtualization, Paradigm.Paravirtualization];
    private static readonly Paradigm[] Containers = [Paradigm.Containerization];
    private static readonly Paradigm[] Sandboxes = [Paradigm.Sandboxing];

    private NetworkModeVariant(
        NetworkMode mode,
        Paradigm[] paradigms,
        string? topology,
        string? characteristics,
        string[] uses,
        Reach documentedReach,
        Reach reach,
        Reach reachableFrom,
        string sections)
    {
        Mode = mode;
        Paradigms = Array.AsReadOnly(paradigms);
        Topology = topology;
        Characteristics = characteristics;
        Uses = Array.AsReadOnly(uses);
        DocumentedReach = documentedReach;
        Reach = reach;
        ReachableFrom = reachableFrom;
        Citation = Citation.Net(sections);
    }

    /// <summary>Gets the mode.</summary>
    public NetworkMode Mode { get; }

    /// <summary>
    /// Gets the paradigms the variant is for. The VM variants list paravirtualization beside full
    /// virtualization by the catalog's reading: §07 describes VM networking without telling the two
    /// apart (its vNIC is the VirtIO one of paravirtualization, §07.2.1), and §02.3.2 and §10.1 attach
    /// paravirtual VMs to the same vSwitch ("Star（vSwitch，协作式）").
    /// </summary>
    public IReadOnlyList<Paradigm> Paradigms { get; }

    /// <summary>Gets how workloads are connected (拓扑), translated; null where the document gives none (the container overlays of §08.1.1 are only named).</summary>
    public string? Topology { get; }

    /// <summary>Gets what the mode is like (特征), translated; null where the document gives none.</summary>
    public string? Characteristics { get; }

    /// <summary>Gets where the document says the mode is used (应用), translated; empty where it names none.</summary>
    public IReadOnlyList<string> Uses { get; }

    /// <summary>Gets whom the workload can reach according to the document's own words; <see cref="Reach.None"/> where they say nothing of reach.</summary>
    public Reach DocumentedReach { get; }

    /// <summary>Gets whom the workload can reach: <see cref="DocumentedReach"/> plus the catalog's reading of the topology.</summary>
    public Reach Reach { get; }

    /// <summary>Gets who can open traffic to the workload, the catalog's reading throughout (it tells NAT from bridge: a translated private address cannot be reached from outside).</summary>
    public Reach ReachableFrom { get; }

    /// <summary>Gets whether every reach needs a permission granted first (true for the sandbox: WASI permissions, deny by default; see <see cref="SocketCapabilities"/>).</summary>
    public bool NeedsGrant => Mode == NetworkMode.SharedHostStack;

    /// <summary>Gets the section that describes the variant.</summary>
    public Citation Citation { get; }

    /// <summary>
    /// The VM bridge mode (桥接模式). Documented: the physical network. Read: the host and the other VMs
    /// on the vSwitch, and networks beyond the physical one, as for any machine on it; reachable the same way.
    /// </summary>
    internal static NetworkModeVariant VirtualMachineBridge { get; } = new(
        NetworkMode.Bridge,
        VirtualMachines,
        "The VM is bridged onto the physical network through the vSwitch.",
        "The VM gets an address in the physical network's IP range.",
        ["Data centres", "Enterprise networks"],
        Reach.PhysicalNetwork,
        Reach.Host | Reach.LocalWorkloads | Reach.PhysicalNetwork | Reach.ExternalNetworks,
        Reach.Host | Reach.LocalWorkloads | Reach.PhysicalNetwork | Reach.ExternalNetworks,
        "§07.1.1");

    /// <summary>
    /// The VM NAT mode (NAT 模式). Documented: the physical network, through NAT. Read: the host, the other
    /// VMs behind the same NAT, and networks beyond; from outside the VM cannot be reached (port forwarding aside).
    /// </summary>
    internal static NetworkModeVariant VirtualMachineNat { get; } = new(
        NetworkMode.Nat,
        VirtualMachines,
        "The VM reaches the physical network through NAT.",
        "The VM uses a private IP address, translated by NAT.",
        ["Development environments", "Test environments"],
        Reach.PhysicalNetwork,
        Reach.Host | Reach.LocalWorkloads | Reach.PhysicalNetwork | Reach.ExternalNetworks,
        Reach.Host | Reach.LocalWorkloads,
        "§07.1.1");

    /// <summary>The VM host-only mode (主机模式). Documented: the host and other VMs, nothing outside ("完全隔离，无法访问外部网络"). Nothing read.</summary>
    internal static NetworkModeVariant VirtualMachineHostOnly { get; } = new(
        NetworkMode.HostOnly,
        VirtualMachines,
        "The VM can talk only to the host and to other VMs.",
        "Fully isolated: no access to outside networks.",
        ["Security testing", "Isolated environments"],
        Reach.Host | Reach.LocalWorkloads,
        Reach.Host | Reach.LocalWorkloads,
        Reach.Host | Reach.LocalWorkloads,
        "§07.1.1");

    /// <summary>
    /// The VM overlay mode (覆盖网络模式). Documented: across physical networks (other hosts' VMs on the overlay).
    /// Read: the VMs of the same host on the overlay. The document names no gateway out of the overlay, so neither the host nor outside networks are counted.
    /// </summary>
    internal static NetworkModeVariant VirtualMachineOverlay { get; } = new(
        NetworkMode.Overlay,
        VirtualMachines,
        "VMs are connected through an overlay network such as VXLAN.",
        "A logical layer-2 network spanning physical networks.",
        ["Cloud environments", "Multi-tenant networks"],
        Reach.RemoteWorkloads,
        Reach.LocalWorkloads | Reach.RemoteWorkloads,
        Reach.LocalWorkloads | Reach.RemoteWorkloads,
        "§07.1.1");

    /// <summary>
    /// The container bridge network (Bridge 网络). Documented: containers on the same bridge. Read: the host,
    /// which owns the bridge. Docker also masquerades outbound traffic through the host's iptables; the
    /// document does not say so and the catalog does not count it.
    /// </summary>
    internal static NetworkModeVariant ContainerBridge { get; } = new(
        NetworkMode.Bridge,
        Containers,
        "Containers attach to a bridge through veth pairs.",
        "Containers on the same bridge can talk to each other.",
        ["Single-host container networking"],
        Reach.LocalWorkloads,
        Reach.Host | Reach.LocalWorkloads,
        Reach.Host | Reach.LocalWorkloads,
        "§08.1.1");

    /// <summary>
    /// The CNI network (CNI 网络). Documented: containers on other hosts ("支持多主机容器网络"). Read: the host
    /// and the containers on the same host. Traffic leaving the cluster depends on the plug-in and is not counted.
    /// </summary>
    internal static NetworkModeVariant ContainerCni { get; } = new(
        NetworkMode.Cni,
        Containers,
        "A CNI plug-in creates the network.",
        "Supports multi-host container networking.",
        ["Kubernetes cluster networking"],
        Reach.RemoteWorkloads,
        Reach.Host | Reach.LocalWorkloads | Reach.RemoteWorkloads,
        Reach.Host | Reach.LocalWorkloads | Reach.RemoteWorkloads,
        "§08.1.1");

    /// <summary>
    /// The container overlay networks (覆盖网络): §08.1.1 only names them (Flannel, Calico, Weave), so topology,
    /// characteristics, uses and documented reach are absent. Read: containers on this and other hosts, as for any overlay (§02.2.1).
    /// </summary>
    internal static NetworkModeVariant ContainerOverlay { get; } = new(
        NetworkMode.Overlay,
        Containers,
        null,
        null,
        [],
        Reach.None,
        Reach.LocalWorkloads | Reach.RemoteWorkloads,
        Reach.LocalWorkloads | Reach.RemoteWorkloads,
        "§08.1.1");

    /// <summary>
    /// The sandbox's shared host stack (共享网络栈). Documented: other modules, through the host OS (§03.3.2).
    /// Read: whatever the host's own stack reaches, and it is reached the same way, every use gated by WASI
    /// permissions (<see cref="NeedsGrant"/>). The document names no uses.
    /// </summary>
    internal static NetworkModeVariant SandboxSharedHostStack { get; } = new(
        NetworkMode.SharedHostStack,
        Sandboxes,
        "Every Wasm module shares the host OS's network stack, through the WASI socket abstraction; socket function calls are intercepted.",
        "No network namespace of its own; a lightweight network abstraction with minimal overhead; isolated by WASI permissions.",
        [],
        Reach.LocalWorkloads,
        Reach.Host | Reach.LocalWorkloads | Reach.PhysicalNetwork | Reach.ExternalNetworks,
        Reach.Host | Reach.LocalWorkloads | Reach.PhysicalNetwork | Reach.ExternalNetworks,
        "§03.3.2, §09.1.1");
}
