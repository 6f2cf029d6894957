using Paradigms.Model.Quantities;

namespace Paradigms.Model.Facts;

/// <content>The CPU figures of the resource document: §2.1, §2.2, §2.3 and the CPU row of §7.</content>
public static partial class ResourceFacts
{
    private const string VmCpu = "§2.2 (virtualization CPU model)";
    private const string PvCpu = "§2.2 (paravirtualization CPU model)";
    private const string ContainerCpu = "§2.2 (container CPU model)";
    private const string SandboxCpu = "§2.2 (sandbox CPU model)";

    private const string NoEventRate = "A cost per event; the document gives no event rate, so turning it into a share of CPU time needs one.";

    /// <summary>
    /// Gets the lower bound of full virtualization's context-switch cost, 1000 cycles ("&gt; 1000 cycles",
    /// Res §2.1, §2.3). The document gives no upper end.
    /// </summary>
    public static Sourced<Cycles> VirtualizationContextSwitchCostMinimum { get; } = new(
        Prefix + nameof(VirtualizationContextSwitchCostMinimum),
        Cycles.FromCycles(1000),
        Citation.Res("§2.1, §2.3"),
        "高（> 1000 cycles）… 上下文切换开销高（> 1000 CPU cycles）",
        "Only a lower bound is given; kept as the single value 1000 cycles, a lower bound and not a typical cost. "
        + "No upper end is invented: §2.2's VM exit cost (1000-5000 cycles, VmExitCost) is a different quantity.");

    /// <summary>Gets paravirtualization's context-switch cost, 800–1200 cycles (Res §2.1, §2.3).</summary>
    public static Sourced<Range<Cycles>> ParavirtualizationContextSwitchCost { get; } = CycleRange(
        nameof(ParavirtualizationContextSwitchCost), 800, 1200, "§2.1, §2.3",
        "中高（800-1200 cycles）… 上下文切换开销中高（800-1200 CPU cycles，通过协作优化减少）",
        "Its upper end (1200) lies above full virtualization's lower bound (> 1000), although §2.1 ranks it below (中高 against 高).");

    /// <summary>Gets containerization's context-switch cost, about 500 cycles ("~500 cycles", Res §2.1, §2.3).</summary>
    public static Sourced<Cycles> ContainerizationContextSwitchCost { get; } = new(
        Prefix + nameof(ContainerizationContextSwitchCost),
        Cycles.FromCycles(500),
        Citation.Res("§2.1, §2.3"),
        "中（~500 cycles）… 上下文切换开销中等（~500 CPU cycles）",
        "Given as about 500 (~500); kept as the single value 500 cycles, with no range invented around it.");

    /// <summary>Gets a Wasm sandbox's context-switch cost, under 100 cycles, read as 0–100 cycles (Res §2.1, §2.3).</summary>
    public static Sourced<Range<Cycles>> SandboxingContextSwitchCost { get; } = CycleRange(
        nameof(SandboxingContextSwitchCost), 0, 100, "§2.1, §2.3",
        "低（< 100 cycles）… 上下文切换开销低（< 100 CPU cycles）… 上下文切换快，< 100 cycles",
        UpperBoundOnly);

    /// <summary>Gets full virtualization's CPU utilization, 70–80 % (Res §2.1, §2.2, §2.3, §7).</summary>
    public static Sourced<Range<Ratio>> VirtualizationCpuUtilization { get; } = PercentRange(
        nameof(VirtualizationCpuUtilization), 70, 80, $"§2.1, {VmCpu}, §2.3, §7",
        "CPU 利用率 70-80% … C_workload / C_VM ≈ 70-80%");

    /// <summary>Gets paravirtualization's CPU utilization, 75–85 % (Res §2.1, §2.2, §2.3, §7).</summary>
    public static Sourced<Range<Ratio>> ParavirtualizationCpuUtilization { get; } = PercentRange(
        nameof(ParavirtualizationCpuUtilization), 75, 85, $"§2.1, {PvCpu}, §2.3, §7",
        "CPU 利用率 75-85% … C_workload / C_PV ≈ 75-85%");

    /// <summary>Gets containerization's CPU utilization, 85–95 % (Res §2.1, §2.2, §2.3, §7).</summary>
    public static Sourced<Range<Ratio>> ContainerizationCpuUtilization { get; } = PercentRange(
        nameof(ContainerizationCpuUtilization), 85, 95, $"§2.1, {ContainerCpu}, §2.3, §7",
        "CPU 利用率 85-95% … C_workload / C_Container ≈ 85-95%");

    /// <summary>Gets a Wasm sandbox's CPU utilization, 90–98 % (Res §2.1, §2.2, §2.3, §7).</summary>
    public static Sourced<Range<Ratio>> SandboxingCpuUtilization { get; } = PercentRange(
        nameof(SandboxingCpuUtilization), 90, 98, $"§2.1, {SandboxCpu}, §2.3, §7",
        "CPU 利用率 90-98% … C_workload / C_Sandbox ≈ 90-98%");

    /// <summary>Gets how often a VM exit happens, about once every 1000 instructions (Res §2.2, virtualization CPU model).</summary>
    public static Sourced<int> InstructionsPerVmExit { get; } = new(
        Prefix + nameof(InstructionsPerVmExit),
        1000,
        Citation.Res(VmCpu),
        "触发频率：约每 1000 条指令触发 1 次",
        "About one exit per 1000 instructions, kept as 1000 instructions per exit. A count of instructions, not cycles: "
        + "a share of CPU time also needs the cycles per instruction, which the document does not give.");

