namespace Paradigms.Model.Networking;

/// <summary>What a named piece of virtual network software does (Net §05.2.2, §07.1.1, §08.1.1).</summary>
/// <remarks>The values start at 1 so that <c>default</c> is refused.</remarks>
public enum NetworkComponentRole
{
    /// <summary>A virtual switch (vSwitch) in the hypervisor layer that VMs' vNICs attach to (Net §05.2.2, §07.1.1).</summary>
    VirtualSwitch = 1,

    /// <summary>A bridge in the host OS that containers' veth ends attach to (网桥, Net §08.1.1, §08.2.1).</summary>
    HostBridge = 2,

    /// <summary>An overlay encapsulation that carries a logical layer-2 network across physical networks (Net §07.1.1).</summary>
    Overlay = 3,

    /// <summary>A container network plug-in (CNI plug-in) that builds a network spanning hosts (Net §02.2.2, §04.2.2, §08.1.1).</summary>
    CniPlugin = 4,
}
