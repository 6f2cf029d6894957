using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Paradigms.Model.Benchmarks.AnalyzerBuild;

/// <summary>
/// The floor of the measurement: an analyzer that registers for the operations the package's
/// analyzers register for (object creations, invocations, <c>with</c>) and does nothing in them.
/// What it costs is the compiler's price of calling any operation analyzer.
/// </summary>
#pragma warning disable RS1036, RS1041, RS2008 // A measuring instrument, instantiated in process: never shipped or loaded by a compiler.
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyOperationAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Never reported; the compiler skips an analyzer that supports no diagnostic.</summary>
    private static readonly DiagnosticDescriptor Never = new("BENCH0001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(_ => { }, OperationKind.ObjectCreation, OperationKind.Invocation, OperationKind.With);
    }
}
