using System.Reflection;
using System.Text.RegularExpressions;
using Paradigms.Model.Rules;
using Paradigms.Model.Tests.Quantities;

namespace Paradigms.Model.Tests.Rules;

public partial class RuleTableConventionTests
{
    public static TheoryData<string> RuleNames => new(typeof(RuleTable).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(Rule))
        .Select(f => f.Name));

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Every_rule_has_an_id_a_citation_and_a_docs_page(string name)
    {
        var rule = (Rule)typeof(RuleTable).GetField(name)!.GetValue(null)!;

        Assert.Contains(rule, RuleTable.All);
        Assert.Matches(IdPattern(), rule.Id);
        Assert.False(string.IsNullOrWhiteSpace(rule.Citation));
        Assert.Equal(Rule.HelpLinkBase + rule.Id + ".md", rule.HelpLink);
        var page = Path.Combine(QuantityConventionTests.RepositoryRoot(), "docs", "diagnostics", rule.Id + ".md");
        Assert.True(File.Exists(page), $"{rule.Id} has no docs/diagnostics/{rule.Id}.md");
        Assert.StartsWith($"# {rule.Id}: ", File.ReadAllText(page), StringComparison.Ordinal);
        Assert.Contains($"`RuleTable.{name}`", File.ReadAllText(page), StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_are_listed_in_id_order_and_rows_of_one_id_differ()
    {
        Assert.Equal(RuleTable.All.Select(r => r.Id).Order(StringComparer.Ordinal), RuleTable.All.Select(r => r.Id));
        Assert.Equal(RuleTable.All.Count, RuleTable.All.Select(r => (r.Id, r.Severity, r.MessageFormat)).Distinct().Count());
        Assert.Equal(RuleNames.Count, RuleTable.All.Count);
    }

    [Fact]
    public void Every_docs_page_belongs_to_a_rule()
    {
        var pages = Directory.GetFiles(Path.Combine(QuantityConventionTests.RepositoryRoot(), "docs", "diagnostics"), "PM*.md")
            .Select(Path.GetFileNameWithoutExtension);

        Assert.Equal(RuleTable.All.Select(r => r.Id).Distinct().Order(), pages.Order());
    }

    [GeneratedRegex("^PM[0-9]{4}$")]
    private static partial Regex IdPattern();
}
