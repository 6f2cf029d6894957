using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Paradigms.Model.Analyzers;

namespace Paradigms.Model.Benchmarks.AnalyzerBuild;

/// <summary>
/// The analyzer's own work, without the compiler around it: the actions <see cref="ModelAnalyzer"/> registers, called on
/// every object creation, invocation and <c>with</c> of the generated consumer. The operations are built once, in setup,
/// and each benchmark call hands all of them to the actions, as the compiler would; no garbage collection, thread or
/// compiler work of a build is in the figure. The consumer's folder comes from the environment variable
/// <c>PARADIGMS_CONSUMER</c> (docs/performance.md).
/// </summary>
/// <remarks>
/// With <see cref="Files"/> at 500, the operations of the whole consumer are visited, out of a heap far larger than the
/// processor's caches; with 1, those of one file are visited again and again, from the caches, as the compiler visits
/// each method's operations just after building them.
/// </remarks>
[MemoryDiagnoser]
public class AnalyzerActionBenchmarks
{
    private readonly List<(Action<OperationAnalysisContext> Action, OperationAnalysisContext Context)> _calls = [];

    private int _diagnostics;

    /// <summary>Gets or sets how many of the consumer's files the operations are taken from.</summary>
    [Params(1, 500)]
    public int Files { get; set; }

    /// <summary>Builds the consumer's operations and the analyzer's actions for them.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var directory = Environment.GetEnvironmentVariable("PARADIGMS_CONSUMER");
        if (string.IsNullOrWhiteSpace(directory))
        {
            throw new InvalidOperationException("Set PARADIGMS_CONSUMER to the folder of a consumer written by AnalyzerBuild/generate-consumer.sh.");
        }

        var compilation = ConsumerCompilation.Load(directory).Create();
        var options = new AnalyzerOptions([]);
        var registration = new Registration(compilation, options);
        new ModelAnalyzer().Initialize(registration);
        foreach (var tree in compilation.SyntaxTrees.Where(t => Path.GetFileName(t.FilePath).StartsWith("Models", StringComparison.Ordinal)).Take(Files))
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (model.GetOperation(node) is not { } operation || !registration.Actions.TryGetValue(operation.Kind, out var action))
                {
                    continue;
                }

                // Obsolete for analyzers' hosts, which should run CompilationWithAnalyzers; here it is the point to leave that out.
#pragma warning disable CS0618
                var context = new OperationAnalysisContext(
                    operation,
                    model.GetEnclosingSymbol(node.SpanStart)!,
                    compilation,
                    options,
                    _ => _diagnostics++,
                    _ => true,
                    CancellationToken.None);
#pragma warning restore CS0618
                _calls.Add((action, context));
            }
        }

        Console.WriteLine($"// {_calls.Count:N0} operations handed to the analyzer per call");
    }

    /// <summary>Calls the analyzer's action on each operation; returns the diagnostics it reported.</summary>
    [Benchmark]
    public int AnalyzeEveryOperation()
    {
        _diagnostics = 0;
        foreach (var (action, context) in _calls)
        {
            action(context);
        }

        return _diagnostics;
    }

    /// <summary>Runs the analyzer's compilation-start action and keeps the operation actions it registers.</summary>
    private sealed class Registration(Compilation compilation, AnalyzerOptions options) : AnalysisContext
    {
        public Dictionary<OperationKind, Action<OperationAnalysisContext>> Actions { get; } = [];

        public override void EnableConcurrentExecution()
        {
        }

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode)
        {
        }

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
            action(new Start(compilation, options, Actions));

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw Unexpected();

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unexpected();

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unexpected();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unexpected();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unexpected();

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unexpected();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unexpected();
    }

    /// <summary>The compilation start as the analyzer sees it: it registers operation actions, which are kept by kind.</summary>
    private sealed class Start(Compilation compilation, AnalyzerOptions options, Dictionary<OperationKind, Action<OperationAnalysisContext>> actions)
        : CompilationStartAnalysisContext(compilation, options, CancellationToken.None)
    {
        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
        {
            foreach (var kind in operationKinds)
            {
                actions.Add(kind, action);
            }
        }

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => throw Unexpected();

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unexpected();

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unexpected();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unexpected();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unexpected();

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unexpected();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unexpected();
    }

    /// <summary>The benchmark times operation actions only; an analyzer that registers anything else needs the benchmark changed.</summary>
    private static InvalidOperationException Unexpected() =>
        new("ModelAnalyzer registered an action other than an operation action; AnalyzerActionBenchmarks times operation actions only.");
}
