namespace Paradigms.Model.Cli.Tests;

/// <summary>What one run of the command printed, and how it ended.</summary>
internal sealed record CliResult(string Arguments, int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Gets stdout line by line, without the final line break.</summary>
    public IReadOnlyList<string> Lines => StandardOutput.TrimEnd('\n').Split('\n');

    /// <summary>Gets everything about the run, for assertion messages.</summary>
    public string Transcript => $"$ paradigms {Arguments}\nexit code {ExitCode}\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";

    /// <summary>Asserts a successful run: exit code 0, nothing on stderr, something on stdout.</summary>
    public CliResult Succeeded()
    {
        Assert.True(ExitCode == 0 && StandardError.Length == 0 && StandardOutput.Length > 0, Transcript);
        return this;
    }

    /// <summary>Asserts a refused run: the exit code, nothing on stdout, and each expected text on stderr.</summary>
    public CliResult Refused(int exitCode, params string[] stderrContains)
    {
        Assert.True(ExitCode == exitCode, Transcript);
        Assert.True(StandardOutput.Length == 0, Transcript);
        foreach (var text in stderrContains)
        {
            Assert.True(StandardError.Contains(text, StringComparison.Ordinal), $"stderr lacks '{text}'.\n{Transcript}");
        }

        Assert.DoesNotContain("   at ", StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", StandardError, StringComparison.Ordinal);
        return this;
    }

    /// <summary>Asserts that stdout has a line that contains every one of the texts, in that order.</summary>
    public CliResult HasLine(params string[] parts)
    {
        Assert.True(Lines.Any(line => ContainsInOrder(line, parts)), $"No line has '{string.Join("' … '", parts)}'.\n{Transcript}");
        return this;
    }

    private static bool ContainsInOrder(string line, string[] parts)
    {
        var at = 0;
        foreach (var part in parts)
        {
            var found = line.IndexOf(part, at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + part.Length;
        }

        return true;
    }
}
