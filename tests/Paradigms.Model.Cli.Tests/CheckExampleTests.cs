using System.Text.Json;
using System.Text.RegularExpressions;

namespace Paradigms.Model.Cli.Tests;

/// <summary>
/// <c>paradigms check</c> on the example files of docs/examples: each gives exactly the findings docs/examples/README.md
/// lists, at the positions it lists, run from the repository's root as a user would.
/// </summary>
public sealed partial class CheckExampleTests
{
    private const string HelpBase = "https://github.com/paradigms-model/Paradigms.Model/blob/main/docs/diagnostics/";

    /// <summary>Each row of the README's table: the file and its findings, "none" or "PM0001 at line 7, column 24".</summary>
    public static TheoryData<string, string> ReadmeRows()
    {
        var data = new TheoryData<string, string>();
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "docs", "examples", "README.md"));
        foreach (Match row in TableRow().Matches(readme))
        {
            data.Add(row.Groups["file"].Value, row.Groups["findings"].Value.Trim());
        }

        return data;
    }

    [Fact]
    public void TheReadme_ListsEveryExampleFile()
    {
        var listed = ReadmeRows().Select(row => (string)row[0]).Order(StringComparer.Ordinal);
        var files = Directory.GetFiles(Path.Combine(Repository.Root, "docs", "examples"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(files, listed);
    }

    [Theory]
    [MemberData(nameof(ReadmeRows))]
    public void EachExample_GivesExactlyTheFindingsTheReadmeLists(string file, string findings)
    {
        var result = CheckFolder.RunInRepository("check", "docs/examples/" + file, "--format", "json");
        using var json = JsonDocument.Parse(result.StandardOutput);

        var found = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray()
            .Select(d => $"{d.GetProperty("id").GetString()} at line {d.GetProperty("line").GetInt32()}, column {d.GetProperty("column").GetInt32()}");
        Assert.Equal(findings, found.Any() ? string.Join("; ", found) : "none");
        Assert.Equal(findings == "none" ? 0 : 1, result.ExitCode);
        Assert.Empty(result.StandardError);
    }

    [Fact]
    public void SriovOnASandbox_IsPM0001AtTheNicKind()
    {
        // Line 7 is `      "nic": { "kind": "SrIovVirtualFunction" }`: six spaces and `"nic": { "kind": ` (17 characters) come first, so the value starts at column 24.
        var result = CheckFolder.RunInRepository("check", "docs/examples/invalid-sriov-on-sandbox.json");

        Assert.True(result.ExitCode == 1, result.Transcript);
        Assert.Empty(result.StandardError);
        Assert.Equal(
            [
                "docs/examples/invalid-sriov-on-sandbox.json(7,24): error PM0001: SR-IOV cannot be attached to a Wasm sandbox: a Wasm module reaches the network only through WASI sockets, and WASI exposes no link-layer device [" + HelpBase + "PM0001.md]",
                "Checked 1 file: 1 error, 0 warnings.",
            ],
            result.Lines);
    }

    [Fact]
    public void Vlan5000_IsPM0004AtTheId()
    {
        // Line 8 is `      "channels": [ { "kind": "Vlan", "id": 5000 } ]`: 6 spaces + `"channels": [ { "kind": "Vlan", "id": ` (38 characters) = 44, so 5000 starts at column 45.
        var result = CheckFolder.RunInRepository("check", "docs/examples/invalid-vlan-5000.json");

        Assert.True(result.ExitCode == 1, result.Transcript);
        Assert.Equal(
            [
                "docs/examples/invalid-vlan-5000.json(8,45): error PM0004: VLAN id 5000 is outside 1–4094 (802.1Q: 12 bits, 0 and 4095 reserved) [" + HelpBase + "PM0004.md]",
                "Checked 1 file: 1 error, 0 warnings.",
            ],
            result.Lines);
    }

    [Theory]
    [InlineData("virtualization.json")]
    [InlineData("paravirtualization.json")]
    [InlineData("containerization.json")]
    [InlineData("sandboxing.json")]
    [InlineData("workloads.json")]
    [InlineData("requirements.json")]
    public void AValidExample_PrintsOnlyTheSummary(string file)
    {
        var result = CheckFolder.RunInRepository("check", "docs/examples/" + file).Succeeded();

        Assert.Equal(["Checked 1 file: 0 errors, 0 warnings."], result.Lines);
    }

    [Theory]
    [InlineData("docs/examples")]
    [InlineData("docs/examples/")]
    [InlineData("docs/examples/*.json")]
    [InlineData("docs/examples/**/*.json")]
    public void TheWholeFolder_GivesBothErrorsInFileOrderAndExitCode1(string argument)
    {
        var result = CheckFolder.RunInRepository("check", argument);

        Assert.True(result.ExitCode == 1, result.Transcript);
        Assert.Empty(result.StandardError);
        Assert.Equal(3, result.Lines.Count);
        Assert.StartsWith("docs/examples/invalid-sriov-on-sandbox.json(7,24): error PM0001: ", result.Lines[0], StringComparison.Ordinal);
        Assert.StartsWith("docs/examples/invalid-vlan-5000.json(8,45): error PM0004: ", result.Lines[1], StringComparison.Ordinal);
        // Eight example files, two of them with one error each.
        Assert.Equal("Checked 8 files: 2 errors, 0 warnings.", result.Lines[2]);
    }

    [GeneratedRegex(@"^\| \[(?<file>[^\]]+\.json)\]\([^)]*\) \| [^|]* \| (?<findings>[^|]*) \|$", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
