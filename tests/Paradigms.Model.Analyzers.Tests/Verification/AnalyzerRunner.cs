using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace Paradigms.Model.Analyzers.Tests.Verification;

/// <summary>
/// Compiles a source and runs every analyzer of the package on it directly, for tests that look at
/// many constructions at once, at the analyzers' exceptions, or at what they registered.
/// </summary>
internal static class AnalyzerRunner
{
    /// <summary>Gets one instance of every analyzer the package ships.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> All { get; } = typeof(ModelAnalyzer).Assembly.GetTypes()
        .Where(type => type.IsSubclassOf(typeof(DiagnosticAnalyzer)) && !type.IsAbstract)
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .ToImmutableArray();

    /// <summary>Compiles <paramref name="sources"/> as a C# 12 console program against the framework and the library.</summary>
    public static CSharpCompilation Compile(IEnumerable<MetadataReference>? references = null, params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp12), path: $"File{i}.cs")),
            references ?? TestReferences.All,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The result of running the analyzers: their diagnostics, the exceptions they threw, and their telemetry.</summary>
    public sealed record Result(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<Exception> Exceptions, IReadOnlyDictionary<DiagnosticAnalyzer, AnalyzerTelemetryInfo> Telemetry);

    /// <summary>Runs every analyzer on <paramref name="compilation"/>.</summary>
    public static async Task<Result> RunAsync(Compilation compilation, bool concurrent = true, AnalyzerOptions? options = null)
    {
        var exceptions = new List<Exception>();
        var withAnalyzers = compilation.WithAnalyzers(
            All,
            new CompilationWithAnalyzersOptions(
                options ?? new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: (exception, _, _) =>
                {
                    lock (exceptions)
                    {
                        exceptions.Add(exception);
                    }
                },
                concurrentAnalysis: concurrent,
                logAnalyzerExecutionTime: true,
                reportSuppressedDiagnostics: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        var telemetry = new Dictionary<DiagnosticAnalyzer, AnalyzerTelemetryInfo>();
        foreach (var analyzer in All)
        {
            telemetry[analyzer] = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
        }

        return new Result(
            diagnostics.Where(d => !d.Id.StartsWith("AD", StringComparison.Ordinal)).OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray(),
            exceptions.Concat(diagnostics.Where(d => d.Id.StartsWith("AD", StringComparison.Ordinal)).Select(d => new InvalidOperationException(d.ToString()))).ToList(),
            telemetry);
    }
}
