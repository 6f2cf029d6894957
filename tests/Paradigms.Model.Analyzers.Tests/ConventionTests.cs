using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Paradigms.Model.Analyzers.Tests.Verification;
using Paradigms.Model.Quantities;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Analyzers.Tests;

/// <summary>The descriptors, the rule table, the docs pages and the release file agree; the analyzer's unit factors agree with the library's factories.</summary>
public sealed class ConventionTests
{
    private static readonly IReadOnlyList<DiagnosticDescriptor> Descriptors = AnalyzerRunner.All
        .SelectMany(analyzer => analyzer.SupportedDiagnostics)
        .DistinctBy(descriptor => descriptor.Id)
        .ToList();

    [Fact]
    public void Every_id_in_the_rule_table_has_one_descriptor_with_the_id_s_most_severe_row_as_default()
    {
        var ids = RuleTable.All.Select(rule => rule.Id).Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.Equal(ids, Descriptors.Select(d => d.Id).Order(StringComparer.Ordinal));
        foreach (var descriptor in Descriptors)
        {
            var mostSevere = RuleTable.All.Where(rule => rule.Id == descriptor.Id).Max(rule => rule.Severity);
            Assert.Equal(mostSevere == RuleSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, descriptor.DefaultSeverity);
            Assert.True(descriptor.IsEnabledByDefault);
            Assert.Equal("Paradigms.Model", descriptor.Category);
        }
    }

    [Fact]
    public void Every_analyzer_that_shares_an_id_shares_its_descriptor()
    {
        var all = AnalyzerRunner.All.SelectMany(analyzer => analyzer.SupportedDiagnostics).ToList();

        Assert.All(all, descriptor => Assert.Same(Descriptors.Single(d => d.Id == descriptor.Id), descriptor));
    }

    [Fact]
    public void Every_help_link_points_to_a_docs_page_that_exists_and_has_the_descriptor_s_title()
    {
        foreach (var descriptor in Descriptors)
        {
            Assert.Equal(Rule.HelpLinkBase + descriptor.Id + ".md", descriptor.HelpLinkUri);
            var page = Path.Combine(Repository.Root, "docs", "diagnostics", descriptor.Id + ".md");
            Assert.True(File.Exists(page), page);
            var heading = File.ReadLines(page).First();
            Assert.Equal($"# {descriptor.Id}: {descriptor.Title.ToString(CultureInfo.InvariantCulture)}", heading);
        }
    }

    [Fact]
    public void The_release_file_lists_every_id_with_its_default_severity()
    {
        var lines = File.ReadAllLines(Path.Combine(Repository.Root, "analyzers", "Paradigms.Model.Analyzers", "AnalyzerReleases.Unshipped.md"))
            .Where(line => line.StartsWith("PM", StringComparison.Ordinal))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .ToList();

        Assert.Equal(Descriptors.Select(d => d.Id).Order(StringComparer.Ordinal), lines.Select(cells => cells[0]));
        foreach (var cells in lines)
        {
            var descriptor = Descriptors.Single(d => d.Id == cells[0]);
            Assert.Equal(descriptor.Category, cells[1]);
            Assert.Equal(descriptor.DefaultSeverity.ToString(), cells[2]);
        }
    }

    [Theory]
    [InlineData(typeof(BitRate), "BitsPerSecond", nameof(BitRate.BitsPerSecond))]
    [InlineData(typeof(Information), "Bytes", nameof(Information.Bytes))]
    [InlineData(typeof(Length), "Meters", nameof(Length.Meters))]
    [InlineData(typeof(Ratio), "Percent", nameof(Ratio.Percent))]
    public void The_analyzer_reads_every_factory_of_a_quantity_as_the_library_computes_it(Type quantity, string factorTable, string baseUnit)
    {
        var factors = typeof(ModelAnalyzer).Assembly.GetType("Paradigms.Model.Analyzers.QuantityFactors", throwOnError: true)!
            .GetMethod(factorTable, BindingFlags.Public | BindingFlags.Static)!;
        var factories = quantity.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name.StartsWith("From", StringComparison.Ordinal) && m.GetParameters() is [{ ParameterType: var p }] && p == typeof(double))
            .ToList();
        Assert.True(factories.Count >= 2);

        foreach (var factory in factories)
        {
            foreach (var value in new[] { 3.0, 0.1, 1234.5 })
            {
                var expected = (double)quantity.GetProperty(baseUnit)!.GetValue(factory.Invoke(null, [value]))!;
                var factor = (double?)factors.Invoke(null, [factory.Name]);
                Assert.True(factor is not null, factory.Name);
                Assert.Equal(expected, value * factor!.Value);
            }
        }

        Assert.Null(factors.Invoke(null, ["Parse"]));
    }
}
