using Paradigms.Model.Quantities;
using Paradigms.Model.Resources;

namespace Paradigms.Model.Tests.Resources;

public class IoModelTests
{
    // Each paradigm's added latency is the sum of its equation's terms (Res §4.2), set beside the
    // "IO 延迟增加" column of the table that closes §4.2: 10–50, 3–13, 0.1–1, < 0.1 μs.
    [Theory]
    [InlineData("Res §4.2 L_vm 10-50μs + L_emulation 5-20μs (table: 10-50μs)", Paradigm.Virtualization, 15, 70)]
    [InlineData("Res §4.2 L_hypercall 1-5μs + L_collaboration 2-8μs (table: 3-13μs)", Paradigm.Paravirtualization, 3, 13)]
    [InlineData("Res §4.2 L_namespace 0.1-1μs (table: 0.1-1μs)", Paradigm.Containerization, 0.1, 1)]
    [InlineData("Res §4.2 L_wasi < 0.1μs (table: < 0.1μs)", Paradigm.Sandboxing, 0, 0.1)]
    public void Added_latency_is_the_sum_of_the_documented_terms(string terms, Paradigm paradigm, double minMicroseconds, double maxMicroseconds)
    {
        var added = IoModel.AddedLatency(paradigm);
        Assert.True(Duration.FromMicroseconds(minMicroseconds) == added.Min, terms);
        Assert.Equal(Duration.FromMicroseconds(maxMicroseconds), added.Max);
    }

    [Theory]
    [InlineData("Res §4.2 table 10-30%", Paradigm.Virtualization, 10, 30)]
    [InlineData("Res §4.2 table 5-15%", Paradigm.Paravirtualization, 5, 15)]
    [InlineData("Res §4.2 L_container 1-3%", Paradigm.Containerization, 1, 3)]
    [InlineData("Res §4.2 L_wasm 0.1-0.5%", Paradigm.Sandboxing, 0.1, 0.5)]
    public void Default_throughput_loss(string source, Paradigm paradigm, double minPercent, double maxPercent)
    {
        var loss = IoModel.ThroughputLoss(paradigm);
        Assert.Equal(new Range<Ratio>(Ratio.FromPercent(minPercent), Ratio.FromPercent(maxPercent)), loss.Value);
        Assert.StartsWith("Res §4", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Relative_performance_keeps_the_loss_and_the_latency_apart()
    {
        // 100 μs native, 10 % loss, 10 + 5 μs added: 0.9 × 100 / 115 = 0.7826086956…
        var io = IoModel.Virtualization(Duration.FromMicroseconds(100), Ratio.FromPercent(10), Duration.FromMicroseconds(10), Duration.FromMicroseconds(5));
        Assert.Equal(Duration.FromMicroseconds(15), io.AddedLatency);
        Assert.Equal(Duration.FromMicroseconds(115), io.Latency);
        Assert.Equal(0.782608695652174, io.RelativePerformance.DecimalFractions, 12);
        Assert.Equal(BitRate.FromGigabitsPerSecond(9), io.Throughput(BitRate.FromGigabitsPerSecond(10)));
    }

    [Fact]
    public void Relative_performance_over_the_documented_ranges_for_a_100_microsecond_device()
    {
        // Worst: 0.7 × 100 / 170 = 0.41176…; best: 0.9 × 100 / 115 = 0.78260…
        var vm = IoModel.RelativePerformance(Paradigm.Virtualization, Duration.FromMicroseconds(100));
        Assert.Equal(0.4117647058823529, vm.Min.DecimalFractions, 12);
        Assert.Equal(0.782608695652174, vm.Max.DecimalFractions, 12);

        // Container worst: 0.97 × 100 / 101 = 0.96039…; best: 0.99 × 100 / 100.1 = 0.98901…
        var container = IoModel.RelativePerformance(Paradigm.Containerization, Duration.FromMicroseconds(100));
        Assert.Equal(0.9603960396039604, container.Min.DecimalFractions, 12);
        Assert.Equal(0.989010989010989, container.Max.DecimalFractions, 12);
    }

    [Theory]
    [InlineData(150)]
    [InlineData(100)]
    [InlineData(-1)]
    public void A_loss_outside_0_to_below_100_percent_is_refused(double percent)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            IoModel.Containerization(Duration.FromMicroseconds(100), Ratio.FromPercent(percent), Duration.Zero));
        Assert.Equal("containerOverhead", error.ParamName);
        Assert.Contains($"containerOverhead was {percent} %", error.Message, StringComparison.Ordinal);
        Assert.Contains("below 100 %", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_latency_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            IoModel.Sandboxing(Duration.FromMicroseconds(-1), Ratio.Zero, Duration.Zero));
        Assert.Equal("rawLatency", error.ParamName);
        Assert.Equal("rawLatency", Assert.Throws<ArgumentOutOfRangeException>(() => IoModel.RelativePerformance(Paradigm.Sandboxing, Duration.FromMicroseconds(-1))).ParamName);
        Assert.Equal("paradigm", Assert.Throws<ArgumentOutOfRangeException>(() => IoModel.AddedLatency((Paradigm)5)).ParamName);
    }

    [Fact]
    public void With_no_latency_at_all_only_the_loss_counts()
    {
        Assert.Equal(Ratio.FromPercent(99), IoModel.Sandboxing(Duration.Zero, Ratio.FromPercent(1), Duration.Zero).RelativePerformance);
        Assert.Equal(Ratio.Zero, IoModel.Sandboxing(Duration.Zero, Ratio.Zero, Duration.FromNanoseconds(1)).RelativePerformance);
    }
}
