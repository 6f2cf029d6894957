using System.Globalization;
using BenchmarkDotNet.Running;
using Paradigms.Model.Benchmarks.AnalyzerBuild;

namespace Paradigms.Model.Benchmarks;

public static class Program
{
    /// <summary>
    /// Runs the benchmarks; with <c>--analyzer-telemetry &lt;consumer folder&gt; [runs] [--serial] [--no-collection]</c> the
    /// in-process measurement of the analyzers' share of a compile, with <c>--profile-share &lt;speedscope file&gt;</c>
    /// the analyzer's share of a profiled compiler run (docs/performance.md).
    /// </summary>
    public static async Task Main(string[] args)
    {
        if (args is ["--analyzer-telemetry", var directory, ..])
        {
            var runs = args.Length > 2 && !args[2].StartsWith("--", StringComparison.Ordinal) ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
            await AnalyzerTelemetry.RunAsync(directory, runs, serial: args.Contains("--serial"), noCollection: args.Contains("--no-collection"));
            return;
        }

        if (args is ["--profile-share", var profile])
        {
            ProfileShare.Run(profile);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
