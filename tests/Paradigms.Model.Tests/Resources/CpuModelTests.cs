using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;
using Paradigms.Model.Resources;

namespace Paradigms.Model.Tests.Resources;

public class CpuModelTests
{
    // Res §2.1's table, one row per paradigm: scheduling model, context-switch cost (least, most; no
    // most for "> 1000"), reported utilization, and the ends of the scheduling path.
    [Theory]
    [InlineData("Res §2.1 虚拟化 两级调度 > 1000 cycles 70-80%", Paradigm.Virtualization, CpuScheduling.TwoLevel, 1000, null, 70, 80, "Guest App", 5)]
    [InlineData("Res §2.1 半虚拟化 协作调度 800-1200 cycles 75-85%", Paradigm.Paravirtualization, CpuScheduling.Cooperative, 800, 1200.0, 75, 85, "Guest App", 5)]
    [InlineData("Res §2.1 容器化 单级调度 ~500 cycles 85-95%", Paradigm.Containerization, CpuScheduling.SingleLevel, 500, 500.0, 85, 95, "Container App", 3)]
    [InlineData("Res §2.1 沙盒化 应用级调度 < 100 cycles 90-98%", Paradigm.Sandboxing, CpuScheduling.ApplicationLevel, 0, 100.0, 90, 98, "Wasm Module", 4)]
    public void Scheduling_table_rows(
        string row, Paradigm paradigm, CpuScheduling scheduling, double least, double? most, double utilizationMin, double utilizationMax, string pathStart, int pathLength)
    {
        var profile = CpuModel.Profile(paradigm);
        Assert.Equal(scheduling, profile.Scheduling);
        Assert.Equal(Cycles.FromCycles(least), profile.LeastContextSwitchCost);
        Assert.Equal(most is null ? null : Cycles.FromCycles(most.Value), profile.MostContextSwitchCost);
        Assert.Equal(new Range<Ratio>(Ratio.FromPercent(utilizationMin), Ratio.FromPercent(utilizationMax)), profile.Utilization.Value);
        Assert.Equal(pathStart, profile.Path[0]);
        Assert.Equal("CPU", profile.Path[^1]);
        Assert.Equal(pathLength, profile.Path.Count);
        Assert.NotEmpty(profile.OverheadSources);
        Assert.StartsWith("Res §2.1", row, StringComparison.Ordinal);
        Assert.Equal(profile, CpuModel.Profiles[(int)paradigm - 1]);
    }

    [Fact]
    public void Virtualization_adds_each_term_and_divides()
    {
        // 1,000,000 cycles of work; 1000 exits × 2000 = 2,000,000; 100 emulated × 300 = 30,000;
        // 10 scheduling × 100 = 1000. Total 3,031,000; utilization 1,000,000 / 3,031,000 = 32.9924…%.
        var cost = CpuModel.Virtualization(Cycles.FromCycles(1_000_000), 1000, Cycles.FromCycles(2000), 100, Cycles.FromCycles(300), 10, Cycles.FromCycles(100));
        Assert.Equal(Cycles.FromCycles(2_000_000), cost.VmExits);
        Assert.Equal(Cycles.FromCycles(30_000), cost.Emulation);
        Assert.Equal(Cycles.FromCycles(1000), cost.HypervisorScheduling);
        Assert.Equal(Cycles.FromCycles(2_030_000), cost.Isolation);
        Assert.Equal(Cycles.FromCycles(1000), cost.Overhead);
        Assert.Equal(Cycles.FromCycles(3_031_000), cost.Total);
        Assert.Equal(32.99241174529858, cost.Utilization.Percent, 10);
    }

