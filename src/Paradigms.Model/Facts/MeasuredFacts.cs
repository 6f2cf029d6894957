using System.Collections.Generic;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Facts;

/// <summary>
/// Published measurements that sit beside the resource document's figures, so a user sees where
/// the document is coarse: VM exits, Firecracker, Kata Containers, gVisor, Wasmtime, SR-IOV, a
/// container-network benchmark and Kubernetes' pod limit. Each cites its source and the source's
/// kind: a paper or a vendor's own specification is evidence, a blog is weak evidence. None of
/// them replaces a document figure.
/// </summary>
/// <remarks>Immutable, and so safe to share between threads.</remarks>
public static class MeasuredFacts
{
    private const string Prefix = nameof(MeasuredFacts) + ".";

    private static readonly Citation PublicMeasurements = Citation.Blog("public measurements, blog and kernel list");
    private static readonly Citation KvmCommit = Citation.Blog("Linux KVM commit message");
    private static readonly Citation FirecrackerSpecification = Citation.Vendor("Firecracker SPECIFICATION.md");
    private static readonly Citation FirecrackerDocs = Citation.Vendor("Firecracker docs");
    private static readonly Citation Agache = Citation.Paper("Agache et al., NSDI 2020");
    private static readonly Citation KataOverhead = Citation.Vendor("Kubernetes docs, Kata deploy");
    private static readonly Citation GVisorDocs = Citation.Vendor("gVisor docs");
    private static readonly Citation BytecodeAlliance = Citation.Vendor("Bytecode Alliance");
    private static readonly Citation Dong = Citation.Paper("Dong et al., HPCA 2010");
    private static readonly Citation Qperf = Citation.Blog("qperf 2017");
    private static readonly Citation KubernetesDocs = Citation.Vendor("Kubernetes docs");

    private const string QperfSetup = "qperf, three set-ups: a container on a bridge, a container on the host network, the physical machine. One 2017 blog post: weak evidence.";

    /// <summary>Gets the cost of a KVM VM exit, a VMCALL round trip on a pinned vCPU, about 1600–1700 cycles (public measurements, blog).</summary>
    public static Sourced<Range<Cycles>> KvmVmExitCycles { get; } = new(
        Prefix + nameof(KvmVmExitCycles),
        new Range<Cycles>(Cycles.FromCycles(1600), Cycles.FromCycles(1700)),
        PublicMeasurements,
        note: "About 1,600-1,700 cycles; a VMCALL round trip on a pinned vCPU, Intel VT-x. Inside Res §2.2's 1000-5000 cycles (ResourceFacts.VmExitCost).");

    /// <summary>Gets the cost of an AMD SVM <c>vmrun</c> round trip, about 1350 cycles (public measurements, blog).</summary>
    public static Sourced<Cycles> AmdVmrunCycles { get; } = new(
        Prefix + nameof(AmdVmrunCycles),
        Cycles.FromCycles(1350),
        PublicMeasurements,
        note: "About 1,350 cycles.");

    /// <summary>Gets the cost of a nested-virtualization exit (CPUID under Hyper-V), 18,890 cycles (Linux KVM commit message, a measurement).</summary>
    public static Sourced<Cycles> NestedVirtualizationExitCycles { get; } = new(
        Prefix + nameof(NestedVirtualizationExitCycles),
        Cycles.FromCycles(18_890),
        KvmCommit,
        note: "A measurement reported in a commit message (kind: blog, informal measurement). Far above Res §2.2's 1000-5000 cycles, which do not consider nesting.");

    /// <summary>Gets the cost of the same nested exit with enlightened VMCS, 8304 cycles (Linux KVM commit message, a measurement).</summary>
    public static Sourced<Cycles> NestedVirtualizationExitEnlightenedVmcsCycles { get; } = new(
        Prefix + nameof(NestedVirtualizationExitEnlightenedVmcsCycles),
        Cycles.FromCycles(8304),
        KvmCommit,
        note: "CPUID under Hyper-V with enlightened VMCS; a measurement reported in a commit message (kind: blog).");

