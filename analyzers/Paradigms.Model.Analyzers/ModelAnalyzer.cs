using Microsoft.CodeAnalysis.Diagnostics;

namespace Paradigms.Model.Analyzers;

/// <summary>
/// What every Paradigms.Model analyzer does first: run concurrently, skip generated code, resolve the
/// library's types once per compilation, and register nothing when the compilation does not
/// reference Paradigms.Model.
/// </summary>
public abstract class ModelAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (ModelSymbols.TryCreate(start.Compilation) is { } symbols)
            {
                Register(start, symbols);
            }
        });
    }

    /// <summary>Registers the analyzer's actions for a compilation that references the library.</summary>
    /// <param name="start">The compilation's start context.</param>
    /// <param name="symbols">The library's types, each null when this version of the library lacks it.</param>
    private protected abstract void Register(CompilationStartAnalysisContext start, ModelSymbols symbols);
}
