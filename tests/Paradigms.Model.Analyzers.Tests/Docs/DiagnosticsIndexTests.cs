using Paradigms.Model.Analyzers.Tests.Verification;
using Paradigms.Model.CodeFixes;

namespace Paradigms.Model.Analyzers.Tests.Docs;

/// <summary>
/// The table of ids of docs/diagnostics/README.md is generated from the rule table and the code fixes
/// (<see cref="DiagnosticsIndex"/>); <c>PARADIGMS_UPDATE_DOCS=1</c> rewrites it.
/// </summary>
public sealed class DiagnosticsIndexTests
{
    private static readonly string PagePath = Path.Combine(Repository.Root, "docs", "diagnostics", "README.md");

    [Fact]
    public void The_table_of_ids_is_generated_from_the_rule_table_and_the_code_fixes()
    {
        var page = File.ReadAllText(PagePath).ReplaceLineEndings("\n");
        var start = page.IndexOf(DiagnosticsIndex.Start, StringComparison.Ordinal);
        var end = page.IndexOf(DiagnosticsIndex.End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"docs/diagnostics/README.md has no generated table between '{DiagnosticsIndex.Start}' and '{DiagnosticsIndex.End}'.");

        var expected = page[..start] + DiagnosticsIndex.Render() + page[(end + DiagnosticsIndex.End.Length)..];
        if (Environment.GetEnvironmentVariable("PARADIGMS_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(PagePath, expected);
        }

        Assert.True(
            File.ReadAllText(PagePath).ReplaceLineEndings("\n") == expected,
            "docs/diagnostics/README.md's table differs from the rule table; run PARADIGMS_UPDATE_DOCS=1 dotnet test tests/Paradigms.Model.Analyzers.Tests --filter DiagnosticsIndex and review the diff.");
    }

    [Fact]
    public void The_table_has_one_row_per_id_with_its_severities_written_by_hand()
    {
        var rows = DiagnosticsIndex.Render().Split('\n').Where(line => line.StartsWith("| [PM", StringComparison.Ordinal)).ToList();

        // PM0001–PM0011, written out: an id lost or doubled by the generator shows here.
        Assert.Equal(
            ["PM0001", "PM0002", "PM0003", "PM0004", "PM0005", "PM0006", "PM0007", "PM0008", "PM0009", "PM0010", "PM0011"],
            rows.Select(row => row[3..9]));
        Assert.StartsWith("| [PM0003](PM0003.md) | warning | NIC's I/O path belongs to another paradigm | Change the paradigm to Paravirtualization |", rows[2], StringComparison.Ordinal);
        Assert.StartsWith("| [PM0005](PM0005.md) | error; warning | Physical link cannot carry the declared rate or medium; Interface cannot take the medium; Cable longer than the standard's reach (warning) | — |", rows[4], StringComparison.Ordinal);
        Assert.StartsWith("| [PM0006](PM0006.md) | error; warning | Half duplex at 10 Gbit/s or more; Full duplex on a shared medium (warning) | Make the link full duplex |", rows[5], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_id_the_code_fixes_answer_names_its_fix_in_the_table()
    {
        var rows = DiagnosticsIndex.Render().Split('\n').Where(line => line.StartsWith("| [PM", StringComparison.Ordinal)).ToDictionary(row => row[3..9]);

        Assert.All(new ModelCodeFixProvider().FixableDiagnosticIds, id => Assert.False(rows[id].EndsWith("| — |", StringComparison.Ordinal), rows[id]));
    }

    [Fact]
    public void The_code_fix_getting_started_shows_for_PM0001_is_the_one_the_package_offers()
    {
        var page = File.ReadAllText(Path.Combine(Repository.Root, "docs", "getting-started.md"));
        var title = Assert.Single(DiagnosticsIndex.CodeFixTitles(), fix => fix.Id == "PM0001").Title;

        Assert.Contains($"**{title}**", page, StringComparison.Ordinal);
    }
}
