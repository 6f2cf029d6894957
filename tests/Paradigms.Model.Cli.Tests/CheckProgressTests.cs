using System.Diagnostics;
using System.Text;

namespace Paradigms.Model.Cli.Tests;

/// <summary>
/// <c>paradigms check</c> shows a progress line on stderr when both stdout and stderr are a terminal and more than five
/// files are read, and none when output is redirected. The child processes of these tests are redirected by
/// construction; for the terminal, the command runs under <c>script</c> (util-linux), which gives it a pseudo-terminal as
/// its stdout and stderr — the real detection, no override.
/// </summary>
public sealed class CheckProgressTests : IDisposable
{
    private readonly CheckFolder _folder = new();

    public CheckProgressTests()
    {
        foreach (var name in new[] { "m1", "m2", "m3", "m4", "m5", "m6" })
        {
            _folder.Write($"six/{name}.json", CheckFolder.Valid);
        }

        foreach (var name in new[] { "m1", "m2", "m3", "m4", "m5" })
        {
            _folder.Write($"five/{name}.json", CheckFolder.Valid);
        }
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void RedirectedOutput_HasNoProgressLine()
    {
        var result = _folder.Run("check", "six").Succeeded();

        Assert.Empty(result.StandardError);
        Assert.Equal(["Checked 6 files: 0 errors, 0 warnings."], result.Lines);
    }

    [Fact]
    public void OnATerminal_SixFilesShowTheProgressLineThenWipeIt()
    {
        var (exitCode, screen) = RunOnATerminal("check", "six");

        Assert.True(exitCode == 0, screen);
        for (var number = 1; number <= 6; number++)
        {
            Assert.Contains($"\rChecking {number} of 6: six/m{number}.json", screen, StringComparison.Ordinal);
        }

        // Wiped: a carriage return, as many spaces as the last line had, a carriage return; then the report.
        var last = "Checking 6 of 6: six/m6.json";
        Assert.Contains("\r" + new string(' ', last.Length) + "\rChecked 6 files: 0 errors, 0 warnings.", screen, StringComparison.Ordinal);
    }

    [Fact]
    public void OnATerminal_FiveFilesShowNoProgressLine()
    {
        var (exitCode, screen) = RunOnATerminal("check", "five");

        Assert.True(exitCode == 0, screen);
        Assert.DoesNotContain("Checking", screen, StringComparison.Ordinal);
        Assert.Contains("Checked 5 files: 0 errors, 0 warnings.", screen, StringComparison.Ordinal);
    }

    /// <summary>Runs <c>dotnet paradigms.dll</c> under <c>script -qec</c>: stdout and stderr are one pseudo-terminal, whose screen script copies to its stdout.</summary>
    private (int ExitCode, string Screen) RunOnATerminal(params string[] args)
    {
        var command = string.Join(' ', new[] { "dotnet", Cli.DllPath }.Concat(args).Select(Quote));
        var start = new ProcessStartInfo("script")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = _folder.Path,
        };
        foreach (var word in new[] { "-qec", command, "/dev/null" })
        {
            start.ArgumentList.Add(word);
        }

        start.Environment.Remove("COLUMNS");
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("script did not start.");
        process.StandardInput.Close();
        var screen = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"script -c '{command}' did not finish.");
        }

        return (process.ExitCode, screen.Result + error.Result);
    }

    /// <summary>Quotes a word for sh: inside single quotes, each single quote becomes '\''.</summary>
    private static string Quote(string word) => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
