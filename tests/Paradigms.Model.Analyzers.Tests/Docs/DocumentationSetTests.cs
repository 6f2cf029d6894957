using Paradigms.Model.Analyzers.Tests.Verification;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Analyzers.Tests.Docs;

/// <summary>
/// The documentation set is complete and holds together: every page issue 6 names exists, docs/index.md
/// links each, every relative link of README.md and docs/ reaches a file (and a heading, for an anchor), and
/// the README keeps its first two commands and links the entry pages.
/// </summary>
public sealed class DocumentationSetTests
{
    /// <summary>The pages the documentation is made of, as issue 6 lists them, plus model-files.md.</summary>
    private static readonly string[] RequiredPages =
    [
        "docs/index.md", "docs/getting-started.md", "docs/model.md", "docs/quantities.md", "docs/equations.md",
        "docs/decisions.md", "docs/diagnostics/README.md", "docs/provenance.md", "docs/seed-consistency.md",
        "docs/performance.md", "docs/cli.md", "docs/reliability.md", "docs/testing.md", "docs/model-files.md",
    ];

    public static TheoryData<string> Pages => new(DocsCodeBlocks.Pages.Select(page => page.Path));

    [Fact]
    public void Every_page_the_issue_names_exists_and_every_rule_id_has_its_page()
    {
        var ids = RuleTable.All.Select(rule => rule.Id).Distinct().ToList();
        var required = RequiredPages.Concat(ids.Select(id => $"docs/diagnostics/{id}.md")).ToList();

        Assert.Equal(11, ids.Count);
        Assert.All(required, page => Assert.True(File.Exists(Path.Combine(Repository.Root, page)), $"{page} is missing."));
    }

    [Fact]
    public void The_index_links_every_page_of_docs_except_the_pages_of_single_ids()
    {
        var index = DocsCodeBlocks.Pages.Single(page => page.Path == "docs/index.md");
        var linked = MarkdownLinks.Relative(index).Select(link => "docs/" + link.Target.Split('#')[0]).ToHashSet();
        var pages = DocsCodeBlocks.Pages
            .Select(page => page.Path)
            .Where(path => path.StartsWith("docs/", StringComparison.Ordinal) && path != "docs/index.md" && !path.StartsWith("docs/diagnostics/PM", StringComparison.Ordinal))
            .ToList();

        Assert.All(RequiredPages.Where(page => page != "docs/index.md"), page => Assert.Contains(page, linked));
        Assert.All(pages, page => Assert.True(linked.Contains(page), $"docs/index.md does not link {page}."));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_relative_link_reaches_a_file_and_its_heading(string path)
    {
        var page = DocsCodeBlocks.Pages.Single(page => page.Path == path);
        var directory = Path.GetDirectoryName(Path.Combine(Repository.Root, path))!;
        var broken = new List<string>();
        foreach (var (line, target) in MarkdownLinks.Relative(page))
        {
            var parts = target.Split('#', 2);
            var file = parts[0].Length == 0 ? Path.Combine(Repository.Root, path) : Path.GetFullPath(Path.Combine(directory, Uri.UnescapeDataString(parts[0])));
            if (!File.Exists(file) && !Directory.Exists(file))
            {
                broken.Add($"{path}:{line}: {target}: no such file");
            }
            else if (parts.Length == 2 && file.EndsWith(".md", StringComparison.Ordinal)
                && !MarkdownLinks.Anchors(MarkdownPage.Read(Repository.Root, Path.GetRelativePath(Repository.Root, file))).Contains(parts[1]))
            {
                broken.Add($"{path}:{line}: {target}: no heading makes the anchor #{parts[1]}");
            }
        }

        Assert.True(broken.Count == 0, string.Join('\n', broken));
    }

    [Fact]
    public void Anchors_are_made_as_github_makes_them()
    {
        // Headings of docs/cli.md and docs/model-files.md, and their anchors written by hand.
        Assert.Equal("paradigms-and-compare", MarkdownLinks.Slug("`paradigms` and `compare`"));
        Assert.Equal("exit-codes", MarkdownLinks.Slug("Exit codes"));
        Assert.Equal("a-resource-constrained-high-performance--sandboxing", MarkdownLinks.Slug("(a) Resource-constrained, high performance → sandboxing"));
        Assert.Equal("pmf008", MarkdownLinks.Slug("PMF008"));
        var page = MarkdownPage.Parse("x.md", "# Usage\n\n```text\n# not a heading\n```\n\n## Usage\n");
        Assert.Equal(new HashSet<string> { "usage", "usage-1" }, MarkdownLinks.Anchors(page));
    }

    [Fact]
    public void The_readme_starts_with_its_two_commands_and_links_the_index_and_getting_started()
    {
        var readme = DocsCodeBlocks.Pages.Single(page => page.Path == "README.md");
        var links = MarkdownLinks.Relative(readme).Select(link => link.Target).ToList();

        Assert.Equal("dotnet run --project src/Paradigms.Model.Cli\ndotnet test Paradigms.Model.sln\n", readme.Blocks[0].Code);
        Assert.Contains("docs/index.md", links);
        Assert.Contains("docs/getting-started.md", links);
    }

    [Fact]
    public void Every_command_example_of_getting_started_is_one_of_cli_md_where_its_output_is_checked()
    {
        var cli = File.ReadAllText(Path.Combine(Repository.Root, "docs", "cli.md")).ReplaceLineEndings("\n");
        var examples = DocsCodeBlocks.Pages.Single(page => page.Path == "docs/getting-started.md").Blocks.Where(block => block.Language == "console").ToList();

        Assert.NotEmpty(examples);
        Assert.All(examples, block => Assert.True(cli.Contains("```console\n" + block.Code + "```\n", StringComparison.Ordinal), $"{block.Name} is not, character for character, a console block of docs/cli.md."));
    }
}