    [Fact]
    public void Paravirtualization_adds_each_term_and_divides()
    {
        // 9000 work + 10 hypercalls × 200 + 20 exchanges × 100 + 0 scheduling = 13,000; 9000 / 13,000 = 69.2307…%.
        var cost = CpuModel.Paravirtualization(Cycles.FromCycles(9000), 10, Cycles.FromCycles(200), 20, Cycles.FromCycles(100), 0, Cycles.FromCycles(50));
        Assert.Equal(Cycles.FromCycles(2000), cost.Hypercalls);
        Assert.Equal(Cycles.FromCycles(2000), cost.Collaboration);
        Assert.Equal(Cycles.Zero, cost.HypervisorScheduling);
        Assert.Equal(Cycles.FromCycles(13_000), cost.Total);
        Assert.Equal(69.23076923076923, cost.Utilization.Percent, 10);
    }

    [Fact]
    public void Containerization_adds_each_term_and_divides()
    {
        // 950 work + 1 × 30 + 1 × 10 + 1 × 10 = 1000; 95 %.
        var cost = CpuModel.Containerization(Cycles.FromCycles(950), 1, Cycles.FromCycles(30), 1, Cycles.FromCycles(10), 1, Cycles.FromCycles(10));
        Assert.Equal(Cycles.FromCycles(40), cost.Isolation);
        Assert.Equal(Cycles.FromCycles(10), cost.Overhead);
        Assert.Equal(Ratio.FromPercent(95), cost.Utilization);
    }

    [Fact]
    public void Sandboxing_adds_each_term_and_divides()
    {
        // 490 work + 1 × 5 runtime + 1 × 5 interception = 500; 98 %.
        var cost = CpuModel.Sandboxing(Cycles.FromCycles(490), 1, Cycles.FromCycles(5), 1, Cycles.FromCycles(5));
        Assert.Equal(Cycles.FromCycles(5), cost.Runtime);
        Assert.Equal(Cycles.FromCycles(5), cost.SyscallInterception);
        Assert.Equal(Ratio.FromPercent(98), cost.Utilization);
    }

    [Fact]
    public void One_exit_per_1000_instructions()
    {
        Assert.Equal(1000, CpuModel.VmExitCount(1_000_000));
        Assert.Equal(0, CpuModel.VmExitCount(0));
    }

    [Fact]
    public void Over_the_documented_exit_cost_one_exit_per_1000_cycles_leaves_17_to_50_percent()
    {
        // 1000 / (1000 + 5000) = 16.666…%; 1000 / (1000 + 1000) = 50 %.
        var utilization = Corners.Evaluate(
            ResourceFacts.VmExitCost.Value,
            exit => CpuModel.Virtualization(Cycles.FromCycles(1000), 1, exit, 0, Cycles.Zero, 0, Cycles.Zero).Utilization);
        Assert.Equal(16.666666666666668, utilization.Min.Percent, 10);
        Assert.Equal(Ratio.FromPercent(50), utilization.Max);
    }

    [Theory]
    [InlineData(-1, "vmExits")]
    [InlineData(double.NaN, "vmExits")]
    [InlineData(double.PositiveInfinity, "vmExits")]
    public void Bad_event_counts_are_refused_naming_the_parameter(double count, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            CpuModel.Virtualization(Cycles.FromCycles(1), count, Cycles.FromCycles(1000), 0, Cycles.Zero, 0, Cycles.Zero));
        Assert.Equal(parameter, error.ParamName);
        Assert.Contains("a finite count, 0 or more", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_work_is_refused_because_it_has_no_utilization()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => CpuModel.Sandboxing(Cycles.Zero, 1, Cycles.FromCycles(5), 1, Cycles.FromCycles(1)));
        Assert.Equal("workload", error.ParamName);
        Assert.Contains("above 0 cycles", error.Message, StringComparison.Ordinal);
        Assert.Equal("instructions", Assert.Throws<ArgumentOutOfRangeException>(() => CpuModel.VmExitCount(-5)).ParamName);
        Assert.Equal("paradigm", Assert.Throws<ArgumentOutOfRangeException>(() => CpuModel.Profile((Paradigm)0)).ParamName);
    }
}
