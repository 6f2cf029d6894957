using Paradigms.Model.Json;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Tests.Json;

/// <summary>Assertions on what the checker reports.</summary>
internal static class FileAssert
{
    /// <summary>Reads the text and asserts it gives exactly one finding, with this id, line and column; returns it.</summary>
    public static FileDiagnostic Single(string json, string id, int line, int column)
    {
        var result = ModelFileReader.ReadText(json, "test.json");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((id, line, column), (diagnostic.Id, diagnostic.Line, diagnostic.Column));
        Assert.Null(result.Model);
        return diagnostic;
    }

    /// <summary>Asserts an input error: an error, with its help link, whose message names each of <paramref name="named"/>.</summary>
    public static void InputError(FileDiagnostic diagnostic, params string[] named)
    {
        Assert.True(diagnostic.IsInputError);
        Assert.Equal(RuleSeverity.Error, diagnostic.Severity);
        Assert.StartsWith("https://github.com/paradigms-model/Paradigms.Model/blob/main/docs/model-files.md#pmf", diagnostic.HelpLink, StringComparison.Ordinal);
        Assert.Null(diagnostic.Citation);
        foreach (var part in named)
        {
            Assert.Contains(part, diagnostic.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>The findings as (id, line, column), in the order reported.</summary>
    public static (string Id, int Line, int Column)[] Positions(ModelFileResult result) =>
        [.. result.Diagnostics.Select(d => (d.Id, d.Line, d.Column))];
}
