namespace Paradigms.Model.Analyzers.Tests.Scale;

/// <summary>
/// The analyzers over the Polyfill package's 5,516 files: whatever the compiler makes of them, no
/// analyzer exception and no PM diagnostic (Polyfill uses no Paradigms.Model type).
/// </summary>
public sealed class PolyfillCorpusTests
{
    [Fact]
    public async Task The_analyzers_never_throw_and_report_nothing_on_Polyfill()
    {
        var run = await ScaleRuns.Polyfill;

        Assert.True(run.Files > 5_000, $"{run.Files} files under {PolyfillPackage.Folder}");
        Assert.True(run.AnalyzerFailures.Count == 0, string.Join("\n", run.AnalyzerFailures.Take(5)));
        Assert.True(run.ModelDiagnostics.Count == 0, string.Join("\n", run.ModelDiagnostics.Take(5)));
    }
}
