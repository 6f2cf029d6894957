using System.Text.RegularExpressions;
using Paradigms.Model.Facts;
using Paradigms.Model.Tests.Quantities;

namespace Paradigms.Model.Tests.Docs;

/// <summary>docs/model.md is its template with every <c>{{FactName}}</c> replaced by the catalog's figure.</summary>
public partial class ModelDocumentTests
{
    [Fact]
    public void Model_page_is_generated_from_its_template_and_the_catalog()
    {
        var root = QuantityConventionTests.RepositoryRoot();
        var template = File.ReadAllText(Path.Combine(root, "tests", "Paradigms.Model.Tests", "Docs", "model.template.md")).ReplaceLineEndings("\n");
        var unknown = Placeholder().Matches(template).Select(m => m.Groups[1].Value).Where(name => FactCatalog.Find(name) is null).ToList();
        Assert.True(unknown.Count == 0, "The template names figures the catalog does not have: " + string.Join(", ", unknown));

        var expected = "<!-- Generated from tests/Paradigms.Model.Tests/Docs/model.template.md and the facts catalog; edit the template. -->\n"
            + Placeholder().Replace(template, m => FactCatalog.Find(m.Groups[1].Value)!.ValueText);
        var path = Path.Combine(root, "docs", "model.md");
        if (Environment.GetEnvironmentVariable("PARADIGMS_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(
            File.Exists(path) && File.ReadAllText(path).ReplaceLineEndings("\n") == expected,
            "docs/model.md differs from its template; run PARADIGMS_UPDATE_DOCS=1 dotnet test Paradigms.Model.sln --filter ModelDocument and review the diff.");
    }

    [GeneratedRegex(@"\{\{([A-Za-z0-9.]+)\}\}")]
    private static partial Regex Placeholder();
}
