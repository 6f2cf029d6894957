using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Tests.Facts;

public class ResourceFactsTests
{
    // Every figure of the resource document, with its sections and its value written out by hand.
    public static TheoryData<string, string, string> ResourceDocumentFigures => new()
    {
        // §2 CPU
        { "Res §2.1, §2.3", "ResourceFacts.VirtualizationContextSwitchCostMinimum", "1000 cycles" },
        { "Res §2.1, §2.3", "ResourceFacts.ParavirtualizationContextSwitchCost", "800–1200 cycles" },
        { "Res §2.1, §2.3", "ResourceFacts.ContainerizationContextSwitchCost", "500 cycles" },
        { "Res §2.1, §2.3", "ResourceFacts.SandboxingContextSwitchCost", "0–100 cycles" },
        { "Res §2.1, §2.2 (virtualization CPU model), §2.3, §7", "ResourceFacts.VirtualizationCpuUtilization", "70–80 %" },
        { "Res §2.1, §2.2 (paravirtualization CPU model), §2.3, §7", "ResourceFacts.ParavirtualizationCpuUtilization", "75–85 %" },
        { "Res §2.1, §2.2 (container CPU model), §2.3, §7", "ResourceFacts.ContainerizationCpuUtilization", "85–95 %" },
        { "Res §2.1, §2.2 (sandbox CPU model), §2.3, §7", "ResourceFacts.SandboxingCpuUtilization", "90–98 %" },
        { "Res §2.2 (virtualization CPU model)", "ResourceFacts.InstructionsPerVmExit", "1000" },
        { "Res §2.2 (virtualization CPU model)", "ResourceFacts.VmExitCost", "1000–5000 cycles" },
        { "Res §2.2 (virtualization CPU model)", "ResourceFacts.InstructionEmulationCost", "100–500 cycles" },
        { "Res §2.2 (virtualization CPU model, paravirtualization CPU model)", "ResourceFacts.HypervisorSchedulingCost", "50–200 cycles" },
        { "Res §2.2 (paravirtualization CPU model)", "ResourceFacts.HypercallCost", "100–300 cycles" },
        { "Res §2.2 (paravirtualization CPU model)", "ResourceFacts.FrontEndBackEndCollaborationCost", "50–150 cycles" },
        { "Res §2.2 (container CPU model)", "ResourceFacts.NamespaceSwitchCost", "10–50 cycles" },
        { "Res §2.2 (container CPU model)", "ResourceFacts.CgroupUpdateCost", "5–20 cycles" },
        { "Res §2.2 (container CPU model)", "ResourceFacts.ContainerRuntimeCpuCost", "10–30 cycles" },
        { "Res §2.2 (sandbox CPU model)", "ResourceFacts.WasmRuntimeCpuCost", "5–15 cycles" },
        { "Res §2.2 (sandbox CPU model)", "ResourceFacts.WasiSyscallInterceptionCost", "1–5 cycles" },

        // §3 memory: the models' figures
        { "Res §3.1, §3.2 (virtualization memory model, paravirtualization memory model)", "ResourceFacts.GuestOsMemory", "256 MB–2 GB" },
        { "Res §3.2 (virtualization memory model)", "ResourceFacts.MinimalLinuxGuestOsMemory", "256–512 MB" },
        { "Res §3.2 (virtualization memory model)", "ResourceFacts.StandardLinuxGuestOsMemory", "512 MB–2 GB" },
        { "Res §3.2 (virtualization memory model)", "ResourceFacts.WindowsGuestOsMemory", "2–4 GB" },
        { "Res §3.2 (virtualization memory model, paravirtualization memory model)", "ResourceFacts.HypervisorMemory", "0–100 MB" },
        { "Res §3.2 (paravirtualization memory model)", "ResourceFacts.GrantTableMemory", "0–10 MB" },
        { "Res §3.2 (container memory model)", "ResourceFacts.NamespaceMemory", "0–1 MB" },
        { "Res §3.2 (container memory model)", "ResourceFacts.ContainerRuntimeMemory", "0–50 MB" },
        { "Res §3.2 (sandbox memory model)", "ResourceFacts.WasmModuleMemory", "0–10 MB" },
        { "Res §3.2 (sandbox memory model)", "ResourceFacts.WasmRuntimeMemory", "0–10 MB" },
        { "Res §3.2 (sandbox memory model)", "ResourceFacts.WasmDefaultLinearMemory", "64 KiB" },

        // §3.2 the worked examples' inputs
        { "Res §3.2 (virtualization memory model, paravirtualization memory model)", "ResourceFacts.MinimumExampleGuestOs", "256 MB" },
        { "Res §3.2 (virtualization memory model, paravirtualization memory model, container memory model)", "ResourceFacts.MinimumExampleWorkload", "128 MB" },
        { "Res §3.2 (virtualization memory model, paravirtualization memory model)", "ResourceFacts.MinimumExampleHypervisor", "50 MB" },
        { "Res §3.2 (paravirtualization memory model)", "ResourceFacts.MinimumExampleGrantTable", "5 MB" },
        { "Res §3.2 (container memory model)", "ResourceFacts.MinimumExampleContainerRuntime", "20 MB" },
        { "Res §3.2 (sandbox memory model)", "ResourceFacts.MinimumExampleWasmModule", "2 MB" },
        { "Res §3.2 (sandbox memory model)", "ResourceFacts.MinimumExampleWasmRuntime", "5 MB" },
        { "Res §3.2 (virtualization memory model, paravirtualization memory model)", "ResourceFacts.StandardExampleGuestOs", "1 GB" },
        { "Res §3.2 (virtualization memory model, paravirtualization memory model, container memory model)", "ResourceFacts.StandardExampleWorkload", "512 MB" },
        { "Res §3.2 (virtualization memory model, paravirtualization memory model)", "ResourceFacts.StandardExampleHypervisor", "100 MB" },
        { "Res §3.2 (paravirtualization memory model)", "ResourceFacts.StandardExampleGrantTable", "10 MB" },
        { "Res §3.2 (container memory model)", "ResourceFacts.StandardExampleContainerRuntime", "50 MB" },
        { "Res §3.2 (sandbox memory model)", "ResourceFacts.StandardExampleWasmModule", "5 MB" },
        { "Res §3.2 (sandbox memory model)", "ResourceFacts.StandardExampleWasmRuntime", "10 MB" },
        { "Res §3.2 (sandbox memory model)", "ResourceFacts.StandardExampleWasmLinearMemory", "1 MB" },

        // §3.2 the worked examples' printed results, the §3.2 comparison table and §3.3
        { "Res §3.2 (virtualization memory model), §3.2 (memory overhead comparison), §3.3", "ResourceFacts.VirtualizationMinimumExampleTotal", "434 MB" },
        { "Res §3.2 (virtualization memory model), §3.2 (memory overhead comparison)", "ResourceFacts.VirtualizationStandardExampleTotal", "1.6 GB" },
        { "Res §3.2 (paravirtualization memory model), §3.2 (memory overhead comparison)", "ResourceFacts.ParavirtualizationMinimumExampleTotal", "439 MB" },
        { "Res §3.2 (paravirtualization memory model), §3.2 (memory overhead comparison)", "ResourceFacts.ParavirtualizationStandardExampleTotal", "1.62 GB" },
        { "Res §3.2 (container memory model), §3.2 (memory overhead comparison), §3.3", "ResourceFacts.ContainerizationMinimumExampleTotal", "148 MB" },
        { "Res §3.2 (container memory model), §3.2 (memory overhead comparison)", "ResourceFacts.ContainerizationStandardExampleTotal", "562 MB" },
        { "Res §3.2 (sandbox memory model), §3.2 (memory overhead comparison)", "ResourceFacts.SandboxingMinimumExampleTotal", "7 MB" },
        { "Res §3.2 (sandbox memory model), §3.2 (memory overhead comparison)", "ResourceFacts.SandboxingStandardExampleTotal", "16 MB" },
        { "Res §3.3", "ResourceFacts.SandboxingMemoryOverhead", "7–16 MB" },
        { "Res §3.2 (paravirtualization memory model)", "ResourceFacts.GrantTableIoImprovement", "10–20 %" },

        // §4 IO
        { "Res §4.1, §4.2 (virtualization IO performance, IO performance comparison), §4.3, §7", "ResourceFacts.VirtualizationIoPerformanceLoss", "10–30 %" },
        { "Res §4.1 (IO paths), §4.2 (paravirtualization IO performance, IO performance comparison), §7", "ResourceFacts.ParavirtualizationIoPerformanceLoss", "5–15 %" },
        { "Res §4.1, §4.2 (container IO performance, IO performance comparison), §4.3, §7", "ResourceFacts.ContainerizationIoPerformanceLoss", "0–5 %" },
        { "Res §4.1, §4.2 (sandbox IO performance, IO performance comparison), §4.3, §7", "ResourceFacts.SandboxingIoPerformanceLoss", "0–1 %" },
        { "Res §4.2 (IO performance comparison)", "ResourceFacts.VirtualizationIoThroughputLoss", "10–30 %" },
        { "Res §4.2 (IO performance comparison)", "ResourceFacts.ParavirtualizationIoThroughputLoss", "5–15 %" },
        { "Res §4.2 (IO performance comparison)", "ResourceFacts.ContainerizationIoThroughputLoss", "0–5 %" },
        { "Res §4.2 (IO performance comparison)", "ResourceFacts.SandboxingIoThroughputLoss", "0–1 %" },
        { "Res §4.2 (IO performance comparison)", "ResourceFacts.VirtualizationIoLatencyIncrease", "10–50 μs" },
        { "Res §4.2 (IO performance comparison)", "ResourceFacts.ParavirtualizationIoLatencyIncrease", "3–13 μs" },
        { "Res §4.2 (IO performance comparison)", "ResourceFacts.ContainerizationIoLatencyIncrease", "0.1–1 μs" },
        { "Res §4.2 (IO performance comparison)", "ResourceFacts.SandboxingIoLatencyIncrease", "0–0.1 μs" },
        { "Res §4.2 (virtualization IO performance)", "ResourceFacts.IoVmExitLatency", "10–50 μs" },
        { "Res §4.2 (virtualization IO performance)", "ResourceFacts.IoDeviceEmulationLatency", "5–20 μs" },
        { "Res §4.2 (paravirtualization IO performance)", "ResourceFacts.IoHypercallLatency", "1–5 μs" },
        { "Res §4.2 (paravirtualization IO performance)", "ResourceFacts.IoCollaborationLatency", "2–8 μs" },
        { "Res §4.2 (container IO performance)", "ResourceFacts.ContainerIoOverhead", "1–3 %" },
        { "Res §4.2 (container IO performance)", "ResourceFacts.IoNamespaceFilterLatency", "0.1–1 μs" },
        { "Res §4.2 (sandbox IO performance)", "ResourceFacts.WasmIoRuntimeOverhead", "0.1–0.5 %" },
        { "Res §4.2 (sandbox IO performance)", "ResourceFacts.WasiIoInterceptionLatency", "0–0.1 μs" },
        { "Res §4.1 (IO paths), §4.2 (paravirtualization IO performance)", "ResourceFacts.ParavirtualizationIoImprovement", "50 %" },

        // §5 network
        { "Res §5.2 (virtualization network latency, network latency comparison), §5.3", "ResourceFacts.VirtualizationNetworkLatencyOverhead", "15–40 μs" },
        { "Res §5.1, §7", "ResourceFacts.VirtualizationNetworkModelLatencyOverhead", "10–50 μs" },
        { "Res §5.2 (paravirtualization network latency, network latency comparison), §7", "ResourceFacts.ParavirtualizationNetworkLatencyOverhead", "11–28 μs" },
        { "Res §5.1", "ResourceFacts.ParavirtualizationNetworkModelLatencyOverhead", "5–25 μs" },
        { "Res §5.2 (container network latency, network latency comparison), §5.3", "ResourceFacts.ContainerizationNetworkLatencyOverhead", "1–5 μs" },
        { "Res §5.1, §7", "ResourceFacts.ContainerizationNetworkModelLatencyOverhead", "1–10 μs" },
        { "Res §5.1, §5.2 (sandbox network latency, network latency comparison), §5.3, §7", "ResourceFacts.SandboxingNetworkLatencyOverhead", "0–1 μs" },
        { "Res §5.2 (virtualization network latency)", "ResourceFacts.VirtualizationHypervisorNetworkLatency", "10–30 μs" },
        { "Res §5.2 (virtualization network latency, paravirtualization network latency)", "ResourceFacts.GuestKernelNetworkStackLatency", "5–10 μs" },
        { "Res §5.2 (paravirtualization network latency)", "ResourceFacts.ParavirtualizationHypervisorNetworkLatency", "5–15 μs" },
        { "Res §5.2 (paravirtualization network latency)", "ResourceFacts.NetworkHypercallLatency", "1–3 μs" },
        { "Res §5.2 (container network latency)", "ResourceFacts.NetworkNamespaceFilterLatency", "1–5 μs" },
        { "Res §5.2 (sandbox network latency)", "ResourceFacts.WasiSocketInterceptionLatency", "0–1 μs" },
        { "Res §5.2 (paravirtualization network latency)", "ResourceFacts.ParavirtualizationNetworkLatencyReduction", "30–50 %" },
        { "Res §5.2 (network latency comparison)", "ResourceFacts.VirtualizationNetworkThroughputLoss", "10–20 %" },
        { "Res §5.2 (network latency comparison)", "ResourceFacts.ParavirtualizationNetworkThroughputLoss", "5–12 %" },
        { "Res §5.2 (network latency comparison)", "ResourceFacts.ContainerizationNetworkThroughputLoss", "0–5 %" },
        { "Res §5.2 (network latency comparison)", "ResourceFacts.SandboxingNetworkThroughputLoss", "0–1 %" },

        // §6 storage, and §7's paravirtualization cell
        { "Res §6.1, §6.2, §6.3, §7", "ResourceFacts.VirtualizationStoragePerformanceLoss", "15–25 %" },
        { "Res §7", "ResourceFacts.ParavirtualizationStoragePerformanceLoss", "8–18 %" },
        { "Res §6.1, §6.2, §6.3, §7", "ResourceFacts.ContainerizationStoragePerformanceLoss", "5–10 %" },
        { "Res §6.1, §6.2, §6.3, §7", "ResourceFacts.SandboxingStoragePerformanceLoss", "0–2 %" },
        { "Res §6.2", "ResourceFacts.VirtualizationStorageIopsLoss", "15–25 %" },
        { "Res §6.2", "ResourceFacts.ContainerizationStorageIopsLoss", "5–10 %" },
        { "Res §6.2", "ResourceFacts.SandboxingStorageIopsLoss", "0–2 %" },
        { "Res §6.2", "ResourceFacts.VirtualizationStorageThroughputLoss", "15–25 %" },
        { "Res §6.2", "ResourceFacts.ContainerizationStorageThroughputLoss", "5–10 %" },
        { "Res §6.2", "ResourceFacts.SandboxingStorageThroughputLoss", "0–2 %" },
        { "Res §6.2", "ResourceFacts.VirtualizationStorageLatencyIncrease", "10–30 μs" },
        { "Res §6.2", "ResourceFacts.ContainerizationStorageLatencyIncrease", "1–5 μs" },
        { "Res §6.2", "ResourceFacts.SandboxingStorageLatencyIncrease", "0–1 μs" },

        // The application case after §8
        { "Res after §8 (application case 1)", "ResourceFacts.ExampleWorkloadCpuRequests", "2" },
        { "Res after §8 (application case 1)", "ResourceFacts.ExampleWorkloadMemoryRequests", "4 GiB" },
    };

