using System.Collections.Generic;
using System.Diagnostics.Contracts;
using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Resources;

/// <summary>
/// The CPU chapter of the resource document (Res §2): each paradigm's scheduling profile (§2.1) and
/// its CPU cost equation (§2.2) as a pure function.
/// </summary>
/// <remarks>
/// <para>
/// The document prices each event in cycles (a VM exit 1000–5000, a hypercall 100–300, …) but, apart
/// from "about one VM exit every 1000 instructions", never says how many events happen. So every
/// equation takes the event counts as explicit inputs, next to the cycles the workload itself spends
/// in the same interval; the per-event costs are inputs too, with the document's figures as the named
/// defaults in <see cref="ResourceFacts"/> (<see cref="ResourceFacts.VmExitCost"/>, …). To evaluate an
/// equation over the documented cost ranges, use <see cref="Corners"/>.
/// </para>
/// <para>
/// Each equation returns a breakdown whose <c>Utilization</c> is C_workload / C_total, above 0 % and at
/// most 100 %. Every input is checked (counts finite and not negative, workload above zero) and the
/// equations allocate nothing. Pure and thread-safe.
/// </para>
/// </remarks>
public static class CpuModel
{
    private static readonly CpuSchedulingProfile VirtualizationProfile = new(
        Paradigm.Virtualization,
        CpuScheduling.TwoLevel,
        List("Guest App", "Guest Kernel", "Hypervisor", "Host Kernel", "CPU"),
        ResourceFacts.VirtualizationContextSwitchCostMinimum,
        ResourceFacts.VirtualizationContextSwitchCostMinimum.Value,
        null,
        List("privileged-instruction traps (特权指令陷阱)", "VM exits (VM Exit)"));

    private static readonly CpuSchedulingProfile ParavirtualizationProfile = new(
        Paradigm.Paravirtualization,
        CpuScheduling.Cooperative,
        List("Guest App", "Guest Kernel (Hypercall)", "Hypervisor", "Host Kernel", "CPU"),
        ResourceFacts.ParavirtualizationContextSwitchCost,
        ResourceFacts.ParavirtualizationContextSwitchCost.Value.Min,
        ResourceFacts.ParavirtualizationContextSwitchCost.Value.Max,
        List("hypercalls (Hypercall)", "cooperative optimization (协作优化)", "fewer VM exits (减少 VM Exit)"));

    private static readonly CpuSchedulingProfile ContainerizationProfile = new(
        Paradigm.Containerization,
        CpuScheduling.SingleLevel,
        List("Container App", "Host Kernel", "CPU"),
        ResourceFacts.ContainerizationContextSwitchCost,
        ResourceFacts.ContainerizationContextSwitchCost.Value,
        ResourceFacts.ContainerizationContextSwitchCost.Value,
        List("namespace switches (Namespace 切换)", "cgroup updates (Cgroup 更新)"));

    private static readonly CpuSchedulingProfile SandboxingProfile = new(
        Paradigm.Sandboxing,
        CpuScheduling.ApplicationLevel,
        List("Wasm Module", "Runtime", "Host Kernel", "CPU"),
        ResourceFacts.SandboxingContextSwitchCost,
        ResourceFacts.SandboxingContextSwitchCost.Value.Min,
        ResourceFacts.SandboxingContextSwitchCost.Value.Max,
        List("function calls (函数调用)", "lightweight isolation (轻量隔离)"));

    /// <summary>Gets the four rows of Res §2.1, in the order of <see cref="Paradigm"/>.</summary>
    public static IReadOnlyList<CpuSchedulingProfile> Profiles { get; } =
        List(VirtualizationProfile, ParavirtualizationProfile, ContainerizationProfile, SandboxingProfile);

    /// <summary>The row of Res §2.1 for a paradigm.</summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <returns>Its scheduling model, path, context-switch cost, reported utilization and overhead sources.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="paradigm"/> is not defined.</exception>
    [Pure]
    public static CpuSchedulingProfile Profile(Paradigm paradigm) => paradigm switch
    {
        Paradigm.Virtualization => VirtualizationProfile,
        Paradigm.Paravirtualization => ParavirtualizationProfile,
        Paradigm.Containerization => ContainerizationProfile,
        Paradigm.Sandboxing => SandboxingProfile,
        _ => throw Preconditions.Undefined(paradigm, nameof(paradigm)),
    };