    /// <summary>Gets the most time a Firecracker microVM takes to reach guest init, 125 ms (Firecracker SPECIFICATION.md).</summary>
    public static Sourced<Duration> FirecrackerMaximumBootTime { get; } = new(
        Prefix + nameof(FirecrackerMaximumBootTime),
        Duration.FromMilliseconds(125),
        FirecrackerSpecification,
        note: "≤125 ms to guest init: a ceiling the specification promises, not a typical time.");

    /// <summary>Gets the most memory Firecracker's VMM adds, 5 MiB, for 1 vCPU and a 128 MiB guest (Firecracker SPECIFICATION.md).</summary>
    public static Sourced<Information> FirecrackerMaximumVmmMemoryOverhead { get; } = new(
        Prefix + nameof(FirecrackerMaximumVmmMemoryOverhead),
        Information.FromMebibytes(5),
        FirecrackerSpecification,
        note: "≤5 MiB with 1 vCPU and a 128 MiB guest: a ceiling. Compare Res §3.2's hypervisor figure (< 100MB, ResourceFacts.HypervisorMemory).");

    /// <summary>Gets the most CPU time Firecracker's VMM takes to start, 8 CPU-ms (Firecracker SPECIFICATION.md).</summary>
    public static Sourced<Duration> FirecrackerMaximumVmmStartCpuTime { get; } = new(
        Prefix + nameof(FirecrackerMaximumVmmStartCpuTime),
        Duration.FromMilliseconds(8),
        FirecrackerSpecification,
        note: "≤8 CPU-ms: CPU time, not wall-clock time; a ceiling.");

    /// <summary>Gets Firecracker's network throughput, 14.5 Gbit/s (Firecracker docs).</summary>
    public static Sourced<BitRate> FirecrackerNetworkThroughput { get; } = new(
        Prefix + nameof(FirecrackerNetworkThroughput),
        BitRate.FromMegabitsPerSecond(14_500),
        FirecrackerDocs,
        note: "At no more than 80 % of a host core (FirecrackerNetworkMaximumHostCoreShare).");

    /// <summary>Gets the most of one host core Firecracker's network device uses at that throughput, 80 % (Firecracker docs).</summary>
    public static Sourced<Ratio> FirecrackerNetworkMaximumHostCoreShare { get; } = new(
        Prefix + nameof(FirecrackerNetworkMaximumHostCoreShare),
        Ratio.FromPercent(80),
        FirecrackerDocs,
        note: "≤80 % of a host core: a ceiling.");

    /// <summary>Gets the ping round-trip time Firecracker adds, 0.06 ms (Firecracker docs).</summary>
    public static Sourced<Duration> FirecrackerAddedPingRoundTrip { get; } = new(
        Prefix + nameof(FirecrackerAddedPingRoundTrip),
        Duration.FromMicroseconds(60),
        FirecrackerDocs,
        note: "+0.06 ms added to a ping round trip.",
        format: "ms");

    /// <summary>Gets the memory one Firecracker VM takes, about 3 MB (Agache et al., NSDI 2020).</summary>
    public static Sourced<Information> FirecrackerMemoryPerVm { get; } = new(
        Prefix + nameof(FirecrackerMemoryPerVm),
        Information.FromMegabytes(3),
        Agache,
        note: "About 3 MB per VM, against about 13 MB for Cloud Hypervisor and about 131 MB for QEMU in the same measurement.");

    /// <summary>Gets the memory one Cloud Hypervisor VM takes, about 13 MB (Agache et al., NSDI 2020).</summary>
    public static Sourced<Information> CloudHypervisorMemoryPerVm { get; } = new(
        Prefix + nameof(CloudHypervisorMemoryPerVm),
        Information.FromMegabytes(13),
        Agache,
        note: "About 13 MB per VM.");

