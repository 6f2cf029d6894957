using System.Globalization;
using System.Text;
using FsCheck.Fluent;
using Microsoft.CodeAnalysis;
using Paradigms.Model.Analyzers.Tests.Verification;
using Paradigms.Model.Rules;
using Paradigms.Model.Testing;

namespace Paradigms.Model.Analyzers.Tests;

/// <summary>
/// The compile-time half of the testing kit's promise: each invalid model it generates, written as C# by
/// <see cref="ModelParts.ToCSharp"/>, makes the analyzer report exactly the model's id and severity on its line,
/// and each valid model it generates makes the analyzer report nothing. The run-time half is in
/// tests/Paradigms.Model.Testing.Tests.
/// </summary>
public sealed class GeneratedModelTests
{
    private const int PerId = 40;

    [Fact]
    public async Task The_analyzer_reports_exactly_the_id_of_every_generated_invalid_model()
    {
        var models = InvalidModels.Ids.SelectMany(id => InvalidModels.WithId(id).Generator.Sample(PerId)).ToList();
        Assert.Equal(11 * PerId, models.Count);
        await AssertEachLineAsync(models.Select(model => (model.ToCSharp(), new[] { (model.ExpectedId, model.ExpectedSeverity) })).ToList());
    }

    [Fact]
    public async Task The_analyzer_reports_nothing_for_generated_valid_models()
    {
        var none = Array.Empty<(string, RuleSeverity)>();
        var lines = ParadigmsArbitraries.Deployment.Generator.Sample(200).Select(d => (DeploymentParts.From(d).ToCSharp(), none))
            .Concat(ParadigmsArbitraries.PhysicalNic.Generator.Sample(100).Select(nic => (PhysicalNicParts.From(nic).ToCSharp(), none)))
            .Concat(ParadigmsArbitraries.Workload.Generator.Sample(50).Select(workload => (WorkloadParts.From(workload).ToCSharp(), none)))
            .Concat(ParadigmsArbitraries.WasmLinearMemory.Generator.Sample(20).Select(memory => (WasmLinearMemoryParts.From(memory).ToCSharp(), none)))
            .ToList();
        await AssertEachLineAsync(lines);
    }

    /// <summary>Compiles every expression on a line of its own and compares each line's analyzer diagnostics with its expected ones.</summary>
    private static async Task AssertEachLineAsync(IReadOnlyList<(string Code, (string Id, RuleSeverity Severity)[] Expected)> lines)
    {
        var source = new StringBuilder(ModelParts.Usings).Append('\n');
        var firstLine = ModelParts.Usings.Count(c => c == '\n') + 1;
        foreach (var (code, _) in lines)
        {
            source.Append("_ = ").Append(code).Append(";\n");
        }

        var compilation = AnalyzerRunner.Compile(null, source.ToString());
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var result = await AnalyzerRunner.RunAsync(compilation);
        Assert.Empty(result.Exceptions);

        var byLine = result.Diagnostics.ToLookup(d => d.Location.GetLineSpan().StartLinePosition.Line - firstLine);
        var wrong = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var expected = lines[i].Expected.Select(e => $"{e.Id} {e.Severity}").Order(StringComparer.Ordinal);
            var actual = byLine[i].Select(d => $"{d.Id} {Severity(d.Severity)}").Order(StringComparer.Ordinal);
            if (!expected.SequenceEqual(actual))
            {
                wrong.Add($"{lines[i].Code}\n  expected: {string.Join(", ", expected)}\n  analyzer: {string.Join(", ", byLine[i].Select(d => d.Id + ": " + d.GetMessage(CultureInfo.InvariantCulture)))}");
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} of {lines.Count} lines differ:\n" + string.Join("\n", wrong.Take(20)));
    }

    private static RuleSeverity Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => RuleSeverity.Error,
        DiagnosticSeverity.Warning => RuleSeverity.Warning,
        _ => RuleSeverity.Info,
    };
}
