using System;
using System.Collections.Generic;
using System.Linq;

namespace Paradigms.Model.Networking;

/// <summary>
/// The network modes of the document: the VM modes bridge, NAT, host-only and overlay (Net §07.1.1),
/// the container networks bridge, CNI and overlay (Net §08.1.1), and the sandbox's shared host stack
/// (Net §09.1.1); with what each can reach, the virtual switches and host bridges that implement them,
/// and the hypervisor's virtual network segments.
/// </summary>
/// <remarks>Every list is read-only and shared; every lookup validates its argument.</remarks>
public static class NetworkModeCatalog
{
    private static readonly IReadOnlyList<NetworkMode>[] ModesByParadigm = Enum.GetValues<Paradigm>()
        .Select(p => (IReadOnlyList<NetworkMode>)Array.AsReadOnly(NetworkModeProfile.All.Where(m => m.Paradigms.Contains(p)).Select(m => m.Mode).ToArray()))
        .ToArray();

    /// <summary>Gets the six modes, in the order of <see cref="NetworkMode"/>.</summary>
    public static IReadOnlyList<NetworkModeProfile> All => NetworkModeProfile.All;

    /// <summary>Gets the virtual switches of the hypervisor layer: Open vSwitch, Linux Bridge, VMware vSwitch (Net §05.2.2, §07.1.1).</summary>
    public static IReadOnlyList<NetworkComponent> VirtualSwitches { get; } = Array.AsReadOnly(
        new[] { NetworkComponent.OpenVSwitch, NetworkComponent.LinuxBridge, NetworkComponent.VmwareVSwitch });

    /// <summary>Gets the host bridges containers attach to: docker0 (Docker), cni0 (Kubernetes), and br0 of the document's diagrams (Net §05.3.2, §08.1.1, §08.2.1).</summary>
    public static IReadOnlyList<NetworkComponent> HostBridges { get; } = Array.AsReadOnly(
        new[] { NetworkComponent.Docker0, NetworkComponent.Cni0, NetworkComponent.Br0 });

    /// <summary>Gets the hypervisor's virtual networks: internal (VM to VM), external (VMs outward), management (the hypervisor) (Net §07.1.1, §07.3.1).</summary>
    public static IReadOnlyList<VirtualNetworkSegment> VirtualNetworkSegments => VirtualNetworkSegment.All;

    /// <summary>Describes a network mode.</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>The mode's profile.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not defined.</exception>
    public static NetworkModeProfile Describe(NetworkMode mode) =>
        NetworkModeProfile.All[(int)Preconditions.Defined(mode, nameof(mode)) - 1];

    /// <summary>Describes a network mode as the document describes it for one paradigm.</summary>
    /// <param name="mode">The mode.</param>
    /// <param name="paradigm">The paradigm.</param>
    /// <returns>The variant, or null when the document does not describe the mode for that paradigm (NAT for containers, CNI for VMs).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> or <paramref name="paradigm"/> is not defined.</exception>
    public static NetworkModeVariant? Describe(NetworkMode mode, Paradigm paradigm)
    {
        var profile = Describe(mode);
        Preconditions.Defined(paradigm, nameof(paradigm));
        return profile.Variants.FirstOrDefault(v => v.Paradigms.Contains(paradigm));
    }

    /// <summary>
    /// The modes the document describes for a paradigm, in the order of <see cref="NetworkMode"/>:
    /// bridge, NAT, host-only and overlay for VMs (paravirtual ones included, see <see cref="NetworkModeVariant.Paradigms"/>);
    /// bridge, overlay and CNI for containers; the shared host stack for sandboxes.
    /// </summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <returns>The modes.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="paradigm"/> is not defined.</exception>
    public static IReadOnlyList<NetworkMode> ModesOf(Paradigm paradigm) =>
        ModesByParadigm[(int)Preconditions.Defined(paradigm, nameof(paradigm)) - 1];
}
