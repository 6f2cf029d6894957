using System;
using System.Collections.Generic;

namespace Paradigms.Model.Json;

/// <summary>
/// Turns a byte offset in UTF-8 text into a 1-based line and column. Lines end at <c>\n</c>, as
/// <see cref="System.Text.Json.Utf8JsonReader"/> counts them; a column counts UTF-16 code units
/// from the start of the line, as editors and compilers do (a character outside the Basic
/// Multilingual Plane counts two, a tab one).
/// </summary>
internal sealed class LineMap
{
    private readonly byte[] _text;
    private readonly List<int> _lineStarts = [0];

    /// <summary>Indexes <paramref name="text"/>; the text before any offset asked about must be valid UTF-8.</summary>
    public LineMap(byte[] text)
    {
        _text = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The line and column of the byte at <paramref name="offset"/>, both from 1.</summary>
    public (int Line, int Column) Locate(long offset)
    {
        var at = (int)Math.Clamp(offset, 0, _text.Length);
        var index = _lineStarts.BinarySearch(at);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, Column(_lineStarts[line], at));
    }

    /// <summary>The byte offset of a position given as a 0-based line and a 0-based byte position in it, as <see cref="System.Text.Json.JsonException"/> gives them.</summary>
    public long Offset(long lineIndex, long bytePositionInLine)
    {
        var line = (int)Math.Clamp(lineIndex, 0, _lineStarts.Count - 1);
        return Math.Clamp(_lineStarts[line] + bytePositionInLine, 0, _text.Length);
    }

    /// <summary>The byte position of <paramref name="offset"/> in its line, from 0.</summary>
    public long BytePositionInLine(long offset)
    {
        var at = (int)Math.Clamp(offset, 0, _text.Length);
        var index = _lineStarts.BinarySearch(at);
        return at - _lineStarts[index >= 0 ? index : ~index - 1];
    }

    private int Column(int lineStart, int offset)
    {
        var units = 0;
        for (var i = lineStart; i < offset; i++)
        {
            var b = _text[i];
            if ((b & 0xC0) != 0x80)
            {
                // A lead byte starts a character; four-byte sequences are outside the BMP and take a surrogate pair.
                units += b >= 0xF0 ? 2 : 1;
            }
        }

        return units + 1;
    }
}
