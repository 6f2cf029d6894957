using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Paradigms.Model.Benchmarks.Baseline;

/// <summary>
/// Registers the actions the package's analyzer registers (object creations, invocations, <c>with</c>) and does
/// nothing in them, so that a build's <c>ReportAnalyzer</c> summary shows what the compiler charges an analyzer for
/// being called. With the build property <c>BaselineResolveAtStart=true</c>, it also finds Paradigms.Model among the
/// compilation's references when the compilation starts, as analyzers commonly resolve their types, which makes the
/// compiler bind every reference inside the analyzer's time.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BaselineAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new(
        "PMBASE01", "Never reported", "Never reported", "Performance", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.BaselineResolveAtStart", out var resolve)
                && resolve == "true"
                && !ReferencesParadigmsModel(start.Compilation))
            {
                return;
            }

            start.RegisterOperationAction(_ => { }, OperationKind.ObjectCreation);
            start.RegisterOperationAction(_ => { }, OperationKind.Invocation);
            start.RegisterOperationAction(_ => { }, OperationKind.With);
        });
    }

    private static bool ReferencesParadigmsModel(Compilation compilation)
    {
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (assembly.Name == "Paradigms.Model")
            {
                return true;
            }
        }

        return false;
    }
}
