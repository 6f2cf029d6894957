using Paradigms.Model.Decisions;
using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;
using Paradigms.Model.Resources;

namespace Paradigms.Model.Tests.Decisions;

/// <summary>
/// The document's application case (Res after §8): a container asking for 2 CPUs, 4Gi of memory,
/// high IO and medium network. Every expected figure is worked out by hand from the document's tables.
/// </summary>
public class ResourceModelToolTests
{
    private static readonly Workload Case = Workload.Parse("container", "2", "4Gi", "high", "medium");

    [Fact]
    public void Model_resources_of_the_application_case()
    {
        var estimate = ResourceModelTool.ModelResources(Case);

        // CPU: 2 cores at 85–95 % utilization (Res §2.1) need 2 / 0.95 = 2.1053 to 2 / 0.85 = 2.3529 cores.
        Assert.Equal(2.1052631578947367, estimate.HostCpu.Min.Cores, 12);
        Assert.Equal(2.3529411764705883, estimate.HostCpu.Max.Cores, 12);

        // Memory: 4 GiB = 4,294,967,296 B, plus 0–1 MB namespaces and 0–50 MB runtime (Res §3.2).
        Assert.Equal(Information.FromBytes(4_294_967_296), estimate.Memory.Min);
        Assert.Equal(Information.FromBytes(4_294_967_296 + 51_000_000), estimate.Memory.Max);

        // IO: loss < 5 % (Res §4.1), added latency 0.1–1 μs (Res §4.2). Network: 1–5 μs, < 5 % (Res §5.2). Storage: 5–10 % (Res §6).
        Assert.Equal(new Range<Ratio>(Ratio.Zero, Ratio.FromPercent(5)), estimate.IoLoss.Value);
        Assert.Equal(new Range<Duration>(Duration.FromNanoseconds(100), Duration.FromMicroseconds(1)), estimate.IoAddedLatency);
        Assert.Equal(new Range<Duration>(Duration.FromMicroseconds(1), Duration.FromMicroseconds(5)), estimate.NetworkLatencyOverhead.Value);
        Assert.Equal(new Range<Ratio>(Ratio.Zero, Ratio.FromPercent(5)), estimate.NetworkThroughputLoss.Value);
        Assert.Equal(new Range<Ratio>(Ratio.FromPercent(5), Ratio.FromPercent(10)), estimate.StorageLoss.Value);
        Assert.Contains(estimate.OutsideFigures, f => f.Measured.Contains(MeasuredFacts.KataPodMemoryOverhead));
    }

    [Fact]
    public void Analyze_performance_of_the_application_case()
    {
        var performance = ResourceModelTool.AnalyzePerformance(ResourceModelTool.ModelResources(Case));

        // CPU 85–95 %; memory 1 − 51 / 4345.967296 = 98.8265 % to 100 %; IO 95–100 %; network 95–100 %; storage 90–95 %.
        Assert.Equal(new Range<Ratio>(Ratio.FromPercent(85), Ratio.FromPercent(95)), performance.Cpu);
        Assert.Equal(98.826498, performance.Memory.Min.Percent, 6);
        Assert.Equal(Ratio.FromPercent(100), performance.Memory.Max);
        Assert.Equal(new Range<Ratio>(Ratio.FromPercent(95), Ratio.FromPercent(100)), performance.Io);
        Assert.Equal(new Range<Ratio>(Ratio.FromPercent(95), Ratio.FromPercent(100)), performance.Network);
        Assert.Equal(new Range<Ratio>(Ratio.FromPercent(90), Ratio.FromPercent(95)), performance.Storage);
        Assert.Equal(Resource.Cpu, performance.Weakest);
    }

    [Fact]
    public void Make_tradeoff_of_the_application_case()
    {
        var tradeOff = ResourceModelTool.MakeTradeOff(Case);

        // High IO counts as 性能要求高, but no resource constraint, isolation, sharing or standardization
        // is stated: no branch of §7 holds, so the default, containerization, which the workload already uses.
        Assert.Equal(Paradigm.Containerization, tradeOff.Decision.Paradigm);
        Assert.True(tradeOff.Decision.IsDefault);
        Assert.True(tradeOff.Decision.Requirements.HighPerformance);
        Assert.True(tradeOff.KeepsParadigm);

        // High IO matches 高 IO 性能 → 沙盒化 (Res §4.3); medium network matches nothing.
        var scenario = Assert.Single(tradeOff.Scenarios);
        Assert.Equal(Scenario.HighIoPerformance, scenario.Scenario);
        Assert.Equal(Paradigm.Sandboxing, scenario.Paradigm);
    }

