using System.Reflection;
using Paradigms.Model.Json;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Tests.Reliability;

/// <summary>One row of the bad-input census: an input tried on an entry point, and what its documentation promises.</summary>
/// <param name="Group">The row of docs/reliability.md's table the case counts in, for example <c>Duration</c>.</param>
/// <param name="Member">The entry point called, as its generic definition.</param>
/// <param name="Input">The input, as the table names it: <c>NaN</c>, <c>empty</c>, <c>100k chars</c>, ….</param>
/// <param name="Expected">What the documentation promises.</param>
/// <param name="Call">Calls the entry point with the input; a <c>TryParse</c> returns its result and its out value as a tuple.</param>
internal sealed record CensusCase(string Group, MethodBase Member, string Input, Expectation Expected, Func<object?> Call)
{
    /// <summary>Runs the case: null when the entry point kept its promise, otherwise what went wrong.</summary>
    public string? Verify()
    {
        object? result;
        try
        {
            result = Call();
        }
        catch (Exception thrown)
        {
            var error = thrown is TargetInvocationException { InnerException: { } inner } ? inner : thrown;
            return Expected is Expectation.Refused refused ? CheckRefusal(refused, error) : $"threw {Describe(error)}";
        }

        return Expected switch
        {
            Expectation.Refused refused => $"accepted it (returned {Show(result)}); expected {refused.Exception.Name}",
            Expectation.NotParsed => result is ValueTuple<bool, object> { Item1: false } parsed && IsDefault(parsed.Item2)
                ? null
                : $"returned {Show(result)}; expected false and the default value",
            Expectation.Reported reported => CheckReport(reported, result),
            Expectation.Accepted accepted => accepted.Check(result) ? null : $"returned {Show(result)}, which is not what {accepted.Why} gives",
            _ => "has no expectation",
        };
    }

    /// <summary>How the case is named in a failure: <c>Duration.FromSeconds(double) with NaN</c>.</summary>
    public override string ToString() => $"{EntryPoints.Name(Member)} with {Input}";

    private string? CheckRefusal(Expectation.Refused refused, Exception error)
    {
        if (error.GetType() != refused.Exception)
        {
            return $"threw {Describe(error)}; expected {refused.Exception.Name}";
        }

        if (!XmlDocs.Promises(Member, error.GetType()))
        {
            return $"threw {error.GetType().Name}, which its XML documentation does not list (it lists: {string.Join(", ", XmlDocs.Exceptions(Member))})";
        }

        if (refused.Parameter is { } parameter && (error as ArgumentException)?.ParamName != parameter)
        {
            return $"threw {Describe(error)} naming parameter '{(error as ArgumentException)?.ParamName}'; expected '{parameter}'";
        }

        var missing = refused.Fragments.Where(fragment => !error.Message.Contains(fragment, StringComparison.Ordinal)).ToList();
        return missing.Count == 0 ? null : $"threw {Describe(error)}, whose message lacks '{string.Join("', '", missing)}'";
    }

    private static string? CheckReport(Expectation.Reported reported, object? result)
    {
        if (result is IReadOnlyList<ModelDiagnostic> diagnostics)
        {
            var ids = diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal);
            return ids.SequenceEqual(reported.Ids.Order(StringComparer.Ordinal))
                ? null
                : $"reported [{string.Join(", ", diagnostics)}]; expected {string.Join(", ", reported.Ids)}";
        }

        if (result is not ModelFileResult file)
        {
            return $"returned {Show(result)}; expected a ModelFileResult or the validator's findings";
        }

        var found = file.Diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal).ToList();
        if (!found.SequenceEqual(reported.Ids.Order(StringComparer.Ordinal)))
        {
            return $"reported [{string.Join(", ", file.Diagnostics)}]; expected {string.Join(", ", reported.Ids)}";
        }

        if (file.Diagnostics.Any(d => d.Line < 1 || d.Column < 1 || d.Message.Length == 0))
        {
            return "reported a finding without a line, a column or a message";
        }

        var hasError = file.Diagnostics.Any(d => d.Severity == RuleSeverity.Error);
        return hasError == (file.Model is null) ? null : $"returned a model {(hasError ? "despite" : "without")} an error";
    }

    private static bool IsDefault(object? value) => value is not null && value.Equals(Activator.CreateInstance(value.GetType()));

    private static string Describe(Exception error) => $"{error.GetType().Name}: {Shorten(error.Message)}";

    private static string Show(object? value) => value is null ? "null" : Shorten(value.ToString() ?? value.GetType().Name);

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + $"… ({text.Length} chars)";
}
