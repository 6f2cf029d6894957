namespace Paradigms.Model.Networking;

/// <summary>
/// How a workload's network is connected: the VM modes of Net §07.1.1, the container network
/// types of Net §08.1.1, and the sandbox's shared host stack of Net §09.1.1.
/// </summary>
/// <remarks>The values start at 1 so that <c>default</c> is refused. Linked into the analyzer (PM0009 reads it).</remarks>
#if PARADIGMS_ANALYZER
internal
#else
public
#endif
enum NetworkMode
{
    /// <summary>Bridge: bridged through a vSwitch or Linux bridge onto the physical network (VM, Net §07.1.1) or onto a host bridge such as docker0 (container, Net §08.1.1).</summary>
    Bridge = 1,

    /// <summary>NAT: a private address translated to the host's on the way out (VM, Net §07.1.1).</summary>
    Nat = 2,

    /// <summary>Host-only: the host and other workloads on it, nothing outside (VM, Net §07.1.1).</summary>
    HostOnly = 3,

    /// <summary>Overlay: a logical layer-2 network across physical hosts, such as VXLAN, Flannel, Calico or Weave (Net §07.1.1, §08.1.1).</summary>
    Overlay = 4,

    /// <summary>CNI: a network made by a Container Network Interface plug-in, spanning hosts (Kubernetes, Net §08.1.1).</summary>
    Cni = 5,

    /// <summary>The host's own network stack, shared, with no namespace of the workload's own (a Wasm sandbox, Net §09.1.1).</summary>
    SharedHostStack = 6,
}
