using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Paradigms.Model.Analyzers.Tests.Verification;

namespace Paradigms.Model.Analyzers.Tests.Scale;

/// <summary>The corpus's judge notices each way the analyzers can be wrong, so that its silence on the corpus means something.</summary>
public sealed class CorpusJudgeTests
{
    private const string Code = "new Deployment(Paradigm.Sandboxing, Nic.SrIov())";

    private static readonly ExpectedDiagnostic Pm0001 = new(
        "PM0001",
        DiagnosticSeverity.Error,
        "SR-IOV cannot be attached to a Wasm sandbox: a Wasm module reaches the network only through WASI sockets, and WASI exposes no link-layer device");

    [Fact]
    public async Task The_judge_accepts_exactly_the_expected_diagnostic()
    {
        Assert.Empty(await JudgeAsync(FileCategory.Model, [Pm0001]));
    }

    [Fact]
    public async Task The_judge_notices_a_diagnostic_too_many()
    {
        Assert.Single(await JudgeAsync(FileCategory.Model, []));
    }

    [Fact]
    public async Task The_judge_notices_a_missing_diagnostic_and_a_wrong_message()
    {
        Assert.Single(await JudgeAsync(FileCategory.Model, [Pm0001, Pm0001 with { Id = "PM0003" }]));
        Assert.Single(await JudgeAsync(FileCategory.Model, [Pm0001 with { Message = "SR-IOV is fine" }]));
    }

    [Fact]
    public async Task The_judge_notices_any_diagnostic_in_a_file_that_must_have_none()
    {
        Assert.Single(await JudgeAsync(FileCategory.Unrelated, []));
        Assert.Single(await JudgeAsync(FileCategory.SyntaxErrors, []));
    }

    private static async Task<IReadOnlyList<string>> JudgeAsync(FileCategory category, IReadOnlyList<ExpectedDiagnostic> expected)
    {
        var text = $"using Paradigms.Model;\n\nvar edge = {Code};\n";
        var file = new CorpusFile("Judge.cs", text, category, [(new TextSpan(text.IndexOf(Code, StringComparison.Ordinal), Code.Length), new Construction(Code, expected))]);
        var compilation = AnalyzerRunner.Compile(null, text);
        var tree = CSharpSyntaxTree.ParseText(text, (CSharpParseOptions)compilation.SyntaxTrees[0].Options, file.Path);
        var result = await AnalyzerRunner.RunAsync(compilation.ReplaceSyntaxTree(compilation.SyntaxTrees[0], tree));
        Assert.Empty(result.Exceptions);
        return GeneratedCorpus.Mismatches([file], result.Diagnostics);
    }
}
