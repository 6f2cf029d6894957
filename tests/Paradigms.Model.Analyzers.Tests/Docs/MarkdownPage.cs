namespace Paradigms.Model.Analyzers.Tests.Docs;

/// <summary>
/// A Markdown page of the repository, split into lines and fenced code blocks. A fence is a line that
/// starts with three backticks; the block ends at the next line that is three backticks alone.
/// </summary>
internal sealed class MarkdownPage
{
    private MarkdownPage(string path, IReadOnlyList<string> lines, IReadOnlyList<FencedBlock> blocks)
    {
        Path = path;
        Lines = lines;
        Blocks = blocks;
    }

    /// <summary>Gets the page's path from the repository root, with forward slashes: <c>docs/model.md</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the page's lines, line endings normalized.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>Gets the page's fenced code blocks, in page order.</summary>
    public IReadOnlyList<FencedBlock> Blocks { get; }

    /// <summary>Gets the path of every page the documentation set is made of: README.md and every *.md under docs/, sorted.</summary>
    public static IReadOnlyList<string> AllPaths(string root) =>
        Directory.GetFiles(System.IO.Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories)
            .Select(path => System.IO.Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Prepend("README.md")
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Reads the page at <paramref name="path"/> under <paramref name="root"/>.</summary>
    public static MarkdownPage Read(string root, string path) =>
        Parse(path, File.ReadAllText(System.IO.Path.Combine(root, path)));

    /// <summary>Splits <paramref name="text"/>, the page at <paramref name="path"/>, into lines and blocks.</summary>
    /// <exception cref="InvalidOperationException">A fence is never closed.</exception>
    public static MarkdownPage Parse(string path, string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var blocks = new List<FencedBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            var closing = Array.FindIndex(lines, i + 1, line => line == "```");
            if (closing < 0)
            {
                throw new InvalidOperationException($"{path}:{i + 1}: the fence '{lines[i]}' is never closed.");
            }

            var comment = i > 0 && lines[i - 1].StartsWith("<!--", StringComparison.Ordinal) ? lines[i - 1] : null;
            var code = string.Join('\n', lines[(i + 1)..closing]);
            blocks.Add(new FencedBlock(path, i + 1, closing + 1, lines[i][3..].Trim(), code.Length == 0 ? code : code + "\n", comment));
            i = closing;
        }

        return new MarkdownPage(path, lines, blocks);
    }

    /// <summary>The <c>text</c> block that follows <paramref name="block"/> with nothing but blank lines between, or null.</summary>
    public FencedBlock? TextBlockAfter(FencedBlock block)
    {
        var index = Blocks.ToList().IndexOf(block);
        if (index < 0 || index + 1 == Blocks.Count || Blocks[index + 1] is not { Language: "text" } next)
        {
            return null;
        }

        for (var line = block.EndLine; line < next.Line - 1; line++)
        {
            if (Lines[line].Trim().Length > 0)
            {
                return null;
            }
        }

        return next;
    }
}
