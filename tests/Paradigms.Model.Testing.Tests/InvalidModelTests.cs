using System;
using System.Linq;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Paradigms.Model.Rules;
using Xunit;

namespace Paradigms.Model.Testing.Tests;

/// <summary>
/// Every generated invalid model yields exactly its id at run time: the constructor throws it (errors), or the
/// validator returns it for the model that was built (warnings), and nothing else.
/// </summary>
public class InvalidModelTests
{
    /// <summary>Every id of the rule table, PM0001 to PM0011 (docs/diagnostics/README.md).</summary>
    private static readonly string[] Ids =
        ["PM0001", "PM0002", "PM0003", "PM0004", "PM0005", "PM0006", "PM0007", "PM0008", "PM0009", "PM0010", "PM0011"];

    public static TheoryData<string> EveryId => new(Ids);

    [Fact]
    public void The_invalid_models_cover_every_id_of_the_rule_table() => Assert.Equal(Ids, InvalidModels.Ids);

    [Property(Arbitrary = new[] { typeof(ParadigmsArbitraries) }, MaxTest = 500)]
    public void Every_invalid_model_yields_exactly_its_id_at_run_time(InvalidModel model) =>
        Assert.Equal(new[] { (model.ExpectedId, model.ExpectedSeverity) }, Runtime.Findings(model.Parts));

    [Property(Arbitrary = new[] { typeof(ParadigmsArbitraries) }, MaxTest = 300)]
    public void The_kit_s_Validate_reports_what_the_library_reports(InvalidModel model) =>
        Assert.Equal(Runtime.Findings(model.Parts), model.Parts.Validate().Select(d => (d.Id, d.Severity)));

    [Theory]
    [MemberData(nameof(EveryId))]
    public void Each_id_s_arbitrary_makes_models_that_yield_that_id(string id)
    {
        foreach (var model in InvalidModels.WithId(id).Generator.Sample(60))
        {
            Assert.Equal(id, model.ExpectedId);
            Assert.True(
                Runtime.Findings(model.Parts).SequenceEqual([(id, model.ExpectedSeverity)]),
                $"{model}\nfound: {string.Join(", ", Runtime.Findings(model.Parts))}");
        }
    }

    [Theory]
    [InlineData("PM0001", RuleSeverity.Error)]
    [InlineData("PM0002", RuleSeverity.Error)]
    [InlineData("PM0003", RuleSeverity.Warning)]
    [InlineData("PM0004", RuleSeverity.Error)]
    [InlineData("PM0005", RuleSeverity.Error, RuleSeverity.Warning)]
    [InlineData("PM0006", RuleSeverity.Error, RuleSeverity.Warning)]
    [InlineData("PM0007", RuleSeverity.Error)]
    [InlineData("PM0008", RuleSeverity.Error, RuleSeverity.Warning)]
    [InlineData("PM0009", RuleSeverity.Error)]
    [InlineData("PM0010", RuleSeverity.Error)]
    [InlineData("PM0011", RuleSeverity.Error)]
    public void Each_id_comes_with_every_severity_its_rules_have(string id, params RuleSeverity[] severities) =>
        Assert.Equal(severities.Order(), InvalidModels.WithId(id).Generator.Sample(300).Select(m => m.ExpectedSeverity).Distinct().Order());

    [Fact]
    public void The_kinds_of_parts_that_break_rules_are_all_drawn()
    {
        var kinds = InvalidModels.All.Generator.Sample(1000).Select(m => m.Parts.GetType()).ToHashSet();
        Assert.Equal(
            new[] { typeof(DeploymentParts), typeof(PhysicalNicParts), typeof(WorkloadParts), typeof(WasmLinearMemoryParts), typeof(IoLossParts) }.OrderBy(t => t.Name),
            kinds.OrderBy(t => t.Name));
    }

    [Fact]
    public void An_unknown_id_is_refused_with_the_ids_that_exist()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => InvalidModels.WithId("PM9999"));
        Assert.Equal("id", error.ParamName);
        Assert.Contains("id was 'PM9999'; allowed: PM0001, PM0002", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_headline_model_is_an_invalid_model_of_PM0001()
    {
        var headline = new DeploymentParts(Paradigm.Sandboxing, new NicParts(Networking.NicKind.SrIovVirtualFunction));
        var error = Assert.Throws<InvalidModelException>(headline.Build);
        Assert.Equal("PM0001", error.Id);
        var finding = Assert.Single(headline.Validate());
        Assert.Equal(("PM0001", RuleSeverity.Error), (finding.Id, finding.Severity));
        Assert.Equal("new Deployment(Paradigm.Sandboxing, Nic.SrIov())", headline.ToCSharp());
    }

    [Fact]
    public void A_refused_input_becomes_the_rule_s_finding()
    {
        var finding = Assert.Single(new WasmLinearMemoryParts(65_537).Validate());
        Assert.Equal("PM0011", finding.Id);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
        Assert.Equal("pages", finding.Member);
        Assert.Equal("pages was 65537; allowed: 0 to 65536 pages of 65536 bytes (wasm32)", finding.Message);
    }

    [Fact]
    public void Bad_input_that_breaks_no_rule_is_not_turned_into_a_finding()
    {
        var zeroRequest = new WorkloadParts(Paradigm.Containerization, Quantities.CpuCores.Zero, Quantities.Information.FromGibibytes(1), Decisions.RequirementLevel.Low, Decisions.RequirementLevel.Low);
        var error = Assert.Throws<ArgumentOutOfRangeException>(zeroRequest.Validate);
        Assert.Equal("cpuRequest", error.ParamName);
    }
}