    /// <summary>
    /// How many VM exits a number of instructions causes at the document's rate of one exit about
    /// every <see cref="ResourceFacts.InstructionsPerVmExit"/> (1000) instructions (Res §2.2).
    /// </summary>
    /// <param name="instructions">The instructions the guest executes; finite, 0 or more.</param>
    /// <returns>The number of VM exits, <c>instructions / 1000</c>.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="instructions"/> is negative, NaN or infinite.</exception>
    [Pure]
    public static double VmExitCount(double instructions) =>
        EquationInput.Count(instructions, nameof(instructions)) / ResourceFacts.InstructionsPerVmExit.Value;

    /// <summary>
    /// Full virtualization's CPU cost, C_VM = C_workload + C_vmexit + C_emulation + C_hypervisor
    /// (Res §2.2, virtualization CPU model), each term a count of events times the cycles per event.
    /// </summary>
    /// <param name="workload">C_workload, the cycles the workload itself spends in the interval; above 0.</param>
    /// <param name="vmExits">How many VM exits happen in the interval (see <see cref="VmExitCount"/>); finite, 0 or more.</param>
    /// <param name="vmExitCost">The cycles of one VM exit; documented 1000–5000 (<see cref="ResourceFacts.VmExitCost"/>).</param>
    /// <param name="emulatedInstructions">How many instructions the hypervisor emulates in the interval; finite, 0 or more.</param>
    /// <param name="emulationCost">The cycles to emulate one instruction; documented 100–500 (<see cref="ResourceFacts.InstructionEmulationCost"/>).</param>
    /// <param name="schedulingEvents">How many times the hypervisor schedules a vCPU in the interval; finite, 0 or more.</param>
    /// <param name="schedulingCost">The cycles of one scheduling event; documented 50–200 (<see cref="ResourceFacts.HypervisorSchedulingCost"/>).</param>
    /// <returns>The cost term by term, and the utilization C_workload / C_VM.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">An input is outside the range given above.</exception>
    /// <exception cref="System.OverflowException">A term is too large for a <see cref="double"/>.</exception>
    [Pure]
    public static VirtualizationCpuCost Virtualization(
        Cycles workload, double vmExits, Cycles vmExitCost, double emulatedInstructions, Cycles emulationCost, double schedulingEvents, Cycles schedulingCost) =>
        new(
            EquationInput.PositiveWork(workload, nameof(workload)),
            EquationInput.Term(vmExitCost, vmExits, nameof(vmExits)),
            EquationInput.Term(emulationCost, emulatedInstructions, nameof(emulatedInstructions)),
            EquationInput.Term(schedulingCost, schedulingEvents, nameof(schedulingEvents)));

    /// <summary>
    /// Paravirtualization's CPU cost, C_PV = C_workload + C_hypercall + C_collaboration + C_hypervisor
    /// (Res §2.2, paravirtualization CPU model), each term a count of events times the cycles per event.
    /// </summary>
    /// <param name="workload">C_workload, the cycles the workload itself spends in the interval; above 0.</param>
    /// <param name="hypercalls">How many hypercalls the guest makes in the interval; finite, 0 or more.</param>
    /// <param name="hypercallCost">The cycles of one hypercall; documented 100–300 (<see cref="ResourceFacts.HypercallCost"/>).</param>
    /// <param name="collaborations">How many front-end/back-end driver exchanges happen in the interval; finite, 0 or more.</param>
    /// <param name="collaborationCost">The cycles of one exchange; documented 50–150 (<see cref="ResourceFacts.FrontEndBackEndCollaborationCost"/>).</param>
    /// <param name="schedulingEvents">How many times the hypervisor schedules a vCPU in the interval; finite, 0 or more.</param>
    /// <param name="schedulingCost">The cycles of one scheduling event; documented 50–200 (<see cref="ResourceFacts.HypervisorSchedulingCost"/>).</param>
    /// <returns>The cost term by term, and the utilization C_workload / C_PV.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">An input is outside the range given above.</exception>
    /// <exception cref="System.OverflowException">A term is too large for a <see cref="double"/>.</exception>
    [Pure]
    public static ParavirtualizationCpuCost Paravirtualization(
        Cycles workload, double hypercalls, Cycles hypercallCost, double collaborations, Cycles collaborationCost, double schedulingEvents, Cycles schedulingCost) =>
        new(
            EquationInput.PositiveWork(workload, nameof(workload)),
            EquationInput.Term(hypercallCost, hypercalls, nameof(hypercalls)),
            EquationInput.Term(collaborationCost, collaborations, nameof(collaborations)),
            EquationInput.Term(schedulingCost, schedulingEvents, nameof(schedulingEvents)));

