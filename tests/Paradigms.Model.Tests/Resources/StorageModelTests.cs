using Paradigms.Model.Quantities;
using Paradigms.Model.Resources;

namespace Paradigms.Model.Tests.Resources;

public class StorageModelTests
{
    // Res §6.2's table for a 100 μs device: worst corner (most loss, most latency) and best corner.
    // VM: 0.75 × 0.75 × 100 / 130 = 0.43269…; 0.85 × 0.85 × 100 / 110 = 0.65681…
    // Container: 0.90 × 0.90 × 100 / 105 = 0.77142…; 0.95 × 0.95 × 100 / 101 = 0.89356…
    // Sandbox: 0.98 × 0.98 × 100 / 101 = 0.95089…; 1 × 1 × 100 / 100 = 1.
    [Theory]
    [InlineData("Res §6.2 虚拟化 15-25% 15-25% 10-30μs", Paradigm.Virtualization, 0.4326923076923077, 0.6568181818181819)]
    [InlineData("Res §6.2 容器化 5-10% 5-10% 1-5μs", Paradigm.Containerization, 0.7714285714285715, 0.8935643564356436)]
    [InlineData("Res §6.2 沙盒化 < 2% < 2% < 1μs", Paradigm.Sandboxing, 0.9508910891089109, 1)]
    public void Relative_performance_over_the_table_row(string row, Paradigm paradigm, double min, double max)
    {
        var performance = StorageModel.RelativePerformance(paradigm, Duration.FromMicroseconds(100));
        Assert.NotNull(performance);
        Assert.True(Math.Abs(min - performance.Value.Min.DecimalFractions) < 1e-12, row);
        Assert.Equal(max, performance.Value.Max.DecimalFractions, 12);
    }

    [Fact]
    public void Paravirtualization_has_no_row_in_section_6()
    {
        Assert.Null(StorageModel.RelativePerformance(Paradigm.Paravirtualization, Duration.FromMicroseconds(100)));
    }

    [Fact]
    public void Each_factor_is_kept()
    {
        var storage = StorageModel.Performance(Duration.FromMicroseconds(90), Ratio.FromPercent(10), Ratio.FromPercent(20), Duration.FromMicroseconds(10));
        Assert.Equal(Duration.FromMicroseconds(100), storage.Latency);
        Assert.Equal(IoOperationRate.FromOperationsPerSecond(900), storage.Iops(IoOperationRate.FromOperationsPerSecond(1000)));
        Assert.Equal(BitRate.FromMegabitsPerSecond(800), storage.Throughput(BitRate.FromMegabitsPerSecond(1000)));

        // 0.9 × 0.8 × 90 / 100 = 0.648.
        Assert.Equal(0.648, storage.RelativePerformance.DecimalFractions, 12);
    }

    [Fact]
    public void Bad_input_is_refused_naming_the_parameter()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            StorageModel.Performance(Duration.FromMicroseconds(1), Ratio.Zero, Ratio.FromPercent(150), Duration.Zero));
        Assert.Equal("throughputLoss", error.ParamName);
        Assert.Contains("150 %", error.Message, StringComparison.Ordinal);
        Assert.Equal("addedLatency", Assert.Throws<ArgumentOutOfRangeException>(() =>
            StorageModel.Performance(Duration.FromMicroseconds(1), Ratio.Zero, Ratio.Zero, Duration.FromMicroseconds(-1))).ParamName);
    }
}