    /// <summary>Gets the memory one QEMU VM takes, about 131 MB (Agache et al., NSDI 2020).</summary>
    public static Sourced<Information> QemuMemoryPerVm { get; } = new(
        Prefix + nameof(QemuMemoryPerVm),
        Information.FromMegabytes(131),
        Agache,
        note: "About 131 MB per VM: above Res §3.2's hypervisor bound (< 100MB, ResourceFacts.HypervisorMemory).");

    /// <summary>Gets the memory overhead of one Kata Containers pod, 120–160 MiB (Kubernetes docs, Kata deploy).</summary>
    public static Sourced<Range<Information>> KataPodMemoryOverhead { get; } = new(
        Prefix + nameof(KataPodMemoryOverhead),
        new Range<Information>(Information.FromMebibytes(120), Information.FromMebibytes(160)),
        KataOverhead,
        note: "The pod overhead a Kata RuntimeClass declares.");

    /// <summary>Gets the CPU overhead of one Kata Containers pod, 250 millicores (Kubernetes docs, Kata deploy).</summary>
    public static Sourced<int> KataPodCpuOverheadMillicores { get; } = new(
        Prefix + nameof(KataPodCpuOverheadMillicores),
        250,
        KataOverhead,
        note: "250m in Kubernetes' notation: a quarter of a CPU, declared as RuntimeClass overhead.");

    /// <summary>Gets how many amd64 system calls gVisor implements, 274 (gVisor docs).</summary>
    public static Sourced<int> GVisorImplementedSyscalls { get; } = new(
        Prefix + nameof(GVisorImplementedSyscalls),
        274,
        GVisorDocs,
        note: "274 of 350 (GVisorAmd64Syscalls).");

    /// <summary>Gets how many amd64 system calls gVisor counts, 350 (gVisor docs).</summary>
    public static Sourced<int> GVisorAmd64Syscalls { get; } = new(
        Prefix + nameof(GVisorAmd64Syscalls),
        350,
        GVisorDocs);

    /// <summary>Gets Wasmtime's instantiation time with copy-on-write memory, about 5 μs (Bytecode Alliance).</summary>
    public static Sourced<Duration> WasmtimeInstantiationTime { get; } = new(
        Prefix + nameof(WasmtimeInstantiationTime),
        Duration.FromMicroseconds(5),
        BytecodeAlliance,
        note: "About 5 μs with copy-on-write memory initialization, from about 2 ms without (WasmtimeInstantiationTimeWithoutCopyOnWrite).");

    /// <summary>Gets Wasmtime's instantiation time before copy-on-write memory, about 2 ms (Bytecode Alliance).</summary>
    public static Sourced<Duration> WasmtimeInstantiationTimeWithoutCopyOnWrite { get; } = new(
        Prefix + nameof(WasmtimeInstantiationTimeWithoutCopyOnWrite),
        Duration.FromMilliseconds(2),
        BytecodeAlliance,
        note: "About 2 ms.");

    /// <summary>Gets SR-IOV's throughput on 10 GbE, 9.48 Gbit/s, line rate (Dong et al., HPCA 2010).</summary>
    public static Sourced<BitRate> SrIovThroughput { get; } = new(
        Prefix + nameof(SrIovThroughput),
        BitRate.FromMegabitsPerSecond(9480),
        Dong,
        note: "Line rate on 10 GbE.");

    /// <summary>Gets the CPU each added VM costs with SR-IOV, 1.76 % (Dong et al., HPCA 2010).</summary>
    public static Sourced<Ratio> SrIovCpuPerVm { get; } = new(
        Prefix + nameof(SrIovCpuPerVm),
        Ratio.FromPercent(1.76),
        Dong,
        note: "+1.76 % CPU per VM, measured up to 60 VMs (SrIovMeasuredVmCount).");

    /// <summary>Gets how many VMs the SR-IOV measurement went up to, 60 (Dong et al., HPCA 2010).</summary>
    public static Sourced<int> SrIovMeasuredVmCount { get; } = new(
        Prefix + nameof(SrIovMeasuredVmCount),
        60,
        Dong);

