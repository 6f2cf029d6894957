using System.Diagnostics;
using System.Reflection;

namespace Paradigms.Model.Cli.Tests;

/// <summary>
/// The tool package: <c>dotnet pack</c> of the CLI project (the build the other tests use, so <c>--no-build</c>) with a
/// version no cache has seen, into a folder feed; <c>dotnet tool install --tool-path</c> from that feed alone (a
/// nuget.config that clears every other source, and a package cache of its own); then the installed
/// <c>paradigms compare</c> runs. The package carries its dependencies, so nothing else is restored.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("paradigms-tool-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void PackedTool_InstallsFromAFolderAndRunsCompare()
    {
        var version = $"0.0.0-e2e.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        var feed = Path.Combine(_folder.FullName, "feed");
        var tools = Path.Combine(_folder.FullName, "t");
        var configuration = typeof(ToolPackageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var project = Path.Combine(Repository.Root, "src", "Paradigms.Model.Cli", "Paradigms.Model.Cli.csproj");

        Dotnet(Repository.Root, "pack", project, "--no-build", "-c", configuration, "-o", feed, $"-p:Version={version}", "-nologo");
        Assert.True(File.Exists(Path.Combine(feed, $"Paradigms.Model.Cli.{version}.nupkg")), string.Join(", ", Directory.GetFiles(feed)));

        File.WriteAllText(Path.Combine(_folder.FullName, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        var install = Dotnet(_folder.FullName, "tool", "install", "--tool-path", tools, "Paradigms.Model.Cli", "--version", version);
        Assert.Contains("was successfully installed", install, StringComparison.Ordinal);

        var compare = Run(_folder.FullName, Path.Combine(tools, "paradigms"), "compare");
        // Res §7: CPU 利用率 70-80% | 75-85% | 85-95% | 90-98%.
        Assert.Contains(compare.Split('\n'), line => line.StartsWith("CPU utilization", StringComparison.Ordinal) && line.Contains("90–98 %", StringComparison.Ordinal));
    }

    private string Dotnet(string directory, params string[] args) => Run(directory, "dotnet", args);

    private string Run(string directory, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NUGET_PACKAGES"] = Path.Combine(_folder.FullName, "packages");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("COLUMNS");
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} did not finish.");
        }

        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)}: exit code {process.ExitCode}\n{output.Result}\n{error.Result}");
        return output.Result;
    }
}
