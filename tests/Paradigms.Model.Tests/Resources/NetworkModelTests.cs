using Paradigms.Model.Quantities;
using Paradigms.Model.Resources;

namespace Paradigms.Model.Tests.Resources;

public class NetworkModelTests
{
    // The paradigm's terms of Res §5.2, summed; each is the section's own "总延迟开销".
    [Theory]
    [InlineData("Res §5.2 L_hypervisor 10-30μs + L_guest_kernel 5-10μs = 15-40μs", Paradigm.Virtualization, 15, 40)]
    [InlineData("Res §5.2 5-15μs + L_hypercall 1-3μs + 5-10μs = 11-28μs", Paradigm.Paravirtualization, 11, 28)]
    [InlineData("Res §5.2 L_namespace 1-5μs = 1-5μs", Paradigm.Containerization, 1, 5)]
    [InlineData("Res §5.2 L_wasi < 1μs", Paradigm.Sandboxing, 0, 1)]
    public void Overhead_is_the_sum_of_the_documented_terms(string terms, Paradigm paradigm, double minMicroseconds, double maxMicroseconds)
    {
        var overhead = NetworkModel.Overhead(paradigm);
        Assert.True(Duration.FromMicroseconds(minMicroseconds) == overhead.Min, terms);
        Assert.Equal(Duration.FromMicroseconds(maxMicroseconds), overhead.Max);
    }

    [Fact]
    public void Paravirtualization_splits_native_path_and_overhead()
    {
        // 50 μs wire + 10 μs host stack; 10 + 2 + 8 μs added: total 80 μs; 60 / 80 = 75 %.
        var latency = NetworkModel.Paravirtualization(
            Duration.FromMicroseconds(50), Duration.FromMicroseconds(10), Duration.FromMicroseconds(10), Duration.FromMicroseconds(2), Duration.FromMicroseconds(8));
        Assert.Equal(Duration.FromMicroseconds(20), latency.Overhead);
        Assert.Equal(Duration.FromMicroseconds(80), latency.Total);
        Assert.Equal(Ratio.FromPercent(75), latency.RelativePerformance);
    }

    [Fact]
    public void Relative_performance_for_a_60_microsecond_native_path()
    {
        // VM: 60 / 100 = 60 % to 60 / 75 = 80 %. Sandbox: 60 / 61 = 98.36…% to 100 %.
        var vm = NetworkModel.RelativePerformance(Paradigm.Virtualization, Duration.FromMicroseconds(60));
        Assert.Equal(Ratio.FromPercent(60), vm.Min);
        Assert.Equal(Ratio.FromPercent(80), vm.Max);
        var wasm = NetworkModel.RelativePerformance(Paradigm.Sandboxing, Duration.FromMicroseconds(60));
        Assert.Equal(98.36065573770492, wasm.Min.Percent, 10);
        Assert.Equal(Ratio.FromPercent(100), wasm.Max);
    }

    [Fact]
    public void Bad_input_is_refused_naming_the_parameter()
    {
        Assert.Equal("guestKernel", Assert.Throws<ArgumentOutOfRangeException>(() =>
            NetworkModel.Virtualization(Duration.Zero, Duration.Zero, Duration.Zero, Duration.FromMicroseconds(-5))).ParamName);
        Assert.Equal("native", Assert.Throws<ArgumentOutOfRangeException>(() =>
            NetworkModel.RelativePerformance(Paradigm.Containerization, Duration.FromMicroseconds(-5))).ParamName);
        Assert.Equal("paradigm", Assert.Throws<ArgumentOutOfRangeException>(() => NetworkModel.Overhead((Paradigm)42)).ParamName);
    }
}
