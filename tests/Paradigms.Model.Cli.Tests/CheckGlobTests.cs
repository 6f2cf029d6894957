using System.Text.Json;

namespace Paradigms.Model.Cli.Tests;

/// <summary>
/// <c>paradigms check</c> expands its arguments relative to the current folder: <c>*</c> and <c>?</c> within one folder,
/// <c>**</c> across folders, a folder for the <c>*.json</c> files directly in it; each file once, in the order named.
/// </summary>
public sealed class CheckGlobTests : IDisposable
{
    private readonly CheckFolder _folder = new();

    public CheckGlobTests()
    {
        _folder.Write("a.json", CheckFolder.Valid);
        _folder.Write("b.json", CheckFolder.Valid);
        _folder.Write("notes.txt", "not a model file");
        _folder.Write("sub/c.json", CheckFolder.SriovOnSandbox);
        _folder.Write("sub/deeper/d.json", CheckFolder.Valid);
    }

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("*.json", new[] { "a.json", "b.json" })]
    [InlineData("?.json", new[] { "a.json", "b.json" })]
    [InlineData("**/*.json", new[] { "a.json", "b.json", "sub/c.json", "sub/deeper/d.json" })]
    [InlineData("sub/**/*.json", new[] { "sub/c.json", "sub/deeper/d.json" })]
    [InlineData("*/*.json", new[] { "sub/c.json" })]
    [InlineData("sub/*/d.json", new[] { "sub/deeper/d.json" })]
    [InlineData("sub", new[] { "sub/c.json" })]
    [InlineData("sub/deeper/", new[] { "sub/deeper/d.json" })]
    [InlineData(".", new[] { "./a.json", "./b.json" })]
    public void AnArgument_StandsForTheseFiles(string argument, string[] files)
    {
        Assert.Equal(files, CheckedFiles(argument));
    }

    [Fact]
    public void AFileNamedTwice_IsCheckedOnceWhereItIsFirstNamed()
    {
        Assert.Equal(["b.json", "a.json"], CheckedFiles("b.json", "*.json", "./a.json"));
    }

    [Fact]
    public void Arguments_KeepTheirOrder()
    {
        Assert.Equal(["sub/c.json", "a.json", "b.json"], CheckedFiles("sub/c.json", "*.json"));
    }

    [Fact]
    public void AnAbsoluteGlob_NamesTheFilesAbsolutely()
    {
        var glob = Path.Combine(_folder.Path, "sub", "**", "*.json");

        Assert.Equal([_folder.Path + "/sub/c.json", _folder.Path + "/sub/deeper/d.json"], CheckedFiles(glob));
    }

    [Fact]
    public void NamesMatchCaseSensitively_AsTheFileSystemDoes()
    {
        _folder.Write("upper/E.JSON", CheckFolder.Valid);
        _folder.Write("upper/f.json", CheckFolder.Valid);

        string[] expected = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? ["upper/E.JSON", "upper/f.json"] : ["upper/f.json"];
        Assert.Equal(expected, CheckedFiles("upper/*.json"));
    }

    [Fact]
    public void AnyFolders_DoNotFollowALinkBackUp()
    {
        // sub/up links to the folder itself: following it, ** would never end.
        Directory.CreateSymbolicLink(_folder.Full("sub/up"), _folder.Path);

        Assert.Equal(["a.json", "b.json", "sub/c.json", "sub/deeper/d.json"], CheckedFiles("**/*.json"));
    }

    [Fact]
    public void TheFindingsOfAGlob_NameTheFileFromTheCurrentFolder()
    {
        var result = _folder.Run("check", "**/*.json");

        Assert.True(result.ExitCode == 1, result.Transcript);
        Assert.Equal(2, result.Lines.Count);
        Assert.StartsWith("sub/c.json(1,65): error PM0001: SR-IOV cannot be attached to a Wasm sandbox", result.Lines[0], StringComparison.Ordinal);
        Assert.Equal("Checked 4 files: 1 error, 0 warnings.", result.Lines[1]);
    }

    /// <summary>The files check read, as its JSON report names them.</summary>
    private string[] CheckedFiles(params string[] arguments)
    {
        var result = _folder.Run(["check", .. arguments, "--format", "json"]);
        Assert.True(result.ExitCode is 0 or 1 && result.StandardError.Length == 0, result.Transcript);
        using var json = JsonDocument.Parse(result.StandardOutput);
        return [.. json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()!)];
    }
}
