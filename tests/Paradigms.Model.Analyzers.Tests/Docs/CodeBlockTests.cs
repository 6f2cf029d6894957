using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Paradigms.Model.Analyzers.Tests.Verification;

namespace Paradigms.Model.Analyzers.Tests.Docs;

/// <summary>
/// Every C# block of README.md and docs/ compiles against the library, with no error and no warning, as a
/// program or a class library (<see cref="BlockCompiler"/>); a block that cannot is marked as a fragment
/// with its reason, and is listed here. The package's analyzers report on a block only what the block says.
/// </summary>
public sealed class CodeBlockTests
{
    /// <summary>The blocks marked <c>&lt;!-- fragment: reason --&gt;</c>, by page, with their reasons. A new one is added here on purpose.</summary>
    private static readonly (string Page, string Reason)[] Fragments = [];

    private static readonly ConcurrentDictionary<string, CSharpCompilation> Compilations = new();

    public static TheoryData<string> Blocks => DocsCodeBlocks.Names;

    internal static CSharpCompilation Compiled(FencedBlock block) => Compilations.GetOrAdd(block.Name, _ => BlockCompiler.Compile(block));

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Block_compiles_without_error_or_warning_unless_marked_as_a_fragment(string name)
    {
        var (_, block) = DocsCodeBlocks.Find(name);
        var problems = Compiled(block).GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (DocsCodeBlocks.IsFragment(block, out var reason))
        {
            Assert.True(reason.Length > 0, $"{name} is marked as a fragment without a reason: write <!-- fragment: why it does not compile -->.");
            Assert.True(
                problems.Any(d => d.Severity == DiagnosticSeverity.Error),
                $"{name} is marked as a fragment ({reason}), but it compiles: remove the mark so that it is checked.");
        }
        else
        {
            Assert.True(problems.Count == 0, $"{name} does not compile as a reader would paste it:\n" + string.Join('\n', problems) + "\n" + block.Code);
        }
    }

    [Fact]
    public void Blocks_marked_as_fragments_are_the_listed_ones_each_with_a_reason()
    {
        var marked = DocsCodeBlocks.All
            .Select(block => (block, fragment: DocsCodeBlocks.IsFragment(block, out var reason), reason))
            .Where(mark => mark.fragment)
            .Select(mark => (mark.block.Page, Reason: mark.reason))
            .ToList();

        Assert.Equal(Fragments.Order(), marked.Order());
    }

    [Fact]
    public void The_documentation_has_csharp_blocks_on_the_pages_that_teach_the_api()
    {
        var pages = DocsCodeBlocks.All.Select(block => block.Page).ToHashSet();

        // The pages a reader copies code from; a page losing all its blocks to a parsing change would otherwise go unchecked.
        Assert.Superset(
            new HashSet<string> { "README.md", "docs/getting-started.md", "docs/decisions.md", "docs/equations.md", "docs/model.md", "docs/testing.md", "docs/diagnostics/PM0001.md" },
            pages);
        Assert.All(Enumerable.Range(1, 11), id => Assert.Contains($"docs/diagnostics/PM{id:D4}.md", pages));
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public async Task The_analyzers_report_on_a_block_only_what_the_block_says(string name)
    {
        var (page, block) = DocsCodeBlocks.Find(name);
        if (DocsCodeBlocks.IsFragment(block, out _))
        {
            Assert.Empty(ShownDiagnostic.Underlined(block.Code));
            return;
        }

        var result = await AnalyzerRunner.RunAsync(Compiled(block));
        Assert.Empty(result.Exceptions);
        var reported = result.Diagnostics;
        var lines = block.Code.Split('\n');

        // Each id reported is named in the block, by a comment such as "Non-compliant: throws InvalidModelException (PM0001)".
        Assert.All(reported, d => Assert.True(block.Code.Contains(d.Id, StringComparison.Ordinal), $"{name}: the analyzers report {d}, and the block does not say so."));

        // Nothing is reported after a "// Compliant" comment.
        var compliant = Array.FindIndex(lines, line => line.TrimStart().StartsWith("// Compliant", StringComparison.Ordinal));
        if (compliant >= 0)
        {
            Assert.All(reported, d => Assert.True(d.Location.GetLineSpan().StartLinePosition.Line < compliant, $"{name}: {d} is reported in the part the block calls compliant."));
        }

        // Each diagnostic the block underlines is reported where and as it is underlined.
        foreach (var shown in ShownDiagnostic.Underlined(block.Code))
        {
            Assert.True(reported.Any(shown.Is), $"{name} underlines {shown}, and the analyzers report: {string.Join("; ", reported)}");
        }

        // A text block after a block that prints nothing shows its compiler output, all of it.
        if (!PrintedOutput.Prints(block.Code) && page.TextBlockAfter(block) is { } text)
        {
            var printed = ShownDiagnostic.Printed(text);
            Assert.True(printed is not null, $"{text.Name} follows {name}, which prints nothing, and is not compiler output (path(line,col): severity id: message).");
            Assert.Equal(printed.Count, reported.Length);
            Assert.All(printed, shown => Assert.True(reported.Any(shown.Is), $"{text.Name} shows {shown}, and the analyzers report: {string.Join("; ", reported)}"));
        }
    }
}
