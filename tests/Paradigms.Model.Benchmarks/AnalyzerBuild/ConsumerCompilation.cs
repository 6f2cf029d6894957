using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Paradigms.Model.Analyzers;

namespace Paradigms.Model.Benchmarks.AnalyzerBuild;

/// <summary>
/// The generated consumer (generate-consumer.sh) compiled in process, as csc would compile it:
/// its files parsed once, then a fresh compilation against the running .NET's assemblies and the
/// library for every measurement, with or without the package's analyzers.
/// </summary>
public sealed class ConsumerCompilation
{
    private static readonly ImmutableArray<MetadataReference> References = FrameworkReferences()
        .Add(MetadataReference.CreateFromFile(typeof(Deployment).Assembly.Location));

    private readonly ImmutableArray<SyntaxTree> _trees;

    private ConsumerCompilation(ImmutableArray<SyntaxTree> trees) => _trees = trees;

    /// <summary>Gets every analyzer the package ships.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = typeof(ModelAnalyzer).Assembly.GetTypes()
        .Where(type => type.IsSubclassOf(typeof(DiagnosticAnalyzer)) && !type.IsAbstract)
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .ToImmutableArray();

    /// <summary>Gets the number of files.</summary>
    public int FileCount => _trees.Length;

    /// <summary>Parses every <c>.cs</c> file of <paramref name="directory"/>.</summary>
    public static ConsumerCompilation Load(string directory)
    {
        var files = Directory.GetFiles(directory, "*.cs");
        if (files.Length == 0)
        {
            throw new ArgumentException($"No .cs file in '{directory}': generate the consumer first (generate-consumer.sh).", nameof(directory));
        }

        var options = new CSharpParseOptions(LanguageVersion.Latest);
        return new ConsumerCompilation(files.Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), options, path)).ToImmutableArray());
    }

    /// <summary>A fresh compilation of the consumer, nothing bound yet.</summary>
    public CSharpCompilation Create() => CSharpCompilation.Create(
        "Consumer",
        _trees,
        References,
        new CSharpCompilationOptions(OutputKind.ConsoleApplication, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>Compiles and emits the consumer without analyzers; returns the number of errors.</summary>
    public int Emit()
    {
        var result = Create().Emit(Stream.Null);
        return result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
    }

    /// <summary>Runs <paramref name="analyzers"/> on a fresh compilation, with execution times logged; <paramref name="serial"/> runs them on one thread.</summary>
    public CompilationWithAnalyzers WithAnalyzers(ImmutableArray<DiagnosticAnalyzer> analyzers, bool serial = false) =>
        Create().WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: (exception, analyzer, _) => throw new InvalidOperationException($"{analyzer} threw.", exception),
                concurrentAnalysis: !serial,
                logAnalyzerExecutionTime: true,
                reportSuppressedDiagnostics: false));

    private static ImmutableArray<MetadataReference> FrameworkReferences()
    {
        var directory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return Directory.GetFiles(directory, "*.dll")
            .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"))
            .Where(path => !path.EndsWith(".Native.dll", StringComparison.Ordinal))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
