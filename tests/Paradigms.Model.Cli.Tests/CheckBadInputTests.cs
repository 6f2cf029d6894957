using System.Text.Json;

namespace Paradigms.Model.Cli.Tests;

/// <summary>
/// <c>paradigms check</c> on input it cannot read: each gets a message on stderr naming the path and what is wrong,
/// exit code 2, and no report at all — nothing on stdout, no <c>--output</c> file, an existing one left as it was.
/// </summary>
public sealed class CheckBadInputTests : IDisposable
{
    private const string NoReport = "paradigms check: 1 input cannot be read; no report was written.";

    private readonly CheckFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void MalformedJson_IsPMF002WhereTheReaderStopped()
    {
        // `{ "deployments": [ }`: the `}` at column 20 cannot start a value.
        _folder.Write("malformed.json", """{ "deployments": [ }""");

        RefusedWithNothingWritten(["malformed.json"], "malformed.json(1,20): error PMF002: ", "docs/model-files.md#pmf002]", NoReport);
    }

    [Fact]
    public void AnEmptyFile_IsPMF001()
    {
        _folder.Write("empty.json", string.Empty);

        RefusedWithNothingWritten(["empty.json"], "empty.json(1,1): error PMF001: The file is empty", NoReport);
    }

    [Theory]
    // A NUL byte is binary content: `{"a":` is five bytes, the NUL is the sixth, at column 6.
    [InlineData(new byte[] { 0x7B, 0x22, 0x61, 0x22, 0x3A, 0x00, 0x7D }, "binary.json(1,6): error PMF001: The file holds binary content (a NUL byte at line 1, column 6)")]
    // A PNG starts with byte 0x89, which no UTF-8 text starts with.
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D }, "binary.json(1,1): error PMF001: The file is not UTF-8 text (byte 0x89 at line 1, column 1")]
    public void ABinaryFile_IsPMF001(byte[] bytes, string message)
    {
        _folder.Write("binary.json", bytes);

        RefusedWithNothingWritten(["binary.json"], message, NoReport);
    }

    [Fact]
    public void A50MegabyteFile_IsRefusedBeforeItIsRead()
    {
        // A sparse file: its length is set, no byte is written, so it costs no disk and no time to make.
        using (var stream = new FileStream(_folder.Full("large.json"), FileMode.CreateNew))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        // 50 × 1024 × 1024 = 52,428,800 bytes; the limit is 4 MiB = 4,194,304 bytes.
        RefusedWithNothingWritten(["large.json"], "large.json(1,1): error PMF001: The file is 52,428,800 bytes; allowed: at most 4,194,304 bytes (4 MiB).", NoReport);
    }

    [Fact]
    public void AnUnknownNicName_IsPMF006AtTheName()
    {
        // Line 3: four spaces and `{ "paradigm": "Containerization", "nic": { "kind": ` (51 characters) come first: the name starts at column 56.
        _folder.Write("unknown-nic.json", """
            {
              "deployments": [
                { "paradigm": "Containerization", "nic": { "kind": "SrIov" } }
              ]
            }
            """);

        RefusedWithNothingWritten(
            ["unknown-nic.json"],
            "unknown-nic.json(3,56): error PMF006: \"kind\" was \"SrIov\"; allowed: Physical, E1000, VirtioNet, XenPvNet, SrIovVirtualFunction, Veth, VlanInterface, BridgeInterface, TunnelInterface, WasiSocket",
            NoReport);
    }

    [Fact]
    public void AMissingFile_IsPMF001NamingIt()
    {
        RefusedWithNothingWritten(["missing.json"], "missing.json(1,1): error PMF001: The file cannot be opened: Could not find file '", "missing.json'.", NoReport);
    }

    [Fact]
    public void APathUnderARegularFile_IsPMF001()
    {
        _folder.Write("model.json", CheckFolder.Valid);

        RefusedWithNothingWritten(["model.json/child.json"], "model.json/child.json(1,1): error PMF001: The file cannot be opened: ", NoReport);
    }

    [Theory]
    [InlineData("*.yaml", "paradigms check: '*.yaml' matches no file; allowed: a file, a folder (its *.json files) or a glob (*, ?, **) that matches at least one file, relative to the current folder.")]
    [InlineData("models/**/*.json", "paradigms check: 'models/**/*.json' matches no file: the folder 'models' does not exist.")]
    [InlineData("model.json/*.json", "paradigms check: 'model.json/*.json' matches no file: 'model.json' is a file, not a folder.")]
    public void AGlobMatchingNothing_IsRefused(string glob, string message)
    {
        _folder.Write("model.json", CheckFolder.Valid);

        RefusedWithNothingWritten([glob], message, NoReport);
    }

    [Fact]
    public void AFolderWithoutJsonFiles_IsRefused()
    {
        _folder.Write("notes/readme.txt", "not a model");
        _folder.Write("notes/deeper/model.json", CheckFolder.Valid);

        RefusedWithNothingWritten(
            ["notes"],
            "paradigms check: the folder 'notes' holds no *.json file; a folder stands for the *.json files directly in it (write 'notes/**/*.json' to take its subfolders too).",
            NoReport);
    }

    [Fact]
    public void AFolderWithoutReadPermission_IsRefused()
    {
        _folder.Write("locked/model.json", CheckFolder.Valid);
        LockAway("locked");

        var result = RunAsAnUnprivilegedUser("check", "locked", "--format", "sarif", "--output", "out.sarif");

        result.Refused(2, "paradigms check: the folder 'locked' cannot be read: Access to the path '", "locked' is denied.", NoReport);
        Assert.False(File.Exists(_folder.Full("out.sarif")));
    }

    [Fact]
    public void AGlobThroughAFolderWithoutReadPermission_IsRefused()
    {
        _folder.Write("open/model.json", CheckFolder.Valid);
        _folder.Write("locked/model.json", CheckFolder.Valid);
        LockAway("locked");

        RunAsAnUnprivilegedUser("check", "**/*.json")
            .Refused(2, "paradigms check: '**/*.json' cannot be expanded: a folder it goes through cannot be read: Access to the path '", "locked' is denied.", NoReport);
    }

    [Fact]
    public void AFileWithoutReadPermission_IsPMF001()
    {
        _folder.Write("secret.json", CheckFolder.Valid);
        LockAway("secret.json");

        RunAsAnUnprivilegedUser("check", "secret.json")
            .Refused(2, "secret.json(1,1): error PMF001: The file cannot be opened: Access to the path '", "secret.json' is denied.", NoReport);
    }

    [Fact]
    public void ValidAndUnreadableFilesTogether_WriteNoReportAndNameOnlyTheUnreadable()
    {
        _folder.Write("valid.json", CheckFolder.Valid);
        _folder.Write("breaks-a-rule.json", CheckFolder.SriovOnSandbox);
        _folder.Write("empty.json", " \n");

        var result = RefusedWithNothingWritten(["valid.json", "breaks-a-rule.json", "empty.json", "*.yaml"], "empty.json(1,1): error PMF001: The file is empty", "'*.yaml' matches no file");

        Assert.Equal(
            [
                "paradigms check: '*.yaml' matches no file; allowed: a file, a folder (its *.json files) or a glob (*, ?, **) that matches at least one file, relative to the current folder.",
                "empty.json(1,1): error PMF001: The file is empty; a model file is a JSON object such as { \"deployments\": [ … ] }. [https://github.com/paradigms-model/Paradigms.Model/blob/main/docs/model-files.md#pmf001]",
                "paradigms check: 2 inputs cannot be read; no report was written.",
            ],
            result.StandardError.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void AVlanOf5000_IsARuleErrorWhoseReportIsWritten()
    {
        // Not bad input for check: a readable file that breaks PM0004 is what check reports. Exit code 1, and the report is
        // written, so code scanning sees the finding.
        _folder.Write("vlan.json", """{ "deployments": [ { "paradigm": "Containerization", "nic": { "kind": "Veth" }, "channels": [ { "kind": "Vlan", "id": 5000 } ] } ] }""");

        var result = _folder.Run("check", "vlan.json", "--format", "sarif", "--output", "out.sarif");

        Assert.True(result.ExitCode == 1, result.Transcript);
        Assert.Equal("Checked 1 file: 1 error, 0 warnings; wrote out.sarif.\n", result.StandardOutput);
        using var sarif = JsonDocument.Parse(File.ReadAllText(_folder.Full("out.sarif")));
        var finding = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single();
        Assert.Equal("PM0004", finding.GetProperty("ruleId").GetString());
        Assert.Equal("VLAN id 5000 is outside 1–4094 (802.1Q: 12 bits, 0 and 4095 reserved)", finding.GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public void AnOutputFileThatCannotBeWritten_IsRefusedWithNothingOnStdout()
    {
        _folder.Write("valid.json", CheckFolder.Valid);

        _folder.Run("check", "valid.json", "--format", "sarif", "--output", "no-such-folder/out.sarif")
            .Refused(2, "paradigms check: --output was 'no-such-folder/out.sarif'; it cannot be written: ");
        Assert.False(Directory.Exists(_folder.Full("no-such-folder")));
    }

    [Fact]
    public void AnEmptyArgument_IsAUsageError()
    {
        _folder.Write("valid.json", CheckFolder.Valid);

        _folder.Run("check", "valid.json", " ")
            .Refused(2, "paradigms check: a file argument was empty; allowed: a file, a folder or a glob, relative to the current folder.");
    }

    [Fact]
    public void NoArgument_IsAUsageError()
    {
        _folder.Run("check").Refused(2, "paradigms check: Required argument missing for command: 'check'.");
    }

    /// <summary>
    /// Runs check on the arguments three times — as text, as SARIF on stdout, and as SARIF into an existing --output file —
    /// and asserts each refused with the texts on stderr, nothing on stdout, and the file as it was.
    /// </summary>
    private CliResult RefusedWithNothingWritten(string[] arguments, params string[] stderrContains)
    {
        var text = _folder.Run(["check", .. arguments]).Refused(2, stderrContains);
        _folder.Run(["check", .. arguments, "--format", "sarif"]).Refused(2, stderrContains);
        var existing = _folder.Write("existing.sarif", "left as it was");
        _folder.Run(["check", .. arguments, "--format", "sarif", "--output", "existing.sarif"]).Refused(2, stderrContains);
        Assert.Equal("left as it was", File.ReadAllText(existing));
        _folder.Run(["check", .. arguments, "--format", "json", "--output", "new.json"]).Refused(2, stderrContains);
        Assert.False(File.Exists(_folder.Full("new.json")));
        return text;
    }

    private void LockAway(string name)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("These tests take permissions away with Unix file modes.");
        }

        File.SetUnixFileMode(_folder.Full(name), UnixFileMode.None);
    }

    /// <summary>
    /// Runs the command so that the kernel enforces file permissions on it. A user other than root is refused a file or
    /// folder with no permission as it is. Root is not: its capabilities CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH bypass
    /// the permission bits. So as root the command runs through <c>setpriv</c> (util-linux) with those two capabilities
    /// dropped from its bounding set: still root, but refused exactly as any user would be.
    /// </summary>
    private CliResult RunAsAnUnprivilegedUser(params string[] args) =>
        Environment.UserName == "root"
            ? Cli.Run(_folder.Path, null, ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"], args)
            : _folder.Run(args);
}
