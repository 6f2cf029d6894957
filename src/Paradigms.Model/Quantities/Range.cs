using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Paradigms.Model.Quantities;

/// <summary>
/// A closed range of a quantity, <see cref="Min"/> to <see cref="Max"/>, such as the
/// documents' "15–40 μs". Most figures of the documents are ranges.
/// </summary>
/// <typeparam name="T">The quantity, for example <see cref="Duration"/>.</typeparam>
/// <remarks>
/// <see cref="Min"/> ≤ <see cref="Max"/> always holds: the constructor refuses the opposite.
/// <c>default</c> is the range of the single value zero. Formats as <c>15–40 μs</c> (en dash)
/// and parses that, <c>15-40us</c>, <c>500 ns–2 ms</c>, or a single value as a range of one
/// value. Immutable, and so safe to share between threads.
/// </remarks>
[SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Point, Parse and TryParse belong to the type they make, as ISpanParsable requires.")]
public readonly struct Range<T> : IEquatable<Range<T>>, ISpanFormattable, ISpanParsable<Range<T>>
    where T : struct, IQuantity<T>
{
    /// <summary>Creates the range <paramref name="min"/> to <paramref name="max"/>.</summary>
    /// <param name="min">The lower end.</param>
    /// <param name="max">The upper end; not below <paramref name="min"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="min"/> is above <paramref name="max"/>.</exception>
    public Range(T min, T max)
    {
        if (min > max)
        {
            Preconditions.Fail(nameof(min), min, $"at most max, which is {max}");
        }

        Min = min;
        Max = max;
    }

    /// <summary>Gets the lower end.</summary>
    public T Min { get; }

    /// <summary>Gets the upper end, never below <see cref="Min"/>.</summary>
    public T Max { get; }

    /// <summary>Gets the middle, (<see cref="Min"/> + <see cref="Max"/>) / 2.</summary>
    public T Mid => (Min * 0.5) + (Max * 0.5);

    /// <summary>Gets the width, <see cref="Max"/> − <see cref="Min"/>.</summary>
    public T Width => Max - Min;

    /// <summary>Gets whether the range holds a single value.</summary>
    public bool IsPoint => Min == Max;

    /// <summary>Creates the range of the single value <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The range <paramref name="value"/> to <paramref name="value"/>.</returns>
    public static Range<T> Point(T value) => new(value, value);

    /// <summary>Whether <paramref name="value"/> lies within the range, ends included.</summary>
    /// <param name="value">The value.</param>
    /// <returns>True when <see cref="Min"/> ≤ <paramref name="value"/> ≤ <see cref="Max"/>.</returns>
    public bool Contains(T value) => Min <= value && value <= Max;

    /// <summary>Whether <paramref name="other"/> lies wholly within the range.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>True when both ends of <paramref name="other"/> lie within this range.</returns>
    public bool Contains(Range<T> other) => Min <= other.Min && other.Max <= Max;

    /// <summary>Adds two ranges end by end: the range of every sum of a value of each.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>(left.Min + right.Min) to (left.Max + right.Max).</returns>
    public static Range<T> operator +(Range<T> left, Range<T> right) => new(left.Min + right.Min, left.Max + right.Max);

    /// <summary>Scales a range by a number; a negative factor swaps the ends.</summary>
    /// <param name="range">The range.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The range of every value of <paramref name="range"/> times <paramref name="factor"/>.</returns>
    /// <exception cref="OverflowException">The quantity refuses the product (not finite, or negative for an unsigned quantity).</exception>
    public static Range<T> operator *(Range<T> range, double factor) => Ordered(range.Min * factor, range.Max * factor);

    /// <inheritdoc cref="op_Multiply(Range{T}, double)"/>
    public static Range<T> operator *(double factor, Range<T> range) => range * factor;

    /// <summary>Divides a range by a number; a negative divisor swaps the ends.</summary>
    /// <param name="range">The range.</param>
    /// <param name="divisor">The divisor.</param>
    /// <returns>The range of every value of <paramref name="range"/> divided by <paramref name="divisor"/>.</returns>
    /// <exception cref="OverflowException">The quantity refuses the quotient (a zero divisor, or negative for an unsigned quantity).</exception>
    public static Range<T> operator /(Range<T> range, double divisor) => Ordered(range.Min / divisor, range.Max / divisor);

    /// <summary>Whether the two ranges have equal ends.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>True when both ends are equal.</returns>
    public static bool operator ==(Range<T> left, Range<T> right) => left.Equals(right);

    /// <summary>Whether the two ranges differ in either end.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>True when an end differs.</returns>
    public static bool operator !=(Range<T> left, Range<T> right) => !left.Equals(right);

    /// <summary>Parses a range in the invariant culture; see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text, for example <c>"15–40 μs"</c>.</param>
    /// <returns>The range.</returns>
    /// <exception cref="FormatException">The text is not a range of this quantity; the message says which part.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    public static Range<T> Parse(string s) => Parse(s, CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses <c>"15–40 μs"</c>, <c>"15-40us"</c>, <c>"500 ns–2 ms"</c> (a lower end without a unit
    /// takes the upper end's), or a single value as a range of one value.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the numbers, or null for the invariant culture.</param>
    /// <returns>The range.</returns>
    /// <exception cref="FormatException">The text is not a range of this quantity, or its lower end is above its upper end.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    public static Range<T> Parse(string s, IFormatProvider? provider) => Parse(Preconditions.NotNull(s, nameof(s)).AsSpan(), provider);

    /// <inheritdoc cref="Parse(string, IFormatProvider)"/>
    public static Range<T> Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        T.Units.TryParseRange(s, provider, out var min, out var max, out var error)
            ? new(T.FromBaseValue(min), T.FromBaseValue(max))
            : throw new FormatException(error);

    /// <summary>Tries to parse a range; see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the numbers, or null for the invariant culture.</param>
    /// <param name="result">The range, or <c>default</c> when parsing fails.</param>
    /// <returns>Whether the text was parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Range<T> result) =>
        TryParse(s.AsSpan(), provider, out result) && s is not null;

    /// <inheritdoc cref="TryParse(string, IFormatProvider, out Range{T})"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Range<T> result)
    {
        var parsed = T.Units.TryParseRange(s, provider, out var min, out var max, out _);
        result = parsed ? new(T.FromBaseValue(min), T.FromBaseValue(max)) : default;
        return parsed;
    }

    /// <summary>Formats the range as <c>15–40 μs</c> in the invariant culture.</summary>
    /// <returns>The text, which <see cref="Parse(string)"/> reads back to an equal range.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>
    /// Formats the range: both ends in one unit when both would choose it on their own
    /// (<c>15–40 μs</c>, <c>0–40 μs</c>), otherwise each in its own (<c>500 ns–2 ms</c>).
    /// </summary>
    /// <param name="format">As for the quantity: null or <c>G</c>, or a unit symbol, optionally followed by <c>:</c> and a numeric format.</param>
    /// <param name="formatProvider">The culture of the numbers, or null for the invariant culture.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        T.Units.FormatRange(Min.BaseValue, Max.BaseValue, format, formatProvider);

    /// <inheritdoc cref="ToString(string, IFormatProvider)"/>
    /// <param name="destination">Where the text is written.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">The format, as for <see cref="ToString(string, IFormatProvider)"/>.</param>
    /// <param name="provider">The culture of the numbers, or null for the invariant culture.</param>
    /// <returns>Whether the text fitted in <paramref name="destination"/>.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        QuantityText.TryCopy(ToString(format.IsEmpty ? null : format.ToString(), provider), destination, out charsWritten);

    /// <summary>Whether <paramref name="other"/> has the same ends.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>True when both ends are equal.</returns>
    public bool Equals(Range<T> other) => Min.Equals(other.Min) && Max.Equals(other.Max);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Range<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Min, Max);

    private static Range<T> Ordered(T a, T b) => a <= b ? new(a, b) : new(b, a);
}
