using System.Text;
using Paradigms.Model.Json;

namespace Paradigms.Model.Tests.Json;

/// <summary>
/// Every kind of input error, each with the line and column of the offending value written by hand
/// from the JSON text of the test (columns count from 1, in UTF-16 code units).
/// </summary>
public class InputErrorTests
{
    [Theory]
    [InlineData("")]
    [InlineData("  \n\t \r\n")]
    public void An_empty_file_is_PMF001_at_its_start(string json)
    {
        var empty = FileAssert.Single(json, "PMF001", 1, 1);
        FileAssert.InputError(empty, "empty");
        Assert.Equal("test.json(1,1): error PMF001: " + empty.Message + " [https://github.com/paradigms-model/Paradigms.Model/blob/main/docs/model-files.md#pmf001]", empty.ToString());
    }

    [Fact]
    public void A_syntax_error_is_PMF002_where_the_JSON_reader_stops()
    {
        const string Json = """
            {
              "deployments": [
                { "paradigm": "Virtualization" "nic": { "kind": "E1000" } }
              ]
            }
            """;
        // Line 3: four spaces, "{" at 5, "paradigm" at 7–16, ":" 17, "Virtualization" at 19–34, a space, and the
        // second property's quote at 36 where a comma belongs.
        var error = FileAssert.Single(Json, "PMF002", 3, 36);
        FileAssert.InputError(error, "not valid JSON", "Expected either ','");
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"deployments\": [] \n\n}}", 3, 2)]
    [InlineData("{}\n{}", 2, 1)]
    [InlineData("{ \"deployments\": [ ", 1, 20)]
    [InlineData("{ \"deployments\": [], }", 1, 22)]
    [InlineData("{ // a comment\n}", 1, 3)]
    [InlineData("{ 'deployments': [] }", 1, 3)]
    public void Malformed_json_is_PMF002_at_the_first_character_that_cannot_be_read(string json, int line, int column) =>
        FileAssert.InputError(FileAssert.Single(json, "PMF002", line, column), "not valid JSON");

    [Fact]
    public void Nesting_deeper_than_64_is_PMF002()
    {
        var json = new string('[', 65) + new string(']', 65);
        // The 65th "[" opens depth 65.
        FileAssert.InputError(FileAssert.Single(json, "PMF002", 1, 65), "depth");
    }

    [Fact]
    public void An_escape_that_is_no_character_is_PMF002_at_its_string()
    {
        const string Json = """
            {
              "$schema": "\uD800" }
            """;
        // Line 2: two spaces, "$schema" at 3–11, ":" 12, a space, the string at 14.
        FileAssert.InputError(FileAssert.Single(Json, "PMF002", 2, 14), "escape");
    }

    [Fact]
    public void Binary_content_is_PMF001_at_its_first_byte_that_is_not_text()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00];
        var result = ModelFileReader.ReadUtf8(png, "image.png");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("PMF001", 1, 1), (error.Id, error.Line, error.Column));
        FileAssert.InputError(error, "not UTF-8", "0x89", "binary");
        Assert.Equal(ModelFileStatus.Unreadable, result.Status);
    }

    [Fact]
    public void A_NUL_byte_is_PMF001_binary_content_where_it_is()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n  \"deployments\": []\u0000\n}");
        var error = Assert.Single(ModelFileReader.ReadUtf8(bytes).Diagnostics);
        // Line 2: two spaces, "deployments" at 3–15, ":" 16, a space, "[]" at 18–19, the NUL at 20.
        Assert.Equal(("PMF001", 2, 20), (error.Id, error.Line, error.Column));
        FileAssert.InputError(error, "binary", "NUL");
        Assert.Null(error.File);
        Assert.StartsWith("<input>(2,20): error PMF001:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void UTF16_text_is_PMF001_named_as_such()
    {
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("{}")).ToArray();
        var error = Assert.Single(ModelFileReader.ReadUtf8(utf16).Diagnostics);
        Assert.Equal(("PMF001", 1, 1), (error.Id, error.Line, error.Column));
        FileAssert.InputError(error, "UTF-16", "UTF-8");
    }

    [Fact]
    public void Invalid_UTF8_after_text_is_PMF001_at_that_byte()
    {
        byte[] bytes = [.. "{ \"$schema\": \"é"u8.ToArray(), 0xC3, 0x28, .. "\" }"u8.ToArray()];
        var error = Assert.Single(ModelFileReader.ReadUtf8(bytes).Diagnostics);
        // "{", a space, "$schema" at 3–11, ":" 12, a space, the quote at 14, "é" at 15 (one character, two bytes), the bad byte at 16.
        Assert.Equal(("PMF001", 1, 16), (error.Id, error.Line, error.Column));
        FileAssert.InputError(error, "0xC3");
    }

    [Fact]
    public void An_unpaired_surrogate_in_the_text_is_PMF001_where_it_is()
    {
        var error = Assert.Single(ModelFileReader.ReadText("{\n \"$schema\": \"a\uDC00\" }").Diagnostics);
        // Line 2: a space, "$schema" at 2–10, ":" 11, a space, the quote at 13, "a" at 14, the surrogate at 15.
        Assert.Equal(("PMF001", 2, 15), (error.Id, error.Line, error.Column));
        FileAssert.InputError(error, "U+DC00");
    }

    [Fact]
    public void A_value_that_is_not_an_object_is_PMF003()
    {
        var error = FileAssert.Single("\n  [ 1, 2 ]", "PMF003", 2, 3);
        FileAssert.InputError(error, "an array", "the model file as an object with $schema, deployments, workloads, requirements");
    }

    [Fact]
    public void Wrong_json_types_are_PMF003_each_at_its_value_with_the_property_and_what_is_allowed()
    {
        const string Json = """
            { "deployments": [ {
              "paradigm": "Containerization",
              "nic": { "kind": "Veth" },
              "mtu": "1500",
              "guestModifiable": "yes",
              "networkMode": null,
              "channels": { "kind": "Cni" }
            } ],
              "workloads": [ 7 ],
              "requirements": { "highIsolation": 1 }
            }
            """;
        var result = ModelFileReader.ReadText(Json);
        Assert.Equal(
            [
                ("PMF003", 4, 10),  // "mtu": at 3–7, ":" 8, value at 10
                ("PMF003", 5, 22),  // "guestModifiable" at 3–19, ":" 20, value at 22
                ("PMF003", 6, 18),  // "networkMode" at 3–15, ":" 16, value at 18
                ("PMF003", 7, 15),  // "channels" at 3–12, ":" 13, value at 15
                ("PMF003", 9, 18),  // "workloads" at 3–13, ":" 14, "[" 16, the 7 at 18
                ("PMF003", 10, 38), // "requirements" at 3–16, ":" 17, "{" 19, "highIsolation" at 21–35, ":" 36, value at 38
            ],
            FileAssert.Positions(result));

        var messages = result.Diagnostics.Select(d => d.Message).ToArray();
        Assert.Equal("\"mtu\" was \"1500\" (a string); allowed: an integer number of bytes, such as 1450.", messages[0]);
        Assert.Equal("\"guestModifiable\" was \"yes\" (a string); allowed: true or false.", messages[1]);
        Assert.Equal(
            "\"networkMode\" was null; allowed: one of Bridge, Nat, HostOnly, Overlay, Cni, SharedHostStack, as a string. Leave a property out when it is not declared.",
            messages[2]);
        Assert.StartsWith("\"channels\" was an object; allowed: an array of channel objects", messages[3], StringComparison.Ordinal);
        Assert.Equal("\"workloads[0]\" was 7 (a number); allowed: the workload as an object with paradigm, cpu, memory, io, network.", messages[4]);
        Assert.Equal("\"highIsolation\" was 1 (a number); allowed: true or false.", messages[5]);
    }

    [Theory]
    [InlineData("1500.5", "(a number with a fraction)")]
    [InlineData("1e40", "within 64 bits")]
    public void A_number_that_is_no_64_bit_integer_is_refused_at_it(string number, string detail)
    {
        var json = "{ \"deployments\": [ {\n  \"paradigm\": \"Containerization\",\n  \"nic\": { \"kind\": \"Veth\" },\n  \"mtu\": " + number + "\n} ] }";
        var result = ModelFileReader.ReadText(json);
        var error = Assert.Single(result.Diagnostics);
        // Line 4: two spaces, "mtu" at 3–7, ":" 8, a space, the number at 10.
        Assert.Equal((4, 10), (error.Line, error.Column));
        FileAssert.InputError(error, "\"mtu\" was " + number, detail);
    }
}
