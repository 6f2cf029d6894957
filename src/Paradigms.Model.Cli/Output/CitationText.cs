using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Paradigms.Model.Facts;

namespace Paradigms.Model.Cli.Output;

/// <summary>
/// A short citation for a row of figures: the sections that every figure of the row cites, without the parenthesised
/// sub-section names (for example <c>Res §5.2</c> for the four network latency overheads). The full citation of each
/// figure is in the JSON output and in <c>paradigms sources</c>.
/// </summary>
internal static partial class CitationText
{
    /// <summary>The sections all the citations share, grouped by source; every section cited when they share none.</summary>
    /// <param name="citations">The citations of a row's figures.</param>
    /// <returns>The short citation, for example <c>Res §5.2</c>, or an empty text when there are none.</returns>
    public static string Common(IEnumerable<Citation> citations)
    {
        var list = citations.ToList();
        var parts = new List<string>();
        foreach (var source in list.GroupBy(c => c.Source))
        {
            var sections = source.Select(Sections).ToList();
            var common = sections.Skip(1).Aggregate(sections[0], (kept, next) => kept.Where(next.Contains).ToList());
            var chosen = common.Count > 0 ? common : sections.SelectMany(s => s).Distinct().ToList();
            var kind = source.First().Kind;
            var text = chosen.Count == 0 ? source.Key : source.Key + " " + string.Join(", ", chosen);
            parts.Add(kind == SourceKind.Document ? text : $"{text} ({kind.ToString().ToLowerInvariant()})");
        }

        return string.Join("; ", parts);
    }

    private static List<string> Sections(Citation citation) =>
        citation.Sections is null
            ? []
            : Parenthesised().Replace(citation.Sections, string.Empty)
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Distinct()
                .ToList();

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Parenthesised();
}
