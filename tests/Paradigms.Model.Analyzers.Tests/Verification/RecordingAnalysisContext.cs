using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Paradigms.Model.Analyzers.Tests.Verification;

/// <summary>An analysis context that records what an analyzer's <c>Initialize</c> asks for, and runs nothing.</summary>
internal sealed class RecordingAnalysisContext : AnalysisContext
{
    public bool ConcurrentExecutionEnabled { get; private set; }

    public GeneratedCodeAnalysisFlags? GeneratedCode { get; private set; }

    public int CompilationStartActions { get; private set; }

    public int OtherActions { get; private set; }

    public override void EnableConcurrentExecution() => ConcurrentExecutionEnabled = true;

    public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => GeneratedCode = analysisMode;

    public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => CompilationStartActions++;

    public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => OtherActions++;

    public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => OtherActions++;

    public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, System.Collections.Immutable.ImmutableArray<SymbolKind> symbolKinds) => OtherActions++;

    public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => OtherActions++;

    public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => OtherActions++;

    public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => OtherActions++;

    public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, System.Collections.Immutable.ImmutableArray<TLanguageKindEnum> syntaxKinds) => OtherActions++;
}
