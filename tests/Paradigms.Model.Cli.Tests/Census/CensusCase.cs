namespace Paradigms.Model.Cli.Tests.Census;

/// <summary>
/// One run of the census: a command, the option or argument given a bad value, the value, the whole command line,
/// and what the documentation promises. Each run is a child process in a folder of its own.
/// </summary>
/// <param name="Command">The command, as the table lists it.</param>
/// <param name="Parameter">The option (<c>--cpu</c>) or argument (<c>&lt;chart&gt;</c>) the value is given to.</param>
/// <param name="Input">The value tried.</param>
/// <param name="Arguments">The whole command line after <c>paradigms</c>.</param>
/// <param name="Expected">The promised outcome.</param>
/// <param name="Writes">The file the command line names for writing: it must exist after an accepted run and not after any other.</param>
/// <param name="ModelFile">The text of <c>model.json</c>, written into the folder before the run, or null.</param>
internal sealed record CensusCase(
    string Command,
    string Parameter,
    CensusInput Input,
    IReadOnlyList<string> Arguments,
    CensusVerdict Expected,
    string? Writes = null,
    string? ModelFile = null)
{
    /// <summary>The folder every run has: <c>valid.json</c>, a model that breaks no rule, and <c>folder.png</c>, a folder.</summary>
    public const string ValidModel = "valid.json";

    /// <summary>A folder whose name looks like an image file.</summary>
    public const string FolderNamedLikeAFile = "folder.png";

    /// <summary>Runs the command line and returns what broke the promise, or null when it was kept.</summary>
    public string? Verify()
    {
        using var folder = new CheckFolder();
        folder.Write(ValidModel, CheckFolder.Valid);
        Directory.CreateDirectory(folder.Full(FolderNamedLikeAFile));
        if (ModelFile is not null)
        {
            folder.Write("model.json", ModelFile);
        }

        var result = Cli.Run(folder.Path, null, [.. Arguments]);
        var failures = new List<string>();
        if (result.ExitCode != Expected.ExitCode)
        {
            failures.Add($"exit code {result.ExitCode}, expected {Expected.ExitCode} ({Expected.Outcome})");
        }

        var (stream, name, quiet, quietName) = Expected.ExitCode == 0 || Expected.InReport
            ? (result.StandardOutput, "stdout", result.StandardError, "stderr")
            : (result.StandardError, "stderr", result.StandardOutput, "stdout");
        if (quiet.Length > 0)
        {
            failures.Add($"{quietName} is not empty");
        }

        failures.AddRange(Expected.Texts.Where(text => !stream.Contains(text, StringComparison.Ordinal)).Select(text => $"{name} lacks '{Shorten(text)}'"));
        failures.AddRange(new[] { "   at ", "Exception", "internal error" }.Where(text => result.StandardError.Contains(text, StringComparison.Ordinal)).Select(text => $"stderr has '{text}'"));
        if (Writes is not null && File.Exists(folder.Full(Writes)) != (Expected.ExitCode == 0))
        {
            failures.Add(Expected.ExitCode == 0 ? $"{Shorten(Writes)} was not written" : $"{Shorten(Writes)} was written although the run failed");
        }

        return failures.Count == 0 ? null : string.Join("; ", failures) + "\n" + Shorten(result.Transcript);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Command} {Parameter} {Input.Name}";

    private static string Shorten(string text) => text.Length <= 400 ? text : text[..400] + $"… ({text.Length} characters)";
}
