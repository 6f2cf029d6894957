using System;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Paradigms.Model.Json;

/// <summary>
/// Reads UTF-8 JSON text into a tree of <see cref="LocatedJson"/>, each value with its line,
/// column and path, using <see cref="Utf8JsonReader"/> (which gives byte offsets; the
/// <see cref="LineMap"/> turns them into lines and columns). Strict JSON: no comments, no trailing
/// commas, at most 64 levels of nesting, nothing after the value. A syntax error ends the reading
/// with one <see cref="InputErrorIds.MalformedJson"/> at the place the JSON reader stopped.
/// </summary>
internal sealed class LocatedJsonReader
{
    /// <summary>The deepest nesting read; a model file nests five levels.</summary>
    public const int MaximumDepth = 64;

    private readonly byte[] _text;
    private readonly LineMap _lines;
    private readonly DiagnosticBag _bag;
    private long _tokenOffset;

    private LocatedJsonReader(byte[] text, LineMap lines, DiagnosticBag bag)
    {
        _text = text;
        _lines = lines;
        _bag = bag;
    }

    /// <summary>Reads the tree, or reports why the text is not JSON and returns null.</summary>
    /// <param name="text">UTF-8 text, already checked to be valid UTF-8 and not blank, without a byte order mark.</param>
    /// <param name="lines">The map of <paramref name="text"/>.</param>
    /// <param name="bag">Where the error goes.</param>
    public static LocatedJson? Read(byte[] text, LineMap lines, DiagnosticBag bag) => new LocatedJsonReader(text, lines, bag).Read();

    private LocatedJson? Read()
    {
        var reader = new Utf8JsonReader(_text, new JsonReaderOptions
        {
            AllowTrailingCommas = false,
            CommentHandling = JsonCommentHandling.Disallow,
            MaxDepth = MaximumDepth,
        });
        try
        {
            reader.Read();
            var root = Value(ref reader, "$");
            while (reader.Read())
            {
                // A second value after the first throws; white space alone ends the loop.
            }

            return root;
        }
        catch (JsonException error)
        {
            var offset = _lines.Offset(error.LineNumber ?? 0, error.BytePositionInLine ?? 0);
            var (line, column) = _lines.Locate(offset);
            _bag.Input(InputErrorIds.MalformedJson, "$", line, column, offset, "The text is not valid JSON: " + WithoutPosition(error.Message));
            return null;
        }
        catch (InvalidOperationException error)
        {
            // GetString refuses a string whose escapes make invalid UTF-16 (an unpaired \uD800).
            var (line, column) = _lines.Locate(_tokenOffset);
            _bag.Input(InputErrorIds.MalformedJson, "$", line, column, _tokenOffset, "The text is not valid JSON: a string holds an escape that is no character (" + error.Message + ")");
            return null;
        }
    }

    private LocatedJson Value(ref Utf8JsonReader reader, string path)
    {
        _tokenOffset = reader.TokenStartIndex;
        var (line, column) = _lines.Locate(reader.TokenStartIndex);
        var offset = reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new LocatedJson(LocatedJsonKind.Object, path, line, column, offset);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    _tokenOffset = reader.TokenStartIndex;
                    var nameOffset = reader.TokenStartIndex;
                    var (nameLine, nameColumn) = _lines.Locate(nameOffset);
                    var name = reader.GetString()!;
                    reader.Read();
                    obj.Properties.Add(new LocatedProperty(name, nameLine, nameColumn, nameOffset, Value(ref reader, PropertyPath(path, name))));
                }

                return obj;
            case JsonTokenType.StartArray:
                var array = new LocatedJson(LocatedJsonKind.Array, path, line, column, offset);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Items.Add(Value(ref reader, path + "[" + array.Items.Count.ToString(CultureInfo.InvariantCulture) + "]"));
                }

                return array;
            case JsonTokenType.String:
                return new LocatedJson(LocatedJsonKind.String, path, line, column, offset) { Text = reader.GetString() };
            case JsonTokenType.Number:
                return new LocatedJson(LocatedJsonKind.Number, path, line, column, offset) { Text = Encoding.UTF8.GetString(reader.ValueSpan) };
            case JsonTokenType.True:
                return new LocatedJson(LocatedJsonKind.True, path, line, column, offset);
            case JsonTokenType.False:
                return new LocatedJson(LocatedJsonKind.False, path, line, column, offset);
            default:
                return new LocatedJson(LocatedJsonKind.Null, path, line, column, offset);
        }
    }

    /// <summary>The path of a property: <c>$.nic</c>, or <c>$['odd name']</c> when the name is not a plain identifier.</summary>
    public static string PropertyPath(string parent, string name)
    {
        var plain = name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] is '_' or '$');
        foreach (var c in name)
        {
            plain &= char.IsAsciiLetterOrDigit(c) || c is '_' or '$';
        }

        return plain ? parent + "." + name : parent + "['" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']";
    }

    /// <summary>The reader's message without the position it appends, which the diagnostic carries in its own form.</summary>
    private static string WithoutPosition(string message)
    {
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return at < 0 ? message : message[..at];
    }
}