    /// <summary>
    /// A container's CPU cost, C_Container = C_workload + C_namespace + C_cgroup + C_runtime
    /// (Res §2.2, container CPU model), each term a count of events times the cycles per event.
    /// </summary>
    /// <param name="workload">C_workload, the cycles the workload itself spends in the interval; above 0.</param>
    /// <param name="namespaceSwitches">How many namespace switches happen in the interval; finite, 0 or more.</param>
    /// <param name="namespaceSwitchCost">The cycles of one switch; documented 10–50 (<see cref="ResourceFacts.NamespaceSwitchCost"/>).</param>
    /// <param name="cgroupUpdates">How many cgroup updates happen in the interval; finite, 0 or more.</param>
    /// <param name="cgroupUpdateCost">The cycles of one update; documented 5–20 (<see cref="ResourceFacts.CgroupUpdateCost"/>).</param>
    /// <param name="runtimeEvents">How many times the container runtime acts in the interval; finite, 0 or more.</param>
    /// <param name="runtimeCost">The cycles of one runtime action; documented 10–30 (<see cref="ResourceFacts.ContainerRuntimeCpuCost"/>).</param>
    /// <returns>The cost term by term, and the utilization C_workload / C_Container.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">An input is outside the range given above.</exception>
    /// <exception cref="System.OverflowException">A term is too large for a <see cref="double"/>.</exception>
    [Pure]
    public static ContainerizationCpuCost Containerization(
        Cycles workload, double namespaceSwitches, Cycles namespaceSwitchCost, double cgroupUpdates, Cycles cgroupUpdateCost, double runtimeEvents, Cycles runtimeCost) =>
        new(
            EquationInput.PositiveWork(workload, nameof(workload)),
            EquationInput.Term(namespaceSwitchCost, namespaceSwitches, nameof(namespaceSwitches)),
            EquationInput.Term(cgroupUpdateCost, cgroupUpdates, nameof(cgroupUpdates)),
            EquationInput.Term(runtimeCost, runtimeEvents, nameof(runtimeEvents)));

    /// <summary>
    /// A Wasm sandbox's CPU cost, C_Sandbox = C_workload + C_runtime + C_syscall (Res §2.2, sandbox CPU
    /// model), each term a count of events times the cycles per event.
    /// </summary>
    /// <param name="workload">C_workload, the cycles the workload itself spends in the interval; above 0.</param>
    /// <param name="runtimeEvents">How many times the Wasm runtime acts in the interval; finite, 0 or more.</param>
    /// <param name="runtimeCost">The cycles of one runtime action; documented 5–15 (<see cref="ResourceFacts.WasmRuntimeCpuCost"/>).</param>
    /// <param name="syscalls">How many WASI calls the runtime intercepts in the interval; finite, 0 or more.</param>
    /// <param name="syscallInterceptionCost">The cycles to intercept one call; documented 1–5 (<see cref="ResourceFacts.WasiSyscallInterceptionCost"/>).</param>
    /// <returns>The cost term by term, and the utilization C_workload / C_Sandbox.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">An input is outside the range given above.</exception>
    /// <exception cref="System.OverflowException">A term is too large for a <see cref="double"/>.</exception>
    [Pure]
    public static SandboxingCpuCost Sandboxing(
        Cycles workload, double runtimeEvents, Cycles runtimeCost, double syscalls, Cycles syscallInterceptionCost) =>
        new(
            EquationInput.PositiveWork(workload, nameof(workload)),
            EquationInput.Term(runtimeCost, runtimeEvents, nameof(runtimeEvents)),
            EquationInput.Term(syscallInterceptionCost, syscalls, nameof(syscalls)));


    private static System.Collections.ObjectModel.ReadOnlyCollection<T> List<T>(params T[] items) => System.Array.AsReadOnly(items);
}
