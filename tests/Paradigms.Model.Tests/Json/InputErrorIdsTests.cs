using System.Reflection;
using Paradigms.Model.Json;
using Paradigms.Model.Rules;
using Paradigms.Model.Tests.Quantities;

namespace Paradigms.Model.Tests.Json;

/// <summary>The input error ids: PMF001 onward without a gap, apart from the rule ids, each with its section of docs/model-files.md.</summary>
public class InputErrorIdsTests
{
    private static readonly string[] Ids = [.. typeof(InputErrorIds)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.Name is not (nameof(InputErrorIds.Prefix) or nameof(InputErrorIds.HelpLinkBase)))
        .Select(f => (string)f.GetRawConstantValue()!)
        .Order()];

    [Fact]
    public void Ids_run_from_PMF001_to_PMF008_and_none_is_a_rule_id()
    {
        Assert.Equal(["PMF001", "PMF002", "PMF003", "PMF004", "PMF005", "PMF006", "PMF007", "PMF008"], Ids);
        Assert.Equal(Ids, InputErrorIds.All);
        Assert.All(Ids, id => Assert.True(InputErrorIds.IsInputError(id)));
        Assert.All(RuleTable.All, rule => Assert.False(InputErrorIds.IsInputError(rule.Id)));
    }

    [Fact]
    public void Each_id_has_its_section_in_the_model_files_page_where_its_help_link_points()
    {
        var page = File.ReadAllLines(Path.Combine(QuantityConventionTests.RepositoryRoot(), "docs", "model-files.md"));
        foreach (var id in Ids)
        {
            var heading = Array.IndexOf(page, "### " + id);
            Assert.True(heading >= 0, $"docs/model-files.md has no section ### {id}.");
            Assert.StartsWith("**" + InputErrorIds.Title(id) + "**", page[heading + 2], StringComparison.Ordinal);
            Assert.Equal("https://github.com/paradigms-model/Paradigms.Model/blob/main/docs/model-files.md#" + id.ToLowerInvariant(), InputErrorIds.HelpLink(id));
        }
    }

    [Fact]
    public void A_title_is_asked_of_an_input_error_id_only()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => InputErrorIds.Title("PM0001"));
        Assert.Equal("id", error.ParamName);
        Assert.StartsWith("id was PM0001; allowed: PMF001, PMF002,", error.Message, StringComparison.Ordinal);
    }
}
