using System.Diagnostics;
using System.Text;

namespace Paradigms.Model.PackageTests;

/// <summary>Runs the dotnet CLI as a child process and captures everything it prints.</summary>
internal static class DotnetProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    // The dotnet CLI sets these for the MSBuild it hosts; the test host inherits them from `dotnet test`, and a child
    // build that saw them would load that MSBuild and SDK instead of resolving its own.
    private static readonly string[] HostedBuildVariables =
        ["MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly"];

    /// <summary>The dotnet executable running the tests, so that children use the same SDK installation.</summary>
    private static readonly string Executable = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

    public static async Task<ProcessResult> RunAsync(
        string workingDirectory,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var startInfo = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var inherited = startInfo.Environment.Keys
            .Where(name => HostedBuildVariables.Contains(name, StringComparer.OrdinalIgnoreCase))
            .ToList();
        foreach (var name in inherited)
        {
            startInfo.Environment.Remove(name);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[name] = value;
        }

        var commandLine = $"(in {workingDirectory}) dotnet {string.Join(' ', arguments)}";
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {commandLine}");
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            var unfinished = new ProcessResult(commandLine, process.ExitCode, await standardOutput, await standardError);
            throw new TimeoutException($"Still running after {Timeout.TotalMinutes} minutes, killed.\n{unfinished.Transcript}");
        }

        return new ProcessResult(commandLine, process.ExitCode, await standardOutput, await standardError);
    }
}
