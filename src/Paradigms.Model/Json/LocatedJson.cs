using System.Collections.Generic;
using System.Globalization;

namespace Paradigms.Model.Json;

/// <summary>
/// One JSON value of a model file and where it is: its line and column (from 1), its byte offset
/// and its JSON path (<c>$.deployments[0].nic.kind</c>). Objects keep their properties in file
/// order, repeats included, so the reader can report an unknown or repeated one where it is.
/// </summary>
internal sealed class LocatedJson
{
    public LocatedJson(LocatedJsonKind kind, string path, int line, int column, long byteOffset)
    {
        Kind = kind;
        Path = path;
        Line = line;
        Column = column;
        ByteOffset = byteOffset;
    }

    public LocatedJsonKind Kind { get; }

    public string Path { get; }

    public int Line { get; }

    public int Column { get; }

    public long ByteOffset { get; }

    /// <summary>The text of a string, or the number as written (<c>1e3</c>, <c>-4</c>); null for other kinds.</summary>
    public string? Text { get; init; }

    /// <summary>The properties of an object, in file order; empty for other kinds.</summary>
    public List<LocatedProperty> Properties { get; } = [];

    /// <summary>The items of an array, in order; empty for other kinds.</summary>
    public List<LocatedJson> Items { get; } = [];

    /// <summary>Describes the value for a message: the text of a string or number in JSON form (shortened past 60 characters), or what kind of value it is.</summary>
    public string Describe() => Kind switch
    {
        LocatedJsonKind.String => Quote(Text ?? string.Empty),
        LocatedJsonKind.Number => Text ?? string.Empty,
        LocatedJsonKind.True => "true",
        LocatedJsonKind.False => "false",
        LocatedJsonKind.Null => "null",
        LocatedJsonKind.Object => "an object",
        _ => "an array",
    };

    /// <summary>Describes the value with its JSON type, for a message about a wrong type: <c>"1500" (a string)</c>.</summary>
    public string DescribeWithType() => Kind switch
    {
        LocatedJsonKind.String => Describe() + " (a string)",
        LocatedJsonKind.Number => Describe() + " (a number)",
        LocatedJsonKind.True or LocatedJsonKind.False => Describe() + " (a boolean)",
        _ => Describe(),
    };

    /// <summary>Writes text in double quotes, escaping quotes, backslashes and control characters, shortened past 60 characters.</summary>
    public static string Quote(string text)
    {
        const int Longest = 60;
        var shown = text.Length > Longest ? text[..Longest] : text;
        var builder = new System.Text.StringBuilder(shown.Length + 8).Append('"');
        foreach (var c in shown)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                < ' ' => builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder.Append(text.Length > Longest ? "…\"" : "\"").ToString();
    }
}
