namespace Paradigms.Model.Networking;

/// <summary>How a virtual NIC is virtualized (虚拟化方式, Net §05.2.1, §05.2.2).</summary>
/// <remarks>The values start at 1 so that <c>default</c> is refused.</remarks>
public enum VirtualizationMethod
{
    /// <summary>Paravirtual (半虚拟化): the guest runs a driver that knows it talks to a hypervisor, such as VirtIO Net.</summary>
    Paravirtual = 1,

    /// <summary>Full virtualization by emulation (全虚拟化, 模拟): the hypervisor emulates a real NIC, such as the Intel E1000, for an unmodified guest driver.</summary>
    FullEmulation = 2,

    /// <summary>Hardware virtualization (硬件虚拟化): the NIC itself presents virtual functions, as SR-IOV does.</summary>
    Hardware = 3,
}
