using Paradigms.Model.Quantities;

namespace Paradigms.Model.Resources;

/// <summary>
/// The memory of a paravirtualized VM, term by term: <c>M_PV = M_guest_os + M_workload + M_hypervisor + M_grant_table</c> (Res §3.2 (paravirtualization memory model)).
/// Made by <see cref="MemoryModel.Paravirtualization"/>.
/// </summary>
/// <remarks><c>default</c> is all zeros. Immutable.</remarks>
public readonly record struct ParavirtualizationMemory
{
    internal ParavirtualizationMemory(Information guestOs, Information workload, Information hypervisor, Information grantTable)
    {
        GuestOs = guestOs;
        Workload = workload;
        Hypervisor = hypervisor;
        GrantTable = grantTable;
        Total = EquationInput.MemoryTotal(guestOs.Bytes + workload.Bytes + hypervisor.Bytes + grantTable.Bytes);
    }

    /// <summary>Gets the guest OS memory, M_guest_os.</summary>
    public Information GuestOs { get; }

    /// <summary>Gets the workload's memory, M_workload.</summary>
    public Information Workload { get; }

    /// <summary>Gets the hypervisor's memory for this VM, M_hypervisor.</summary>
    public Information Hypervisor { get; }

    /// <summary>Gets the grant table that shares pages between guest and hypervisor, M_grant_table.</summary>
    public Information GrantTable { get; }

    /// <summary>Gets everything but the workload, <c>M_guest_os + M_hypervisor + M_grant_table</c>: what the paradigm costs on top.</summary>
    public Information Overhead => GuestOs + Hypervisor + GrantTable;

    /// <summary>Gets the whole footprint, <c>M_guest_os + M_workload + M_hypervisor + M_grant_table</c>.</summary>
    public Information Total { get; }
}
