using System.Text.Json;

namespace Paradigms.Model.Cli.Tests;

/// <summary><c>paradigms check</c>: warnings, the Markdown and JSON reports, <c>--output</c>, and <c>--format</c> before the command.</summary>
public sealed class CheckFormatTests : IDisposable
{
    private const string HelpBase = "https://github.com/paradigms-model/Paradigms.Model/blob/main/docs/diagnostics/";

    /// <summary>VirtIO-net under full virtualization: the warning PM0003 at the NIC's kind, column 60 (59 characters before it).</summary>
    private const string VirtioUnderVirtualization = """{"deployments":[{"paradigm":"Virtualization","nic":{"kind":"VirtioNet"}}]}""";

    private readonly CheckFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AWarningOnly_ExitsWith0AndIsCounted()
    {
        _folder.Write("warning.json", VirtioUnderVirtualization);

        var result = _folder.Run("check", "warning.json").Succeeded();

        Assert.Equal(2, result.Lines.Count);
        Assert.StartsWith("warning.json(1,60): warning PM0003: VirtIO-net on a fully virtualized VM: ", result.Lines[0], StringComparison.Ordinal);
        Assert.EndsWith("[" + HelpBase + "PM0003.md]", result.Lines[0], StringComparison.Ordinal);
        Assert.Equal("Checked 1 file: 0 errors, 1 warning.", result.Lines[1]);
    }

    [Fact]
    public void ValidAndInvalidFilesTogether_ReportTheInvalidOnesAndExitWith1()
    {
        _folder.Write("a-valid.json", CheckFolder.Valid);
        _folder.Write("b-error.json", CheckFolder.SriovOnSandbox);
        _folder.Write("c-warning.json", VirtioUnderVirtualization);
        _folder.Write("d-valid.json", CheckFolder.Valid);

        var result = _folder.Run("check", "*.json");

        Assert.True(result.ExitCode == 1, result.Transcript);
        Assert.Empty(result.StandardError);
        Assert.Equal(3, result.Lines.Count);
        Assert.StartsWith("b-error.json(1,65): error PM0001: ", result.Lines[0], StringComparison.Ordinal);
        Assert.StartsWith("c-warning.json(1,60): warning PM0003: ", result.Lines[1], StringComparison.Ordinal);
        Assert.Equal("Checked 4 files: 1 error, 1 warning.", result.Lines[2]);
    }

    [Fact]
    public void Markdown_IsATableOfTheFindingsAndTheSummary()
    {
        _folder.Write("edge.json", CheckFolder.SriovOnSandbox);

        var result = _folder.Run("check", "edge.json", "--format", "markdown");

        Assert.True(result.ExitCode == 1, result.Transcript);
        Assert.Equal(
            "## Check\n\n"
            + "| File | Line | Column | Severity | Id | Message |\n"
            + "| --- | --- | --- | --- | --- | --- |\n"
            + "| edge.json | 1 | 65 | error | [PM0001](" + HelpBase + "PM0001.md) | SR-IOV cannot be attached to a Wasm sandbox: a Wasm module reaches the network only through WASI sockets, and WASI exposes no link-layer device |\n"
            + "\nChecked 1 file: 1 error, 0 warnings.\n",
            result.StandardOutput);
    }

    [Fact]
    public void Markdown_WithoutFindings_SaysSo()
    {
        _folder.Write("valid.json", CheckFolder.Valid);

        Assert.Equal("## Check\n\nNo findings.\n\nChecked 1 file: 0 errors, 0 warnings.\n", _folder.Run("check", "valid.json", "--format", "markdown").Succeeded().StandardOutput);
    }

