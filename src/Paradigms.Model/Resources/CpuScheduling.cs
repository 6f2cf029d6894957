namespace Paradigms.Model.Resources;

/// <summary>How a paradigm schedules CPU, the "CPU 调度模型" column of Res §2.1.</summary>
/// <remarks>The values start at 1 so that <c>default</c> is refused.</remarks>
public enum CpuScheduling
{
    /// <summary>Two-level scheduling (两级调度): the guest OS schedules, then the hypervisor schedules the vCPUs (full virtualization).</summary>
    TwoLevel = 1,

    /// <summary>Cooperative scheduling (协作调度): the guest OS works with the hypervisor through hypercalls (paravirtualization).</summary>
    Cooperative = 2,

    /// <summary>Single-level scheduling (单级调度): the host OS schedules every process (containerization).</summary>
    SingleLevel = 3,

    /// <summary>Application-level scheduling (应用级调度): the Wasm runtime schedules directly (sandboxing).</summary>
    ApplicationLevel = 4,
}
