namespace Paradigms.Model.Networking;

/// <summary>
/// What provides a protocol layer to a workload under a paradigm, as the document names it in
/// its per-paradigm stacks (Net §06.1.2, §06.2.2, §06.3.1, §10.5).
/// </summary>
/// <remarks>The values start at 1 so that <c>default</c> is refused.</remarks>
public enum LayerProvider
{
    /// <summary>The physical NIC (物理网卡).</summary>
    PhysicalNic = 1,

    /// <summary>The VM's virtual NIC (虚拟网卡, vNIC), emulated (模拟) per Net §10.5.</summary>
    VirtualNic = 2,

    /// <summary>The paravirtual NIC, VirtIO Net (半虚拟化网卡（VirtIO Net）, Net §10.5).</summary>
    ParavirtualNic = 3,

    /// <summary>The hypervisor, a hop between the vNIC and the physical NIC (Net §06.2.2).</summary>
    Hypervisor = 4,

    /// <summary>A veth pair, a hop between a container and the bridge (Net §06.2.2).</summary>
    Veth = 5,

    /// <summary>A Linux bridge, a hop between a container's veth and the physical NIC (Net §06.2.2).</summary>
    Bridge = 6,

    /// <summary>A veth pair and a bridge together (veth + Bridge, Net §06.3.1, §10.5).</summary>
    VethAndBridge = 7,

    /// <summary>A network namespace and a veth pair together (Network Namespace + veth, Net §06.1.2).</summary>
    NetworkNamespaceAndVeth = 8,

    /// <summary>The container's own network stack in its network namespace (网络协议栈（独立）, Net §05.3.2, §08.1.1, §08.2.1, §08.3.1).</summary>
    NetworkNamespace = 9,

    /// <summary>The guest OS of a virtual machine (Guest OS).</summary>
    GuestOs = 10,

    /// <summary>The host OS (Host OS).</summary>
    HostOs = 11,

    /// <summary>The WASI layer of a Wasm runtime: its socket abstraction and data format (WASI Socket, WASI).</summary>
    Wasi = 12,

    /// <summary>An application on the guest OS (Guest OS App, Guest OS 应用程序).</summary>
    GuestOsApplication = 13,

    /// <summary>The container's application (Container App, Container 应用程序).</summary>
    ContainerApplication = 14,

    /// <summary>The Wasm module (Wasm Module).</summary>
    WasmModule = 15,
}
