using System.Globalization;
using System.Text;

namespace Paradigms.Model.Cli.Tests.Census;

/// <summary>
/// The command-line census as docs/reliability.md shows it: per command and option, the values tried and how many
/// runs ended each way. Every run kept its promise when the page is written, so "refused" means refused as documented.
/// </summary>
internal static class CensusTable
{
    /// <summary>The Markdown table: one row per command and option or argument, then a total.</summary>
    public static string Markdown(IReadOnlyList<CensusCase> cases)
    {
        var text = new StringBuilder()
            .Append("| command | option or argument | values tried | runs | refused (exit 2) | reported (exit 1) | accepted (exit 0) |\n")
            .Append("| --- | --- | --- | ---: | ---: | ---: | ---: |\n");
        foreach (var row in cases.GroupBy(c => (c.Command, c.Parameter)))
        {
            Row(text, $"`{row.Key.Command}`", $"`{row.Key.Parameter}`", string.Join(", ", row.Select(c => c.Input.Name).Distinct()), row.ToList());
        }

        Row(text, "**all**", $"{cases.Select(c => (c.Command, c.Parameter)).Distinct().Count()}", string.Empty, cases);
        return text.ToString();
    }

    private static void Row(StringBuilder text, string command, string parameter, string values, IReadOnlyList<CensusCase> cases)
    {
        string Count(string outcome) => cases.Count(c => c.Expected.Outcome == outcome).ToString(CultureInfo.InvariantCulture);
        text.Append(CultureInfo.InvariantCulture, $"| {command} | {parameter} | {values} | {cases.Count} | {Count("refused")} | {Count("reported")} | {Count("accepted")} |\n");
    }
}
