using System.Globalization;
using Microsoft.CodeAnalysis;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Analyzers.Tests.Scale;

/// <summary>
/// A diagnostic the runtime model gives for a construction's values: its id, severity and message,
/// as the analyzer must report them for the same constants.
/// </summary>
/// <param name="Id">The rule's id, for example PM0001.</param>
/// <param name="Severity">The rule's severity.</param>
/// <param name="Message">The finding's message.</param>
internal sealed record ExpectedDiagnostic(string Id, DiagnosticSeverity Severity, string Message)
{
    /// <summary>What <see cref="ModelValidator"/> or an <see cref="InvalidModelException"/> says.</summary>
    public static ExpectedDiagnostic From(ModelDiagnostic diagnostic) =>
        new(diagnostic.Id, Convert(diagnostic.Severity), diagnostic.Message);

    /// <summary>What the analyzer reported, in the same shape.</summary>
    public static ExpectedDiagnostic From(Diagnostic diagnostic) =>
        new(diagnostic.Id, diagnostic.Severity, diagnostic.GetMessage(CultureInfo.InvariantCulture));

    /// <summary>
    /// What an equation input or a Wasm memory refused by a rule says: the message of its
    /// <see cref="ArgumentOutOfRangeException"/> is the id, the finding and a full stop, then the
    /// parameter and the value the runtime appends; null when the refusal is not a rule's.
    /// </summary>
    public static ExpectedDiagnostic? FromRefusal(ArgumentOutOfRangeException refusal)
    {
        var text = refusal.Message;
        var rule = RuleTable.All.FirstOrDefault(r => text.StartsWith(r.Id + ": ", StringComparison.Ordinal));
        var end = text.IndexOf(". (Parameter '", StringComparison.Ordinal);
        return rule is null || end < 0 ? null : new(rule.Id, Convert(rule.Severity), text[(rule.Id.Length + 2)..end]);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} {Severity}: {Message}";

    private static DiagnosticSeverity Convert(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => DiagnosticSeverity.Error,
        RuleSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };
}
