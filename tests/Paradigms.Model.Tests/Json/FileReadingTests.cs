using System.Text;
using Paradigms.Model.Json;

namespace Paradigms.Model.Tests.Json;

/// <summary>Reading files: ones that cannot be opened, the size limit, byte order marks, columns of non-ASCII text, and the status a caller turns into an exit code.</summary>
public sealed class FileReadingTests : IDisposable
{
    private const string SrIovOnSandbox = """{ "deployments": [ { "paradigm": "Sandboxing", "nic": { "kind": "SrIovVirtualFunction" } } ] }""";

    private readonly string _folder = Directory.CreateTempSubdirectory("paradigms-json-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_missing_file_is_PMF001_named_by_its_path()
    {
        var path = Path.Combine(_folder, "missing.json");
        var result = ModelFileReader.ReadFile(path);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("PMF001", 1, 1, path), (error.Id, error.Line, error.Column, error.File));
        FileAssert.InputError(error, "cannot be opened", "missing.json");
        Assert.Equal((ModelFileStatus.Unreadable, path), (result.Status, result.FileName));
    }

    [Fact]
    public void A_directory_is_PMF001()
    {
        var error = Assert.Single(ModelFileReader.ReadFile(_folder).Diagnostics);
        Assert.Equal(("PMF001", 1, 1), (error.Id, error.Line, error.Column));
        FileAssert.InputError(error, "cannot be opened");
    }

    [Fact]
    public void A_50_MB_file_is_refused_before_it_is_read()
    {
        var path = Path.Combine(_folder, "huge.json");
        using (var stream = File.Create(path))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = ModelFileReader.ReadFile(path);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("PMF001", 1, 1), (error.Id, error.Line, error.Column));
        // 50 × 1024 × 1024 = 52,428,800 bytes; the limit is 4 × 1024 × 1024 = 4,194,304.
        FileAssert.InputError(error, "52,428,800 bytes", "at most 4,194,304 bytes (4 MiB)");
        Assert.True(allocated < 1024 * 1024, $"Reading a refused file allocated {allocated} bytes.");
    }

    [Fact]
    public void Input_one_byte_over_the_limit_is_refused_and_input_at_the_limit_is_read()
    {
        const int Limit = 4 * 1024 * 1024;
        Assert.Equal(Limit, ModelFileReader.MaximumBytes);

        var atLimit = Encoding.UTF8.GetBytes("{}".PadRight(Limit));
        Assert.Equal(ModelFileStatus.Valid, ModelFileReader.ReadUtf8(atLimit).Status);

        var overLimit = Encoding.UTF8.GetBytes("{}".PadRight(Limit + 1));
        FileAssert.InputError(Assert.Single(ModelFileReader.ReadUtf8(overLimit).Diagnostics), "4,194,305 bytes");
        FileAssert.InputError(Assert.Single(ModelFileReader.ReadText("{}".PadRight(Limit + 1)).Diagnostics), "4,194,305 bytes of UTF-8");

        var path = Path.Combine(_folder, "over.json");
        File.WriteAllBytes(path, overLimit);
        FileAssert.InputError(Assert.Single(ModelFileReader.ReadFile(path).Diagnostics), "4,194,305 bytes");
    }

    [Fact]
    public void A_file_on_disk_is_read_and_named_by_its_path()
    {
        var path = Path.Combine(_folder, "edge.json");
        File.WriteAllText(path, SrIovOnSandbox);
        var result = ModelFileReader.ReadFile(path);
        var error = Assert.Single(result.Diagnostics);
        // "{" 1, "deployments" 3–15, "[" 18, "{" 20, "paradigm" 22–31, "Sandboxing" 34–45, "nic" 48–52, "{" 55, "kind" 57–62, the value at 65.
        Assert.Equal(("PM0001", 1, 65), (error.Id, error.Line, error.Column));
        Assert.StartsWith(path + "(1,65): error PM0001: SR-IOV cannot be attached to a Wasm sandbox", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(ModelFileStatus.BreaksRules, result.Status);
    }

    [Fact]
    public void A_byte_order_mark_is_skipped_and_not_counted_in_columns()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(SrIovOnSandbox)).ToArray();
        var error = Assert.Single(ModelFileReader.ReadUtf8(bytes).Diagnostics);
        Assert.Equal(("PM0001", 1, 65), (error.Id, error.Line, error.Column));

        var path = Path.Combine(_folder, "bom.json");
        File.WriteAllBytes(path, bytes);
        Assert.Equal(("PM0001", 1, 65), Assert.Single(ModelFileReader.ReadFile(path).Diagnostics) is var d ? (d.Id, d.Line, d.Column) : default);
    }

    [Fact]
    public void Columns_count_UTF16_code_units_so_editors_land_on_the_value()
    {
        const string Json = """
            { "deployments": [ { "name": "μ-edge 😀", "paradigm": "Sandboxing", "nic": { "kind": "Veth" } } ] }
            """;
        // "name" 22–27, the name's quotes at 30 and 40 ("μ-edge " is 7 units, "😀" two), "," 41,
        // "paradigm" 43–52, "Sandboxing" 55–66, "nic" 69–73, "{" 76, "kind" 78–83, the value at 86.
        var error = FileAssert.Single(Json, "PM0001", 1, 86);
        Assert.Equal("$.deployments[0].nic.kind", error.Path);
    }

    [Fact]
    public void Status_tells_a_valid_model_from_one_that_breaks_a_rule_from_one_that_cannot_be_read()
    {
        const string Valid = """{ "deployments": [ { "paradigm": "Virtualization", "nic": { "kind": "VirtioNet" } } ] }""";
        var warned = ModelFileReader.ReadText(Valid);
        Assert.Equal(ModelFileStatus.Valid, warned.Status);
        Assert.Equal("PM0003", Assert.Single(warned.Diagnostics).Id);
        Assert.NotNull(warned.Model);

        Assert.Equal(ModelFileStatus.BreaksRules, ModelFileReader.ReadText(SrIovOnSandbox).Status);

        const string Both = """{ "deployments": [ { "paradigm": "Sandboxing", "nic": { "kind": "SrIovVirtualFunction" }, "color": "red" } ] }""";
        var both = ModelFileReader.ReadText(Both);
        Assert.Equal(["PM0001", "PMF004"], both.Diagnostics.Select(d => d.Id));
        Assert.Equal(ModelFileStatus.Unreadable, both.Status);
        Assert.Null(both.Model);

        Assert.Equal((1, 2, 3), ((int)ModelFileStatus.Valid, (int)ModelFileStatus.BreaksRules, (int)ModelFileStatus.Unreadable));
    }

    [Fact]
    public void An_empty_object_is_a_valid_model_file_with_nothing_in_it()
    {
        var result = ModelFileReader.ReadText("{}");
        Assert.Equal(ModelFileStatus.Valid, result.Status);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(new ModelFile(), result.Model);
    }

    [Fact]
    public void Null_arguments_are_programming_errors_and_throw()
    {
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => ModelFileReader.ReadFile(null!)).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => ModelFileReader.ReadText(null!)).ParamName);
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => ModelJson.DeserializeDeployment(null!)).ParamName);
        Assert.Equal("deployment", Assert.Throws<ArgumentNullException>(() => ModelJson.Serialize((Deployment)null!)).ParamName);
    }
}
