using System.Text.Json;
using System.Text.RegularExpressions;
using FsCheck.Xunit;
using Json.Schema;
using Paradigms.Model.Decisions;
using Paradigms.Model.Json;
using Paradigms.Model.Networking;
using Paradigms.Model.Quantities;
using Paradigms.Model.Tests.Quantities;

namespace Paradigms.Model.Tests.Json;

/// <summary>
/// docs/schema/paradigms-model.schema.json is a draft 2020-12 schema that agrees with the C# enums and
/// with what the library writes and reads; every file under docs/examples validates against it, and
/// reads with exactly the findings docs/examples/README.md lists.
/// </summary>
public partial class SchemaTests
{
    private static readonly string Docs = Path.Combine(QuantityConventionTests.RepositoryRoot(), "docs");

    private static readonly string SchemaText = File.ReadAllText(Path.Combine(Docs, "schema", "paradigms-model.schema.json"));

    /// <summary>Built once: a schema is registered by its $id when it is built.</summary>
    private static readonly JsonSchema Schema = JsonSchema.FromText(SchemaText);

    private static readonly (string Definition, Type Enum)[] Enums =
    [
        ("paradigm", typeof(Paradigm)),
        ("nicKind", typeof(NicKind)),
        ("logicalChannelKind", typeof(LogicalChannelKind)),
        ("networkMode", typeof(NetworkMode)),
        ("duplexMode", typeof(DuplexMode)),
        ("interfaceType", typeof(InterfaceType)),
        ("physicalMedium", typeof(PhysicalMedium)),
        ("physicalTopology", typeof(PhysicalTopology)),
        ("encapsulationKind", typeof(EncapsulationKind)),
        ("requirementLevel", typeof(RequirementLevel)),
    ];

    public static TheoryData<string, Type> EnumDefinitions
    {
        get
        {
            var data = new TheoryData<string, Type>();
            foreach (var (definition, type) in Enums)
            {
                data.Add(definition, type);
            }

            return data;
        }
    }

    public static TheoryData<string> Examples => new(ExampleFiles());

    private static string[] ExampleFiles() => [.. Directory.GetFiles(Path.Combine(Docs, "examples"), "*.json").Select(f => Path.GetFileName(f)).Order()];

    [Fact]
    public void The_schema_is_a_valid_draft_2020_12_schema()
    {
        using var schema = JsonDocument.Parse(SchemaText);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
        var results = MetaSchemas.Draft202012.Evaluate(schema.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, Errors(results));
    }

    [Theory]
    [MemberData(nameof(EnumDefinitions))]
    public void Each_enum_of_the_schema_lists_exactly_the_names_of_its_CSharp_enum(string definition, Type type)
    {
        using var schema = JsonDocument.Parse(SchemaText);
        var listed = schema.RootElement.GetProperty("$defs").GetProperty(definition).GetProperty("enum").EnumerateArray().Select(e => e.GetString());
        Assert.Equal(Enum.GetNames(type), listed);
    }

    [Fact]
    public void Every_enum_of_a_model_file_type_has_its_definition_in_the_schema()
    {
        Type[] fileTypes = [typeof(Deployment), typeof(Nic), typeof(LogicalChannel), typeof(PhysicalNic), typeof(Encapsulation), typeof(Workload)];
        var used = fileTypes
            .SelectMany(t => t.GetProperties())
            .Select(p => Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType)
            .Where(t => t.IsEnum)
            .ToHashSet();
        Assert.Subset(Enums.Select(e => e.Enum).ToHashSet(), used);
    }

    [Theory]
    [InlineData("", "$")]
    [InlineData("deployment", "$.deployments[0]")]
    [InlineData("nic", "$.deployments[0].nic", "$.deployments[1].nic")]
    [InlineData("channel", "$.deployments[0].channels[0]")]
    [InlineData("physicalNic", "$.deployments[0].uplink")]
    [InlineData("encapsulationStack", "$.deployments[0].encapsulation")]
    [InlineData("workload", "$.workloads[0]")]
    [InlineData("requirements", "$.requirements")]
    public void Each_object_of_the_schema_has_exactly_the_properties_the_library_writes(string definition, params string[] paths)
    {
        var everything = new Deployment(
            Paradigm.Containerization,
            Nic.SrIov(1, 8),
            [LogicalChannel.Vlan(7)],
            NetworkMode.Cni,
            new PhysicalNic(BitRate.Parse("10 Gbit/s"), DuplexMode.Full, InterfaceType.Rj45, PhysicalMedium.Cat6a, Length.Parse("3 m"), PhysicalTopology.Star, MacAddress.Parse("02:00:00:00:00:01"), "ixgbe"),
            1390,
            new EncapsulationStack(1500, Encapsulation.VxlanOverIpv4(), Encapsulation.WireGuardOverIpv4()),
            guestModifiable: true);
        var vlanInterface = new Deployment(Paradigm.Containerization, Nic.VlanInterface(7));
        var file = new ModelFile([new NamedDeployment(everything, "everything"), new NamedDeployment(vlanInterface)], [Workload.ApplicationCase], new Requirements(), "schema.json");
        using var written = JsonDocument.Parse(ModelJson.Serialize(file));
        var writtenNames = paths.SelectMany(path => At(written.RootElement, path).EnumerateObject().Select(p => p.Name)).Distinct().Order();

        using var schema = JsonDocument.Parse(SchemaText);
        var declaring = definition.Length == 0 ? schema.RootElement : schema.RootElement.GetProperty("$defs").GetProperty(definition);
        Assert.Equal(declaring.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(), writtenNames);
    }

