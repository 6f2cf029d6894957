using Paradigms.Model.Analyzers.Tests.Verification;

namespace Paradigms.Model.Analyzers.Tests.Scale;

/// <summary>
/// docs/reliability.md's "Analyzer robustness at scale" section shows the counts this run measured.
/// With <c>PARADIGMS_UPDATE_DOCS=1</c> the test rewrites the section, times and machine included.
/// </summary>
public sealed class ReliabilityPageTests
{
    [Fact]
    public async Task The_page_shows_what_the_analyzers_were_run_on()
    {
        var generated = await ScaleRuns.Generated;
        var polyfill = await ScaleRuns.Polyfill;
        var extensionBlocks = polyfill.FilesWithSyntaxErrors.Count(path => File.ReadAllText(path).Contains("extension(", StringComparison.Ordinal));

        if (Environment.GetEnvironmentVariable("PARADIGMS_UPDATE_DOCS") == "1")
        {
            ReliabilityPage.Write(Repository.Root, ReliabilityPage.Section(generated, polyfill, extensionBlocks));
        }

        var section = ReliabilityPage.Read(Repository.Root);
        var counts = ReliabilityPage.Counts(generated, polyfill, extensionBlocks);
        Assert.True(
            section is not null && section.Contains(counts, StringComparison.Ordinal),
            $"{ReliabilityPage.Path} does not show this run's counts; run {ReliabilityPage.Command} and review the diff. This run:\n{counts}");
    }
}
