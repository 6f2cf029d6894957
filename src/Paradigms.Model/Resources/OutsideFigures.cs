using System;
using System.Collections.Generic;
using System.Linq;
using Paradigms.Model.Facts;

namespace Paradigms.Model.Resources;

/// <summary>
/// The outside figures of <see cref="MeasuredFacts"/> set beside the resource document's defaults
/// (REFERENCE-FIGURES.md "Measured figures"): measured VM-exit costs, Firecracker, QEMU, Cloud
/// Hypervisor and Kata overheads, Wasmtime instantiation, SR-IOV line rate and a container network
/// measurement.
/// </summary>
/// <remarks>Nothing here changes a document figure. Immutable, and so safe to share between threads.</remarks>
public static class OutsideFigures
{
    /// <summary>Gets every comparison, by resource and paradigm.</summary>
    public static IReadOnlyList<OutsideFigure> All { get; } = Array.AsReadOnly(new OutsideFigure[]
    {
        new(Resource.Cpu, Paradigm.Virtualization, "cost of one VM exit",
            ResourceFacts.VmExitCost,
            List(MeasuredFacts.KvmVmExitCycles, MeasuredFacts.AmdVmrunCycles, MeasuredFacts.NestedVirtualizationExitCycles, MeasuredFacts.NestedVirtualizationExitEnlightenedVmcsCycles),
            "The measured single-level exits (KVM VMCALL, AMD vmrun) fall inside the document's range; an exit under nested virtualization costs more than its upper end, even with an enlightened VMCS."),
        new(Resource.Cpu, Paradigm.Virtualization, "starting a microVM",
            null,
            List(MeasuredFacts.FirecrackerMaximumBootTime, MeasuredFacts.FirecrackerMaximumVmmStartCpuTime),
            "The resource document gives no start-up time or cost for any paradigm; Firecracker specifies both for its microVMs."),
        new(Resource.Cpu, Paradigm.Sandboxing, "instantiating a Wasm module",
            null,
            List(MeasuredFacts.WasmtimeInstantiationTime, MeasuredFacts.WasmtimeInstantiationTimeWithoutCopyOnWrite),
            "The resource document gives no instantiation time; Wasmtime's depends on copy-on-write memory by orders of magnitude."),
        new(Resource.Cpu, Paradigm.Containerization, "CPU of a VM-isolated container (Kata) per pod",
            null,
            List(MeasuredFacts.KataPodCpuOverheadMillicores),
            "A Kata pod runs a container inside a lightweight VM; its declared CPU overhead is per pod, a figure the document's per-event costs cannot give."),
        new(Resource.Memory, Paradigm.Virtualization, "hypervisor memory per VM",
            ResourceFacts.HypervisorMemory,
            List(MeasuredFacts.FirecrackerMaximumVmmMemoryOverhead, MeasuredFacts.FirecrackerMemoryPerVm, MeasuredFacts.CloudHypervisorMemoryPerVm, MeasuredFacts.QemuMemoryPerVm),
            "Minimal VMMs (Firecracker, Cloud Hypervisor) sit far below the document's bound; QEMU's measured footprint is above it."),
        new(Resource.Memory, Paradigm.Containerization, "runtime memory of a VM-isolated container (Kata) per pod",
            ResourceFacts.ContainerRuntimeMemory,
            List(MeasuredFacts.KataPodMemoryOverhead),
            "A Kata pod's declared overhead includes a guest kernel, so it is above the document's bound for a plain container runtime."),
        new(Resource.Network, Paradigm.Virtualization, "network throughput under a VM",
            ResourceFacts.VirtualizationNetworkThroughputLoss,
            List(MeasuredFacts.SrIovThroughput, MeasuredFacts.SrIovCpuPerVm, MeasuredFacts.FirecrackerNetworkThroughput, MeasuredFacts.FirecrackerNetworkMaximumHostCoreShare),
            "SR-IOV gives a VM near line rate, a smaller loss than the document's figure for emulated NICs; Firecracker's virtio-net spends much of a host core on its throughput."),
        new(Resource.Network, Paradigm.Virtualization, "network latency added by a VM",
            ResourceFacts.VirtualizationNetworkLatencyOverhead,
            List(MeasuredFacts.FirecrackerAddedPingRoundTrip),
            "Firecracker's figure is a round trip, two crossings of the VM boundary; the document's is one way."),
        new(Resource.Network, Paradigm.Containerization, "network latency and throughput of a container",
            ResourceFacts.ContainerizationNetworkLatencyOverhead,
            List(MeasuredFacts.QperfBridgeLatency, MeasuredFacts.QperfHostNetworkLatency, MeasuredFacts.QperfPhysicalLatency,
                MeasuredFacts.QperfBridgeThroughput, MeasuredFacts.QperfHostNetworkThroughput, MeasuredFacts.QperfPhysicalThroughput),
            "One blog measurement: the bridge adds latency within the document's range but loses more throughput than its \"< 5%\"; host networking loses less."),
    });

    /// <summary>The comparisons for one resource.</summary>
    /// <param name="resource">The resource.</param>
    /// <returns>The comparisons, possibly none.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="resource"/> is not defined.</exception>
    public static IReadOnlyList<OutsideFigure> For(Resource resource)
    {
        Preconditions.Defined(resource, nameof(resource));
        return Array.AsReadOnly(All.Where(figure => figure.Resource == resource).ToArray());
    }

    /// <summary>The comparisons for one paradigm.</summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <returns>The comparisons, possibly none.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="paradigm"/> is not defined.</exception>
    public static IReadOnlyList<OutsideFigure> For(Paradigm paradigm)
    {
        Preconditions.Defined(paradigm, nameof(paradigm));
        return Array.AsReadOnly(All.Where(figure => figure.Paradigm == paradigm).ToArray());
    }

    private static System.Collections.ObjectModel.ReadOnlyCollection<ISourced> List(params ISourced[] figures) => Array.AsReadOnly(figures);
}
