using System.Globalization;
using System.Text;

namespace Paradigms.Model.Tests.Reliability;

/// <summary>
/// The census as docs/reliability.md shows it: per group of entry points, the kinds of input tried and how many
/// cases ended each way. Every case passed when the page is written, so "refused" means refused as documented.
/// </summary>
internal static class CensusTable
{
    /// <summary>The kinds of input, in the order the table lists them.</summary>
    private static readonly string[] Kinds =
        ["NaN", "±∞", "negative", "zero", "huge", "empty", "white space", "garbage", "NUL", "100k chars", "null", "undefined enum", "domain values"];

    /// <summary>The kind of input a case's input is, from the names the census gives its inputs.</summary>
    public static string Kind(string input) => input switch
    {
        _ when input.Contains("undefined enum", StringComparison.Ordinal) => "undefined enum",
        _ when input.Contains("NaN", StringComparison.Ordinal) => "NaN",
        _ when input.Contains('∞', StringComparison.Ordinal) => "±∞",
        _ when input.Contains("100k", StringComparison.Ordinal) => "100k chars",
        _ when input.Contains("NUL", StringComparison.Ordinal) => "NUL",
        _ when input.Contains("white space", StringComparison.Ordinal) => "white space",
        _ when input.Contains("empty", StringComparison.Ordinal) => "empty",
        _ when input.Contains("null", StringComparison.Ordinal) => "null",
        _ when input.Contains('\'', StringComparison.Ordinal) => "garbage",
        _ when input.Contains('−', StringComparison.Ordinal) || input.Contains("MinValue", StringComparison.Ordinal) => "negative",
        _ when input.Contains("1e308", StringComparison.Ordinal) || input.Contains("MaxValue", StringComparison.Ordinal) => "huge",
        _ when input == "0" || input.EndsWith(" 0", StringComparison.Ordinal) || input.Contains(" 0 ", StringComparison.Ordinal) => "zero",
        _ => "domain values",
    };

    /// <summary>The Markdown table, one row per group and a total.</summary>
    public static string Markdown(IReadOnlyList<CensusCase> cases)
    {
        var text = new StringBuilder()
            .Append("| entry points | members | inputs tried | cases | refused | not parsed | reported | accepted as valid |\n")
            .Append("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var group in cases.GroupBy(c => c.Group))
        {
            Row(text, group.Key, group.ToList());
        }

        Row(text, "**all**", cases);
        return text.ToString();
    }

    private static void Row(StringBuilder text, string name, IReadOnlyList<CensusCase> cases)
    {
        var kinds = cases.Select(c => Kind(c.Input)).ToHashSet();
        string Count(string outcome) => cases.Count(c => c.Expected.Outcome == outcome).ToString(CultureInfo.InvariantCulture);
        text.Append(CultureInfo.InvariantCulture, $"| {name} | {cases.Select(c => c.Member).Distinct().Count()} | {string.Join(", ", Kinds.Where(kinds.Contains))} | {cases.Count} ")
            .Append(CultureInfo.InvariantCulture, $"| {Count("refused")} | {Count("not parsed")} | {Count("reported")} | {Count("accepted")} |\n");
    }
}
