using System.Text;
using Paradigms.Model.Facts;

namespace Paradigms.Model.Tests.Facts;

/// <summary>Writes docs/provenance.md from the facts catalog.</summary>
internal static class ProvenanceDocument
{
    public const string UpdateVariable = "PARADIGMS_UPDATE_DOCS";

    public static string Render()
    {
        var text = new StringBuilder();
        text.Append("# Provenance\n\n");
        text.Append("Where every figure in Paradigms.Model comes from. This page is generated from the facts catalog\n");
        text.Append("(`Paradigms.Model.Facts.FactCatalog.All`), and a test keeps it equal to the catalog: do not edit it\n");
        text.Append($"by hand; after changing the catalog run `{UpdateVariable}=1 dotnet test Paradigms.Model.sln --filter Provenance`.\n\n");
        text.Append("The kind of a source says how much a figure weighs: a standard is a guarantee, a document section\n");
        text.Append("is the specification this library types, a vendor page or paper is evidence, a blog is weak evidence.\n");
        text.Append("Where the documents disagree with themselves, both figures are here; docs/seed-consistency.md explains each case.\n");
        foreach (var group in FactCatalog.All.GroupBy(f => f.Name[..f.Name.IndexOf('.', StringComparison.Ordinal)]))
        {
            text.Append($"\n## {group.Key}\n\n");
            text.Append("| figure | value | source | kind | the source's words | note |\n");
            text.Append("|---|---|---|---|---|---|\n");
            foreach (var fact in group)
            {
                var where = fact.Citation.Sections is null ? fact.Citation.Source : $"{fact.Citation.Source} {fact.Citation.Sections}";
                text.Append($"| `{fact.Name}` | {Cell(fact.ValueText)} | {Cell(where)} | {fact.Citation.Kind.ToString().ToLowerInvariant()} | {Cell(fact.Quote)} | {Cell(fact.Note)} |\n");
            }
        }

        return text.ToString();
    }

    private static string Cell(string? value) => value is null ? string.Empty : value.Replace("|", "\\|", StringComparison.Ordinal);
}
