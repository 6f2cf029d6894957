using System.Collections.Generic;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Facts;

/// <summary>
/// Every figure of the resource-models document (cited <c>Res §…</c>), typed, with the
/// document's own words: CPU (§2), memory and its eight worked examples (§3), IO (§4), network
/// (§5), storage (§6), the comparison matrix (§7) and the workload of the application case.
/// Where the document states one figure in several sections, one fact cites them all; where the
/// sections disagree, with each other or with the network document, each reading is its own
/// fact (docs/seed-consistency.md lists the disagreements).
/// </summary>
/// <remarks>
/// <para>
/// Sub-sections without a number are cited by their numbered parent and a short English name,
/// for example <c>Res §2.2 (virtualization CPU model)</c> for <c>#### 虚拟化 CPU 开销模型</c>; the
/// comparison tables that close §3.2, §4.2 and §5.2 as <c>(memory overhead comparison)</c>,
/// <c>(IO performance comparison)</c> and <c>(network latency comparison)</c>. The two sections
/// after §8, which have no number, are cited <c>Res after §8 (…)</c>.
/// </para>
/// <para>
/// Open-ended figures carry a note saying how they were read: "&lt; 5%" is the range 0–5 %,
/// "~500 cycles" the single value 500, "&gt; 1000 cycles" a lower bound kept as a single value.
/// Memory sizes written MB and GB are read as decimal units (1 GB = 1000 MB), the one reading
/// under which every worked example of §3.2 prints its result; the Wasm "64KB" is one Wasm page,
/// 64 KiB.
/// </para>
/// <para>Immutable, and so safe to share between threads.</para>
/// </remarks>
public static partial class ResourceFacts
{
    private const string Prefix = nameof(ResourceFacts) + ".";

    private const string UpperBoundOnly = "Only an upper bound is given; the lower bound is read as 0.";

    private const string Case = "after §8 (application case 1)";

    // Latencies are written in μs, as the document writes them: 0.1–1 μs, not 100 ns–1 μs.
    private const string Microseconds = "μs";

    /// <summary>
    /// Gets the CPU request of the application case's workload, 2 CPUs
    /// (<c>'cpu_requests': '2'</c>, a Kubernetes CPU quantity) (Res after §8, application case 1).
    /// </summary>
    public static Sourced<double> ExampleWorkloadCpuRequests { get; } = new(
        Prefix + nameof(ExampleWorkloadCpuRequests),
        2,
        Citation.Res(Case),
        "'cpu_requests': '2'",
        "A Kubernetes CPU quantity written as a string: '2' is two CPUs (2000m).");

    /// <summary>
    /// Gets the memory request of the application case's workload, 4 GiB (<c>'memory_requests': '4Gi'</c>)
    /// (Res after §8, application case 1).
    /// </summary>
    public static Sourced<Information> ExampleWorkloadMemoryRequests { get; } = new(
        Prefix + nameof(ExampleWorkloadMemoryRequests),
        Information.FromGibibytes(4),
        Citation.Res(Case),
        "'memory_requests': '4Gi'",
        "Kubernetes' Gi is binary: 4Gi is 4 GiB, 4,294,967,296 bytes, unlike the decimal MB and GB of §3.2.");

    /// <summary>Gets every figure of the resource document: CPU, memory, IO, network, storage, then the application case.</summary>
    /// <remarks>
    /// Built on first use, after every part of this class has been initialized: the parts live in
    /// several files, and the order in which their initializers run is not defined.
    /// </remarks>
    public static IReadOnlyList<ISourced> All => Listing.All;

    private static Sourced<Range<Cycles>> CycleRange(string name, double min, double max, string sections, string quote, string? note = null) =>
        new(Prefix + name, new Range<Cycles>(Cycles.FromCycles(min), Cycles.FromCycles(max)), Citation.Res(sections), quote, note);

    private static Sourced<Range<Ratio>> PercentRange(string name, double min, double max, string sections, string quote, string? note = null) =>
        new(Prefix + name, new Range<Ratio>(Ratio.FromPercent(min), Ratio.FromPercent(max)), Citation.Res(sections), quote, note);

    private static Sourced<Range<Ratio>> PercentBelow(string name, double max, string sections, string quote, string? note = null) =>
        PercentRange(name, 0, max, sections, quote, note is null ? UpperBoundOnly : UpperBoundOnly + " " + note);

    private static Sourced<Range<Duration>> MicrosecondRange(string name, double min, double max, string sections, string quote, string? note = null) =>
        new(Prefix + name, new Range<Duration>(Duration.FromMicroseconds(min), Duration.FromMicroseconds(max)), Citation.Res(sections), quote, note, Microseconds);

    private static Sourced<Range<Duration>> MicrosecondsBelow(string name, double max, string sections, string quote, string? note = null) =>
        MicrosecondRange(name, 0, max, sections, quote, note is null ? UpperBoundOnly : UpperBoundOnly + " " + note);

