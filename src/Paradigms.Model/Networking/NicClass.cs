namespace Paradigms.Model.Networking;

/// <summary>
/// The three classes of network interface the document compares: physical (物理网卡, Net §05.1),
/// virtual (虚拟网卡, Net §05.2) and logical (逻辑网卡, Net §05.3); compared in Net §05.4.1.
/// </summary>
/// <remarks>The values start at 1 so that <c>default</c> is refused.</remarks>
public enum NicClass
{
    /// <summary>A physical NIC (物理网卡): a hardware device on the motherboard or in an expansion slot (Net §05.1.1).</summary>
    Physical = 1,

    /// <summary>A virtual NIC (虚拟网卡, vNIC): a NIC simulated in software for a virtual machine (Net §05.2.1).</summary>
    Virtual = 2,

    /// <summary>A logical NIC (逻辑网卡): an abstract interface built on a physical or virtual NIC (Net §05.3.1).</summary>
    Logical = 3,
}
