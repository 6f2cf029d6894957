using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Paradigms.Model.Benchmarks.AnalyzerBuild;

/// <summary>
/// The in-process measurement of the analyzers' share of a compile, on the generated consumer.
/// Each run takes, on fresh compilations: the processor time of a full compile and emit without
/// analyzers; the analyzers' execution time as <c>CompilationWithAnalyzers</c> telemetry logs it
/// (wall time inside their callbacks, summed over threads, as ReportAnalyzer sums it); and the
/// processor time of running the package's analyzers against that of <see cref="EmptyOperationAnalyzer"/>,
/// which pays for the same binding, operation trees and callbacks but does no work in them. The
/// difference is what the analyzers' own code costs. Processor time, unlike wall time, does not
/// grow when other processes share the machine. The first five runs warm the JIT (tiered compilation
/// recompiles hot code) and are not counted.
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
        Console.WriteLine("| run | compile and emit (processor) | analyzers, telemetry | share | analyzers' own code (processor) | share | diagnostics |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        var telemetryShares = new List<double>();
        var ownShares = new List<double>();
        const int warmUpRuns = 5;
        for (var run = 1 - warmUpRuns; run <= runs; run++)
        {
            var compile = ProcessorTime(() => consumer.Emit());
            var ours = await MeasureAsync(consumer, ConsumerCompilation.Analyzers, serial);
            var empty = await MeasureAsync(consumer, [new EmptyOperationAnalyzer()], serial);
            if (run < 1)
            {
                continue;
            }

            var own = ours.ProcessorTime - empty.ProcessorTime;
            telemetryShares.Add(ours.ExecutionTime / compile);
            ownShares.Add(own / compile);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {run} | {compile.TotalSeconds:F2} s | {ours.ExecutionTime.TotalSeconds:F3} s | {ours.ExecutionTime / compile:P1} | {own.TotalSeconds:F3} s | {own / compile:P1} | {ours.Diagnostics:N0} |"));
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median share: telemetry {Median(telemetryShares):P1}, analyzers' own code {Median(ownShares):P1}"));
    }

    /// <summary>Runs <paramref name="analyzers"/> on a fresh compilation of the consumer.</summary>
    private static async Task<(TimeSpan ProcessorTime, TimeSpan ExecutionTime, int Diagnostics)> MeasureAsync(ConsumerCompilation consumer, ImmutableArray<DiagnosticAnalyzer> analyzers, bool serial)
    {
        Collect();
        var withAnalyzers = consumer.WithAnalyzers(analyzers, serial);
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        var processorTime = Process.GetCurrentProcess().TotalProcessorTime - before;
        var executionTime = TimeSpan.Zero;
        foreach (var analyzer in analyzers)
        {
            executionTime += (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime;
        }

        return (processorTime, executionTime, diagnostics.Length);
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