    [Fact]
    public void Json_ListsEveryFileWithItsStatusAndFindings()
    {
        _folder.Write("a.json", CheckFolder.Valid);
        _folder.Write("b.json", CheckFolder.SriovOnSandbox);
        _folder.Write("c.json", VirtioUnderVirtualization);

        var result = _folder.Run("check", "*.json", "--format", "json");

        Assert.True(result.ExitCode == 1, result.Transcript);
        using var json = JsonDocument.Parse(result.StandardOutput);
        var root = json.RootElement;
        Assert.Equal(3, root.GetProperty("filesChecked").GetInt32());
        Assert.Equal(1, root.GetProperty("errors").GetInt32());
        Assert.Equal(1, root.GetProperty("warnings").GetInt32());
        var files = root.GetProperty("files");
        Assert.Equal(["a.json", "b.json", "c.json"], files.EnumerateArray().Select(f => f.GetProperty("path").GetString()));
        Assert.Equal(["valid", "breaksRules", "valid"], files.EnumerateArray().Select(f => f.GetProperty("status").GetString()));
        Assert.Empty(files[0].GetProperty("diagnostics").EnumerateArray());
        var error = files[1].GetProperty("diagnostics").EnumerateArray().Single();
        Assert.Equal("PM0001", error.GetProperty("id").GetString());
        Assert.Equal("error", error.GetProperty("severity").GetString());
        Assert.Equal(1, error.GetProperty("line").GetInt32());
        Assert.Equal(65, error.GetProperty("column").GetInt32());
        Assert.Equal("$.deployments[0].nic.kind", error.GetProperty("jsonPath").GetString());
        // docs/diagnostics/PM0001.md cites these sections.
        Assert.Equal("Net §05.4.2, §10.4; Net §09.1.1; WASI sockets proposal", error.GetProperty("citation").GetString());
        Assert.Equal(HelpBase + "PM0001.md", error.GetProperty("helpLink").GetString());
        Assert.Equal("warning", files[2].GetProperty("diagnostics")[0].GetProperty("severity").GetString());
    }

    [Fact]
    public void Output_WritesTheReportToTheFileAndTheSummaryToStdout()
    {
        _folder.Write("edge.json", CheckFolder.SriovOnSandbox);

        var result = _folder.Run("check", "edge.json", "--format", "json", "--output", "report.json");

        Assert.True(result.ExitCode == 1, result.Transcript);
        Assert.Equal("Checked 1 file: 1 error, 0 warnings; wrote report.json.\n", result.StandardOutput);
        using var json = JsonDocument.Parse(File.ReadAllText(_folder.Full("report.json")));
        Assert.Equal("PM0001", json.RootElement.GetProperty("files")[0].GetProperty("diagnostics")[0].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("json")]
    [InlineData("markdown")]
    public void FormatBeforeTheCommand_IsHonoured(string format)
    {
        _folder.Write("valid.json", CheckFolder.Valid);

        var before = _folder.Run("--format", format, "check", "valid.json").Succeeded();
        var after = _folder.Run("check", "valid.json", "--format", format).Succeeded();

        Assert.Equal(after.StandardOutput, before.StandardOutput);
        Assert.NotEqual(_folder.Run("check", "valid.json").StandardOutput, before.StandardOutput);
    }

    [Fact]
    public void TwoDifferentFormats_AreRefused()
    {
        _folder.Write("valid.json", CheckFolder.Valid);

        _folder.Run("--format", "json", "check", "valid.json", "--format", "sarif")
            .Refused(2, "paradigms check: --format was given twice, 'json' before check and 'sarif' after it; allowed: one format.");
    }

    [Fact]
    public void AnUnknownFormat_IsRefused()
    {
        _folder.Write("valid.json", CheckFolder.Valid);

        _folder.Run("check", "valid.json", "--format", "xml")
            .Refused(2, "paradigms check: --format was 'xml'; allowed: text, markdown, json, sarif (in any case).");
    }

    [Fact]
    public void TheHelp_ShowsOneFormatOptionWithSarif()
    {
        var help = Cli.Run("check", "--help").Succeeded();

        Assert.Single(help.Lines, line => line.TrimStart().StartsWith("--format", StringComparison.Ordinal));
        help.HasLine("--format <text|markdown|json|sarif>").HasLine("--output <file>").HasLine("<files or globs>");
    }
}
