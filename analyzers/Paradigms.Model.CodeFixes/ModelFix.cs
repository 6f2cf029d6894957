using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Paradigms.Model.Analyzers;
using Paradigms.Model.Rules;

namespace Paradigms.Model.CodeFixes;

/// <summary>
/// One obvious fix the analyzers name in a diagnostic's <see cref="FixProperties.Key"/> property:
/// the diagnostic id and property value it answers, the expression it replaces (the diagnostic's
/// location, or its first additional location), and the library member it replaces it with.
/// </summary>
internal sealed class ModelFix
{
    private ModelFix(string diagnosticId, string property, string title, bool replacesAdditionalLocation, string typeName, string memberName, bool isCall)
    {
        DiagnosticId = diagnosticId;
        Property = property;
        Title = title;
        EquivalenceKey = diagnosticId + "." + property;
        ReplacesAdditionalLocation = replacesAdditionalLocation;
        TypeName = typeName;
        MemberName = memberName;
        IsCall = isCall;
    }

    /// <summary>Gets every fix, one per property value.</summary>
    public static ImmutableArray<ModelFix> All { get; } = ImmutableArray.Create(
        new ModelFix(
            DiagnosticIds.NicNotAttachable,
            FixProperties.UseWasiSocket,
            "Use the WASI socket abstraction (Nic.WasiSocket())",
            replacesAdditionalLocation: false,
            "Paradigms.Model.Nic",
            "WasiSocket",
            isCall: true),
        new ModelFix(
            DiagnosticIds.NicFromAnotherParadigm,
            FixProperties.UseParavirtualization,
            "Change the paradigm to Paravirtualization",
            replacesAdditionalLocation: true,
            "Paradigms.Model.Paradigm",
            "Paravirtualization",
            isCall: false),
        new ModelFix(
            DiagnosticIds.Duplex,
            FixProperties.UseFullDuplex,
            "Make the link full duplex",
            replacesAdditionalLocation: false,
            "Paradigms.Model.Networking.DuplexMode",
            "Full",
            isCall: false));

    /// <summary>Gets the ids of the diagnostics some fix answers.</summary>
    public static ImmutableArray<string> DiagnosticIdsFixed { get; } = ImmutableArray.Create(
        DiagnosticIds.NicNotAttachable,
        DiagnosticIds.NicFromAnotherParadigm,
        DiagnosticIds.Duplex);

    /// <summary>Gets the id of the diagnostic this fix answers.</summary>
    public string DiagnosticId { get; }

    /// <summary>Gets the value of the <see cref="FixProperties.Key"/> property this fix answers.</summary>
    public string Property { get; }

    /// <summary>Gets the title the user sees.</summary>
    public string Title { get; }

    /// <summary>Gets the key shared by every occurrence of this fix, for Fix All: the id and the property value, <c>PM0001.UseWasiSocket</c>.</summary>
    public string EquivalenceKey { get; }

    /// <summary>Gets a value indicating whether the expression replaced is the diagnostic's first additional location rather than its location.</summary>
    public bool ReplacesAdditionalLocation { get; }

    /// <summary>Gets the full name of the type of the expression replaced and of its replacement.</summary>
    public string TypeName { get; }

    /// <summary>Gets the name of the member of <see cref="TypeName"/> the replacement names.</summary>
    public string MemberName { get; }

    /// <summary>Gets a value indicating whether the member is a factory method called without arguments rather than a field or enum member.</summary>
    public bool IsCall { get; }

    /// <summary>The fix a diagnostic names, or null when it names none, or one meant for another id.</summary>
    public static ModelFix? For(Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(FixProperties.Key, out var property) || property is null)
        {
            return null;
        }

        foreach (var fix in All)
        {
            if (fix.Property == property && fix.DiagnosticId == diagnostic.Id)
            {
                return fix;
            }
        }

        return null;
    }

    /// <summary>Where the expression to replace is, or null when the diagnostic does not say.</summary>
    public Location? TargetOf(Diagnostic diagnostic)
    {
        if (!ReplacesAdditionalLocation)
        {
            return diagnostic.Location;
        }

        IReadOnlyList<Location> additional = diagnostic.AdditionalLocations;
        return additional.Count > 0 ? additional[0] : null;
    }

    /// <summary>
    /// The replacement of <paramref name="original"/>, fully qualified
    /// (<c>global::Paradigms.Model.Nic.WasiSocket()</c>), with its trivia. The type is annotated for the
    /// simplifier, which shortens it as far as the document's usings allow (an annotation on the whole
    /// invocation leaves it qualified with Roslyn 4.8); the whole is annotated for the formatter.
    /// </summary>
    public ExpressionSyntax ReplacementFor(ExpressionSyntax original)
    {
        var type = SyntaxFactory.ParseExpression("global::" + TypeName).WithAdditionalAnnotations(Simplifier.Annotation);
        ExpressionSyntax replacement = SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, type, SyntaxFactory.IdentifierName(MemberName));
        if (IsCall)
        {
            replacement = SyntaxFactory.InvocationExpression(replacement);
        }

        return replacement.WithTriviaFrom(original).WithAdditionalAnnotations(Formatter.Annotation);
    }
}
