namespace Paradigms.Model.Tests.Reliability;

/// <summary>
/// A region of a docs page that a test generates, between <c>&lt;!-- begin:NAME --&gt;</c> and
/// <c>&lt;!-- end:NAME --&gt;</c>: the test fails when the page differs, and <c>PARADIGMS_UPDATE_DOCS=1</c> rewrites
/// the region (and nothing else of the page).
/// </summary>
internal static class DocsRegion
{
    /// <summary>The region's text on the page, or null when the page or its markers are missing.</summary>
    public static string? Read(string path, string name)
    {
        var page = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
        var (begin, end) = Markers(name);
        var start = page?.IndexOf(begin, StringComparison.Ordinal) ?? -1;
        var stop = page?.IndexOf(end, StringComparison.Ordinal) ?? -1;
        return start < 0 || stop < start ? null : page![(start + begin.Length)..stop];
    }

    /// <summary>Rewrites the region when <c>PARADIGMS_UPDATE_DOCS=1</c>, then asserts it holds <paramref name="generated"/>.</summary>
    public static void Check(string path, string name, string generated, string rerun)
    {
        var expected = "\n" + generated.TrimEnd('\n') + "\n";
        if (Environment.GetEnvironmentVariable("PARADIGMS_UPDATE_DOCS") == "1" && Read(path, name) is not null)
        {
            var page = File.ReadAllText(path).ReplaceLineEndings("\n");
            var (begin, end) = Markers(name);
            var start = page.IndexOf(begin, StringComparison.Ordinal) + begin.Length;
            File.WriteAllText(path, page[..start] + expected + page[page.IndexOf(end, StringComparison.Ordinal)..]);
        }

        var actual = Read(path, name);
        Assert.True(actual is not null, $"{path} has no region between '{Markers(name).Begin}' and '{Markers(name).End}'.");
        Assert.True(actual == expected, $"The region {name} of {Path.GetFileName(path)} differs from what the census found; run PARADIGMS_UPDATE_DOCS=1 {rerun} and review the diff.\nexpected:\n{expected}\nfound:\n{actual}");
    }

    private static (string Begin, string End) Markers(string name) => ($"<!-- begin:{name} -->", $"<!-- end:{name} -->");
}
