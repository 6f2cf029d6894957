namespace Paradigms.Model.Networking;

/// <summary>
/// At what level a NIC or channel abstracts the network, from the hardware up: the documents'
/// 物理层, 硬件级, 数据链路层, 进程级 and 应用级 (Net §04.3.2, §05.3.2, §05.4.1, §10.1, §10.3).
/// </summary>
/// <remarks>The values start at 1 so that <c>default</c> is refused, and run from the hardware up.</remarks>
public enum AbstractionLevel
{
    /// <summary>The physical layer itself (物理层): a physical NIC.</summary>
    Physical = 1,

    /// <summary>Hardware-level (硬件级抽象): a device that looks like hardware to a guest OS (a vNIC).</summary>
    Hardware = 2,

    /// <summary>Data-link layer (数据链路层): an interface defined by layer-2 framing (a VLAN or bridge interface).</summary>
    DataLink = 3,

    /// <summary>Process-level (进程级抽象): an interface inside a network namespace of the host kernel (veth).</summary>
    Process = 4,

    /// <summary>Application-level (应用级抽象): a socket API offered to an application (WASI sockets).</summary>
    Application = 5,
}