    /// <summary>Gets a bridged container's qperf throughput, 4024 Mbit/s (a 2017 blog: weak evidence).</summary>
    public static Sourced<BitRate> QperfBridgeThroughput { get; } = new(
        Prefix + nameof(QperfBridgeThroughput), BitRate.FromMegabitsPerSecond(4024), Qperf, note: QperfSetup, format: "Mbit/s");

    /// <summary>Gets a host-network container's qperf throughput, 4639 Mbit/s (a 2017 blog: weak evidence).</summary>
    public static Sourced<BitRate> QperfHostNetworkThroughput { get; } = new(
        Prefix + nameof(QperfHostNetworkThroughput), BitRate.FromMegabitsPerSecond(4639), Qperf, note: QperfSetup, format: "Mbit/s");

    /// <summary>Gets the physical machine's qperf throughput, 4874 Mbit/s (a 2017 blog: weak evidence).</summary>
    public static Sourced<BitRate> QperfPhysicalThroughput { get; } = new(
        Prefix + nameof(QperfPhysicalThroughput), BitRate.FromMegabitsPerSecond(4874), Qperf, note: QperfSetup, format: "Mbit/s");

    /// <summary>Gets a bridged container's qperf latency, 9.04 μs (a 2017 blog: weak evidence).</summary>
    public static Sourced<Duration> QperfBridgeLatency { get; } = new(
        Prefix + nameof(QperfBridgeLatency), Duration.FromNanoseconds(9040), Qperf, note: QperfSetup, format: "μs");

    /// <summary>Gets a host-network container's qperf latency, 7.9 μs (a 2017 blog: weak evidence).</summary>
    public static Sourced<Duration> QperfHostNetworkLatency { get; } = new(
        Prefix + nameof(QperfHostNetworkLatency), Duration.FromNanoseconds(7900), Qperf, note: QperfSetup, format: "μs");

    /// <summary>Gets the physical machine's qperf latency, 6.73 μs (a 2017 blog: weak evidence).</summary>
    public static Sourced<Duration> QperfPhysicalLatency { get; } = new(
        Prefix + nameof(QperfPhysicalLatency), Duration.FromNanoseconds(6730), Qperf, note: QperfSetup, format: "μs");

    /// <summary>Gets how many pods Kubernetes runs on one node by default, 110 (Kubernetes docs).</summary>
    public static Sourced<int> KubernetesDefaultMaximumPodsPerNode { get; } = new(
        Prefix + nameof(KubernetesDefaultMaximumPodsPerNode),
        110,
        KubernetesDocs,
        note: "The kubelet's default maxPods; a default, not a limit of the technology.");

    /// <summary>Gets every measured figure, in the order above.</summary>
    public static IReadOnlyList<ISourced> All { get; } =
    [
        KvmVmExitCycles, AmdVmrunCycles, NestedVirtualizationExitCycles, NestedVirtualizationExitEnlightenedVmcsCycles,
        FirecrackerMaximumBootTime, FirecrackerMaximumVmmMemoryOverhead, FirecrackerMaximumVmmStartCpuTime,
        FirecrackerNetworkThroughput, FirecrackerNetworkMaximumHostCoreShare, FirecrackerAddedPingRoundTrip,
        FirecrackerMemoryPerVm, CloudHypervisorMemoryPerVm, QemuMemoryPerVm,
        KataPodMemoryOverhead, KataPodCpuOverheadMillicores,
        GVisorImplementedSyscalls, GVisorAmd64Syscalls,
        WasmtimeInstantiationTime, WasmtimeInstantiationTimeWithoutCopyOnWrite,
        SrIovThroughput, SrIovCpuPerVm, SrIovMeasuredVmCount,
        QperfBridgeThroughput, QperfHostNetworkThroughput, QperfPhysicalThroughput,
        QperfBridgeLatency, QperfHostNetworkLatency, QperfPhysicalLatency,
        KubernetesDefaultMaximumPodsPerNode,
    ];
}
