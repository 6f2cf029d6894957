using System.Text.RegularExpressions;

namespace Paradigms.Model.Analyzers.Tests.Docs;

/// <summary>
/// What a C# block of the documentation says it prints, one of two ways: each <c>Console.WriteLine(…);</c>
/// line ends with a comment holding the printed text (<c>Console.WriteLine(memory); // 434 MB</c>), or,
/// when no such line has a comment, the <c>text</c> block right after the block shows the output.
/// </summary>
/// <remarks>
/// In the expected text, <c>…</c> stands for any text, line breaks included (an explanation cut short), and
/// a comment that starts with "for example" stands for any output (a random sample). Trailing whitespace
/// of each line is ignored.
/// </remarks>
internal sealed partial class PrintedOutput
{
    private PrintedOutput(IReadOnlyList<string> lines, string source)
    {
        Lines = lines;
        Source = source;
    }

    /// <summary>Gets the expected lines, each a pattern as the remarks describe.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>Gets where the expected lines come from, for messages: "the comments" or the text block's name.</summary>
    public string Source { get; }

    /// <summary>Gets a value indicating whether <paramref name="code"/> prints to the console.</summary>
    public static bool Prints(string code) => code.Contains("Console.Write", StringComparison.Ordinal);

    /// <summary>
    /// The output <paramref name="code"/> says it prints: its comments, or <paramref name="textBlock"/>; null
    /// when it says neither.
    /// </summary>
    /// <exception cref="InvalidOperationException">Some printing lines have a comment and others do not.</exception>
    public static PrintedOutput? Of(string code, FencedBlock? textBlock)
    {
        var printing = code.Split('\n').Where(line => line.Contains("Console.WriteLine(", StringComparison.Ordinal)).ToList();
        var commented = printing.Select(line => PrintedLine().Match(line)).ToList();
        if (commented.Any(match => match.Success))
        {
            var bare = printing.Where((_, i) => !commented[i].Success).ToList();
            if (bare.Count > 0)
            {
                throw new InvalidOperationException("A printing line has no trailing comment saying what it prints: " + bare[0].Trim());
            }

            return new PrintedOutput(commented.Select(match => match.Groups["text"].Value).ToList(), "the trailing comments");
        }

        return textBlock is null ? null : new PrintedOutput(textBlock.Code.TrimEnd('\n').Split('\n'), textBlock.Name);
    }

    /// <summary>Whether <paramref name="output"/>, as the program printed it, is what the lines say.</summary>
    public bool Matches(string output)
    {
        var actual = string.Join('\n', output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Select(line => line.TrimEnd()));
        var pattern = "^" + string.Join("\n", Lines.Select(LinePattern)) + "$";
        return Regex.IsMatch(actual, pattern, RegexOptions.None, TimeSpan.FromSeconds(10));
    }

    /// <inheritdoc/>
    public override string ToString() => string.Join('\n', Lines);

    private static string LinePattern(string line) =>
        line.StartsWith("for example", StringComparison.Ordinal)
            ? @"[\s\S]*?"
            : Regex.Escape(line.TrimEnd()).Replace("…", @"[\s\S]*?", StringComparison.Ordinal);

    [GeneratedRegex(@"Console\.WriteLine\(.*\);\s*//\s?(?<text>.*?)\s*$")]
    private static partial Regex PrintedLine();
}
