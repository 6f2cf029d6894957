using System;
using System.Collections.Generic;
using System.Linq;
using Paradigms.Model.Facts;

namespace Paradigms.Model.Networking;

/// <summary>
/// A network mode as the document describes it: its variants (one for VMs, Net §07.1.1; one for
/// containers, Net §08.1.1; one for sandboxes, Net §09.1.1) and the software that implements it.
/// Read it from <see cref="NetworkModeCatalog.Describe(NetworkMode)"/>.
/// </summary>
/// <remarks>Immutable; one instance per mode.</remarks>
public sealed record NetworkModeProfile
{
    private NetworkModeProfile(NetworkMode mode, string name, NetworkModeVariant[] variants, NetworkComponent[] implementations)
    {
        Mode = mode;
        Name = name;
        Variants = Array.AsReadOnly(variants);
        Implementations = Array.AsReadOnly(implementations);
        Paradigms = Array.AsReadOnly(variants.SelectMany(v => v.Paradigms).Distinct().Order().ToArray());
        Citation = Citation.Net(string.Join(", ", variants.SelectMany(v => v.Citation.Sections!.Split(", ")).Distinct().Order(StringComparer.Ordinal)));
    }

    /// <summary>Gets the mode.</summary>
    public NetworkMode Mode { get; }

    /// <summary>Gets the mode's name, for example <c>Host-only</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the mode as described for each kind of workload, VMs first.</summary>
    public IReadOnlyList<NetworkModeVariant> Variants { get; }

    /// <summary>Gets every paradigm some variant is for, in the order of <see cref="Paradigm"/>.</summary>
    public IReadOnlyList<Paradigm> Paradigms { get; }

    /// <summary>
    /// Gets the software the document names for the mode: the vSwitches and host bridges of bridge mode,
    /// VXLAN and the Flannel, Calico and Weave plug-ins of overlay mode, the CNI plug-ins Flannel and Calico
    /// (Net §02.2.2, §04.2.2). Empty where the document names none (NAT, host-only, the shared host stack).
    /// </summary>
    public IReadOnlyList<NetworkComponent> Implementations { get; }

    /// <summary>Gets the sections that describe the mode.</summary>
    public Citation Citation { get; }

    internal static IReadOnlyList<NetworkModeProfile> All { get; } = Array.AsReadOnly(new NetworkModeProfile[]
    {
        new(
            NetworkMode.Bridge,
            "Bridge",
            [NetworkModeVariant.VirtualMachineBridge, NetworkModeVariant.ContainerBridge],
            [NetworkComponent.OpenVSwitch, NetworkComponent.LinuxBridge, NetworkComponent.VmwareVSwitch, NetworkComponent.Docker0, NetworkComponent.Cni0, NetworkComponent.Br0]),
        new(NetworkMode.Nat, "NAT", [NetworkModeVariant.VirtualMachineNat], []),
        new(NetworkMode.HostOnly, "Host-only", [NetworkModeVariant.VirtualMachineHostOnly], []),
        new(
            NetworkMode.Overlay,
            "Overlay",
            [NetworkModeVariant.VirtualMachineOverlay, NetworkModeVariant.ContainerOverlay],
            [NetworkComponent.Vxlan, NetworkComponent.Flannel, NetworkComponent.Calico, NetworkComponent.Weave]),
        new(NetworkMode.Cni, "CNI", [NetworkModeVariant.ContainerCni], [NetworkComponent.Flannel, NetworkComponent.Calico]),
        new(NetworkMode.SharedHostStack, "Shared host stack", [NetworkModeVariant.SandboxSharedHostStack], []),
    });
}
