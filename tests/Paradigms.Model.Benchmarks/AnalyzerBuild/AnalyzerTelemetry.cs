using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Paradigms.Model.Benchmarks.Baseline;

namespace Paradigms.Model.Benchmarks.AnalyzerBuild;

/// <summary>
/// The in-process measurement of the analyzers' share of a compile, on the generated consumer.
/// Each run takes, on fresh compilations: the processor time and the elapsed time of a full compile and emit without
/// analyzers; the analyzers' execution time as <c>CompilationWithAnalyzers</c> telemetry logs it (wall time inside
/// their callbacks, summed over threads, as ReportAnalyzer sums it); and the elapsed time of the analysis with the
/// package's analyzers and with <see cref="BaselineAnalyzer"/>, which registers the same actions and does nothing.
/// The difference of the last two is what the analyzers add to an analysis, callbacks or not; the two are run in
/// turn, in alternating order, so that a machine growing slower or faster during the runs is in both. The first five
/// runs warm the JIT (tiered compilation recompiles hot code) and are not counted. What the analyzer's own code costs,
/// without the waits a wall clock counts, is <see cref="ProfileShare"/>'s measure.
/// </summary>
/// <remarks>
/// A garbage collection stops every thread, and the telemetry charges its pause to each callback it interrupts. Each
/// run counts the collections during each analysis; with <c>noCollection</c> each analysis runs in a no-GC region
/// (<see cref="GC.TryStartNoGCRegion(long)"/>) large enough for what it allocates, so that the telemetry holds the
/// callbacks' own time.
/// </remarks>
public static class AnalyzerTelemetry
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> EmptyAnalyzer = [new BaselineAnalyzer()];

    /// <summary>The no-GC region of an analysis: the consumer's analysis allocates about 256 MB (docs/performance.md).</summary>
    private const long NoCollectionBytes = 1L << 30;

    /// <summary>
    /// Measures <paramref name="runs"/> times on the consumer in <paramref name="directory"/> and prints a markdown table;
    /// <paramref name="serial"/> runs the analyzers on one thread, so that no callback's wall time holds another
    /// thread's work; <paramref name="noCollection"/> runs each analysis in a no-GC region.
    /// </summary>
    public static async Task RunAsync(string directory, int runs, bool serial, bool noCollection)
    {
        var consumer = ConsumerCompilation.Load(directory);
        Console.WriteLine($"{consumer.FileCount} files, {ConsumerCompilation.Analyzers.Length} analyzer(s), {Environment.ProcessorCount} cores, {(serial ? "serial" : "concurrent")} analysis{(noCollection ? ", no collection during an analysis" : "")}");
        Console.WriteLine();
        Console.WriteLine("| run | compile and emit: processor / elapsed | analyzers, telemetry | share | analysis elapsed: with the analyzers / with the empty one | added | added share | collections during the analyses | diagnostics |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var shares = new List<double>();
        var added = new List<double>();
        var compileElapsed = new List<double>();
        const int warmUpRuns = 5;
        for (var run = 1 - warmUpRuns; run <= runs; run++)
        {
            var (compile, elapsed) = Time(() => consumer.Emit());
            Analysis ours, empty;
            if (run % 2 == 0)
            {
                ours = await MeasureAsync(consumer, ConsumerCompilation.Analyzers, serial, noCollection);
                empty = await MeasureAsync(consumer, EmptyAnalyzer, serial, noCollection);
            }
            else
            {
                empty = await MeasureAsync(consumer, EmptyAnalyzer, serial, noCollection);
                ours = await MeasureAsync(consumer, ConsumerCompilation.Analyzers, serial, noCollection);
            }

            if (run < 1)
            {
                continue;
            }

            var addedNow = ours.Elapsed - empty.Elapsed;
            shares.Add(ours.ExecutionTime / compile);
            added.Add(addedNow.TotalSeconds);
            compileElapsed.Add(elapsed.TotalSeconds);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {run} | {compile.TotalSeconds:F2} s / {elapsed.TotalSeconds:F2} s | {ours.ExecutionTime.TotalSeconds:F3} s | {ours.ExecutionTime / compile:P1} | {ours.Elapsed.TotalSeconds:F3} s / {empty.Elapsed.TotalSeconds:F3} s | {addedNow.TotalSeconds:F3} s | {addedNow / elapsed:P1} | {ours.Collections} / {empty.Collections} | {ours.Diagnostics:N0} |"));
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median share: {Median(shares):P1} (telemetry over processor time)"));
        if (added.Count > 1)
        {
            // Twice the standard error of the mean: the mean of the runs is within it of the true mean, 19 times in 20.
            var mean = added.Average();
            var twoErrors = 2 * Math.Sqrt(added.Sum(x => (x - mean) * (x - mean)) / (added.Count - 1) / added.Count);
            var compileMean = compileElapsed.Average();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"time added: {mean:F3} s ± {twoErrors:F3} s on average (twice the standard error), median {Median(added):F3} s; {mean / compileMean:P1} ± {twoErrors / compileMean:P1} of the compile's {compileMean:F2} s elapsed"));
        }
    }

    /// <summary>Runs <paramref name="analyzers"/> on a fresh compilation of the consumer.</summary>
    private static async Task<Analysis> MeasureAsync(ConsumerCompilation consumer, ImmutableArray<DiagnosticAnalyzer> analyzers, bool serial, bool noCollection)
    {
        Collect();
        if (noCollection && !GC.TryStartNoGCRegion(NoCollectionBytes))
        {
            throw new InvalidOperationException("The runtime could not start a no-GC region.");
        }

        var collectionsBefore = GC.CollectionCount(0);
        var stopwatch = Stopwatch.StartNew();
        var withAnalyzers = consumer.WithAnalyzers(analyzers, serial);
        ImmutableArray<Diagnostic> diagnostics;
        TimeSpan elapsed;
        try
        {
            diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
            elapsed = stopwatch.Elapsed;
        }
        finally
        {
            // A region whose budget ran out has already ended, with a collection that is counted below.
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }

        var collections = GC.CollectionCount(0) - collectionsBefore;

        var executionTime = TimeSpan.Zero;
        foreach (var analyzer in analyzers)
        {
            executionTime += (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime;
        }

        return new Analysis(elapsed, executionTime, collections, diagnostics.Length);
    }

    /// <summary>The processor time and the elapsed time of <paramref name="action"/>.</summary>
    private static (TimeSpan Processor, TimeSpan Elapsed) Time(Action action)
    {
        Collect();
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        action();
        return (Process.GetCurrentProcess().TotalProcessorTime - before, stopwatch.Elapsed);
    }

    /// <summary>Starts each measurement without garbage left by the one before.</summary>
    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    /// <summary>One analysis: its elapsed time, the analyzers' execution time, the collections during it, its diagnostics.</summary>
    private readonly record struct Analysis(TimeSpan Elapsed, TimeSpan ExecutionTime, int Collections, int Diagnostics);

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
