using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Paradigms.Model.Json;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Cli.Checking;

/// <summary>The counts of a check: files read, errors and warnings found (infos are listed, not counted).</summary>
/// <param name="Files">The files read.</param>
/// <param name="Errors">The findings of error severity.</param>
/// <param name="Warnings">The findings of warning severity.</param>
internal sealed record CheckSummary(int Files, int Errors, int Warnings)
{
    /// <summary>Counts the findings of the files read.</summary>
    /// <param name="results">What the reader found in each file.</param>
    /// <returns>The counts.</returns>
    public static CheckSummary Of(IReadOnlyList<ModelFileResult> results)
    {
        var findings = results.SelectMany(r => r.Diagnostics).ToList();
        return new CheckSummary(
            results.Count,
            findings.Count(d => d.Severity == RuleSeverity.Error),
            findings.Count(d => d.Severity == RuleSeverity.Warning));
    }

    /// <summary>Gets the counts in words, <c>Checked 8 files: 2 errors, 0 warnings</c>, without a full stop.</summary>
    public string Counts =>
        string.Create(CultureInfo.InvariantCulture, $"Checked {Count(Files, "file")}: {Count(Errors, "error")}, {Count(Warnings, "warning")}");

    /// <summary>The summary line: <c>Checked 8 files: 2 errors, 0 warnings.</c></summary>
    /// <returns>The line, without a line break.</returns>
    public override string ToString() => Counts + ".";

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
