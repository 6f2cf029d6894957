namespace Paradigms.Model.Analyzers.Tests.Scale;

/// <summary>
/// The analyzers over 10,000 generated files: never an exception, never a diagnostic on code that
/// uses no Paradigms.Model type, and on model code exactly what the runtime says of the same constants.
/// </summary>
public sealed class GeneratedCorpusTests
{
    [Fact]
    public async Task The_analyzers_never_throw_on_the_generated_corpus()
    {
        var corpus = await ScaleRuns.Generated;

        Assert.True(corpus.Files.Count >= 10_000, corpus.Files.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(corpus.Run.AnalyzerFailures.Count == 0, string.Join("\n", corpus.Run.AnalyzerFailures.Take(5)));
    }

    [Fact]
    public async Task The_analyzers_report_exactly_what_the_runtime_says_and_nothing_on_unrelated_code()
    {
        var corpus = await ScaleRuns.Generated;

        var mismatches = corpus.Mismatches();

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} mismatches; the first ones:\n" + string.Join("\n", mismatches.Take(15)));
    }
}
