using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Paradigms.Model.Cli.Json;
using Paradigms.Model.Cli.Output;
using Paradigms.Model.Cli.Sarif;
using Paradigms.Model.Json;

namespace Paradigms.Model.Cli.Checking;

/// <summary>
/// Writes the report of a check whose files were all readable, in the format asked for: text (compiler-format lines and
/// the summary), Markdown, JSON or SARIF 2.1.0.
/// </summary>
internal static class CheckReport
{
    private static readonly SarifJsonContext Sarif = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Writes the report.</summary>
    /// <param name="format">The format.</param>
    /// <param name="results">What the reader found in each file, in the order the files were named.</param>
    /// <param name="currentFolder">The folder the files are named from, for SARIF's base URI.</param>
    /// <returns>The report, ending with a newline.</returns>
    public static string Render(CheckFormat format, IReadOnlyList<ModelFileResult> results, string currentFolder) => format switch
    {
        CheckFormat.Markdown => Markdown(results),
        CheckFormat.Json => CliJson.Serialize(Json(results), CliJson.Context.CheckResult),
        CheckFormat.Sarif => JsonSerializer.Serialize(SarifLogBuilder.Build(results, currentFolder), Sarif.SarifLog) + "\n",
        _ => Text(results),
    };

    /// <summary>One line per finding, <c>path(line,col): error PM0001: message [help link]</c>, then the summary line.</summary>
    private static string Text(IReadOnlyList<ModelFileResult> results)
    {
        var text = new StringBuilder();
        foreach (var finding in results.SelectMany(r => r.Diagnostics))
        {
            text.Append(finding.ToString()).Append('\n');
        }

        return text.Append(CheckSummary.Of(results).ToString()).Append('\n').ToString();
    }

    private static string Markdown(IReadOnlyList<ModelFileResult> results)
    {
        var report = new Report().Heading("Check");
        var findings = results.SelectMany(r => r.Diagnostics).ToList();
        if (findings.Count == 0)
        {
            report.Paragraph("No findings.");
        }
        else
        {
            var table = new Table("File", "Line", "Column", "Severity", "Id", "Message");
            foreach (var finding in findings)
            {
                table.Row(
                    finding.File ?? string.Empty,
                    finding.Line.ToString(CultureInfo.InvariantCulture),
                    finding.Column.ToString(CultureInfo.InvariantCulture),
                    Severity(finding),
                    $"[{finding.Id}]({finding.HelpLink})",
                    finding.Message);
            }

            report.Add(table);
        }

        return MarkdownRenderer.Render(report.Paragraph(CheckSummary.Of(results).ToString()));
    }

    private static CheckResult Json(IReadOnlyList<ModelFileResult> results)
    {
        var summary = CheckSummary.Of(results);
        return new CheckResult(
            results.Select(r => new CheckedFileJson(
                r.FileName ?? string.Empty,
                r.Status == ModelFileStatus.Valid ? "valid" : "breaksRules",
                r.Diagnostics.Select(d => new FileDiagnosticJson(d.Id, Severity(d), d.Message, d.Line, d.Column, d.Path, d.Citation, d.HelpLink)).ToList())).ToList(),
            summary.Files,
            summary.Errors,
            summary.Warnings);
    }

    private static string Severity(FileDiagnostic finding) => finding.Severity.ToString().ToLowerInvariant();
}
