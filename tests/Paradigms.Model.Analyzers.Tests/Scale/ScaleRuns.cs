namespace Paradigms.Model.Analyzers.Tests.Scale;

/// <summary>
/// Each corpus analysed once per test run, for every test that looks at it, one corpus at a time so
/// that each one's time is its own (each already keeps both cores busy).
/// </summary>
internal static class ScaleRuns
{
    private static readonly SemaphoreSlim OneAtATime = new(1);

    private static readonly Lazy<Task<GeneratedCorpus>> GeneratedRun = new(() => OneByOne(GeneratedCorpus.AnalyseAsync));

    private static readonly Lazy<Task<CorpusRun>> PolyfillRun = new(() => OneByOne(PolyfillCorpus.AnalyseAsync));

    /// <summary>Gets the generated corpus and what the analyzers found in it.</summary>
    public static Task<GeneratedCorpus> Generated => GeneratedRun.Value;

    /// <summary>Gets what the analyzers found in Polyfill.</summary>
    public static Task<CorpusRun> Polyfill => PolyfillRun.Value;

    private static async Task<T> OneByOne<T>(Func<Task<T>> run)
    {
        await OneAtATime.WaitAsync();
        try
        {
            return await Task.Run(run);
        }
        finally
        {
            OneAtATime.Release();
        }
    }
}
