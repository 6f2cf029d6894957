using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Testing;

/// <summary>
/// What the library reports when a model is built at run time, as <see cref="ModelDiagnostic"/>s: the
/// errors an <see cref="InvalidModelException"/> carries, or the rule an <see cref="ArgumentOutOfRangeException"/>
/// names when the library refuses an input with a rule of the table (its message starts with the id, as
/// in <c>PM0011: memoryRequest was 5 GiB; allowed: …</c>).
/// </summary>
internal static partial class RuntimeFindings
{
    /// <summary>Runs <paramref name="build"/> and returns what it reported: nothing when it succeeded.</summary>
    /// <param name="build">Builds the model.</param>
    /// <returns>The errors it threw, or none.</returns>
    /// <exception cref="ArgumentException">The build refused an input for a reason that is not a rule of the table (a zero request, a null part): that is bad input, not a finding.</exception>
    public static IReadOnlyList<ModelDiagnostic> Of(Action build)
    {
        try
        {
            build();
            return [];
        }
        catch (InvalidModelException error)
        {
            return error.Diagnostics;
        }
        catch (ArgumentOutOfRangeException error) when (Refusal(error) is { } diagnostic)
        {
            return [diagnostic];
        }
    }

    /// <summary>The rule an input refusal names, or null when its message does not start with a rule id.</summary>
    /// <param name="error">The refusal.</param>
    /// <returns>The diagnostic, or null.</returns>
    private static ModelDiagnostic? Refusal(ArgumentOutOfRangeException error)
    {
        var match = RuleIdPrefix().Match(error.Message);
        if (!match.Success)
        {
            return null;
        }

        var id = match.Groups[1].Value;
        var rule = RuleTable.All.FirstOrDefault(r => r.Id == id && r.Severity == RuleSeverity.Error);
        if (rule is null)
        {
            return null;
        }

        var message = error.Message[match.Length..];
        var end = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return new ModelDiagnostic(rule.Id, rule.Severity, (end < 0 ? message : message[..end]).TrimEnd('.'), rule.Citation, rule.HelpLink, error.ParamName ?? string.Empty);
    }

    [GeneratedRegex(@"^(PM\d{4}): ")]
    private static partial Regex RuleIdPrefix();
}
