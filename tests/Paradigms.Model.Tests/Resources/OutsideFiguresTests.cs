using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;
using Paradigms.Model.Resources;

namespace Paradigms.Model.Tests.Resources;

public class OutsideFiguresTests
{
    [Fact]
    public void Measured_VM_exits_lie_inside_the_document_range_and_nested_ones_above_it()
    {
        // KVM 1600–1700 and AMD 1350 cycles inside 1000–5000; nested 18,890 and 8,304 above 5000.
        var document = ResourceFacts.VmExitCost.Value;
        Assert.True(document.Contains(MeasuredFacts.KvmVmExitCycles.Value));
        Assert.True(document.Contains(MeasuredFacts.AmdVmrunCycles.Value));
        Assert.True(MeasuredFacts.NestedVirtualizationExitEnlightenedVmcsCycles.Value > document.Max);
        Assert.True(MeasuredFacts.NestedVirtualizationExitCycles.Value > document.Max);
    }

    [Fact]
    public void Minimal_VMMs_sit_below_the_hypervisor_bound_and_QEMU_above_it()
    {
        // Document: under 100 MB. Firecracker ≤ 5 MiB, 3 MB; Cloud Hypervisor 13 MB; QEMU 131 MB.
        var bound = ResourceFacts.HypervisorMemory.Value.Max;
        Assert.True(MeasuredFacts.FirecrackerMaximumVmmMemoryOverhead.Value < bound);
        Assert.True(MeasuredFacts.CloudHypervisorMemoryPerVm.Value < bound);
        Assert.True(MeasuredFacts.QemuMemoryPerVm.Value > bound);
        Assert.True(MeasuredFacts.KataPodMemoryOverhead.Value.Min > ResourceFacts.ContainerRuntimeMemory.Value.Max);
    }

    [Fact]
    public void Container_bridge_adds_latency_inside_the_range_but_loses_more_throughput_than_5_percent()
    {
        // 9.04 − 6.73 = 2.31 μs, inside 1–5 μs. 1 − 4024 / 4874 = 17.4 %, above 5 %; 1 − 4639 / 4874 = 4.8 %, below.
        var added = MeasuredFacts.QperfBridgeLatency.Value - MeasuredFacts.QperfPhysicalLatency.Value;
        Assert.Equal(2.31, added.Microseconds, 9);
        Assert.True(ResourceFacts.ContainerizationNetworkLatencyOverhead.Value.Contains(added));
        Assert.Equal(0.1744, 1 - (MeasuredFacts.QperfBridgeThroughput.Value / MeasuredFacts.QperfPhysicalThroughput.Value), 4);
        Assert.Equal(0.0482, 1 - (MeasuredFacts.QperfHostNetworkThroughput.Value / MeasuredFacts.QperfPhysicalThroughput.Value), 4);
    }

    [Fact]
    public void SR_IOV_loses_less_than_the_document_figure_for_emulated_NICs()
    {
        // 9.48 Gbit/s on 10 GbE: 5.2 % below line rate, under 10–20 %.
        var loss = 1 - (MeasuredFacts.SrIovThroughput.Value / BitRate.FromGigabitsPerSecond(10));
        Assert.Equal(0.052, loss, 9);
        Assert.True(Ratio.FromDecimalFractions(loss) < ResourceFacts.VirtualizationNetworkThroughputLoss.Value.Min);
    }

    [Fact]
    public void Every_comparison_keeps_both_sides_with_their_sources()
    {
        Assert.NotEmpty(OutsideFigures.All);
        foreach (var figure in OutsideFigures.All)
        {
            Assert.NotEmpty(figure.Measured);
            Assert.All(figure.Measured, m => Assert.NotEqual(SourceKind.Document, m.Citation.Kind));
            Assert.True(figure.Document is null || figure.Document.Citation.Kind == SourceKind.Document, figure.Subject);
            Assert.Contains(figure, OutsideFigures.For(figure.Resource));
            Assert.Contains(figure, OutsideFigures.For(figure.Paradigm));
        }

        Assert.Contains(OutsideFigures.All, f => f.Paradigm == Paradigm.Sandboxing && f.Measured.Contains(MeasuredFacts.WasmtimeInstantiationTime));
        Assert.Empty(OutsideFigures.For(Resource.Storage));
    }

    [Fact]
    public void Undefined_arguments_are_refused()
    {
        Assert.Equal("resource", Assert.Throws<ArgumentOutOfRangeException>(() => OutsideFigures.For((Resource)0)).ParamName);
        Assert.Equal("paradigm", Assert.Throws<ArgumentOutOfRangeException>(() => OutsideFigures.For((Paradigm)0)).ParamName);
    }
}
