using Paradigms.Model.Quantities;

namespace Paradigms.Model.Resources;

/// <summary>
/// The CPU cost of a paravirtualized guest, term by term: <c>C_PV = C_workload + C_hypercall + C_collaboration + C_hypervisor</c> (Res §2.2 (paravirtualization CPU model)).
/// Made by <see cref="CpuModel.Paravirtualization"/>.
/// </summary>
/// <remarks>
/// In the general model C_total = C_workload + C_isolation + C_overhead (Res §2.2), this library
/// reads <c>C_hypercall + C_collaboration</c> as the isolation term and <c>C_hypervisor</c> as the overhead term
/// (docs/equations.md). <c>default</c> is all zeros with a utilization of zero. Immutable.
/// </remarks>
public readonly record struct ParavirtualizationCpuCost
{
    internal ParavirtualizationCpuCost(Cycles workload, double hypercalls, double collaboration, double hypervisorScheduling)
    {
        // The terms come from EquationInput.Term: finite or +infinity, never negative. A partial sum can only
        // overflow to +infinity, which carries to the total, so checking the total once checks every term,
        // in the order Workload + Isolation + Overhead adds them.
        Total = EquationInput.CyclesTotal(workload.Count + (hypercalls + collaboration) + hypervisorScheduling);
        Workload = workload;
        Hypercalls = EquationInput.CyclesTerm(hypercalls);
        Collaboration = EquationInput.CyclesTerm(collaboration);
        HypervisorScheduling = EquationInput.CyclesTerm(hypervisorScheduling);
        Utilization = Relative.Share(workload.Count / Total.Count); // 0 < C_workload <= C_total, so from 0 to 1
    }

    /// <summary>Gets the workload's own cycles, C_workload.</summary>
    public Cycles Workload { get; }

    /// <summary>Gets the cycles spent in hypercalls, C_hypercall, counted in the general model's C_isolation.</summary>
    public Cycles Hypercalls { get; }

    /// <summary>Gets the cycles of front-end/back-end driver collaboration, C_collaboration, counted in the general model's C_isolation.</summary>
    public Cycles Collaboration { get; }

    /// <summary>Gets the cycles the hypervisor spends scheduling virtual CPUs, C_hypervisor, counted in the general model's C_overhead.</summary>
    public Cycles HypervisorScheduling { get; }

    /// <summary>Gets the isolation term of the general model, C_isolation = <c>C_hypercall + C_collaboration</c>.</summary>
    public Cycles Isolation => Hypercalls + Collaboration;

    /// <summary>Gets the overhead term of the general model, C_overhead = <c>C_hypervisor</c>.</summary>
    public Cycles Overhead => HypervisorScheduling;

    /// <summary>Gets every cycle spent, C_total = C_workload + C_isolation + C_overhead.</summary>
    public Cycles Total { get; }

    /// <summary>Gets the CPU utilization, C_workload / C_total: above 0 % and at most 100 % for any workload above zero.</summary>
    public Ratio Utilization { get; }
}
