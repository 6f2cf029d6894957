using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace Paradigms.Model.Cli.Tests;

/// <summary>Runs the built <c>paradigms.dll</c> as a child process, the way a user's shell does, and captures what it printed.</summary>
internal static class Cli
{
    /// <summary>Gets the path of the built paradigms.dll, recorded by the test project's build.</summary>
    public static string DllPath { get; } = typeof(Cli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "ParadigmsCliPath").Value
        ?? throw new InvalidOperationException("The test assembly does not record where paradigms.dll is.");

    /// <summary>Runs <c>dotnet paradigms.dll</c> with the arguments, stdout redirected (not a terminal) and no COLUMNS.</summary>
    public static CliResult Run(params string[] args) => Run(null, null, args);

    /// <summary>Runs in a working directory, with extra environment variables.</summary>
    public static CliResult Run(string? workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        Run(workingDirectory, environment, [], args);

    /// <summary>Runs in a working directory, with extra environment variables, through a launcher (a command and its arguments, such as setpriv's) that then runs dotnet.</summary>
    public static CliResult Run(string? workingDirectory, IReadOnlyDictionary<string, string>? environment, IReadOnlyList<string> launcher, params string[] args)
    {
        var start = new ProcessStartInfo(launcher.Count > 0 ? launcher[0] : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        foreach (var word in launcher.Skip(1).Concat(launcher.Count > 0 ? ["dotnet"] : []))
        {
            start.ArgumentList.Add(word);
        }

        start.ArgumentList.Add(DllPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("COLUMNS");
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"paradigms {string.Join(' ', args)} did not finish.");
        }

        return new CliResult(string.Join(' ', args), process.ExitCode, output.Result, error.Result);
    }
}
