using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Json;

/// <summary>
/// Thrown by <see cref="ModelJson"/>'s <c>Deserialize</c> methods when the JSON is not a valid model:
/// an input error or an error-severity rule. A <see cref="JsonException"/>, so callers that catch JSON
/// errors catch it; it carries every finding, each with its line, column and JSON path.
/// </summary>
/// <remarks>
/// <see cref="JsonException.Path"/>, <see cref="JsonException.LineNumber"/> and
/// <see cref="JsonException.BytePositionInLine"/> locate the first error as System.Text.Json does,
/// counting lines and bytes from 0; <see cref="Diagnostics"/> counts lines and columns from 1, as editors do.
/// </remarks>
public sealed class InvalidModelFileException : JsonException
{
    internal InvalidModelFileException(string what, ImmutableArray<FileDiagnostic> diagnostics)
        : base(Describe(what, diagnostics), FirstError(diagnostics).Path, FirstError(diagnostics).Line - 1, FirstError(diagnostics).BytePositionInLine)
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Gets every finding, errors and warnings, in file order.</summary>
    public ImmutableArray<FileDiagnostic> Diagnostics { get; }

    /// <summary>Gets the id of the first error, such as <c>PM0001</c> or <c>PMF002</c>.</summary>
    public string Id => FirstError(Diagnostics).Id;

    private static FileDiagnostic FirstError(ImmutableArray<FileDiagnostic> diagnostics) =>
        diagnostics.First(d => d.Severity == RuleSeverity.Error);

    private static string Describe(string what, ImmutableArray<FileDiagnostic> diagnostics) =>
        $"The JSON is not a valid {what}:" + string.Concat(diagnostics
            .Where(d => d.Severity == RuleSeverity.Error)
            .Select(d => string.Create(CultureInfo.InvariantCulture, $"{Environment.NewLine}line {d.Line}, column {d.Column} ({d.Path}): {d.Id}: {d.Message} [{d.HelpLink}]")));
}
