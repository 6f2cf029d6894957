using System;
using System.Collections.Generic;
using System.Text;

namespace Paradigms.Model.Cli.Output;

/// <summary>Word wrapping by display width (<see cref="DisplayWidth"/>), for tables and paragraphs on a narrow terminal.</summary>
internal static class TextWrap
{
    /// <summary>Splits a text into lines of at most <paramref name="width"/> columns, at spaces where it can, inside a word where it must.</summary>
    /// <param name="text">The text.</param>
    /// <param name="width">The most columns a line may take; 1 or more.</param>
    /// <returns>The lines; one empty line for an empty text.</returns>
    public static IReadOnlyList<string> Lines(string text, int width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        var lines = new List<string>();
        var line = new StringBuilder();
        var lineWidth = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var wordWidth = DisplayWidth.Of(word);
            var needed = lineWidth == 0 ? wordWidth : lineWidth + 1 + wordWidth;
            if (needed <= width)
            {
                if (lineWidth > 0)
                {
                    line.Append(' ');
                }

                line.Append(word);
                lineWidth = needed;
                continue;
            }

            if (lineWidth > 0)
            {
                lines.Add(line.ToString());
                line.Clear();
                lineWidth = 0;
            }

            foreach (var rune in word.EnumerateRunes())
            {
                var runeWidth = DisplayWidth.Of(rune);
                if (lineWidth + runeWidth > width && lineWidth > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                    lineWidth = 0;
                }

                line.Append(rune.ToString());
                lineWidth += runeWidth;
            }
        }

        lines.Add(line.ToString());
        return lines;
    }

    /// <summary>The width of the longest word of a text: the narrowest a wrapped column can be without breaking a word.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The width, in columns.</returns>
    public static int LongestWord(string text)
    {
        var longest = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            longest = Math.Max(longest, DisplayWidth.Of(word));
        }

        return longest;
    }
}
