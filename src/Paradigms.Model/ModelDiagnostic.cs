using Paradigms.Model.Rules;

namespace Paradigms.Model;

/// <summary>One finding about a model: the rule's id, severity, message, citation and help link.</summary>
/// <param name="Id">The rule's id, for example <c>PM0001</c>.</param>
/// <param name="Severity">The rule's severity.</param>
/// <param name="Message">What is wrong, with the values involved.</param>
/// <param name="Citation">Where the rule comes from.</param>
/// <param name="HelpLink">The rule's documentation page.</param>
/// <param name="Member">The part of the model the finding is about, for example <c>Nic</c> or <c>Channels[1]</c>.</param>
public sealed record ModelDiagnostic(string Id, RuleSeverity Severity, string Message, string Citation, string HelpLink, string Member)
{
    /// <summary>Creates the diagnostic for a rule finding on a member of the model.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="member">The part of the model it is about.</param>
    /// <returns>The diagnostic.</returns>
    public static ModelDiagnostic From(RuleFinding finding, string member)
    {
        Preconditions.NotNull(finding, nameof(finding));
        var rule = finding.Rule;
        return new ModelDiagnostic(rule.Id, rule.Severity, finding.Message, rule.Citation, rule.HelpLink, member);
    }

    /// <summary>Formats the diagnostic as the compiler does: <c>error PM0001: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()} {Id}: {Message} ({Member})";
}
