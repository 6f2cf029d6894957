using System.Text.RegularExpressions;

namespace Paradigms.Model.Cli.Tests;

/// <summary>
/// docs/cli.md shows each command with its exact output. Every <c>console</c> block there is run, the command after
/// <c>$</c> in a folder that holds only a copy of docs/examples (so <c>paradigms check docs/examples/…</c> finds its
/// files), and its output compared with the page's, trailing whitespace aside. A block marked <c>console exit=N</c> shows
/// stderr and expects exit code N and nothing on stdout; one marked <c>console exit=N stdout</c> shows stdout and expects
/// exit code N and nothing on stderr (<c>paradigms check</c> reports a rule error as its answer, on stdout).
/// </summary>
public sealed partial class DocumentationTests
{
    public static TheoryData<string, int, bool, string> Examples()
    {
        var data = new TheoryData<string, int, bool, string>();
        var page = File.ReadAllText(Path.Combine(Repository.Root, "docs", "cli.md")).ReplaceLineEndings("\n");
        foreach (Match block in ConsoleBlock().Matches(page))
        {
            var exit = block.Groups["exit"].Success ? int.Parse(block.Groups["exit"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
            data.Add(block.Groups["command"].Value.Trim(), exit, exit == 0 || block.Groups["stdout"].Success, block.Groups["output"].Value);
        }

        return data;
    }

    [Fact]
    public void ThePage_ShowsEveryCommandAndABadInput()
    {
        var commands = Examples().Select(row => (string)row[0]).ToList();

        Assert.Contains(commands, c => c.Length == 0);
        foreach (var command in new[] { "compare", "estimate", "recommend", "check", "mtu", "sources", "chart" })
        {
            Assert.Contains(commands, c => c.StartsWith(command + " ", StringComparison.Ordinal));
        }

        Assert.Contains(Examples(), row => (int)row[1] == 1);
        Assert.Contains(Examples(), row => (int)row[1] == 2);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_PrintsWhatThePageShows(string command, int exitCode, bool showsStdout, string shown)
    {
        var folder = Directory.CreateTempSubdirectory("paradigms-docs-");
        try
        {
            var examples = Directory.CreateDirectory(Path.Combine(folder.FullName, "docs", "examples"));
            foreach (var file in Directory.GetFiles(Path.Combine(Repository.Root, "docs", "examples"), "*.json"))
            {
                File.Copy(file, Path.Combine(examples.FullName, Path.GetFileName(file)));
            }

            var args = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var result = Cli.Run(folder.FullName, null, args);

            Assert.True(result.ExitCode == exitCode, result.Transcript);
            var printed = showsStdout ? result.StandardOutput : result.StandardError;
            Assert.Equal(Normalize(shown), Normalize(printed));
            if (exitCode != 0)
            {
                Assert.Empty(showsStdout ? result.StandardError : result.StandardOutput);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Normalize(string text) =>
        string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(line => line.TrimEnd())).TrimEnd('\n');

    [GeneratedRegex(@"^```console(?: exit=(?<exit>\d+)(?<stdout> stdout)?)?\n\$ paradigms(?<command>[^\n]*)\n(?<output>.*?)\n?^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex ConsoleBlock();
}
