namespace Paradigms.Model.Networking;

/// <summary>
/// The headings under which the document groups network isolation mechanisms: three for VMs
/// (Net §07.3.1), three for containers (Net §08.3.1), three for sandboxes (Net §09.3.1).
/// </summary>
/// <remarks>The values start at 1 so that <c>default</c> is refused.</remarks>
public enum IsolationCategory
{
    /// <summary>Virtual switch isolation (虚拟交换机隔离): ports, VLANs and ACLs on the vSwitch (Net §07.3.1).</summary>
    VirtualSwitch = 1,

    /// <summary>Virtual network isolation (虚拟网络隔离): separate internal, external and management networks (Net §07.3.1).</summary>
    VirtualNetwork = 2,

    /// <summary>Network security (网络安全): firewall rules, traffic monitoring, intrusion detection (Net §07.3.1).</summary>
    NetworkSecurity = 3,

    /// <summary>Network namespace isolation (Network Namespace 隔离): a stack, address and routing table per container (Net §08.3.1).</summary>
    NetworkNamespace = 4,

    /// <summary>Network policy isolation (网络策略隔离): NetworkPolicy, iptables and firewall rules (Net §08.3.1).</summary>
    NetworkPolicy = 5,

    /// <summary>CNI network isolation (CNI 网络隔离): segmentation, VLANs and overlays made by the plug-in (Net §08.3.1).</summary>
    Cni = 6,

    /// <summary>WASI permission isolation (WASI 权限隔离): socket permissions, access control, least privilege (Net §09.3.1).</summary>
    WasiPermission = 7,

    /// <summary>Socket abstraction isolation (Socket 抽象隔离): sockets, addresses and port bindings per module (Net §09.3.1).</summary>
    SocketAbstraction = 8,

    /// <summary>Function-call interception (函数调用拦截): system calls intercepted and checked (Net §09.3.1).</summary>
    CallInterception = 9,
}
