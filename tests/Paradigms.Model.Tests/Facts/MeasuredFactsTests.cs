using Paradigms.Model.Facts;

namespace Paradigms.Model.Tests.Facts;

public class MeasuredFactsTests
{
    // The "Measured figures" table of REFERENCE-FIGURES.md, row by row, written by hand.
    public static TheoryData<string, string, string, SourceKind> MeasuredFigures => new()
    {
        // KVM VM exit (VMCALL round trip, pinned vCPU) | ≈1,600–1,700 cycles; AMD SVM vmrun ≈1,350 cycles | public measurements (blog, kernel list)
        { "MeasuredFacts.KvmVmExitCycles", "1600–1700 cycles", "public measurements, blog and kernel list (blog)", SourceKind.Blog },
        { "MeasuredFacts.AmdVmrunCycles", "1350 cycles", "public measurements, blog and kernel list (blog)", SourceKind.Blog },

        // Nested virtualization exit (CPUID under Hyper-V) | 18,890 cycles; 8,304 with enlightened VMCS | Linux KVM commit message (measurement)
        { "MeasuredFacts.NestedVirtualizationExitCycles", "18890 cycles", "Linux KVM commit message (blog)", SourceKind.Blog },
        { "MeasuredFacts.NestedVirtualizationExitEnlightenedVmcsCycles", "8304 cycles", "Linux KVM commit message (blog)", SourceKind.Blog },

        // Firecracker microVM | ≤125 ms to guest init; VMM memory overhead ≤5 MiB; VMM start ≤8 CPU-ms | Firecracker SPECIFICATION.md (vendor spec)
        { "MeasuredFacts.FirecrackerMaximumBootTime", "125 ms", "Firecracker SPECIFICATION.md (vendor)", SourceKind.Vendor },
        { "MeasuredFacts.FirecrackerMaximumVmmMemoryOverhead", "5 MiB", "Firecracker SPECIFICATION.md (vendor)", SourceKind.Vendor },
        { "MeasuredFacts.FirecrackerMaximumVmmStartCpuTime", "8 ms", "Firecracker SPECIFICATION.md (vendor)", SourceKind.Vendor },

        // Firecracker network | 14.5 Gbit/s at ≤80 % of a host core; +0.06 ms ping RTT | Firecracker docs (vendor)
        { "MeasuredFacts.FirecrackerNetworkThroughput", "14.5 Gbit/s", "Firecracker docs (vendor)", SourceKind.Vendor },
        { "MeasuredFacts.FirecrackerNetworkMaximumHostCoreShare", "80 %", "Firecracker docs (vendor)", SourceKind.Vendor },
        { "MeasuredFacts.FirecrackerAddedPingRoundTrip", "0.06 ms", "Firecracker docs (vendor)", SourceKind.Vendor },

        // Firecracker vs others, memory per VM | ≈3 MB vs ≈13 MB Cloud Hypervisor vs ≈131 MB QEMU | Agache et al., NSDI 2020 (paper)
        { "MeasuredFacts.FirecrackerMemoryPerVm", "3 MB", "Agache et al., NSDI 2020 (paper)", SourceKind.Paper },
        { "MeasuredFacts.CloudHypervisorMemoryPerVm", "13 MB", "Agache et al., NSDI 2020 (paper)", SourceKind.Paper },
        { "MeasuredFacts.QemuMemoryPerVm", "131 MB", "Agache et al., NSDI 2020 (paper)", SourceKind.Paper },

        // Kata Containers pod overhead | 120–160 MiB and 250m CPU per pod | Kubernetes docs, Kata deploy (vendor)
        { "MeasuredFacts.KataPodMemoryOverhead", "120–160 MiB", "Kubernetes docs, Kata deploy (vendor)", SourceKind.Vendor },
        { "MeasuredFacts.KataPodCpuOverheadMillicores", "250", "Kubernetes docs, Kata deploy (vendor)", SourceKind.Vendor },

        // gVisor syscall coverage | 274 of 350 amd64 syscalls | gVisor docs (vendor)
        { "MeasuredFacts.GVisorImplementedSyscalls", "274", "gVisor docs (vendor)", SourceKind.Vendor },
        { "MeasuredFacts.GVisorAmd64Syscalls", "350", "gVisor docs (vendor)", SourceKind.Vendor },

        // Wasmtime instantiation | ≈5 μs with copy-on-write memory (from ≈2 ms) | Bytecode Alliance (vendor)
        { "MeasuredFacts.WasmtimeInstantiationTime", "5 μs", "Bytecode Alliance (vendor)", SourceKind.Vendor },
        { "MeasuredFacts.WasmtimeInstantiationTimeWithoutCopyOnWrite", "2 ms", "Bytecode Alliance (vendor)", SourceKind.Vendor },

        // SR-IOV | line rate 9.48 Gbit/s on 10 GbE; +1.76 % CPU per VM up to 60 VMs | Dong et al., HPCA 2010 (paper)
        { "MeasuredFacts.SrIovThroughput", "9.48 Gbit/s", "Dong et al., HPCA 2010 (paper)", SourceKind.Paper },
        { "MeasuredFacts.SrIovCpuPerVm", "1.76 %", "Dong et al., HPCA 2010 (paper)", SourceKind.Paper },
        { "MeasuredFacts.SrIovMeasuredVmCount", "60", "Dong et al., HPCA 2010 (paper)", SourceKind.Paper },

        // Container bridge vs host vs physical (qperf) | 4,024 / 4,639 / 4,874 Mbit/s; 9.04 / 7.9 / 6.73 μs | 2017 blog (weak)
        { "MeasuredFacts.QperfBridgeThroughput", "4024 Mbit/s", "qperf 2017 (blog)", SourceKind.Blog },
        { "MeasuredFacts.QperfHostNetworkThroughput", "4639 Mbit/s", "qperf 2017 (blog)", SourceKind.Blog },
        { "MeasuredFacts.QperfPhysicalThroughput", "4874 Mbit/s", "qperf 2017 (blog)", SourceKind.Blog },
        { "MeasuredFacts.QperfBridgeLatency", "9.04 μs", "qperf 2017 (blog)", SourceKind.Blog },
        { "MeasuredFacts.QperfHostNetworkLatency", "7.9 μs", "qperf 2017 (blog)", SourceKind.Blog },
        { "MeasuredFacts.QperfPhysicalLatency", "6.73 μs", "qperf 2017 (blog)", SourceKind.Blog },

        // Kubernetes default pods per node | 110 | Kubernetes docs (vendor)
        { "MeasuredFacts.KubernetesDefaultMaximumPodsPerNode", "110", "Kubernetes docs (vendor)", SourceKind.Vendor },
    };

    [Theory]
    [MemberData(nameof(MeasuredFigures))]
    public void Every_measured_figure_carries_its_source_and_kind(string name, string value, string citation, SourceKind kind)
    {
        var fact = FactCatalog.Find(name);

        Assert.NotNull(fact);
        Assert.Equal(value, fact.ValueText);
        Assert.Equal(citation, fact.Citation.ToString());
        Assert.Equal(kind, fact.Citation.Kind);
    }

    [Fact]
    public void The_measured_rows_cover_the_whole_measured_catalog()
    {
        Assert.Equal(MeasuredFacts.All.Select(f => f.Name).Order(), MeasuredFigures.Select(row => (string)row[0]).Order());
    }

    [Fact]
    public void Measured_figures_never_cite_the_documents_nor_invent_their_words()
    {
        Assert.All(MeasuredFacts.All, f => Assert.NotEqual(SourceKind.Document, f.Citation.Kind));
        Assert.All(MeasuredFacts.All, f => Assert.Null(f.Quote));
    }
}
