namespace Paradigms.Model.Networking;

/// <summary>
/// The kinds of network interface a deployment can attach: physical (Net §05.1), virtual
/// (Net §05.2) and logical (Net §05.3).
/// </summary>
/// <remarks>The values start at 1 so that <c>default</c> is refused. Linked into the analyzer.</remarks>
#if PARADIGMS_ANALYZER
internal
#else
public
#endif
enum NicKind
{
    /// <summary>A physical NIC, passed through or owned directly (Net §05.1).</summary>
    Physical = 1,

    /// <summary>An emulated Intel E1000: full-virtualization emulation, good compatibility (Net §05.2.2).</summary>
    E1000 = 2,

    /// <summary>VirtIO-net: the paravirtual NIC of KVM and others (Net §05.2.2).</summary>
    VirtioNet = 3,

    /// <summary>Xen's paravirtual network front end (netfront), Xen PV Net (Net §05.4.2).</summary>
    XenPvNet = 4,

    /// <summary>An SR-IOV virtual function: a hardware-virtualized slice of a physical NIC (Net §05.2.2).</summary>
    SrIovVirtualFunction = 5,

    /// <summary>One end of a veth pair in a network namespace (Net §05.3.1).</summary>
    Veth = 6,

    /// <summary>An 802.1Q VLAN interface on a NIC (Net §05.3.1).</summary>
    VlanInterface = 7,

    /// <summary>A bridge interface such as a Linux Bridge or Open vSwitch port (Net §05.3.1).</summary>
    BridgeInterface = 8,

    /// <summary>A tunnel interface: VXLAN, GRE or IPsec (Net §05.3.1).</summary>
    TunnelInterface = 9,

    /// <summary>The WASI socket abstraction (TCP, UDP or Unix socket) of a Wasm sandbox (Net §05.3.2, §09.2).</summary>
    WasiSocket = 10,
}
