using System.Text.RegularExpressions;

namespace Paradigms.Model.PackageTests;

/// <summary>
/// The README's first C# block, its "Quick start", and the lines it says it prints: every
/// <c>Console.WriteLine(…);</c> line ends with a comment holding the printed text, as in
/// <c>Console.WriteLine(virtualMachineMemory); // 434 MB</c>.
/// </summary>
internal sealed partial class ReadmeQuickStart
{
    private ReadmeQuickStart(string code, IReadOnlyList<string> expectedOutput)
    {
        Code = code;
        ExpectedOutput = expectedOutput;
    }

    public string Code { get; }

    public IReadOnlyList<string> ExpectedOutput { get; }

    public static ReadmeQuickStart Read(string readmePath)
    {
        var lines = File.ReadAllText(readmePath).ReplaceLineEndings("\n").Split('\n');
        var opening = Array.FindIndex(lines, line => line.Trim() == "```csharp");
        var closing = opening < 0 ? -1 : Array.FindIndex(lines, opening + 1, line => line.Trim() == "```");
        if (closing < 0)
        {
            throw new InvalidOperationException($"{readmePath} has no complete ```csharp block.");
        }

        var code = lines[(opening + 1)..closing];
        var expectedOutput = new List<string>();
        foreach (var line in code.Where(line => line.Contains("Console.WriteLine(", StringComparison.Ordinal)))
        {
            var printed = PrintedLine().Match(line);
            if (!printed.Success)
            {
                throw new InvalidOperationException($"The README's quick start prints a line without a trailing comment saying what: {line.Trim()}");
            }

            expectedOutput.Add(printed.Groups["text"].Value);
        }

        return new ReadmeQuickStart(string.Join('\n', code) + "\n", expectedOutput);
    }

    [GeneratedRegex(@"Console\.WriteLine\(.*\);\s*//\s*(?<text>.*?)\s*$")]
    private static partial Regex PrintedLine();
}