    [Theory]
    [MemberData(nameof(ResourceDocumentFigures))]
    public void Every_figure_of_the_resource_document_is_in_the_catalog(string citation, string name, string value)
    {
        var fact = FactCatalog.Find(name);

        Assert.NotNull(fact);
        Assert.Equal(citation, fact.Citation.ToString());
        Assert.Equal(SourceKind.Document, fact.Citation.Kind);
        Assert.Equal(Citation.ResourceDocument, fact.Citation.Source);
        Assert.Equal(value, fact.ValueText);
        Assert.False(string.IsNullOrWhiteSpace(fact.Quote));
    }

    [Fact]
    public void The_resource_document_rows_cover_the_whole_resource_catalog()
    {
        Assert.Equal(ResourceFacts.All.Select(f => f.Name).Order(), ResourceDocumentFigures.Select(row => (string)row[1]).Order());
    }

    [Fact]
    public void Open_ended_figures_say_how_they_were_read()
    {
        // "< 5%", "> 1000 cycles", "~500 cycles": every such quote needs a note with the reading.
        var openEnded = ResourceFacts.All.Where(f => f.Quote!.Contains("< ", StringComparison.Ordinal)
            || f.Quote.Contains("> ", StringComparison.Ordinal)
            || f.Quote.Contains('~', StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(openEnded);
        Assert.All(openEnded, f => Assert.False(string.IsNullOrWhiteSpace(f.Note), $"{f.Name} quotes an open-ended figure without a note."));
    }

    [Fact]
    public void Every_resource_memory_size_says_its_unit_convention()
    {
        var sizes = ResourceFacts.All.Where(f => f is Sourced<Information> or Sourced<Range<Information>>).ToList();

        Assert.Equal(36, sizes.Count);
        Assert.All(sizes, f => Assert.Matches("decimal|binary|KiB|Gi", f.Note!));
    }

    // The eight worked examples of Res §3.2: their inputs, the exact sum in bytes with decimal MB
    // and GB (written by hand), and the result the document prints with its precision.
    public static TheoryData<string, string[], long, string, string, int> WorkedExamples => new()
    {
        { "最小 VM", ["MinimumExampleGuestOs", "MinimumExampleWorkload", "MinimumExampleHypervisor"], 434_000_000, "VirtualizationMinimumExampleTotal", "MB", 0 },
        { "标准 VM", ["StandardExampleGuestOs", "StandardExampleWorkload", "StandardExampleHypervisor"], 1_612_000_000, "VirtualizationStandardExampleTotal", "GB", 1 },
        { "最小 PV VM", ["MinimumExampleGuestOs", "MinimumExampleWorkload", "MinimumExampleHypervisor", "MinimumExampleGrantTable"], 439_000_000, "ParavirtualizationMinimumExampleTotal", "MB", 0 },
        { "标准 PV VM", ["StandardExampleGuestOs", "StandardExampleWorkload", "StandardExampleHypervisor", "StandardExampleGrantTable"], 1_622_000_000, "ParavirtualizationStandardExampleTotal", "GB", 2 },
        { "最小容器", ["MinimumExampleWorkload", "MinimumExampleContainerRuntime"], 148_000_000, "ContainerizationMinimumExampleTotal", "MB", 0 },
        { "标准容器", ["StandardExampleWorkload", "StandardExampleContainerRuntime"], 562_000_000, "ContainerizationStandardExampleTotal", "MB", 0 },
        { "最小 Wasm", ["MinimumExampleWasmModule", "MinimumExampleWasmRuntime", "WasmDefaultLinearMemory"], 7_065_536, "SandboxingMinimumExampleTotal", "MB", 0 },
        { "标准 Wasm", ["StandardExampleWasmModule", "StandardExampleWasmRuntime", "StandardExampleWasmLinearMemory"], 16_000_000, "SandboxingStandardExampleTotal", "MB", 0 },
    };

    [Theory]
    [MemberData(nameof(WorkedExamples))]
    public void Worked_examples_add_up_to_their_printed_result_with_decimal_units(string example, string[] inputs, long sumBytes, string total, string unit, int decimals)
    {
        var sum = inputs.Select(Size).Aggregate(Information.Zero, (a, b) => a + b);
        var printed = Size(total);

        Assert.True(sumBytes == sum.Bytes, $"{example}: the inputs add up to {sum.Bytes} B, not {sumBytes} B.");
        var inUnit = unit == "GB" ? sum.Gigabytes : sum.Megabytes;
        var printedInUnit = unit == "GB" ? printed.Gigabytes : printed.Megabytes;
        Assert.Equal(printedInUnit, Math.Round(inUnit, decimals, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Binary_units_would_not_print_the_paravirtualized_standard_example()
    {
        // 1 GiB + 512 MiB + 100 MiB + 10 MiB = 1646 MiB = 1.607 GiB, which prints 1.61, not the document's 1.62.
        var binary = Information.FromGibibytes(ResourceFacts.StandardExampleGuestOs.Value.Gigabytes)
            + Information.FromMebibytes(ResourceFacts.StandardExampleWorkload.Value.Megabytes)
            + Information.FromMebibytes(ResourceFacts.StandardExampleHypervisor.Value.Megabytes)
            + Information.FromMebibytes(ResourceFacts.StandardExampleGrantTable.Value.Megabytes);

        Assert.Equal(1.61, Math.Round(binary.Gibibytes, 2));
        Assert.Equal(1.62, ResourceFacts.ParavirtualizationStandardExampleTotal.Value.Gigabytes);
    }

    [Fact]
    public void Per_paradigm_lookups_return_the_catalog_facts()
    {
        Assert.Same(ResourceFacts.VirtualizationCpuUtilization, ResourceFacts.CpuUtilization(Paradigm.Virtualization));
        Assert.Same(ResourceFacts.ParavirtualizationCpuUtilization, ResourceFacts.CpuUtilization(Paradigm.Paravirtualization));
        Assert.Same(ResourceFacts.ContainerizationCpuUtilization, ResourceFacts.CpuUtilization(Paradigm.Containerization));
        Assert.Same(ResourceFacts.SandboxingCpuUtilization, ResourceFacts.CpuUtilization(Paradigm.Sandboxing));

        Assert.Same(ResourceFacts.VirtualizationMinimumExampleTotal, ResourceFacts.MinimumMemoryExample(Paradigm.Virtualization));
        Assert.Same(ResourceFacts.ParavirtualizationMinimumExampleTotal, ResourceFacts.MinimumMemoryExample(Paradigm.Paravirtualization));
        Assert.Same(ResourceFacts.ContainerizationMinimumExampleTotal, ResourceFacts.MinimumMemoryExample(Paradigm.Containerization));
        Assert.Same(ResourceFacts.SandboxingMinimumExampleTotal, ResourceFacts.MinimumMemoryExample(Paradigm.Sandboxing));

        Assert.Same(ResourceFacts.VirtualizationStandardExampleTotal, ResourceFacts.StandardMemoryExample(Paradigm.Virtualization));
        Assert.Same(ResourceFacts.ParavirtualizationStandardExampleTotal, ResourceFacts.StandardMemoryExample(Paradigm.Paravirtualization));
        Assert.Same(ResourceFacts.ContainerizationStandardExampleTotal, ResourceFacts.StandardMemoryExample(Paradigm.Containerization));
        Assert.Same(ResourceFacts.SandboxingStandardExampleTotal, ResourceFacts.StandardMemoryExample(Paradigm.Sandboxing));

        Assert.Same(ResourceFacts.VirtualizationIoPerformanceLoss, ResourceFacts.IoPerformanceLoss(Paradigm.Virtualization));
        Assert.Same(ResourceFacts.ParavirtualizationIoPerformanceLoss, ResourceFacts.IoPerformanceLoss(Paradigm.Paravirtualization));
        Assert.Same(ResourceFacts.ContainerizationIoPerformanceLoss, ResourceFacts.IoPerformanceLoss(Paradigm.Containerization));
        Assert.Same(ResourceFacts.SandboxingIoPerformanceLoss, ResourceFacts.IoPerformanceLoss(Paradigm.Sandboxing));

        Assert.Same(ResourceFacts.VirtualizationNetworkLatencyOverhead, ResourceFacts.NetworkLatencyOverhead(Paradigm.Virtualization));
        Assert.Same(ResourceFacts.ParavirtualizationNetworkLatencyOverhead, ResourceFacts.NetworkLatencyOverhead(Paradigm.Paravirtualization));
        Assert.Same(ResourceFacts.ContainerizationNetworkLatencyOverhead, ResourceFacts.NetworkLatencyOverhead(Paradigm.Containerization));
        Assert.Same(ResourceFacts.SandboxingNetworkLatencyOverhead, ResourceFacts.NetworkLatencyOverhead(Paradigm.Sandboxing));

        Assert.Same(ResourceFacts.VirtualizationStoragePerformanceLoss, ResourceFacts.StoragePerformanceLoss(Paradigm.Virtualization));
        Assert.Same(ResourceFacts.ParavirtualizationStoragePerformanceLoss, ResourceFacts.StoragePerformanceLoss(Paradigm.Paravirtualization));
        Assert.Same(ResourceFacts.ContainerizationStoragePerformanceLoss, ResourceFacts.StoragePerformanceLoss(Paradigm.Containerization));
        Assert.Same(ResourceFacts.SandboxingStoragePerformanceLoss, ResourceFacts.StoragePerformanceLoss(Paradigm.Sandboxing));
    }

    public static TheoryData<string, Func<Paradigm, ISourced>> Lookups => new()
    {
        { nameof(ResourceFacts.CpuUtilization), p => ResourceFacts.CpuUtilization(p) },
        { nameof(ResourceFacts.MinimumMemoryExample), p => ResourceFacts.MinimumMemoryExample(p) },
        { nameof(ResourceFacts.StandardMemoryExample), p => ResourceFacts.StandardMemoryExample(p) },
        { nameof(ResourceFacts.IoPerformanceLoss), p => ResourceFacts.IoPerformanceLoss(p) },
        { nameof(ResourceFacts.NetworkLatencyOverhead), p => ResourceFacts.NetworkLatencyOverhead(p) },
        { nameof(ResourceFacts.StoragePerformanceLoss), p => ResourceFacts.StoragePerformanceLoss(p) },
    };

    [Theory]
    [MemberData(nameof(Lookups))]
    public void Lookups_refuse_an_undefined_paradigm(string lookup, Func<Paradigm, ISourced> find)
    {
        foreach (var bad in new[] { (Paradigm)0, (Paradigm)9 })
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => find(bad));
            Assert.True(error.ParamName == "paradigm", $"{lookup} names {error.ParamName}, not paradigm.");
            Assert.Contains(
                $"paradigm was {(int)bad}; allowed: Virtualization, Paravirtualization, Containerization, Sandboxing.",
                error.Message,
                StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Where_the_two_documents_give_one_latency_each_keeps_its_own_fact()
    {
        Assert.Equal(NetworkFacts.VirtualizationLatencyOverhead.Value, ResourceFacts.VirtualizationNetworkLatencyOverhead.Value);
        Assert.Equal(NetworkFacts.VirtualizationLinkModeLatencyOverhead.Value, ResourceFacts.VirtualizationNetworkModelLatencyOverhead.Value);
        Assert.Equal(NetworkFacts.ParavirtualizationLatencyOverhead.Value, ResourceFacts.ParavirtualizationNetworkLatencyOverhead.Value);
        Assert.Equal(NetworkFacts.ContainerizationLatencyOverhead.Value, ResourceFacts.ContainerizationNetworkModelLatencyOverhead.Value);
        Assert.Equal(NetworkFacts.SandboxingLatencyOverhead.Value, ResourceFacts.SandboxingNetworkLatencyOverhead.Value);

        // The disagreements docs/seed-consistency.md lists: Res §5.1's 5–25 μs and Res §5.2's 1–5 μs are the network document's nowhere.
        Assert.NotEqual(NetworkFacts.ParavirtualizationLatencyOverhead.Value, ResourceFacts.ParavirtualizationNetworkModelLatencyOverhead.Value);
        Assert.NotEqual(NetworkFacts.ContainerizationLatencyOverhead.Value, ResourceFacts.ContainerizationNetworkLatencyOverhead.Value);
    }

    private static Information Size(string name) => ((Sourced<Information>)FactCatalog.Find("ResourceFacts." + name)!).Value;
}
