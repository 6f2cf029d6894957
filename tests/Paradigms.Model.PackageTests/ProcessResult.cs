namespace Paradigms.Model.PackageTests;

/// <summary>What a finished child process printed, and how it ended.</summary>
internal sealed record ProcessResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Standard output line by line, without the final line break.</summary>
    public IReadOnlyList<string> OutputLines => StandardOutput.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    /// <summary>Everything about the run, for assertion messages.</summary>
    public string Transcript =>
        $"""
        > {CommandLine}
        exit code {ExitCode}
        --- standard output ---
        {StandardOutput}
        --- standard error ---
        {StandardError}
        """;
}
