using Paradigms.Model.Quantities;

namespace Paradigms.Model.Facts;

/// <content>
/// The IO figures of the resource document: §4.1, §4.2 (each paradigm's IO performance model and
/// the comparison table that closes it), §4.3 and the IO row of §7. The §4.1 and §4.3 tables have
/// no paravirtualization row; §4.1's path list and §4.2 do.
/// </content>
public static partial class ResourceFacts
{
    private const string VmIo = "§4.2 (virtualization IO performance)";
    private const string PvIo = "§4.2 (paravirtualization IO performance)";
    private const string ContainerIo = "§4.2 (container IO performance)";
    private const string SandboxIo = "§4.2 (sandbox IO performance)";
    private const string IoComparison = "§4.2 (IO performance comparison)";

    /// <summary>Gets full virtualization's overall IO performance loss, 10–30 % (Res §4.1, §4.2, §4.3, §7).</summary>
    public static Sourced<Range<Ratio>> VirtualizationIoPerformanceLoss { get; } = PercentRange(
        nameof(VirtualizationIoPerformanceLoss), 10, 30,
        "§4.1, §4.2 (virtualization IO performance, IO performance comparison), §4.3, §7",
        "性能损失 10-30% … 性能损失：约 10-30% … 总体性能损失 10-30% … 中等（10-30%损失）");

    /// <summary>Gets paravirtualization's overall IO performance loss, 5–15 % (Res §4.1 IO paths, §4.2, §7).</summary>
    public static Sourced<Range<Ratio>> ParavirtualizationIoPerformanceLoss { get; } = PercentRange(
        nameof(ParavirtualizationIoPerformanceLoss), 5, 15,
        "§4.1 (IO paths), §4.2 (paravirtualization IO performance, IO performance comparison), §7",
        "性能损失：5-15%（相比全虚拟化性能提升约 50%）… 总体性能损失 5-15% … 中高（5-15%损失）",
        "The §4.1 and §4.3 tables have no paravirtualization row; §4.1's path list (item 2), §4.2 and §7 give this figure.");

    /// <summary>Gets containerization's overall IO performance loss, under 5 %, read as 0–5 % (Res §4.1, §4.2, §4.3, §7).</summary>
    public static Sourced<Range<Ratio>> ContainerizationIoPerformanceLoss { get; } = PercentBelow(
        nameof(ContainerizationIoPerformanceLoss), 5,
        "§4.1, §4.2 (container IO performance, IO performance comparison), §4.3, §7",
        "性能损失 < 5% … 性能损失：< 5% … 较高（< 5%损失）");

    /// <summary>Gets a Wasm sandbox's overall IO performance loss, under 1 %, read as 0–1 % (Res §4.1, §4.2, §4.3, §7).</summary>
    public static Sourced<Range<Ratio>> SandboxingIoPerformanceLoss { get; } = PercentBelow(
        nameof(SandboxingIoPerformanceLoss), 1,
        "§4.1, §4.2 (sandbox IO performance, IO performance comparison), §4.3, §7",
        "性能损失 < 1% … 性能损失：< 1% … 最高（< 1%损失）");

    /// <summary>Gets full virtualization's IO throughput loss, 10–30 % (Res §4.2, IO performance comparison).</summary>
    public static Sourced<Range<Ratio>> VirtualizationIoThroughputLoss { get; } = PercentRange(
        nameof(VirtualizationIoThroughputLoss), 10, 30, IoComparison, "虚拟化 | IO 吞吐量损失 10-30%");

    /// <summary>Gets paravirtualization's IO throughput loss, 5–15 % (Res §4.2, IO performance comparison).</summary>
    public static Sourced<Range<Ratio>> ParavirtualizationIoThroughputLoss { get; } = PercentRange(
        nameof(ParavirtualizationIoThroughputLoss), 5, 15, IoComparison, "半虚拟化 | IO 吞吐量损失 5-15%");

    /// <summary>Gets containerization's IO throughput loss, under 5 %, read as 0–5 % (Res §4.2, IO performance comparison).</summary>
    public static Sourced<Range<Ratio>> ContainerizationIoThroughputLoss { get; } = PercentBelow(
        nameof(ContainerizationIoThroughputLoss), 5, IoComparison, "容器化 | IO 吞吐量损失 < 5%");

