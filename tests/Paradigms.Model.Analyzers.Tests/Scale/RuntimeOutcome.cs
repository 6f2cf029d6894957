using Paradigms.Model.Rules;

namespace Paradigms.Model.Analyzers.Tests.Scale;

/// <summary>
/// What the library says at run time when it builds a value: nothing, the diagnostics of an
/// <see cref="InvalidModelException"/>, or a rule's refusal of an input. Null when the library
/// refuses the value for a reason that is no rule (a negative size, a NaN): a generator does not
/// use such values where it promises an answer.
/// </summary>
internal static class RuntimeOutcome
{
    /// <summary>Builds the value and tells what the library reported; <paramref name="errorsOnly"/> is true when it threw.</summary>
    public static IReadOnlyList<ExpectedDiagnostic>? Of(Func<object> build, out bool errorsOnly)
    {
        errorsOnly = false;
        try
        {
            _ = build();
            return [];
        }
        catch (InvalidModelException invalid)
        {
            errorsOnly = true;
            return invalid.Diagnostics.Select(ExpectedDiagnostic.From).ToList();
        }
        catch (ArgumentOutOfRangeException refusal) when (ExpectedDiagnostic.FromRefusal(refusal) is { } diagnostic)
        {
            errorsOnly = true;
            return [diagnostic];
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Builds the value and tells what the library reported, which must be complete: null when it threw for any reason.</summary>
    public static IReadOnlyList<ExpectedDiagnostic>? Complete(Func<object> build)
    {
        var outcome = Of(build, out var errorsOnly);
        return errorsOnly ? null : outcome;
    }

    /// <summary>What <see cref="ModelValidator"/> returns, as expected diagnostics.</summary>
    public static IReadOnlyList<ExpectedDiagnostic> Validated(IReadOnlyList<ModelDiagnostic> diagnostics) =>
        diagnostics.Select(ExpectedDiagnostic.From).ToList();

    /// <summary>A finding of the rule table, as an expected diagnostic.</summary>
    public static IReadOnlyList<ExpectedDiagnostic> Found(RuleFinding? finding) =>
        finding is null ? [] : [ExpectedDiagnostic.From(ModelDiagnostic.From(finding, "value"))];
}
