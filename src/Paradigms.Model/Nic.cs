using System;
using Paradigms.Model.Networking;
using Paradigms.Model.Rules;

namespace Paradigms.Model;

/// <summary>
/// A network interface a deployment attaches: physical (Net §05.1), virtual (Net §05.2) or
/// logical (Net §05.3). Built with one factory per kind, for example <see cref="SrIov"/>.
/// </summary>
/// <remarks>
/// Immutable: every property is fixed by its factory, which checks it (an SR-IOV virtual
/// function's index against its device's count, a VLAN id against 802.1Q), so a <c>Nic</c>
/// that exists is valid on its own. Whether it can be attached under a paradigm is the
/// deployment's rule (PM0001, PM0003).
/// </remarks>
public sealed record Nic
{
    private Nic(NicKind kind, int? virtualFunctionIndex = null, int? virtualFunctionCount = null, int? vlanId = null)
    {
        Kind = kind;
        VirtualFunctionIndex = virtualFunctionIndex;
        VirtualFunctionCount = virtualFunctionCount;
        VlanId = vlanId;
    }

    /// <summary>Gets the kind of interface.</summary>
    public NicKind Kind { get; }

    /// <summary>Gets an SR-IOV virtual function's index on its device, or null for other kinds.</summary>
    public int? VirtualFunctionIndex { get; }

    /// <summary>Gets how many virtual functions the SR-IOV device has (TotalVFs), when known; null for other kinds.</summary>
    public int? VirtualFunctionCount { get; }

    /// <summary>Gets a VLAN interface's 802.1Q id, or null for other kinds.</summary>
    public int? VlanId { get; }

    /// <summary>A physical NIC, owned directly or passed through (Net §05.1).</summary>
    /// <returns>The NIC.</returns>
    public static Nic Physical() => new(NicKind.Physical);

    /// <summary>An emulated Intel E1000: full virtualization, high compatibility, medium performance (Net §05.2.2).</summary>
    /// <returns>The NIC.</returns>
    public static Nic E1000() => new(NicKind.E1000);

    /// <summary>A VirtIO-net paravirtual NIC: high performance, medium compatibility (Net §05.2.2).</summary>
    /// <returns>The NIC.</returns>
    public static Nic VirtioNet() => new(NicKind.VirtioNet);

    /// <summary>Xen's paravirtual NIC (Net §05.4.2).</summary>
    /// <returns>The NIC.</returns>
    public static Nic XenPvNet() => new(NicKind.XenPvNet);

    /// <summary>An SR-IOV virtual function: hardware virtualization, highest performance, low compatibility (Net §05.2.2).</summary>
    /// <param name="virtualFunctionIndex">The function's index on its device, from 0.</param>
    /// <param name="virtualFunctionCount">How many virtual functions the device has (TotalVFs), or null when unknown.</param>
    /// <returns>The NIC.</returns>
    /// <exception cref="InvalidModelException">PM0004: the index is negative or not below the count, or the count is outside 1–65,535.</exception>
    public static Nic SrIov(int virtualFunctionIndex = 0, int? virtualFunctionCount = null)
    {
        if (virtualFunctionCount is { } count)
        {
            ModelValidator.ThrowIfError(RuleTable.CheckVirtualFunctionCount(count), nameof(virtualFunctionCount));
        }

        ModelValidator.ThrowIfError(
            RuleTable.CheckVirtualFunctionIndex(virtualFunctionIndex, virtualFunctionCount ?? ProtocolLimits.MaximumVirtualFunctionCount),
            nameof(virtualFunctionIndex));
        return new(NicKind.SrIovVirtualFunction, virtualFunctionIndex: virtualFunctionIndex, virtualFunctionCount: virtualFunctionCount);
    }

    /// <summary>One end of a veth pair in a network namespace: process-level abstraction (Net §05.3).</summary>
    /// <returns>The NIC.</returns>
    public static Nic Veth() => new(NicKind.Veth);

    /// <summary>An 802.1Q VLAN interface: data-link-level abstraction (Net §05.3).</summary>
    /// <param name="vlanId">The VLAN id, 1–4094.</param>
    /// <returns>The NIC.</returns>
    /// <exception cref="InvalidModelException">PM0004: the id is outside 1–4094.</exception>
    public static Nic VlanInterface(int vlanId)
    {
        ModelValidator.ThrowIfError(RuleTable.CheckVlanId(vlanId), nameof(vlanId));
        return new(NicKind.VlanInterface, vlanId: vlanId);
    }

    /// <summary>A bridge interface such as a Linux Bridge or Open vSwitch port: data-link-level abstraction (Net §05.3).</summary>
    /// <returns>The NIC.</returns>
    public static Nic BridgeInterface() => new(NicKind.BridgeInterface);

    /// <summary>A tunnel interface (VXLAN, GRE, IPsec) for overlays and VPNs (Net §05.3.1).</summary>
    /// <returns>The NIC.</returns>
    public static Nic TunnelInterface() => new(NicKind.TunnelInterface);

    /// <summary>The WASI socket abstraction of a Wasm sandbox: application-level abstraction (Net §05.3.2, §09.2).</summary>
    /// <returns>The NIC.</returns>
    public static Nic WasiSocket() => new(NicKind.WasiSocket);

    /// <summary>Creates the NIC of a kind that needs no further values, for models read from files.</summary>
    /// <param name="kind">The kind; not <see cref="NicKind.SrIovVirtualFunction"/> with values or <see cref="NicKind.VlanInterface"/>, which have their own factories.</param>
    /// <returns>The NIC.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined, or needs values (a VLAN interface needs its id).</exception>
    public static Nic Of(NicKind kind) => kind switch
    {
        NicKind.VlanInterface => throw new ArgumentOutOfRangeException(nameof(kind), kind, "kind was VlanInterface; allowed: a kind that needs no further values (use Nic.VlanInterface(vlanId))."),
        NicKind.SrIovVirtualFunction => SrIov(),
        _ when Enum.IsDefined(kind) => new(kind),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, $"kind was {(int)kind}; allowed: {string.Join(", ", Enum.GetNames<NicKind>())}."),
    };
}
