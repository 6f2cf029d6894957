using Paradigms.Model.Rules;

namespace Paradigms.Model;

/// <summary>One finding about a model: the rule's id, severity, message, citation and help link.</summary>
/// <param name="Id">The rule's id, for example <c>PM0001</c>.</param>
/// <param name="Severity">The rule's severity.</param>
/// <param name="Message">What is wrong, with the values involved.</param>
/// <param name="Citation">Where the rule comes from.</param>
/// <param name="HelpLink">The rule's documentation page.</param>
/// <param name="Member">The part of the model the finding is about, for example <c>Nic</c> or <c>Channels[1]</c>.</param>
/// <exception cref="System.ArgumentOutOfRangeException"><paramref name="Severity"/> is not one of <see cref="RuleSeverity"/>'s values.</exception>
public sealed record ModelDiagnostic(string Id, RuleSeverity Severity, string Message, string Citation, string HelpLink, string Member)
{
    private readonly RuleSeverity _severity = Preconditions.Defined(Severity, nameof(Severity));

    /// <summary>Gets the rule's severity, one of <see cref="RuleSeverity"/>'s values: the constructor and <c>with</c> refuse any other.</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The value set is not one of <see cref="RuleSeverity"/>'s values.</exception>
    public RuleSeverity Severity
    {
        get => _severity;
        init => _severity = Preconditions.Defined(value, nameof(Severity));
    }

    /// <summary>Creates the diagnostic for a rule finding on a member of the model.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="member">The part of the model it is about.</param>
    /// <returns>The diagnostic.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="finding"/> is null.</exception>
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
