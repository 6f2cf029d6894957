using System;
using System.Globalization;

namespace Paradigms.Model.Json;

/// <summary>Text a model file can hold: UTF-8 holds whole characters only, so an unpaired UTF-16 surrogate cannot be written or read.</summary>
internal static class Utf16Text
{
    /// <summary>The index of the first surrogate that is not half of a pair, or -1.</summary>
    public static int FirstUnpairedSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Returns <paramref name="text"/> when UTF-8 can hold it, for writing; throws otherwise.</summary>
    /// <exception cref="ArgumentException">The text holds an unpaired surrogate.</exception>
    public static string? Writable(string? text, string paramName)
    {
        if (text is not null && FirstUnpairedSurrogate(text) is var at && at >= 0)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{paramName} holds an unpaired UTF-16 surrogate (U+{(int)text[at]:X4}) at index {at}; allowed: text of whole characters, which a model file in UTF-8 can hold."),
                paramName);
        }

        return text;
    }
}
