using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Paradigms.Model.Decisions;
using Paradigms.Model.Json;
using Paradigms.Model.Networking;
using Paradigms.Model.Quantities;
using Paradigms.Model.Rules;
using Xunit;

namespace Paradigms.Model.Testing.Tests.Json;

/// <summary>
/// Every invalid model the kit generates, written as a model file, yields exactly its id from
/// <see cref="ModelFileReader"/>, with its severity: nothing else, and no input error (issue 7, item 2). Models whose
/// parts a model file cannot hold (a wasm32 linear memory, an IO loss given to an equation) are left out.
/// </summary>
public class InvalidModelFileTests
{
    [Property(Arbitrary = new[] { typeof(ParadigmsArbitraries) }, MaxTest = 400)]
    public Property Every_invalid_model_a_file_can_hold_yields_exactly_its_id(InvalidModel model) =>
        Prop.When(PartsJson.CanHold(model.Parts), () =>
        {
            var json = PartsJson.ModelFile(model.Parts);
            var result = ModelFileReader.ReadText(json, "invalid.json");
            Assert.True(
                result.Diagnostics.Select(d => (d.Id, d.Severity)).SequenceEqual([(model.ExpectedId, model.ExpectedSeverity)]),
                $"{model}\n{json}\nfound:\n{string.Join("\n", result.Diagnostics)}");
            Assert.Equal(model.ExpectedSeverity == RuleSeverity.Error ? ModelFileStatus.BreaksRules : ModelFileStatus.Valid, result.Status);
        });

    [Fact]
    public void Every_id_a_file_can_hold_is_drawn()
    {
        // PM0010 is a loss given to an IO equation, which no model file holds; every other id has a model a file holds.
        var drawn = InvalidModels.All.Generator.Sample(600).Where(m => PartsJson.CanHold(m.Parts)).Select(m => m.ExpectedId).ToHashSet();
        Assert.Equal(InvalidModels.Ids.Where(id => id != "PM0010"), drawn.Order());
    }

    [Fact]
    public void The_writer_writes_the_format_of_the_documentation()
    {
        // docs/model-files.md: enum members by name, quantities as text with units, absent values left out.
        var parts = new DeploymentParts(
            Paradigm.Sandboxing,
            new NicParts(NicKind.SrIovVirtualFunction, 0, 8),
            [new LogicalChannelParts(LogicalChannelKind.Vlan, 5000)],
            Uplink: new PhysicalNicParts(BitRate.FromGigabitsPerSecond(10), Medium: PhysicalMedium.Cat6a),
            Mtu: 1390,
            Encapsulation: new EncapsulationStackParts(1500, [new EncapsulationParts(EncapsulationKind.GeneveOverIpv4, 8), new EncapsulationParts(EncapsulationKind.MplsLabels, LabelCount: 2)]));
        var expected = """
            {
              "deployments": [
                {
                  "paradigm": "Sandboxing",
                  "nic": {
                    "kind": "SrIovVirtualFunction",
                    "virtualFunctionIndex": 0,
                    "virtualFunctionCount": 8
                  },
                  "channels": [
                    {
                      "kind": "Vlan",
                      "id": 5000
                    }
                  ],
                  "mtu": 1390,
                  "encapsulation": {
                    "underlayMtu": 1500,
                    "layers": [
                      {
                        "kind": "GeneveOverIpv4",
                        "optionBytes": 8
                      },
                      {
                        "kind": "MplsLabels",
                        "labelCount": 2
                      }
                    ]
                  },
                  "uplink": {
                    "speed": "10 Gbit/s",
                    "duplex": "Full",
                    "medium": "Cat6a",
                    "topology": "Star"
                  }
                }
              ]
            }
            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), PartsJson.ModelFile(parts).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_workload_is_written_with_its_requests_as_text()
    {
        var parts = new WorkloadParts(Paradigm.Sandboxing, CpuCores.FromMillicores(500), Information.FromGibibytes(8), RequirementLevel.Low, RequirementLevel.High);
        var result = ModelFileReader.ReadText(PartsJson.ModelFile(parts));
        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal("PM0011", finding.Id);
        Assert.Equal("$.workloads[0].memory", finding.Path);
    }
}