    /// <summary>Gets the cost of one VM exit, 1000–5000 cycles (Res §2.2, virtualization CPU model).</summary>
    public static Sourced<Range<Cycles>> VmExitCost { get; } = CycleRange(
        nameof(VmExitCost), 1000, 5000, VmCpu,
        "C_vmexit：VM Exit 开销（特权指令陷阱）… 开销：约 1000-5000 CPU cycles",
        "A cost per exit; InstructionsPerVmExit gives the rate.");

    /// <summary>Gets the cost of emulating one instruction the hypervisor must emulate, 100–500 cycles (Res §2.2, virtualization CPU model).</summary>
    public static Sourced<Range<Cycles>> InstructionEmulationCost { get; } = CycleRange(
        nameof(InstructionEmulationCost), 100, 500, VmCpu,
        "C_emulation：指令模拟开销 … 开销：约 100-500 CPU cycles/指令",
        "Per emulated instruction; the document does not say how many instructions need emulation.");

    /// <summary>Gets the hypervisor's vCPU scheduling cost, 50–200 cycles, the same under full and paravirtualization (Res §2.2).</summary>
    public static Sourced<Range<Cycles>> HypervisorSchedulingCost { get; } = CycleRange(
        nameof(HypervisorSchedulingCost), 50, 200, "§2.2 (virtualization CPU model, paravirtualization CPU model)",
        "C_hypervisor：Hypervisor 调度开销 … 虚拟 CPU 调度开销（类似全虚拟化）… 开销：约 50-200 CPU cycles",
        NoEventRate);

    /// <summary>Gets the cost of one hypercall, 100–300 cycles (Res §2.2, paravirtualization CPU model).</summary>
    public static Sourced<Range<Cycles>> HypercallCost { get; } = CycleRange(
        nameof(HypercallCost), 100, 300, PvCpu,
        "C_hypercall：Hypercall 开销（协作接口）… 开销：约 100-300 CPU cycles（比 VM Exit 低）",
        NoEventRate);

    /// <summary>Gets the cost of front-end/back-end driver collaboration, 50–150 cycles (Res §2.2, paravirtualization CPU model).</summary>
    public static Sourced<Range<Cycles>> FrontEndBackEndCollaborationCost { get; } = CycleRange(
        nameof(FrontEndBackEndCollaborationCost), 50, 150, PvCpu,
        "C_collaboration：协作优化开销 … 前端/后端驱动协作，减少模拟开销 … 开销：约 50-150 CPU cycles",
        NoEventRate);

    /// <summary>Gets the cost of a namespace switch, 10–50 cycles (Res §2.2, container CPU model).</summary>
    public static Sourced<Range<Cycles>> NamespaceSwitchCost { get; } = CycleRange(
        nameof(NamespaceSwitchCost), 10, 50, ContainerCpu,
        "C_namespace：Namespace 切换开销 … 开销：约 10-50 CPU cycles",
        NoEventRate);

    /// <summary>Gets the cost of a cgroup update, 5–20 cycles (Res §2.2, container CPU model).</summary>
    public static Sourced<Range<Cycles>> CgroupUpdateCost { get; } = CycleRange(
        nameof(CgroupUpdateCost), 5, 20, ContainerCpu,
        "C_cgroup：Cgroup 更新开销 … 资源限制更新开销 … 开销：约 5-20 CPU cycles",
        NoEventRate);

    /// <summary>Gets the container runtime's CPU cost (containerd, runc), 10–30 cycles (Res §2.2, container CPU model).</summary>
    public static Sourced<Range<Cycles>> ContainerRuntimeCpuCost { get; } = CycleRange(
        nameof(ContainerRuntimeCpuCost), 10, 30, ContainerCpu,
        "C_runtime：容器运行时开销 … containerd、runc 等运行时开销 … 开销：约 10-30 CPU cycles",
        NoEventRate);

    /// <summary>Gets the Wasm runtime's CPU cost (WasmEdge, Wasmtime), 5–15 cycles (Res §2.2, sandbox CPU model).</summary>
    public static Sourced<Range<Cycles>> WasmRuntimeCpuCost { get; } = CycleRange(
        nameof(WasmRuntimeCpuCost), 5, 15, SandboxCpu,
        "C_runtime：运行时开销（最小化）… WasmEdge、Wasmtime 等运行时开销 … 开销：约 5-15 CPU cycles",
        NoEventRate);

    /// <summary>Gets the cost of intercepting one WASI system call, 1–5 cycles (Res §2.2, sandbox CPU model).</summary>
    public static Sourced<Range<Cycles>> WasiSyscallInterceptionCost { get; } = CycleRange(
        nameof(WasiSyscallInterceptionCost), 1, 5, SandboxCpu,
        "C_syscall：系统调用拦截开销 … WASI 系统调用拦截（函数调用）… 开销：约 1-5 CPU cycles",
        NoEventRate);

    /// <summary>The CPU utilization of a paradigm, as Res §2.1, §2.2, §2.3 and §7 agree on it.</summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <returns>The figure with its citation.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="paradigm"/> is not defined.</exception>
    public static Sourced<Range<Ratio>> CpuUtilization(Paradigm paradigm) => paradigm switch
    {
        Paradigm.Virtualization => VirtualizationCpuUtilization,
        Paradigm.Paravirtualization => ParavirtualizationCpuUtilization,
        Paradigm.Containerization => ContainerizationCpuUtilization,
        Paradigm.Sandboxing => SandboxingCpuUtilization,
        _ => throw Preconditions.Undefined(paradigm, nameof(paradigm)),
    };
}
