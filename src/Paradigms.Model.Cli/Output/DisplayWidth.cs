using System.Globalization;
using System.Text;

namespace Paradigms.Model.Cli.Output;

/// <summary>
/// How many terminal columns a text takes: East Asian wide characters (the documents' Chinese words) take two,
/// combining marks none, everything else one.
/// </summary>
internal static class DisplayWidth
{
    /// <summary>The columns <paramref name="text"/> takes in a terminal.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The width, in columns.</returns>
    public static int Of(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Of(rune);
        }

        return width;
    }

    /// <summary>The columns one character takes.</summary>
    /// <param name="rune">The character.</param>
    /// <returns>0, 1 or 2.</returns>
    public static int Of(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
        {
            return 0;
        }

        var value = rune.Value;
        return IsWide(value) ? 2 : 1;
    }

    private static bool IsWide(int value) =>
        value is (>= 0x1100 and <= 0x115F)     // Hangul Jamo
            or (>= 0x2E80 and <= 0x303E)       // CJK radicals, punctuation
            or (>= 0x3041 and <= 0x33FF)       // kana, CJK symbols
            or (>= 0x3400 and <= 0x4DBF)       // CJK extension A
            or (>= 0x4E00 and <= 0x9FFF)       // CJK unified ideographs
            or (>= 0xA000 and <= 0xA4CF)       // Yi
            or (>= 0xAC00 and <= 0xD7A3)       // Hangul syllables
            or (>= 0xF900 and <= 0xFAFF)       // CJK compatibility ideographs
            or (>= 0xFE30 and <= 0xFE4F)       // CJK compatibility forms
            or (>= 0xFF00 and <= 0xFF60)       // full-width forms (the documents' （ and ）)
            or (>= 0xFFE0 and <= 0xFFE6)
            or (>= 0x20000 and <= 0x3FFFD);    // CJK extensions B and later
}