    [Fact]
    public void Stated_requirements_reach_the_algorithm()
    {
        var tradeOff = ResourceModelTool.MakeTradeOff(Case, Requirements.Of(DecisionCondition.ResourceConstrained, DecisionCondition.HighPerformance));
        Assert.Equal(Paradigm.Sandboxing, tradeOff.Decision.Paradigm);
        Assert.False(tradeOff.KeepsParadigm);
    }

    [Fact]
    public void A_sandbox_gets_its_memory_in_pages_and_a_VM_its_guest()
    {
        // 16 MiB = 256 pages exactly; + 0–10 MB module + 0–10 MB runtime.
        var wasm = ResourceModelTool.ModelResources(new Workload(Paradigm.Sandboxing, CpuCores.FromMillicores(500), Information.FromMebibytes(16), RequirementLevel.Low, RequirementLevel.Low));
        Assert.Equal(Information.FromMebibytes(16), wasm.Memory.Min);
        Assert.Equal(Information.FromMebibytes(16) + Information.FromMegabytes(20), wasm.Memory.Max);

        // VM: 512 MB + 256 MB–2 GB guest + 0–100 MB hypervisor = 768–2612 MB; 0.5 cores at 70–80 % = 0.625–0.714 cores.
        var vm = ResourceModelTool.ModelResources(new Workload(Paradigm.Virtualization, CpuCores.FromMillicores(500), Information.FromMegabytes(512), RequirementLevel.Low, RequirementLevel.High));
        Assert.Equal(Information.FromMegabytes(768), vm.Memory.Min);
        Assert.Equal(Information.FromMegabytes(2612), vm.Memory.Max);
        Assert.Equal(0.625, vm.HostCpu.Min.Cores, 12);
        Assert.Equal(0.7142857142857143, vm.HostCpu.Max.Cores, 12);
    }

    // Item 9 of the issue: each bad input refused with the parameter, the value and what is allowed.
    [Theory]
    [InlineData("container", "two", "4Gi", "high", "medium", "cpuRequests", "two")]
    [InlineData("container", "2", "4Gx", "high", "medium", "memoryRequests", "4Gx")]
    [InlineData("container", "-1", "4Gi", "high", "medium", "cpuRequests", "-1")]
    [InlineData("container", "NaN", "4Gi", "high", "medium", "cpuRequests", "NaN")]
    [InlineData("container", "2", "-4Gi", "high", "medium", "memoryRequests", "-4Gi")]
    [InlineData("container", "2", "4Gi", "extreme", "medium", "ioRequirements", "extreme")]
    public void Bad_workload_text_is_refused(string type, string cpu, string memory, string io, string network, string parameter, string value)
    {
        var error = Assert.Throws<FormatException>(() => Workload.Parse(type, cpu, memory, io, network));
        Assert.Contains(parameter, error.Message, StringComparison.Ordinal);
        Assert.Contains(value, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sandbox_of_5_GiB_is_refused_where_the_workload_is_made()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new Workload(Paradigm.Sandboxing, CpuCores.FromCores(1), Information.FromGibibytes(5), RequirementLevel.Low, RequirementLevel.Low));
        Assert.Equal("memoryRequest", error.ParamName);
        Assert.Contains("5 GiB", error.Message, StringComparison.Ordinal);
        Assert.Contains("at most 4 GiB", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("memoryRequests was '5Gi'", Assert.Throws<FormatException>(() => Workload.Parse("wasm", "1", "5Gi", "low", "low")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_percentage_of_150_is_refused_by_the_equations()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            IoModel.Virtualization(Duration.FromMicroseconds(100), Ratio.FromPercent(150), Duration.Zero, Duration.Zero));
        Assert.Equal("throughputLoss", error.ParamName);
        Assert.Contains("throughputLoss was 150 %", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Equal("workload", Assert.Throws<ArgumentNullException>(() => ResourceModelTool.ModelResources(null!)).ParamName);
        Assert.Equal("estimate", Assert.Throws<ArgumentNullException>(() => ResourceModelTool.AnalyzePerformance(null!)).ParamName);
        Assert.Equal("requirements", Assert.Throws<ArgumentNullException>(() => ResourceModelTool.MakeTradeOff(Case, null!)).ParamName);
    }
}
