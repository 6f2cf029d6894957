using Paradigms.Model.Quantities;

namespace Paradigms.Model.Resources;

/// <summary>
/// The CPU cost of a container, term by term: <c>C_Container = C_workload + C_namespace + C_cgroup + C_runtime</c> (Res §2.2 (container CPU model)).
/// Made by <see cref="CpuModel.Containerization"/>.
/// </summary>
/// <remarks>
/// In the general model C_total = C_workload + C_isolation + C_overhead (Res §2.2), this library
/// reads <c>C_namespace + C_cgroup</c> as the isolation term and <c>C_runtime</c> as the overhead term
/// (docs/equations.md). <c>default</c> is all zeros with a utilization of zero. Immutable.
/// </remarks>
public readonly record struct ContainerizationCpuCost
{
    internal ContainerizationCpuCost(Cycles workload, double namespaceSwitches, double cgroupUpdates, double runtime)
    {
        // The terms come from EquationInput.Term: finite or +infinity, never negative. A partial sum can only
        // overflow to +infinity, which carries to the total, so checking the total once checks every term,
        // in the order Workload + Isolation + Overhead adds them.
        Total = EquationInput.CyclesTotal(workload.Count + (namespaceSwitches + cgroupUpdates) + runtime);
        Workload = workload;
        NamespaceSwitches = EquationInput.CyclesTerm(namespaceSwitches);
        CgroupUpdates = EquationInput.CyclesTerm(cgroupUpdates);
        Runtime = EquationInput.CyclesTerm(runtime);
        Utilization = Relative.Share(workload.Count / Total.Count); // 0 < C_workload <= C_total, so from 0 to 1
    }

    /// <summary>Gets the workload's own cycles, C_workload.</summary>
    public Cycles Workload { get; }

    /// <summary>Gets the cycles spent switching namespaces, C_namespace, counted in the general model's C_isolation.</summary>
    public Cycles NamespaceSwitches { get; }

    /// <summary>Gets the cycles spent updating cgroup limits, C_cgroup, counted in the general model's C_isolation.</summary>
    public Cycles CgroupUpdates { get; }

    /// <summary>Gets the cycles of the container runtime (containerd, runc), C_runtime, counted in the general model's C_overhead.</summary>
    public Cycles Runtime { get; }

    /// <summary>Gets the isolation term of the general model, C_isolation = <c>C_namespace + C_cgroup</c>.</summary>
    public Cycles Isolation => NamespaceSwitches + CgroupUpdates;

    /// <summary>Gets the overhead term of the general model, C_overhead = <c>C_runtime</c>.</summary>
    public Cycles Overhead => Runtime;

    /// <summary>Gets every cycle spent, C_total = C_workload + C_isolation + C_overhead.</summary>
    public Cycles Total { get; }

    /// <summary>Gets the CPU utilization, C_workload / C_total: above 0 % and at most 100 % for any workload above zero.</summary>
    public Ratio Utilization { get; }
}
