using System;

namespace Paradigms.Model.Networking;

/// <summary>
/// Whom a workload's network can exchange traffic with, from the nearest out: the host, other
/// workloads on the same host, workloads on other hosts, the physical network, and networks beyond it.
/// Used by <see cref="NetworkModeProfile"/> and <see cref="VirtualNetworkSegment"/> (Net §07.1.1, §08.1.1, §09.1.1).
/// </summary>
/// <remarks>
/// A flags enum: combine values with <c>|</c>. <see cref="None"/> is zero, as flags enums need;
/// every other value is a single bit.
/// </remarks>
[Flags]
public enum Reach
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>The host the workload runs on (its OS, or the hypervisor's host side).</summary>
    Host = 1,

    /// <summary>Other workloads on the same host: VMs on the same vSwitch, containers on the same bridge, modules in the same runtime.</summary>
    LocalWorkloads = 2,

    /// <summary>Workloads on other hosts over a network the mode itself builds across hosts (an overlay, a CNI network).</summary>
    RemoteWorkloads = 4,

    /// <summary>Machines on the physical network the host is attached to, other hosts and their bridged workloads included.</summary>
    PhysicalNetwork = 8,

    /// <summary>Networks beyond the physical network, routed onwards (the internet, other sites).</summary>
    ExternalNetworks = 16,
}
