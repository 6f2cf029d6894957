using System.Collections;
using System.Text;
using Paradigms.Model.CodeFixes;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Analyzers.Tests.Docs;

/// <summary>
/// Writes the table of docs/diagnostics/README.md: one row per id of <c>RuleTable.All</c>, with its
/// severities, its rows' titles and the titles of the code fixes the package offers for it.
/// </summary>
internal static class DiagnosticsIndex
{
    public const string Start = "<!-- rules:start (generated from RuleTable.All and the code fixes; do not edit) -->";

    public const string End = "<!-- rules:end -->";

    public static string Render()
    {
        var fixes = CodeFixTitles();
        var text = new StringBuilder();
        text.Append(Start).Append('\n');
        text.Append("| id | severity | title | code fix |\n");
        text.Append("|---|---|---|---|\n");
        foreach (var rows in RuleTable.All.GroupBy(rule => rule.Id))
        {
            var mostSevere = rows.Max(rule => rule.Severity);
            var severities = rows.Select(rule => rule.Severity).Distinct().OrderDescending().Select(Name);
            var titles = rows.Select(rule => rule.Severity == mostSevere ? rule.Title : $"{rule.Title} ({Name(rule.Severity)})");
            var fix = fixes.Where(f => f.Id == rows.Key).Select(f => f.Title).ToList();
            text.Append($"| [{rows.Key}]({rows.Key}.md) | {string.Join("; ", severities)} | {Cell(string.Join("; ", titles))} | {(fix.Count == 0 ? "—" : Cell(string.Join("; ", fix)))} |\n");
        }

        text.Append(End);
        return text.ToString();
    }

    private static string Name(RuleSeverity severity) => severity.ToString().ToLowerInvariant();

    private static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>The id and title of every fix of the code-fix package, read from its internal table of fixes.</summary>
    public static List<(string Id, string Title)> CodeFixTitles()
    {
        var type = typeof(ModelCodeFixProvider).Assembly.GetType("Paradigms.Model.CodeFixes.ModelFix", throwOnError: true)!;
        var all = (IEnumerable)type.GetProperty("All")!.GetValue(null)!;
        return all.Cast<object>()
            .Select(fix => ((string)type.GetProperty("DiagnosticId")!.GetValue(fix)!, (string)type.GetProperty("Title")!.GetValue(fix)!))
            .ToList();
    }
}
