namespace Paradigms.Model.Analyzers.Tests.Docs;

/// <summary>How the docs tests read a page: fences, fragment marks, printed output and shown diagnostics, on hand-written pages.</summary>
public sealed class DocsReadingTests
{
    private const string Page = """
        Intro.

        <!-- fragment: a signature, not a statement -->
        ```csharp
        void Run();
        ```

        ```csharp
        Console.WriteLine(a); // 434 MB
        Console.WriteLine(b); // Recommendation: Sandboxing …
        ```

        ```text
        not the output: the block above says it in comments
        ```

        Prose between.

        ```text
        after prose
        ```
        """;

    [Fact]
    public void Blocks_are_read_with_their_lines_mark_and_the_text_block_right_after()
    {
        var page = MarkdownPage.Parse("p.md", Page);

        Assert.Equal([4, 8, 13, 19], page.Blocks.Select(block => block.Line));
        Assert.Equal([6, 11, 15, 21], page.Blocks.Select(block => block.EndLine));
        Assert.True(DocsCodeBlocks.IsFragment(page.Blocks[0], out var reason));
        Assert.Equal("a signature, not a statement", reason);
        Assert.False(DocsCodeBlocks.IsFragment(page.Blocks[1], out _));
        Assert.Same(page.Blocks[2], page.TextBlockAfter(page.Blocks[1]));
        Assert.Null(page.TextBlockAfter(page.Blocks[2]));
    }

    [Fact]
    public void A_fence_never_closed_is_refused_with_its_line()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => MarkdownPage.Parse("p.md", "# T\n\n```csharp\nvar x = 1;\n"));

        Assert.Contains("p.md:3", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Printed_comments_match_the_output_line_by_line_with_an_ellipsis_for_any_text()
    {
        var expected = PrintedOutput.Of(MarkdownPage.Parse("p.md", Page).Blocks[1].Code, textBlock: null)!;

        Assert.Equal(["434 MB", "Recommendation: Sandboxing …"], expected.Lines);
        Assert.True(expected.Matches("434 MB\nRecommendation: Sandboxing (branch 1).\nTrail:\n  Branch 1\n"));
        Assert.False(expected.Matches("434 MB\nRecommendation: Containerization (default).\n"));
        Assert.False(expected.Matches("435 MB\nRecommendation: Sandboxing\n"));
        Assert.False(expected.Matches("434 MB\n"));
    }

    [Fact]
    public void A_comment_for_example_stands_for_a_random_sample_and_a_bare_printing_line_is_refused()
    {
        var sample = PrintedOutput.Of("Console.WriteLine(id); // PM0001\nConsole.WriteLine(model); // for example: new Deployment(…)\n", textBlock: null)!;

        Assert.True(sample.Matches("PM0001\nnew Nic(\n  Kind: Veth)\n"));
        Assert.False(sample.Matches("PM0002\nnew Deployment()\n"));
        Assert.Throws<InvalidOperationException>(() => PrintedOutput.Of("Console.WriteLine(a); // 1\nConsole.WriteLine(b);\n", textBlock: null));
        Assert.Null(PrintedOutput.Of("Console.WriteLine(a);\n", textBlock: null));
    }

    [Fact]
    public void An_underline_gives_the_line_column_and_length_of_what_it_underlines()
    {
        var shown = Assert.Single(ShownDiagnostic.Underlined(
            "var edge = new Deployment(Paradigm.Sandboxing, Nic.SrIov());\n//                                             ~~~~~~~~~~~ error PM0001: SR-IOV cannot be attached…\n"));

        // "Nic.SrIov()" starts after the 47 characters of "var edge = new Deployment(Paradigm.Sandboxing, ".
        Assert.Equal(new ShownDiagnostic(0, 47, 11, "error", "PM0001", "SR-IOV cannot be attached", IsMessageStart: true), shown);
    }

    [Fact]
    public void A_line_of_dotnet_build_is_read_with_its_help_link_and_a_text_block_of_anything_else_is_not_compiler_output()
    {
        var build = MarkdownPage.Parse("p.md", "```text\n/tmp/Hello/Program.cs(3,48): error PM0001: SR-IOV cannot be attached: why (https://example.org/PM0001.md) [/tmp/Hello/Hello.csproj]\n```\n").Blocks[0];
        var prose = MarkdownPage.Parse("p.md", "```text\nBuild FAILED.\n```\n").Blocks[0];

        Assert.Equal(
            [new ShownDiagnostic(2, 47, null, "error", "PM0001", "SR-IOV cannot be attached: why", IsMessageStart: false, "https://example.org/PM0001.md")],
            ShownDiagnostic.Printed(build)!);
        Assert.Null(ShownDiagnostic.Printed(prose));
    }
}
