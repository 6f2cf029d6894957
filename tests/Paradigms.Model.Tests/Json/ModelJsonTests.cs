using System.Text.Json;
using Paradigms.Model.Decisions;
using Paradigms.Model.Json;
using Paradigms.Model.Networking;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Tests.Json;

/// <summary>The written form of <see cref="ModelJson"/>, and what its <c>Deserialize</c> methods throw.</summary>
public class ModelJsonTests
{
    [Fact]
    public void A_deployment_is_written_with_enum_names_quantities_with_units_and_absent_values_left_out()
    {
        var deployment = new Deployment(
            Paradigm.Containerization,
            Nic.SrIov(0, 8),
            [LogicalChannel.Vlan(100), LogicalChannel.Cni()],
            NetworkMode.Cni,
            new PhysicalNic(BitRate.FromGigabitsPerSecond(25), interfaceType: InterfaceType.Sfp28, medium: PhysicalMedium.MultiModeFiber, cableLength: Length.FromMeters(70)),
            1390,
            new EncapsulationStack(1500, Encapsulation.VxlanOverIpv4(), Encapsulation.GeneveOverIpv4(8), Encapsulation.MplsLabels(2)));
        const string Expected = """
            {
              "paradigm": "Containerization",
              "nic": {
                "kind": "SrIovVirtualFunction",
                "virtualFunctionIndex": 0,
                "virtualFunctionCount": 8
              },
              "channels": [
                {
                  "kind": "Vlan",
                  "id": 100
                },
                {
                  "kind": "Cni"
                }
              ],
              "networkMode": "Cni",
              "mtu": 1390,
              "encapsulation": {
                "underlayMtu": 1500,
                "layers": [
                  "VxlanOverIpv4",
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
                "speed": "25 Gbit/s",
                "duplex": "Full",
                "interfaceType": "Sfp28",
                "medium": "MultiModeFiber",
                "cableLength": "70 m",
                "topology": "Star"
              }
            }
            """;
        Assert.Equal(Expected, ModelJson.Serialize(deployment).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_application_case_workload_reads_as_the_document_writes_it_and_is_written_with_units()
    {
        const string Json = """{ "paradigm": "Containerization", "cpu": "2", "memory": "4Gi", "io": "High", "network": "Medium" }""";
        Assert.Equal(Workload.ApplicationCase, ModelJson.DeserializeWorkload(Json));
        const string Written = """
            {
              "paradigm": "Containerization",
              "cpu": "2 cores",
              "memory": "4 GiB",
              "io": "High",
              "network": "Medium"
            }
            """;
        Assert.Equal(Written, ModelJson.Serialize(Workload.ApplicationCase).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Non_ASCII_text_is_written_as_itself()
    {
        var nic = new PhysicalNic(BitRate.FromGigabitsPerSecond(1), driver: "驱动 μ");
        Assert.Contains("\"driver\": \"驱动 μ\"", ModelJson.Serialize(nic), StringComparison.Ordinal);
        Assert.Equal(nic, ModelJson.DeserializePhysicalNic(ModelJson.Serialize(nic)));
    }

    [Fact]
    public void An_invalid_model_throws_a_JsonException_with_the_path_line_and_position_of_each_error()
    {
        const string Json = """
            {
              "paradigm": "Sandboxing",
              "nic": { "kind": "SrIovVirtualFunction" },
              "networkMode": "Bridge"
            }
            """;
        var error = Assert.Throws<InvalidModelFileException>(() => ModelJson.DeserializeDeployment(Json));
        Assert.IsAssignableFrom<JsonException>(error);
        Assert.Equal("PM0001", error.Id);
        // System.Text.Json counts from 0: line 3 is 2, and the value at column 20 is 19 bytes into its line.
        Assert.Equal(("$.nic.kind", 2L, 19L), (error.Path, error.LineNumber, error.BytePositionInLine));
        Assert.Equal([("PM0001", 3, 20), ("PM0009", 4, 18)], error.Diagnostics.Select(d => (d.Id, d.Line, d.Column)));
        Assert.StartsWith("The JSON is not a valid deployment:" + Environment.NewLine + "line 3, column 20 ($.nic.kind): PM0001: SR-IOV cannot be attached to a Wasm sandbox", error.Message, StringComparison.Ordinal);
        Assert.Contains(Environment.NewLine + "line 4, column 18 ($.networkMode): PM0009: Bridge mode cannot be used by a Wasm sandbox", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_byte_position_of_the_exception_counts_bytes_and_the_diagnostic_counts_characters()
    {
        const string Json = """{ "speed": "1 Gbit/s", "driver": "μ", "medium": "Cat9" }""";
        var error = Assert.Throws<InvalidModelFileException>(() => ModelJson.DeserializePhysicalNic(Json));
        // "speed" 3–9, "1 Gbit/s" 12–21, "driver" 24–31, "μ" quoted 34–36, "medium" 39–46, the value at 49; "μ" is two bytes.
        Assert.Equal(("PMF006", 1, 49), (error.Diagnostics[0].Id, error.Diagnostics[0].Line, error.Diagnostics[0].Column));
        Assert.Equal((0L, 49L), (error.LineNumber, error.BytePositionInLine));
    }

    [Theory]
    [InlineData("""{ "paradigm": "Containerization", "nic": { "kind": "Veth" }, "name": "pod" }""", "PMF004")]
    [InlineData("""{ "paradigm": "Containerization", "nic": { "kind": "Veth" } """, "PMF002")]
    [InlineData("", "PMF001")]
    public void Input_errors_throw_too(string json, string id) =>
        Assert.Equal(id, Assert.Throws<InvalidModelFileException>(() => ModelJson.DeserializeDeployment(json)).Id);

    [Fact]
    public void Warnings_do_not_throw()
    {
        var deployment = ModelJson.DeserializeDeployment("""{ "paradigm": "Virtualization", "nic": { "kind": "VirtioNet" } }""");
        Assert.Equal(new Deployment(Paradigm.Virtualization, Nic.VirtioNet()), deployment);
    }

    [Fact]
    public void A_NIC_or_channel_read_alone_is_checked_by_its_own_rules_only()
    {
        Assert.Equal(Nic.SrIov(), ModelJson.DeserializeNic("""{ "kind": "SrIovVirtualFunction" }"""));
        Assert.Equal(LogicalChannel.WasiSocket(), ModelJson.DeserializeChannel("""{ "kind": "WasiSocket" }"""));
        Assert.Equal("PM0004", Assert.Throws<InvalidModelFileException>(() => ModelJson.DeserializeChannel("""{ "kind": "Vlan", "id": 4095 }""")).Id);
    }

    [Fact]
    public void Requirements_left_out_are_false_and_every_condition_is_written()
    {
        var requirements = ModelJson.DeserializeRequirements("""{ "highIsolation": true }""");
        Assert.Equal(new Requirements { HighIsolation = true }, requirements);
        using var written = JsonDocument.Parse(ModelJson.Serialize(requirements));
        Assert.Equal(7, written.RootElement.EnumerateObject().Count());
    }

    [Fact]
    public void Text_that_UTF8_cannot_hold_cannot_be_written()
    {
        var nic = new PhysicalNic(BitRate.FromGigabitsPerSecond(1), driver: "e1000\uD800");
        var error = Assert.Throws<ArgumentException>(() => ModelJson.Serialize(nic));
        Assert.Equal("driver", error.ParamName);
        Assert.StartsWith("driver holds an unpaired UTF-16 surrogate (U+D800) at index 5; allowed: text of whole characters", error.Message, StringComparison.Ordinal);
    }
}
