namespace Paradigms.Model.Analyzers.Tests.Docs;

/// <summary>Console output is one per process: the blocks run with nothing beside them.</summary>
[CollectionDefinition(nameof(ConsoleOutput), DisableParallelization = true)]
public sealed class ConsoleOutput
{
}

/// <summary>
/// Every C# block of README.md and docs/ that prints runs, and prints what the page says it prints
/// (<see cref="PrintedOutput"/>): the README's quick start and the program of docs/getting-started.md among them.
/// </summary>
[Collection(nameof(ConsoleOutput))]
public sealed class CodeBlockOutputTests
{
    private static readonly IReadOnlyList<string> Printing = DocsCodeBlocks.All
        .Where(block => PrintedOutput.Prints(block.Code) && !DocsCodeBlocks.IsFragment(block, out _))
        .Select(block => block.Name)
        .ToList();

    public static TheoryData<string> PrintingBlocks => new(Printing);

    [Theory]
    [MemberData(nameof(PrintingBlocks))]
    public void Block_prints_what_the_page_says(string name)
    {
        var (page, block) = DocsCodeBlocks.Find(name);
        var expected = PrintedOutput.Of(block.Code, page.TextBlockAfter(block));
        Assert.True(expected is not null, $"{name} prints, and says neither in comments nor in a text block right after it what.");

        var output = BlockCompiler.Run(CodeBlockTests.Compiled(block));

        Assert.True(expected.Matches(output), $"{name} prints\n{output}\nand {expected.Source} say\n{expected}");
    }

    [Fact]
    public void The_readme_quick_start_and_the_getting_started_program_are_among_the_blocks_that_run()
    {
        Assert.Contains(Printing, name => name.StartsWith("README.md:", StringComparison.Ordinal) && DocsCodeBlocks.Find(name).Block.Code.Contains("434 MB", StringComparison.Ordinal));
        Assert.Contains(Printing, name => name.StartsWith("docs/getting-started.md:", StringComparison.Ordinal));
    }
}
