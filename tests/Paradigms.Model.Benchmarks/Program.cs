using System.Globalization;
using BenchmarkDotNet.Running;
using Paradigms.Model.Benchmarks.AnalyzerBuild;

namespace Paradigms.Model.Benchmarks;

public static class Program
{
    /// <summary>
    /// Runs the benchmarks, or with <c>--analyzer-telemetry &lt;consumer folder&gt; [runs] [--serial]</c> the
    /// in-process measurement of the analyzers' share of a compile (docs/performance.md).
    /// </summary>
    public static async Task Main(string[] args)
    {
        if (args is ["--analyzer-telemetry", var directory, ..])
        {
            var runs = args.Length > 2 && args[2] != "--serial" ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
            await AnalyzerTelemetry.RunAsync(directory, runs, serial: args.Contains("--serial"));
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
