using Microsoft.CodeAnalysis;
using Verify = Paradigms.Model.Analyzers.Tests.Verification.AnalyzerVerifier<Paradigms.Model.Analyzers.ModelAnalyzer>;

namespace Paradigms.Model.Analyzers.Tests;

/// <summary>PM0010 (a loss outside 0–100 %) and PM0011 (wasm32 memory above 4 GiB) on the resource model's inputs.</summary>
public sealed class ResourceInputChecksTests
{
    [Fact]
    public Task A_loss_of_150_percent_is_error_PM0010_on_the_loss() =>
        Verify.VerifyAsync(
            Program("var io = IoModel.Virtualization(Duration.FromMicroseconds(100), {|#0:Ratio.FromPercent(150)|}, Duration.FromMicroseconds(2), Duration.FromMicroseconds(10));"),
            Verify.Diagnostic("PM0010", DiagnosticSeverity.Error).WithLocation(0)
                .WithMessage("throughputLoss was 150 %; allowed: 0 % or more and below 100 % (a loss of 100 % leaves nothing to compare)"));

    [Theory]
    [InlineData("IoModel.Paravirtualization(Duration.FromMicroseconds(100), {|PM0010:Ratio.FromDecimalFractions(1.5)|}, Duration.Zero, Duration.Zero)", "1.5 as a fraction is 150 %")]
    [InlineData("IoModel.Containerization(Duration.FromMicroseconds(100), {|PM0010:Ratio.FromPercent(100)|}, Duration.Zero)", "a loss of 100 % leaves nothing")]
    [InlineData("IoModel.Sandboxing(Duration.FromMicroseconds(100), {|PM0010:Ratio.FromPercent(-5)|}, Duration.Zero)", "a negative loss")]
    [InlineData("StorageModel.Performance(Duration.FromMicroseconds(100), Ratio.FromPercent(10), {|PM0010:Ratio.FromPercent(120)|}, Duration.Zero)", "the storage throughput loss")]
    [InlineData("StorageModel.Performance(throughputLoss: Ratio.FromPercent(10), iopsLoss: {|PM0010:Ratio.FromPercent(300)|}, addedLatency: Duration.Zero, rawLatency: Duration.FromMicroseconds(1))", "named, out of order")]
    [InlineData("WasmLinearMemory.FromPages({|PM0011:65_537|})", "65,536 pages of 64 KiB is all wasm32 addresses")]
    [InlineData("WasmLinearMemory.Covering({|PM0011:Information.FromGibibytes(5)|})", "5 GiB")]
    [InlineData("WasmLinearMemory.Covering({|PM0011:Information.FromGigabytes(4.3)|})", "4.3 GB is more than 4 GiB")]
    [InlineData("new Workload(Paradigm.Sandboxing, CpuCores.FromCores(1), {|PM0011:Information.FromGibibytes(8)|}, RequirementLevel.Low, RequirementLevel.Low)", "a sandboxed workload")]
    public Task A_resource_input_the_model_refuses_is_reported(string expression, string why)
    {
        Assert.NotEmpty(why);
        return Verify.VerifyAsync(Program($"var value = {expression};"));
    }

    [Theory]
    [InlineData("IoModel.Virtualization(Duration.FromMicroseconds(100), Ratio.FromPercent(30), Duration.FromMicroseconds(2), Duration.FromMicroseconds(10))")]
    [InlineData("IoModel.Containerization(Duration.FromMicroseconds(100), Ratio.FromPercent(0), Duration.Zero)")]
    [InlineData("IoModel.Sandboxing(Duration.FromMicroseconds(100), Ratio.FromDecimalFractions(0.99), Duration.Zero)")]
    [InlineData("WasmLinearMemory.FromPages(65_536)")]
    [InlineData("WasmLinearMemory.Covering(Information.FromGibibytes(4))")]
    [InlineData("new Workload(Paradigm.Containerization, CpuCores.FromCores(2), Information.FromGibibytes(64), RequirementLevel.High, RequirementLevel.Medium)")]
    [InlineData("new Workload(Paradigm.Sandboxing, CpuCores.FromMillicores(500), Information.FromMebibytes(512), RequirementLevel.Low, RequirementLevel.Low)")]
    public Task An_input_the_model_accepts_has_no_diagnostic(string expression) =>
        Verify.VerifyAsync(Program($"var value = {expression};"));

    private static string Program(string statements) => $$"""
        using Paradigms.Model;
        using Paradigms.Model.Decisions;
        using Paradigms.Model.Quantities;
        using Paradigms.Model.Resources;

        {{statements}}
        """;
}
