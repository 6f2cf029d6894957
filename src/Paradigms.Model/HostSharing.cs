using System;

namespace Paradigms.Model;

/// <summary>What a paradigm's workload shares with the host, as the documents mark it "（共享）" (Net §06.3.1, §10.5).</summary>
[Flags]
public enum HostSharing
{
    /// <summary>Nothing is marked shared: the guest has its own stack on its own (virtual) devices.</summary>
    None = 0,

    /// <summary>The host's physical NIC (物理网卡（共享）).</summary>
    PhysicalNic = 1,

    /// <summary>The host's data-link layer (Host OS（共享） at layer 2).</summary>
    DataLink = 2,

    /// <summary>The host's IP and TCP/UDP implementation (Host OS IP 栈（共享）, Host OS TCP/UDP（共享）).</summary>
    NetworkStack = 4,

    /// <summary>The host's kernel, which the workload calls directly (Container → Host Kernel, Net §03.2.2).</summary>
    Kernel = 8,
}
