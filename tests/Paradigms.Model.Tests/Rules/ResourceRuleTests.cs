using Paradigms.Model.Decisions;
using Paradigms.Model.Quantities;
using Paradigms.Model.Resources;

namespace Paradigms.Model.Tests.Rules;

/// <summary>PM0010 and PM0011 at run time: the equations and factories refuse with the rule's id and the analyzer's message.</summary>
public sealed class ResourceRuleTests
{
    [Fact]
    public void A_loss_of_150_percent_is_refused_with_PM0010()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            IoModel.Virtualization(Duration.FromMicroseconds(100), Ratio.FromPercent(150), Duration.Zero, Duration.Zero));

        Assert.Equal("throughputLoss", error.ParamName);
        Assert.StartsWith("PM0010: throughputLoss was 150 %; allowed: 0 % or more and below 100 % (a loss of 100 % leaves nothing to compare).", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.001)]
    [InlineData(100)]
    [InlineData(250)]
    public void Storage_losses_outside_0_to_below_100_percent_are_refused_with_PM0010(double percent)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            StorageModel.Performance(Duration.FromMicroseconds(100), Ratio.FromPercent(percent), Ratio.Zero, Duration.Zero));

        Assert.StartsWith("PM0010: iopsLoss was ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_65536_pages_are_refused_with_PM0011()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => WasmLinearMemory.FromPages(65_537));

        Assert.StartsWith("PM0011: pages was 65537; allowed: 0 to 65536 pages of 65536 bytes (wasm32).", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sandboxed_workload_of_8_GiB_is_refused_with_PM0011()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new Workload(Paradigm.Sandboxing, CpuCores.FromCores(1), Information.FromGibibytes(8), RequirementLevel.Low, RequirementLevel.Low));

        Assert.StartsWith("PM0011: memoryRequest was 8 GiB; allowed: at most 4 GiB, 0 to 65536 pages of 65536 bytes (wasm32).", error.Message, StringComparison.Ordinal);
    }
}
