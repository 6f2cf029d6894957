using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Paradigms.Model.Cli.Tests;

/// <summary>
/// <c>paradigms check --format sarif</c> writes SARIF 2.1.0 (OASIS, "Static Analysis Results Interchange Format Version
/// 2.1.0"): a <c>sarifLog</c> with <c>$schema</c> and <c>version</c> "2.1.0"; one <c>run</c> whose <c>tool.driver</c> is
/// a <c>toolComponent</c> named "paradigms" with its version, <c>informationUri</c> and one <c>reportingDescriptor</c> per
/// id in <c>rules</c> (<c>id</c>, <c>shortDescription</c>, <c>fullDescription</c>, <c>helpUri</c>,
/// <c>defaultConfiguration.level</c>); one <c>result</c> per finding (<c>ruleId</c>, <c>ruleIndex</c>, <c>level</c>,
/// <c>message.text</c>, <c>locations[].physicalLocation</c> with a relative <c>artifactLocation.uri</c> on the base
/// <c>%SRCROOT%</c> that <c>originalUriBaseIds</c> gives, and <c>region.startLine</c>/<c>startColumn</c>), and
/// <c>columnKind</c> "utf16CodeUnits". Every log is validated against the SARIF 2.1.0 JSON schema that the Sarif.Sdk package
/// ships (Schemata/sarif-2.1.0.json, downloaded by the test project's restore), with its formats (uri, uri-reference) checked.
/// </summary>
public sealed class CheckSarifTests : IDisposable
{
    private const string HelpBase = "https://github.com/paradigms-model/Paradigms.Model/blob/main/docs/";

