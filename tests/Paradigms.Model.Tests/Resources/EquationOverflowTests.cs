using Paradigms.Model.Quantities;
using Paradigms.Model.Resources;

namespace Paradigms.Model.Tests.Resources;

/// <summary>
/// The equations check an overflow once, on their total (docs/performance.md, resource equations):
/// a term or a partial sum too large for a double must still be refused, and a count of −0 must
/// still give a term of +0.
/// </summary>
public class EquationOverflowTests
{
    private static readonly Cycles One = Cycles.FromCycles(1);
    private static readonly Cycles Two = Cycles.FromCycles(2);
    private static readonly Duration Huge = Duration.FromNanoseconds(double.MaxValue);
    private static readonly Information HugeSize = Information.FromBytes(double.MaxValue);

    [Fact]
    public void A_cpu_term_too_large_is_refused_whichever_term_it_is()
    {
        Assert.Throws<OverflowException>(() => CpuModel.Virtualization(One, double.MaxValue, Two, 0, One, 0, One));
        Assert.Throws<OverflowException>(() => CpuModel.Paravirtualization(One, 0, One, double.MaxValue, Two, 0, One));
        Assert.Throws<OverflowException>(() => CpuModel.Containerization(One, 0, One, 0, One, double.MaxValue, Two));
        Assert.Throws<OverflowException>(() => CpuModel.Sandboxing(One, double.MaxValue, Two, 0, One));
    }

    [Fact]
    public void Cpu_terms_that_fit_alone_but_not_together_are_refused()
    {
        var half = Cycles.FromCycles(double.MaxValue / 2);
        Assert.Throws<OverflowException>(() => CpuModel.Virtualization(One, 1, half, 1, half, 1, half));
        Assert.Throws<OverflowException>(() => CpuModel.Sandboxing(half, 1, half, 1, half));
    }

    [Fact]
    public void A_count_of_minus_zero_gives_a_term_of_plus_zero()
    {
        var cost = CpuModel.Virtualization(One, -0.0, Cycles.FromCycles(1000), 0, One, 0, One);
        Assert.Equal(0L, BitConverter.DoubleToInt64Bits(cost.VmExits.Count));
        Assert.Equal(Ratio.FromPercent(100), cost.Utilization);
    }

    [Fact]
    public void A_memory_total_too_large_is_refused()
    {
        Assert.Throws<OverflowException>(() => MemoryModel.Virtualization(HugeSize, HugeSize, Information.Zero));
        Assert.Throws<OverflowException>(() => MemoryModel.Paravirtualization(Information.Zero, Information.Zero, HugeSize, HugeSize));
        Assert.Throws<OverflowException>(() => MemoryModel.Containerization(Information.Zero, HugeSize, HugeSize));
        Assert.Throws<OverflowException>(() => MemoryModel.Sandboxing(HugeSize, HugeSize, WasmLinearMemory.FromPages(1)));
    }

    [Fact]
    public void An_io_latency_too_large_is_refused_in_the_added_terms_or_the_total()
    {
        Assert.Throws<OverflowException>(() => IoModel.Virtualization(Duration.Zero, Ratio.Zero, Huge, Huge));
        Assert.Throws<OverflowException>(() => IoModel.Paravirtualization(Huge, Ratio.Zero, Huge, Duration.Zero));
        Assert.Throws<OverflowException>(() => IoModel.Containerization(Huge, Ratio.Zero, Huge));
        Assert.Throws<OverflowException>(() => StorageModel.Performance(Huge, Ratio.Zero, Ratio.Zero, Huge));
    }

    [Fact]
    public void A_network_latency_too_large_is_refused_in_the_native_path_the_overhead_or_the_total()
    {
        Assert.Throws<OverflowException>(() => NetworkModel.Containerization(Huge, Huge, Duration.Zero));
        Assert.Throws<OverflowException>(() => NetworkModel.Paravirtualization(Duration.Zero, Duration.Zero, Huge, Huge, Duration.Zero));
        Assert.Throws<OverflowException>(() => NetworkModel.Virtualization(Huge, Duration.Zero, Huge, Duration.Zero));
    }

    [Fact]
    public void Latencies_and_sizes_just_below_the_limit_are_kept_exactly()
    {
        var io = IoModel.Virtualization(Duration.Zero, Ratio.Zero, Huge, Duration.Zero);
        Assert.Equal(Huge, io.AddedLatency);
        Assert.Equal(Ratio.Zero, io.RelativePerformance);

        var network = NetworkModel.Sandboxing(Huge, Duration.Zero, Duration.Zero);
        Assert.Equal(Huge, network.Hardware);
        Assert.Equal(Ratio.FromPercent(100), network.RelativePerformance);

        Assert.Equal(HugeSize, MemoryModel.Containerization(HugeSize, Information.Zero, Information.Zero).Total);
    }
}
