using System.Text.RegularExpressions;
using Paradigms.Model.Decisions;
using Paradigms.Model.Facts;
using Paradigms.Model.Tests.Quantities;

namespace Paradigms.Model.Tests.Docs;

/// <summary>
/// docs/model.md, docs/equations.md and docs/decisions.md are their templates with every
/// <c>{{FactName}}</c> replaced by the catalog's figure and every <c>{{Decide:Condition+Condition}}</c>
/// by the explanation <see cref="Decision.Explain"/> gives for those requirements.
/// </summary>
public partial class ModelDocumentTests
{
    [Theory]
    [InlineData("model")]
    [InlineData("equations")]
    [InlineData("decisions")]
    public void Page_is_generated_from_its_template_and_the_catalog(string page)
    {
        var root = QuantityConventionTests.RepositoryRoot();
        var templateName = $"tests/Paradigms.Model.Tests/Docs/{page}.template.md";
        var template = File.ReadAllText(Path.Combine(root, templateName)).ReplaceLineEndings("\n");
        var unknown = Placeholder().Matches(template).Select(m => m.Groups[1].Value).Where(name => FactCatalog.Find(name) is null).ToList();
        Assert.True(unknown.Count == 0, "The template names figures the catalog does not have: " + string.Join(", ", unknown));

        var filled = Placeholder().Replace(template, m => FactCatalog.Find(m.Groups[1].Value)!.ValueText);
        filled = DecidePlaceholder().Replace(filled, m => Explain(m.Groups[1].Value));
        var expected = $"<!-- Generated from {templateName} and the facts catalog; edit the template. -->\n" + filled;
        var path = Path.Combine(root, "docs", page + ".md");
        if (Environment.GetEnvironmentVariable("PARADIGMS_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(
            File.Exists(path) && File.ReadAllText(path).ReplaceLineEndings("\n") == expected,
            $"docs/{page}.md differs from its template; run PARADIGMS_UPDATE_DOCS=1 dotnet test Paradigms.Model.sln --filter ModelDocument and review the diff.");
    }

    private static string Explain(string conditions) =>
        DecisionAlgorithm.Decide(Requirements.Of(conditions.Split('+').Select(Enum.Parse<DecisionCondition>).ToArray())).Explain().TrimEnd('\n');

    [GeneratedRegex(@"\{\{([A-Za-z0-9.]+)\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\{\{Decide:([A-Za-z+]+)\}\}")]
    private static partial Regex DecidePlaceholder();
}
