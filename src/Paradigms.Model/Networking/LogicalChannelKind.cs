namespace Paradigms.Model.Networking;

/// <summary>
/// The logical channels of Net §04.2.1 that a deployment's workload can terminate (own an
/// interface or endpoint of).
/// </summary>
/// <remarks>The values start at 1 so that <c>default</c> is refused. Linked into the analyzer.</remarks>
#if PARADIGMS_ANALYZER
internal
#else
public
#endif
enum LogicalChannelKind
{
    /// <summary>An IEEE 802.1Q VLAN, id 1–4094 (Net §04.2.1, §04.2.2).</summary>
    Vlan = 1,

    /// <summary>A VXLAN overlay: a logical layer-2 channel over IP, 24-bit VNI (Net §04.2.1; RFC 7348).</summary>
    Vxlan = 2,

    /// <summary>A GRE tunnel: a logical layer-3 channel (Net §04.2.1; RFC 2784).</summary>
    Gre = 3,

    /// <summary>A Geneve overlay: generic network-virtualization encapsulation (Net §04.2.1; RFC 8926).</summary>
    Geneve = 4,

    /// <summary>A VPN over a public network: IPsec, SSL VPN or GRE (Net §04.2.1).</summary>
    Vpn = 5,

    /// <summary>A CNI channel: Flannel (VXLAN), Calico (BGP) or Weave (Net §04.2.1, §08.1.1).</summary>
    Cni = 6,

    /// <summary>A service-mesh channel, such as Istio's mTLS (Net §04.2.2).</summary>
    ServiceMesh = 7,

    /// <summary>An ingress or egress channel: traffic entering or leaving a cluster (Net §04.2.1).</summary>
    IngressEgress = 8,

    /// <summary>A network namespace: an independent network stack (Net §04.2.2, §04.3.1).</summary>
    NetworkNamespace = 9,

    /// <summary>A WASI socket: the sandbox's capability-based socket functions (Net §04.2.2, §09).</summary>
    WasiSocket = 10,
}
