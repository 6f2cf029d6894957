using System;

namespace Paradigms.Model.Quantities;

/// <summary>Parsing and formatting written once for every <see cref="IQuantity{TSelf}"/>.</summary>
internal static class QuantityText
{
    /// <summary>Parses <paramref name="s"/>, throwing a <see cref="FormatException"/> that says what was not understood.</summary>
    public static T Parse<T>(ReadOnlySpan<char> s, IFormatProvider? provider)
        where T : struct, IQuantity<T>
    {
        if (!T.Units.TryParse(s, provider, out var baseValue, out var error))
        {
            throw new FormatException(error);
        }

        return T.FromBaseValue(baseValue);
    }

    /// <summary>Parses <paramref name="s"/>, or returns false.</summary>
    public static bool TryParse<T>(ReadOnlySpan<char> s, IFormatProvider? provider, out T result)
        where T : struct, IQuantity<T>
    {
        var parsed = T.Units.TryParse(s, provider, out var baseValue, out _);
        result = parsed ? T.FromBaseValue(baseValue) : default;
        return parsed;
    }

    /// <summary>Copies <paramref name="text"/> into <paramref name="destination"/> when it fits.</summary>
    public static bool TryCopy(string text, Span<char> destination, out int charsWritten)
    {
        if (text.TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }
}