    /// <summary>Gets a Wasm sandbox's IO throughput loss, under 1 %, read as 0–1 % (Res §4.2, IO performance comparison).</summary>
    public static Sourced<Range<Ratio>> SandboxingIoThroughputLoss { get; } = PercentBelow(
        nameof(SandboxingIoThroughputLoss), 1, IoComparison, "沙盒化 | IO 吞吐量损失 < 1%");

    /// <summary>Gets the IO latency full virtualization adds, 10–50 μs (Res §4.2, IO performance comparison).</summary>
    public static Sourced<Range<Duration>> VirtualizationIoLatencyIncrease { get; } = MicrosecondRange(
        nameof(VirtualizationIoLatencyIncrease), 10, 50, IoComparison, "虚拟化 | IO 延迟增加 10-50μs",
        "Equals L_vm alone (IoVmExitLatency); with the device-emulation term of the same model (5-20μs) the sum is 15-70μs.");

    /// <summary>Gets the IO latency paravirtualization adds, 3–13 μs (Res §4.2, IO performance comparison).</summary>
    public static Sourced<Range<Duration>> ParavirtualizationIoLatencyIncrease { get; } = MicrosecondRange(
        nameof(ParavirtualizationIoLatencyIncrease), 3, 13, IoComparison, "半虚拟化 | IO 延迟增加 3-13μs",
        "The sum of L_hypercall (1-5μs) and L_collaboration (2-8μs) of the paravirtualization model.");

    /// <summary>Gets the IO latency containerization adds, 0.1–1 μs (Res §4.2, IO performance comparison).</summary>
    public static Sourced<Range<Duration>> ContainerizationIoLatencyIncrease { get; } = MicrosecondRange(
        nameof(ContainerizationIoLatencyIncrease), 0.1, 1, IoComparison, "容器化 | IO 延迟增加 0.1-1μs",
        "Equals L_namespace of the container model (IoNamespaceFilterLatency).");

    /// <summary>Gets the IO latency a Wasm sandbox adds, under 0.1 μs, read as 0–0.1 μs (Res §4.2, IO performance comparison).</summary>
    public static Sourced<Range<Duration>> SandboxingIoLatencyIncrease { get; } = MicrosecondsBelow(
        nameof(SandboxingIoLatencyIncrease), 0.1, IoComparison, "沙盒化 | IO 延迟增加 < 0.1μs",
        "Equals L_wasi of the sandbox model (WasiIoInterceptionLatency).");

    /// <summary>Gets the VM-exit latency on the IO path, L_vm, 10–50 μs (Res §4.2, virtualization IO performance).</summary>
    public static Sourced<Range<Duration>> IoVmExitLatency { get; } = MicrosecondRange(
        nameof(IoVmExitLatency), 10, 50, VmIo, "L_vm：VM Exit 延迟（约 10-50μs）",
        "The formula also uses L_vm as a fraction, in T_raw × (1 − L_vm); kept as the latency the text defines. "
        + "§2.2 costs a VM exit 1000-5000 cycles (VmExitCost), 0.2-5 μs at any clock of 1-5 GHz, well under 10-50 μs.");

    /// <summary>Gets the device-emulation latency on the IO path, L_emulation, 5–20 μs (Res §4.2, virtualization IO performance).</summary>
    public static Sourced<Range<Duration>> IoDeviceEmulationLatency { get; } = MicrosecondRange(
        nameof(IoDeviceEmulationLatency), 5, 20, VmIo, "L_emulation：设备模拟延迟（约 5-20μs）");

    /// <summary>Gets the hypercall latency on the IO path, L_hypercall, 1–5 μs (Res §4.2, paravirtualization IO performance).</summary>
    public static Sourced<Range<Duration>> IoHypercallLatency { get; } = MicrosecondRange(
        nameof(IoHypercallLatency), 1, 5, PvIo, "L_hypercall：Hypercall 延迟（约 1-5μs，比 VM Exit 低）",
        "§5.2 gives a hypercall 1-3μs (NetworkHypercallLatency) and §2.2 100-300 cycles (HypercallCost), 0.02-0.3 μs at 1-5 GHz.");

    /// <summary>Gets the front-end/back-end collaboration latency on the IO path, L_collaboration, 2–8 μs (Res §4.2, paravirtualization IO performance).</summary>
    public static Sourced<Range<Duration>> IoCollaborationLatency { get; } = MicrosecondRange(
        nameof(IoCollaborationLatency), 2, 8, PvIo, "L_collaboration：协作延迟（前端/后端驱动协作，约 2-8μs）");