    /// <summary>Built once: a schema is registered when it is built.</summary>
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "sarif-2.1.0.json")));

    private readonly CheckFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void TheExamples_AreAValidSarifLogWithBothFindings()
    {
        var result = CheckFolder.RunInRepository("check", "docs/examples", "--format", "sarif");

        Assert.True(result.ExitCode == 1 && result.StandardError.Length == 0, result.Transcript);
        using var log = JsonDocument.Parse(result.StandardOutput);
        AssertValid(log.RootElement);
        var root = log.RootElement;
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = root.GetProperty("runs").EnumerateArray().Single();
        Assert.Equal("utf16CodeUnits", run.GetProperty("columnKind").GetString());
        Assert.Equal(new Uri(Repository.Root.TrimEnd('/') + "/").AbsoluteUri, run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        // PM0001 is the first rule (index 0), PM0004 the fourth (index 3).
        AssertResult(results[0], "PM0001", 0, "error", "docs/examples/invalid-sriov-on-sandbox.json", 7, 24, "SR-IOV cannot be attached to a Wasm sandbox: a Wasm module reaches the network only through WASI sockets, and WASI exposes no link-layer device");
        AssertResult(results[1], "PM0004", 3, "error", "docs/examples/invalid-vlan-5000.json", 8, 45, "VLAN id 5000 is outside 1–4094 (802.1Q: 12 bits, 0 and 4095 reserved)");
        Assert.Equal("$.deployments[0].nic.kind", results[0].GetProperty("properties").GetProperty("jsonPath").GetString());
    }

    [Fact]
    public void TheDriver_IsParadigmsWithItsVersionAndEveryRule()
    {
        _folder.Write("valid.json", CheckFolder.Valid);
        var version = Cli.Run("--version").Succeeded().StandardOutput.Trim();

        var result = _folder.Run("check", "valid.json", "--format", "sarif").Succeeded();

        using var log = JsonDocument.Parse(result.StandardOutput);
        AssertValid(log.RootElement);
        var run = log.RootElement.GetProperty("runs")[0];
        Assert.Empty(run.GetProperty("results").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("paradigms", driver.GetProperty("name").GetString());
        // The version --version prints, without the commit a build adds after '+'.
        Assert.Equal(version.Split('+')[0], driver.GetProperty("version").GetString());
        Assert.Equal("https://github.com/paradigms-model/Paradigms.Model", driver.GetProperty("informationUri").GetString());

        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(
            [
                "PM0001", "PM0002", "PM0003", "PM0004", "PM0005", "PM0006", "PM0007", "PM0008", "PM0009", "PM0010", "PM0011",
                "PMF001", "PMF002", "PMF003", "PMF004", "PMF005", "PMF006", "PMF007", "PMF008",
            ],
            rules.Select(r => r.GetProperty("id").GetString()));
        foreach (var rule in rules)
        {
            var id = rule.GetProperty("id").GetString()!;
            // docs/diagnostics/README.md: every id's default is error but PM0003's, a warning; every input error is an error.
            Assert.Equal(id == "PM0003" ? "warning" : "error", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("shortDescription").GetProperty("text").GetString()), id);
            Assert.StartsWith(rule.GetProperty("shortDescription").GetProperty("text").GetString()!, rule.GetProperty("fullDescription").GetProperty("text").GetString(), StringComparison.Ordinal);
            var help = rule.GetProperty("helpUri").GetString()!;
            if (id.StartsWith("PMF", StringComparison.Ordinal))
            {
                Assert.Equal(HelpBase + "model-files.md#" + id.ToLowerInvariant(), help);
                Assert.Contains("\n### " + id + "\n", File.ReadAllText(Path.Combine(Repository.Root, "docs", "model-files.md")), StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(HelpBase + "diagnostics/" + id + ".md", help);
                Assert.True(File.Exists(Path.Combine(Repository.Root, "docs", "diagnostics", id + ".md")), help);
            }
        }

        Assert.Equal("NIC cannot be attached under the paradigm", rules[0].GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal("The text is not well-formed JSON", rules[12].GetProperty("shortDescription").GetProperty("text").GetString());
    }

    [Fact]
    public void AWarning_KeepsItsOwnLevel()
    {
        _folder.Write("warning.json", """{"deployments":[{"paradigm":"Virtualization","nic":{"kind":"VirtioNet"}}]}""");

        using var log = JsonDocument.Parse(_folder.Run("check", "warning.json", "--format", "sarif").Succeeded().StandardOutput);

        AssertValid(log.RootElement);
        var finding = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single();
        Assert.Equal("PM0003", finding.GetProperty("ruleId").GetString());
        Assert.Equal("warning", finding.GetProperty("level").GetString());
    }

    [Fact]
    public void FileNames_BecomePercentEncodedRelativeUris_OrAbsoluteOnesWhenNamedAbsolutely()
    {
        _folder.Write("my models/edge μ.json", CheckFolder.SriovOnSandbox);
        var absolute = _folder.Write("absolute.json", CheckFolder.SriovOnSandbox);

        var result = _folder.Run("check", "my models/edge μ.json", absolute, "--format", "sarif");

        Assert.True(result.ExitCode == 1, result.Transcript);
        using var log = JsonDocument.Parse(result.StandardOutput);
        AssertValid(log.RootElement);
        var locations = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation")).ToList();
        // A space is %20; μ (U+03BC) is the UTF-8 bytes CE BC.
        Assert.Equal("my%20models/edge%20%CE%BC.json", locations[0].GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", locations[0].GetProperty("uriBaseId").GetString());
        Assert.Equal("file://" + absolute, locations[1].GetProperty("uri").GetString());
        Assert.False(locations[1].TryGetProperty("uriBaseId", out _));
    }

    [Fact]
    public void TheSchema_RefusesALogThatBreaksIt()
    {
        // The check above is only worth something if the schema refuses what SARIF does not allow.
        using var log = JsonDocument.Parse(CheckFolder.RunInRepository("check", "docs/examples/invalid-sriov-on-sandbox.json", "--format", "sarif").StandardOutput);
        var valid = JsonNode.Parse(log.RootElement.GetRawText())!;

        var noVersion = valid.DeepClone();
        noVersion.AsObject().Remove("version");
        var wrongLevel = valid.DeepClone();
        wrongLevel["runs"]![0]!["results"]![0]!["level"] = "fatal";
        var lineZero = valid.DeepClone();
        lineZero["runs"]![0]!["results"]![0]!["locations"]![0]!["physicalLocation"]!["region"]!["startLine"] = 0;
        var noDriverName = valid.DeepClone();
        noDriverName["runs"]![0]!["tool"]!["driver"]!.AsObject().Remove("name");

        foreach (var broken in new[] { noVersion, wrongLevel, lineZero, noDriverName })
        {
            Assert.False(Evaluate(JsonSerializer.SerializeToElement(broken)).IsValid, broken.ToJsonString());
        }

        AssertValid(JsonSerializer.SerializeToElement(valid));
    }

    private static void AssertResult(JsonElement result, string ruleId, int ruleIndex, string level, string uri, int line, int column, string message)
    {
        Assert.Equal(ruleId, result.GetProperty("ruleId").GetString());
        Assert.Equal(ruleIndex, result.GetProperty("ruleIndex").GetInt32());
        Assert.Equal(level, result.GetProperty("level").GetString());
        Assert.Equal(message, result.GetProperty("message").GetProperty("text").GetString());
        var location = result.GetProperty("locations").EnumerateArray().Single().GetProperty("physicalLocation");
        Assert.Equal(uri, location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal(line, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(column, location.GetProperty("region").GetProperty("startColumn").GetInt32());
    }

    private static EvaluationResults Evaluate(JsonElement log) =>
        Schema.Evaluate(log, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });

    private static void AssertValid(JsonElement log)
    {
        var results = Evaluate(log);
        Assert.True(
            results.IsValid,
            string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))));
    }
}
