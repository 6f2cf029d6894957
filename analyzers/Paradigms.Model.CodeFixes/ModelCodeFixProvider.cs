using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Paradigms.Model.CodeFixes;

/// <summary>
/// Applies the one obvious fix an analyzer names in a diagnostic's <c>Fix</c> property: the WASI
/// socket for a NIC a sandbox cannot attach (PM0001), paravirtualization for a paravirtual NIC under
/// full virtualization (PM0003), full duplex for a half-duplex link at 10 Gbit/s or more (PM0006).
/// A diagnostic without the property, or whose expression is not where and what the fix expects,
/// gets no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ModelCodeFixProvider))]
[Shared]
public sealed class ModelCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds => ModelFix.DiagnosticIdsFixed;

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (ModelFix.For(diagnostic) is not { } fix
                || Target(root, fix.TargetOf(diagnostic)) is not { } target
                || !HasType(semanticModel, target, fix, context.CancellationToken))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    fix.Title,
                    cancellationToken => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(target, fix.ReplacementFor(target)))),
                    fix.EquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>The expression exactly at <paramref name="location"/> in <paramref name="root"/>'s tree, or null.</summary>
    private static ExpressionSyntax? Target(SyntaxNode root, Location? location)
    {
        if (location is null || !location.IsInSource || location.SourceTree != root.SyntaxTree)
        {
            return null;
        }

        var span = location.SourceSpan;
        if (span.IsEmpty || !root.FullSpan.Contains(span))
        {
            return null;
        }

        return root.FindNode(span, getInnermostNodeForTie: true) is ExpressionSyntax expression && expression.Span == span
            ? expression
            : null;
    }

    /// <summary>Whether <paramref name="expression"/> has the type of the fix's replacement, and that type the member the replacement names.</summary>
    private static bool HasType(SemanticModel semanticModel, ExpressionSyntax expression, ModelFix fix, CancellationToken cancellationToken) =>
        semanticModel.GetTypeInfo(expression, cancellationToken).Type is INamedTypeSymbol type
        && type.ToDisplayString() == fix.TypeName
        && !type.GetMembers(fix.MemberName).IsEmpty;
}