    /// <summary>The element at a path such as <c>$.deployments[0].nic</c>.</summary>
    private static JsonElement At(JsonElement root, string path) =>
        path.Split('.').Skip(1).Aggregate(root, (element, step) =>
            step.EndsWith(']') ? element.GetProperty(step[..step.IndexOf('[', StringComparison.Ordinal)])[step[^2] - '0'] : element.GetProperty(step));

    [Property(Arbitrary = new[] { typeof(ModelArbitraries) }, MaxTest = 100)]
    public bool Every_file_the_library_writes_validates_against_the_schema(ModelFile file)
    {
        using var written = JsonDocument.Parse(ModelJson.Serialize(file));
        return Schema.Evaluate(written.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_validates_against_the_schema(string example)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Docs, "examples", example)));
        var results = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, example + ": " + Errors(results));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_reads_with_exactly_the_findings_the_examples_page_lists(string example)
    {
        var documented = DocumentedFindings()[example];
        var result = ModelFileReader.ReadFile(Path.Combine(Docs, "examples", example));
        Assert.Equal(documented, FileAssert.Positions(result));
        Assert.Equal(documented.Length == 0 ? ModelFileStatus.Valid : ModelFileStatus.BreaksRules, result.Status);
    }

    [Fact]
    public void The_examples_page_lists_every_example_and_the_valid_ones_cover_every_paradigm_a_workload_and_requirements()
    {
        var documented = DocumentedFindings();
        Assert.Equal(ExampleFiles(), documented.Keys.Order());
        var valid = documented.Where(e => e.Value.Length == 0)
            .Select(e => ModelFileReader.ReadFile(Path.Combine(Docs, "examples", e.Key)).Model!)
            .ToList();
        Assert.Equal(Enum.GetValues<Paradigm>(), valid.SelectMany(m => m.Deployments).Select(d => d.Deployment.Paradigm).Distinct().Order());
        Assert.Contains(valid, m => m.Workloads.Length > 0);
        Assert.Contains(valid, m => m.Requirements is not null);
        Assert.Contains(documented.Values, ids => ids.Select(f => f.Id).SequenceEqual(["PM0001"]));
        Assert.Contains(documented.Values, ids => ids.Select(f => f.Id).SequenceEqual(["PM0004"]));
    }

    [Theory]
    [InlineData("""{ "deployments": [ { "paradigm": "Sandboxing", "nic": { "kind": "WasiSocket" }, "color": "red" } ] }""")]
    [InlineData("""{ "deployments": [ { "paradigm": "sandboxing", "nic": { "kind": "WasiSocket" } } ] }""")]
    [InlineData("""{ "deployments": [ { "paradigm": "Sandboxing" } ] }""")]
    [InlineData("""{ "deployments": [ { "paradigm": "Sandboxing", "nic": { "kind": "WasiSocket", "vlanId": 3 } } ] }""")]
    [InlineData("""{ "deployments": [ { "paradigm": "Containerization", "nic": { "kind": "Veth" }, "channels": [ { "kind": "Vlan" } ] } ] }""")]
    [InlineData("""{ "deployments": [ { "paradigm": "Containerization", "nic": { "kind": "Veth" }, "mtu": "1500" } ] }""")]
    [InlineData("""{ "workloads": [ { "paradigm": "Containerization", "cpu": 2, "memory": "4Gi", "io": "High", "network": "Medium" } ] }""")]
    [InlineData("""{ "requirements": { "highIsolation": "yes" } }""")]
    public void The_schema_refuses_what_the_reader_calls_an_input_error(string json)
    {
        using var document = JsonDocument.Parse(json);
        Assert.False(Schema.Evaluate(document.RootElement).IsValid);
        Assert.Equal(ModelFileStatus.Unreadable, ModelFileReader.ReadText(json).Status);
    }

    /// <summary>The findings column of docs/examples/README.md: <c>none</c>, or <c>PM0001 at line 7, column 24</c> and more, comma-separated.</summary>
    private static Dictionary<string, (string Id, int Line, int Column)[]> DocumentedFindings() =>
        File.ReadAllLines(Path.Combine(Docs, "examples", "README.md"))
            .Select(line => TableRow().Match(line))
            .Where(match => match.Success)
            .ToDictionary(
                match => match.Groups["file"].Value,
                match => Finding().Matches(match.Groups["findings"].Value)
                    .Select(f => (f.Groups["id"].Value, int.Parse(f.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(f.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture)))
                    .ToArray());

    private static string Errors(EvaluationResults results) =>
        string.Join("; ", (results.Details ?? []).Prepend(results)
            .Where(r => r.Errors is { Count: > 0 })
            .SelectMany(r => r.Errors!.Select(e => $"{r.InstanceLocation}: {e.Value}")));

    [GeneratedRegex(@"^\| \[(?<file>[^\]]+\.json)\]\([^)]*\) \| [^|]* \| (?<findings>[^|]*) \|$")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"(?<id>PMF?\d+) at line (?<line>\d+), column (?<column>\d+)")]
    private static partial Regex Finding();
}
