using System.Text;
using Paradigms.Model.Resources;

namespace Paradigms.Model.Tests.Resources;

/// <summary>Writes the generated table of docs/seed-consistency.md from <see cref="DerivedFigures.All"/>.</summary>
internal static class DerivedFiguresDocument
{
    public const string Start = "<!-- derived-figures:start (generated from DerivedFigures.All; do not edit) -->";

    public const string End = "<!-- derived-figures:end -->";

    public static string Render()
    {
        var text = new StringBuilder();
        text.Append(Start).Append('\n');
        text.Append("| # | resource | paradigm | quantity | reported | where | derived | agreement | how the derived figure is obtained |\n");
        text.Append("|---|---|---|---|---|---|---|---|---|\n");
        var number = 0;
        foreach (var row in DerivedFigures.All)
        {
            text.Append($"| D{++number} | {row.Resource} | {row.Paradigm} | {row.Quantity} | {Cell(row.Reported.ValueText)} | {Cell(row.Reported.Citation.ToString())} | {Cell(row.Derived)} | {Verdict(row.Agreement)} | {Cell(row.Derivation)} |\n");
        }

        text.Append(End);
        return text.ToString();
    }

    private static string Verdict(Agreement agreement) => agreement switch
    {
        Agreement.Disagrees => "**disagrees**",
        Agreement.NotComparable => "not comparable",
        _ => agreement.ToString().ToLowerInvariant(),
    };

    private static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal);
}
