namespace Paradigms.Model.Networking;

/// <summary>
/// An element of the physical network that each paradigm replaces with a virtual or logical
/// counterpart: the switch, the NIC, the network itself (Net §02.3.2).
/// </summary>
/// <remarks>The values start at 1 so that <c>default</c> is refused.</remarks>
public enum PhysicalNetworkElement
{
    /// <summary>The physical switch (物理交换机).</summary>
    Switch = 1,

    /// <summary>The physical NIC (物理网卡).</summary>
    Nic = 2,

    /// <summary>The physical network (物理网络).</summary>
    Network = 3,
}
