using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Paradigms.Model.Analyzers.Tests.Verification;

namespace Paradigms.Model.Analyzers.Tests.Scale;

/// <summary>
/// Runs every analyzer of the package, and an <see cref="OperationCounter"/>, over batches of source
/// files, one compilation per batch against the framework and Paradigms.Model, and gathers what they
/// report, what they throw, and what it cost. Each compilation's compiler and analyzer diagnostics are
/// asked for at once (<c>GetAllDiagnosticsAsync</c>), as a build does.
/// </summary>
internal static class CorpusAnalysis
{
    /// <summary>Runs the analyzers over each batch of (path, text) in turn.</summary>
    /// <param name="batches">The batches; each becomes one compilation.</param>
    /// <param name="parseOptions">How to parse: language version and preprocessor symbols, per batch.</param>
    /// <param name="options">The compilation's options.</param>
    /// <param name="shared">A source every compilation has besides its batch, not counted among the files and lines.</param>
    public static async Task<CorpusRun> RunAsync(
        IEnumerable<IReadOnlyList<(string Path, string Text)>> batches,
        Func<int, CSharpParseOptions> parseOptions,
        CSharpCompilationOptions options,
        (string Path, string Text)? shared = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var processorTime = Process.GetCurrentProcess().TotalProcessorTime;
        var counter = new OperationCounter();
        var analyzers = AnalyzerRunner.All.Add(counter);
        var failures = new ConcurrentQueue<string>();
        var model = new List<Diagnostic>();
        var syntaxErrorFiles = new List<string>();
        int files = 0, compilations = 0, compileErrors = 0;
        long lines = 0;
        foreach (var batch in batches)
        {
            var parse = parseOptions(compilations);
            var trees = batch.AsParallel().AsOrdered().Select(file => CSharpSyntaxTree.ParseText(file.Text, parse, file.Path)).ToList();
            files += trees.Count;
            lines += trees.Sum(tree => (long)tree.GetText().Lines.Count);
            syntaxErrorFiles.AddRange(trees.Where(tree => tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error)).Select(tree => tree.FilePath));

            var sources = shared is { } common ? trees.Append(CSharpSyntaxTree.ParseText(common.Text, parse, common.Path)) : trees;
            var compilation = CSharpCompilation.Create($"Corpus{compilations}", sources, TestReferences.All, options);
            var withAnalyzers = compilation.WithAnalyzers(
                analyzers,
                new CompilationWithAnalyzersOptions(
                    new AnalyzerOptions([]),
                    onAnalyzerException: (exception, analyzer, diagnostic) => failures.Enqueue($"{analyzer.GetType().Name} threw {exception}"),
                    concurrentAnalysis: true,
                    logAnalyzerExecutionTime: false,
                    reportSuppressedDiagnostics: true));
            var diagnostics = await withAnalyzers.GetAllDiagnosticsAsync();
            foreach (var diagnostic in diagnostics)
            {
                if (diagnostic.Id.StartsWith("AD", StringComparison.Ordinal))
                {
                    failures.Enqueue(diagnostic.ToString());
                }
                else if (diagnostic.Id.StartsWith("PM", StringComparison.Ordinal))
                {
                    model.Add(diagnostic);
                }
                else if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    compileErrors++;
                }
            }

            compilations++;
        }

        return new CorpusRun(files, lines, counter.Analyzed, counter.All, compilations, compileErrors, syntaxErrorFiles, model, failures.ToList(), stopwatch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - processorTime);
    }
}
