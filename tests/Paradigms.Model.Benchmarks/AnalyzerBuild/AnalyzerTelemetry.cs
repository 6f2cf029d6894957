using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Paradigms.Model.Benchmarks.AnalyzerBuild;

/// <summary>
/// The in-process measurement of the analyzers' share of a compile, on the generated consumer.
/// Each run takes, on fresh compilations: the processor time of a full compile and emit without
/// analyzers, and the analyzers' execution time as <c>CompilationWithAnalyzers</c> telemetry logs it
/// (wall time inside their callbacks, summed over threads, as ReportAnalyzer sums it). The first five
/// runs warm the JIT (tiered compilation recompiles hot code) and are not counted. What the
/// analyzer's own code costs, without the waits a wall clock counts, is <see cref="ProfileShare"/>'s measure.
/// </summary>
public static class AnalyzerTelemetry
{
    /// <summary>
    /// Measures <paramref name="runs"/> times on the consumer in <paramref name="directory"/> and prints a markdown table;
    /// <paramref name="serial"/> runs the analyzers on one thread, so that no callback's wall time holds another
    /// thread's work.
    /// </summary>
    public static async Task RunAsync(string directory, int runs, bool serial)
    {
        var consumer = ConsumerCompilation.Load(directory);
        Console.WriteLine($"{consumer.FileCount} files, {ConsumerCompilation.Analyzers.Length} analyzer(s), {Environment.ProcessorCount} cores, {(serial ? "serial" : "concurrent")} analysis");
        Console.WriteLine();
        Console.WriteLine("| run | compile and emit (processor) | analyzers, telemetry | share | diagnostics |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        var shares = new List<double>();
        const int warmUpRuns = 5;
        for (var run = 1 - warmUpRuns; run <= runs; run++)
        {
            var compile = ProcessorTime(() => consumer.Emit());
            var ours = await MeasureAsync(consumer, ConsumerCompilation.Analyzers, serial);
            if (run < 1)
            {
                continue;
            }

            shares.Add(ours.ExecutionTime / compile);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {run} | {compile.TotalSeconds:F2} s | {ours.ExecutionTime.TotalSeconds:F3} s | {ours.ExecutionTime / compile:P1} | {ours.Diagnostics:N0} |"));
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median share: {Median(shares):P1}"));
    }

    /// <summary>Runs <paramref name="analyzers"/> on a fresh compilation of the consumer.</summary>
    private static async Task<(TimeSpan ExecutionTime, int Diagnostics)> MeasureAsync(ConsumerCompilation consumer, ImmutableArray<DiagnosticAnalyzer> analyzers, bool serial)
    {
        Collect();
        var withAnalyzers = consumer.WithAnalyzers(analyzers, serial);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        var executionTime = TimeSpan.Zero;
        foreach (var analyzer in analyzers)
        {
            executionTime += (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime;
        }

        return (executionTime, diagnostics.Length);
    }

    private static TimeSpan ProcessorTime(Action action)
    {
        Collect();
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        action();
        return Process.GetCurrentProcess().TotalProcessorTime - before;
    }

    /// <summary>Starts each measurement without garbage left by the one before.</summary>
    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