    private static Sourced<Range<Information>> MegabyteRange(string name, double min, double max, string sections, string quote, string? note = null) =>
        new(Prefix + name, new Range<Information>(Information.FromMegabytes(min), Information.FromMegabytes(max)), Citation.Res(sections), quote, note);

    private static Sourced<Information> Megabytes(string name, double megabytes, string sections, string quote, string? note = null) =>
        new(Prefix + name, Information.FromMegabytes(megabytes), Citation.Res(sections), quote, note);

    /// <summary>The list behind <see cref="All"/>, built when first read.</summary>
    private static class Listing
    {
        public static readonly IReadOnlyList<ISourced> All =
        [
            // CPU (§2)
            VirtualizationContextSwitchCostMinimum, ParavirtualizationContextSwitchCost, ContainerizationContextSwitchCost, SandboxingContextSwitchCost,
            VirtualizationCpuUtilization, ParavirtualizationCpuUtilization, ContainerizationCpuUtilization, SandboxingCpuUtilization,
            InstructionsPerVmExit, VmExitCost, InstructionEmulationCost, HypervisorSchedulingCost,
            HypercallCost, FrontEndBackEndCollaborationCost,
            NamespaceSwitchCost, CgroupUpdateCost, ContainerRuntimeCpuCost,
            WasmRuntimeCpuCost, WasiSyscallInterceptionCost,

            // Memory (§3)
            GuestOsMemory, MinimalLinuxGuestOsMemory, StandardLinuxGuestOsMemory, WindowsGuestOsMemory,
            HypervisorMemory, GrantTableMemory, NamespaceMemory, ContainerRuntimeMemory,
            WasmModuleMemory, WasmRuntimeMemory, WasmDefaultLinearMemory,
            MinimumExampleGuestOs, MinimumExampleWorkload, MinimumExampleHypervisor, MinimumExampleGrantTable,
            MinimumExampleContainerRuntime, MinimumExampleWasmModule, MinimumExampleWasmRuntime,
            StandardExampleGuestOs, StandardExampleWorkload, StandardExampleHypervisor, StandardExampleGrantTable,
            StandardExampleContainerRuntime, StandardExampleWasmModule, StandardExampleWasmRuntime, StandardExampleWasmLinearMemory,
            VirtualizationMinimumExampleTotal, VirtualizationStandardExampleTotal,
            ParavirtualizationMinimumExampleTotal, ParavirtualizationStandardExampleTotal,
            ContainerizationMinimumExampleTotal, ContainerizationStandardExampleTotal,
            SandboxingMinimumExampleTotal, SandboxingStandardExampleTotal,
            SandboxingMemoryOverhead, GrantTableIoImprovement,

            // IO (§4)
            VirtualizationIoPerformanceLoss, ParavirtualizationIoPerformanceLoss, ContainerizationIoPerformanceLoss, SandboxingIoPerformanceLoss,
            VirtualizationIoThroughputLoss, ParavirtualizationIoThroughputLoss, ContainerizationIoThroughputLoss, SandboxingIoThroughputLoss,
            VirtualizationIoLatencyIncrease, ParavirtualizationIoLatencyIncrease, ContainerizationIoLatencyIncrease, SandboxingIoLatencyIncrease,
            IoVmExitLatency, IoDeviceEmulationLatency, IoHypercallLatency, IoCollaborationLatency,
            ContainerIoOverhead, IoNamespaceFilterLatency, WasmIoRuntimeOverhead, WasiIoInterceptionLatency,
            ParavirtualizationIoImprovement,

            // Network (§5)
            VirtualizationNetworkLatencyOverhead, VirtualizationNetworkModelLatencyOverhead,
            ParavirtualizationNetworkLatencyOverhead, ParavirtualizationNetworkModelLatencyOverhead,
            ContainerizationNetworkLatencyOverhead, ContainerizationNetworkModelLatencyOverhead,
            SandboxingNetworkLatencyOverhead,
            VirtualizationHypervisorNetworkLatency, GuestKernelNetworkStackLatency,
            ParavirtualizationHypervisorNetworkLatency, NetworkHypercallLatency,
            NetworkNamespaceFilterLatency, WasiSocketInterceptionLatency,
            ParavirtualizationNetworkLatencyReduction,
            VirtualizationNetworkThroughputLoss, ParavirtualizationNetworkThroughputLoss,
            ContainerizationNetworkThroughputLoss, SandboxingNetworkThroughputLoss,

            // Storage (§6, §7)
            VirtualizationStoragePerformanceLoss, ParavirtualizationStoragePerformanceLoss,
            ContainerizationStoragePerformanceLoss, SandboxingStoragePerformanceLoss,
            VirtualizationStorageIopsLoss, ContainerizationStorageIopsLoss, SandboxingStorageIopsLoss,
            VirtualizationStorageThroughputLoss, ContainerizationStorageThroughputLoss, SandboxingStorageThroughputLoss,
            VirtualizationStorageLatencyIncrease, ContainerizationStorageLatencyIncrease, SandboxingStorageLatencyIncrease,

            // Application case (after §8)
            ExampleWorkloadCpuRequests, ExampleWorkloadMemoryRequests,
        ];
    }
}