    /// <summary>Gets a container's IO throughput overhead, L_container, 1–3 % (Res §4.2, container IO performance).</summary>
    public static Sourced<Range<Ratio>> ContainerIoOverhead { get; } = PercentRange(
        nameof(ContainerIoOverhead), 1, 3, ContainerIo, "L_container：容器开销（约 1-3%）",
        "A fraction of throughput, used as T_raw × (1 − L_container).");

    /// <summary>Gets the namespace-filtering latency on the IO path, L_namespace, 0.1–1 μs (Res §4.2, container IO performance).</summary>
    public static Sourced<Range<Duration>> IoNamespaceFilterLatency { get; } = MicrosecondRange(
        nameof(IoNamespaceFilterLatency), 0.1, 1, ContainerIo, "L_namespace：Namespace 过滤延迟（约 0.1-1μs）",
        "§5.2 gives namespace filtering on the network path 1-5μs (NetworkNamespaceFilterLatency).");

    /// <summary>Gets the Wasm runtime's IO throughput overhead, L_wasm, 0.1–0.5 % (Res §4.2, sandbox IO performance).</summary>
    public static Sourced<Range<Ratio>> WasmIoRuntimeOverhead { get; } = PercentRange(
        nameof(WasmIoRuntimeOverhead), 0.1, 0.5, SandboxIo, "L_wasm：Wasm 运行时开销（约 0.1-0.5%）",
        "A fraction of throughput, used as T_raw × (1 − L_wasm).");

    /// <summary>Gets the WASI interception latency on the IO path, L_wasi, under 0.1 μs, read as 0–0.1 μs (Res §4.2, sandbox IO performance).</summary>
    public static Sourced<Range<Duration>> WasiIoInterceptionLatency { get; } = MicrosecondsBelow(
        nameof(WasiIoInterceptionLatency), 0.1, SandboxIo, "L_wasi：WASI 拦截延迟（< 0.1μs，函数调用）");

    /// <summary>Gets how much better paravirtualized IO performs than fully virtualized IO, about 50 % (Res §4.1, §4.2).</summary>
    public static Sourced<Ratio> ParavirtualizationIoImprovement { get; } = new(
        Prefix + nameof(ParavirtualizationIoImprovement),
        Ratio.FromPercent(50),
        Citation.Res($"§4.1 (IO paths), {PvIo}"),
        "性能损失：5-15%（相比全虚拟化性能提升约 50%）… 性能损失：约 5-15%（相比全虚拟化性能提升约 50%）",
        "About 50 %, kept as the words say. The losses beside it (10-30% against 5-15%) halve the loss, which keeps "
        + "85-95 % of native IO instead of 70-90 %: about 6-21 % more, not 50 %. §3.2 credits the grant table with 10-20% (GrantTableIoImprovement).");

    /// <summary>The overall IO performance loss of a paradigm (Res §4.1, §4.2, §4.3, §7).</summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <returns>The figure with its citation.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="paradigm"/> is not defined.</exception>
    public static Sourced<Range<Ratio>> IoPerformanceLoss(Paradigm paradigm) => paradigm switch
    {
        Paradigm.Virtualization => VirtualizationIoPerformanceLoss,
        Paradigm.Paravirtualization => ParavirtualizationIoPerformanceLoss,
        Paradigm.Containerization => ContainerizationIoPerformanceLoss,
        Paradigm.Sandboxing => SandboxingIoPerformanceLoss,
        _ => throw Preconditions.Undefined(paradigm, nameof(paradigm)),
    };

    /// <summary>The IO latency a paradigm adds, as the table closing Res §4.2 gives it: 10–50, 3–13, 0.1–1 and 0–0.1 μs.</summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <returns>The figure with its citation.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="paradigm"/> is not defined.</exception>
    public static Sourced<Range<Duration>> IoLatencyIncrease(Paradigm paradigm) => paradigm switch
    {
        Paradigm.Virtualization => VirtualizationIoLatencyIncrease,
        Paradigm.Paravirtualization => ParavirtualizationIoLatencyIncrease,
        Paradigm.Containerization => ContainerizationIoLatencyIncrease,
        Paradigm.Sandboxing => SandboxingIoLatencyIncrease,
        _ => throw Preconditions.Undefined(paradigm, nameof(paradigm)),
    };
}
