using System;
using System.Collections.Generic;
using Paradigms.Model.Facts;

namespace Paradigms.Model.Networking;

/// <summary>
/// The features of a virtual NIC (虚拟网卡特征, Net §05.2.1, §05.2.2): its software parts (virtual MAC
/// address, virtual interface, virtual queues), its virtualization technologies, the virtual
/// switches and networks around it, and the guest drivers of the virtualization NIC model.
/// </summary>
/// <remarks>Immutable; one instance, <see cref="NicCatalog.VirtualNic"/>.</remarks>
public sealed record VirtualNicFeatures
{
    private VirtualNicFeatures()
    {
    }

    /// <summary>Gets whether the virtual MAC address is assigned by software (软件分配的 MAC 地址): true (Net §05.2.1).</summary>
    public bool MacAddressAssignedBySoftware { get; } = true;

    /// <summary>Gets what the virtual interface is: a software-defined network interface (软件定义的网络接口, Net §05.2.1).</summary>
    public string Interface { get; } = "a software-defined network interface";

    /// <summary>Gets the virtual queues (虚拟队列): a send queue and a receive queue (Net §05.2.1).</summary>
    public IReadOnlyList<string> Queues { get; } = Array.AsReadOnly(["send queue", "receive queue"]);

    /// <summary>Gets the virtualization technologies (虚拟化技术) in the document's order: VirtIO Net, E1000 emulation, SR-IOV (Net §05.2.1, §05.2.2).</summary>
    public IReadOnlyList<NicKind> Technologies { get; } = Array.AsReadOnly([NicKind.VirtioNet, NicKind.E1000, NicKind.SrIovVirtualFunction]);

    /// <summary>
    /// Gets the virtual switches (虚拟交换机, vSwitch): Open vSwitch and Linux Bridge (Net §05.2.1), and
    /// VMware vSwitch, which the hypervisor tree adds (Net §05.2.2).
    /// </summary>
    public IReadOnlyList<string> VirtualSwitches { get; } = Array.AsReadOnly(["Open vSwitch", "Linux Bridge", "VMware vSwitch"]);

    /// <summary>Gets the virtual networks (虚拟网络): VLAN and VXLAN (Net §05.2.1).</summary>
    public IReadOnlyList<LogicalChannelKind> VirtualNetworks { get; } = Array.AsReadOnly([LogicalChannelKind.Vlan, LogicalChannelKind.Vxlan]);

    /// <summary>
    /// Gets the NICs whose driver the guest OS layer holds (虚拟网卡驱动): the VirtIO and E1000
    /// drivers (Net §05.2.2). The tree names no guest driver for SR-IOV.
    /// </summary>
    public IReadOnlyList<NicKind> GuestDrivers { get; } = Array.AsReadOnly([NicKind.VirtioNet, NicKind.E1000]);

    /// <summary>Gets where the features come from.</summary>
    public Citation Citation { get; } = Citation.Net("§05.2.1, §05.2.2");

    /// <summary>The one instance.</summary>
    internal static VirtualNicFeatures Instance { get; } = new();
}
