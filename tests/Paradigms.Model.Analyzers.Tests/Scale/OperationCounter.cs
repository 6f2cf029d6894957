using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Paradigms.Model.Analyzers.Tests.Scale;

/// <summary>
/// Counts what the package's analyzers are given, alongside them: the operations of the kinds they
/// register for (object creations, invocations, <c>with</c>), and every operation of every operation
/// block. It skips generated code as they do. It reports nothing.
/// </summary>
#pragma warning disable RS1036, RS1038, RS2008 // A test-only analyzer in a test assembly (which references Workspaces); it never ships.
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class OperationCounter : DiagnosticAnalyzer
{
    /// <summary>The kinds the package's analyzers register operation actions for.</summary>
    public static readonly ImmutableArray<OperationKind> AnalyzedKinds = [OperationKind.ObjectCreation, OperationKind.Invocation, OperationKind.With];

    private long _analyzed;
    private long _all;

    /// <summary>Gets the number of operations of <see cref="AnalyzedKinds"/> seen.</summary>
    public long Analyzed => Interlocked.Read(ref _analyzed);

    /// <summary>Gets the number of operations in every operation block seen.</summary>
    public long All => Interlocked.Read(ref _all);

    /// <summary>A descriptor it never reports: the compiler skips an analyzer that supports none.</summary>
    private static readonly DiagnosticDescriptor Never = new("SCALE0001", "Never reported", "Never reported", "Test", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Never];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(_ => Interlocked.Increment(ref _analyzed), AnalyzedKinds);
        context.RegisterOperationBlockAction(block =>
        {
            long count = 0;
            foreach (var root in block.OperationBlocks)
            {
                count += root.DescendantsAndSelf().LongCount();
            }

            Interlocked.Add(ref _all, count);
        });
    }
}
#pragma warning restore RS1036, RS1038, RS2008
