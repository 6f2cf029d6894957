using Paradigms.Model.Quantities;

namespace Paradigms.Model.Resources;

/// <summary>
/// The memory of a full-virtualization VM, term by term: <c>M_VM = M_guest_os + M_workload + M_hypervisor</c> (Res §3.2 (virtualization memory model)).
/// Made by <see cref="MemoryModel.Virtualization"/>.
/// </summary>
/// <remarks><c>default</c> is all zeros. Immutable.</remarks>
public readonly record struct VirtualizationMemory
{
    internal VirtualizationMemory(Information guestOs, Information workload, Information hypervisor)
    {
        GuestOs = guestOs;
        Workload = workload;
        Hypervisor = hypervisor;
        Total = EquationInput.MemoryTotal(guestOs.Bytes + workload.Bytes + hypervisor.Bytes);
    }

    /// <summary>Gets the guest OS memory, M_guest_os.</summary>
    public Information GuestOs { get; }

    /// <summary>Gets the workload's memory, M_workload.</summary>
    public Information Workload { get; }

    /// <summary>Gets the hypervisor's memory for this VM, M_hypervisor.</summary>
    public Information Hypervisor { get; }

    /// <summary>Gets everything but the workload, <c>M_guest_os + M_hypervisor</c>: what the paradigm costs on top.</summary>
    public Information Overhead => GuestOs + Hypervisor;

    /// <summary>Gets the whole footprint, <c>M_guest_os + M_workload + M_hypervisor</c>.</summary>
    public Information Total { get; }
}
