namespace Paradigms.Model.Networking;

/// <summary>
/// How nodes are connected logically, and so which paths traffic takes, whatever the physical
/// layout underneath (逻辑拓扑, Net §02.2.1). <see cref="TopologyCatalog.Describe(LogicalTopology)"/>
/// gives each one's structure, characteristics and uses with their citation.
/// </summary>
/// <remarks>
/// The values start at 1 so that <c>default</c> is refused. The first four are the types
/// Net §02.2.1 lists; <see cref="Star"/> is not among them, but Net §02.2.2, §02.3.2 and §10.1
/// give it as the logical topology of virtual machines on a virtual switch, so it is kept too
/// (docs/seed-consistency.md lists the difference).
/// </remarks>
public enum LogicalTopology
{
    /// <summary>
    /// Point-to-point (点对点): a direct logical connection between two nodes; a dedicated link,
    /// full-duplex. Used by VPNs and tunnels (Net §02.2.1); the logical topology of containers
    /// (veth) and Wasm sandboxes (sockets) (Net §02.3.2, §10.1).
    /// </summary>
    PointToPoint = 1,

    /// <summary>
    /// Broadcast (广播): one node sends to all nodes; a shared medium, one-to-many. Ethernet
    /// broadcast and ARP (Net §02.2.1).
    /// </summary>
    Broadcast = 2,

    /// <summary>
    /// Multicast (多播): one node sends to several chosen nodes; group communication that saves
    /// bandwidth. Video conferencing and streaming media (Net §02.2.1).
    /// </summary>
    Multicast = 3,

    /// <summary>
    /// Overlay (覆盖网络): a logical network built on top of the physical network; a virtualized
    /// network with its own addressing. VXLAN, GRE and virtual networks (Net §02.2.1); it can be
    /// built over any physical topology (Net §02.3.1).
    /// </summary>
    Overlay = 4,

    /// <summary>
    /// Star (星型逻辑拓扑): every virtual machine connects to a virtual switch (vSwitch). Not one of
    /// the four types of Net §02.2.1; the logical topology of full virtualization and
    /// paravirtualization in Net §02.2.2, §02.3.2 and §10.1.
    /// </summary>
    Star = 5,
}
