using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Paradigms.Model.Quantities;

/// <summary>
/// A length of time, such as a latency, an added delay or a context-switch cost.
/// </summary>
/// <remarks>
/// Stored as one <see cref="double"/> in nanoseconds, so the documents' figures (10 μs, 1.5 ms)
/// are exact integers and sub-nanosecond costs (one cycle at 3 GHz) still fit. A duration may
/// be negative, because the difference of two durations is a duration; model inputs that must
/// not be negative check that where they enter.
/// <c>default</c> is zero. NaN and infinity are refused wherever a value enters. Equality and
/// ordering compare the stored value; no unit is stored, so equal amounts in different units
/// are equal. Immutable, and so safe to share between threads.
/// </remarks>
public readonly struct Duration : IQuantity<Duration>
{
    private const double NanosecondsPerMicrosecond = 1e3;
    private const double NanosecondsPerMillisecond = 1e6;
    private const double NanosecondsPerSecond = 1e9;
    private const double NanosecondsPerMinute = 60e9;
    private const double NanosecondsPerHour = 3600e9;

    private static readonly QuantityUnits UnitTable = new(
        "Duration",
        signed: true,
        bareNumberSymbol: null,
        new QuantityUnit("ns", 1, true),
        new QuantityUnit("μs", NanosecondsPerMicrosecond, true, "us", "\u00B5s"),
        new QuantityUnit("ms", NanosecondsPerMillisecond, true),
        new QuantityUnit("s", NanosecondsPerSecond, true, "sec"),
        new QuantityUnit("min", NanosecondsPerMinute, true),
        new QuantityUnit("h", NanosecondsPerHour, true));

    private readonly double _nanoseconds;

    /// <summary>Wraps a base value the caller has already checked.</summary>
    internal Duration(double nanoseconds) => _nanoseconds = nanoseconds;

    /// <summary>Gets zero, the same as <c>default</c>.</summary>
    public static Duration Zero => default;

    static QuantityUnits IQuantity<Duration>.Units => UnitTable;

    double IQuantity<Duration>.BaseValue => _nanoseconds;

    /// <summary>Creates a duration from nanoseconds.</summary>
    /// <param name="nanoseconds">The value in nanoseconds.</param>
    /// <returns>The duration.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static Duration FromNanoseconds(double nanoseconds) => new(UnitTable.ToBase(nanoseconds, 1, nameof(nanoseconds), "ns"));

    /// <summary>Creates a duration from microseconds.</summary>
    /// <param name="microseconds">The value in microseconds.</param>
    /// <returns>The duration.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static Duration FromMicroseconds(double microseconds) => new(UnitTable.ToBase(microseconds, NanosecondsPerMicrosecond, nameof(microseconds), "μs"));

    /// <summary>Creates a duration from milliseconds.</summary>
    /// <param name="milliseconds">The value in milliseconds.</param>
    /// <returns>The duration.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static Duration FromMilliseconds(double milliseconds) => new(UnitTable.ToBase(milliseconds, NanosecondsPerMillisecond, nameof(milliseconds), "ms"));

    /// <summary>Creates a duration from seconds.</summary>
    /// <param name="seconds">The value in seconds.</param>
    /// <returns>The duration.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static Duration FromSeconds(double seconds) => new(UnitTable.ToBase(seconds, NanosecondsPerSecond, nameof(seconds), "s"));

    /// <summary>Creates a duration from minutes.</summary>
    /// <param name="minutes">The value in minutes.</param>
    /// <returns>The duration.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static Duration FromMinutes(double minutes) => new(UnitTable.ToBase(minutes, NanosecondsPerMinute, nameof(minutes), "min"));

    /// <summary>Creates a duration from hours.</summary>
    /// <param name="hours">The value in hours.</param>
    /// <returns>The duration.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static Duration FromHours(double hours) => new(UnitTable.ToBase(hours, NanosecondsPerHour, nameof(hours), "h"));

    /// <summary>Gets the value in nanoseconds.</summary>
    public double Nanoseconds => _nanoseconds;

    /// <summary>Gets the value in microseconds.</summary>
    public double Microseconds => _nanoseconds / NanosecondsPerMicrosecond;

    /// <summary>Gets the value in milliseconds.</summary>
    public double Milliseconds => _nanoseconds / NanosecondsPerMillisecond;

    /// <summary>Gets the value in seconds.</summary>
    public double Seconds => _nanoseconds / NanosecondsPerSecond;

    /// <summary>Gets the value in minutes.</summary>
    public double Minutes => _nanoseconds / NanosecondsPerMinute;

    /// <summary>Gets the value in hours.</summary>
    public double Hours => _nanoseconds / NanosecondsPerHour;

    /// <summary>Adds two values.</summary>
    /// <exception cref="OverflowException">The sum is not finite.</exception>
    public static Duration operator +(Duration left, Duration right) =>
        new(Preconditions.Result(left._nanoseconds + right._nanoseconds, true, "Duration", "Duration + Duration"));

    /// <summary>Subtracts <paramref name="right"/> from <paramref name="left"/>.</summary>
    /// <exception cref="OverflowException">The difference is not finite.</exception>
    public static Duration operator -(Duration left, Duration right) =>
        new(Preconditions.Result(left._nanoseconds - right._nanoseconds, true, "Duration", "Duration - Duration"));

    /// <summary>Negates a value.</summary>
    public static Duration operator -(Duration value) => new(0.0 - value._nanoseconds);

    /// <summary>Scales a value by a number.</summary>
    /// <exception cref="OverflowException">The product is NaN or infinite.</exception>
    public static Duration operator *(Duration left, double right) =>
        new(Preconditions.Result(left._nanoseconds * right, true, "Duration", "Duration * number") + 0.0);

    /// <summary>Scales a value by a number.</summary>
    /// <exception cref="OverflowException">The product is NaN or infinite.</exception>
    public static Duration operator *(double left, Duration right) => right * left;

    /// <summary>Divides a value by a number.</summary>
    /// <exception cref="OverflowException">The quotient is NaN or infinite (for example a division by zero).</exception>
    public static Duration operator /(Duration left, double right) =>
        new(Preconditions.Result(left._nanoseconds / right, true, "Duration", "Duration / number") + 0.0);

    /// <summary>Divides two values of the same quantity, giving a plain number.</summary>
    /// <exception cref="OverflowException">The quotient is NaN or infinite (for example a division by zero).</exception>
    public static double operator /(Duration left, Duration right) =>
        Preconditions.Result(left._nanoseconds / right._nanoseconds, signed: true, "number", "Duration / Duration");

    /// <summary>The information carried in <paramref name="left"/> at <paramref name="right"/>: bytes = bit/s × s ÷ 8.</summary>
    /// <exception cref="OverflowException">The result is not finite, or negative.</exception>
    public static Information operator *(Duration left, BitRate right) => right * left;

    /// <summary>The cycles elapsed in <paramref name="left"/> at clock <paramref name="right"/>: cycles = Hz × s.</summary>
    /// <exception cref="OverflowException">The result is not finite, or negative.</exception>
    public static Cycles operator *(Duration left, Frequency right) => right * left;

    /// <summary>Whether the two values are equal.</summary>
    public static bool operator ==(Duration left, Duration right) => left._nanoseconds == right._nanoseconds;

    /// <summary>Whether the two values differ.</summary>
    public static bool operator !=(Duration left, Duration right) => left._nanoseconds != right._nanoseconds;

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    public static bool operator <(Duration left, Duration right) => left._nanoseconds < right._nanoseconds;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    public static bool operator >(Duration left, Duration right) => left._nanoseconds > right._nanoseconds;

    /// <summary>Whether <paramref name="left"/> is less than or equal to <paramref name="right"/>.</summary>
    public static bool operator <=(Duration left, Duration right) => left._nanoseconds <= right._nanoseconds;

    /// <summary>Whether <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</summary>
    public static bool operator >=(Duration left, Duration right) => left._nanoseconds >= right._nanoseconds;

    /// <summary>Parses text such as <c>"10 μs"</c> or <c>"1.5ms"</c>; see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The text is not a number followed by a known unit, or the value is out of range.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    public static Duration Parse(string s) => Parse(s, CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses a number followed by a unit (ns, μs or us, ms, s, min, h), with or without a space between them,
    /// with the number written as <paramref name="provider"/> writes numbers (invariant culture when null).
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number, or null for the invariant culture.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The text is not a number followed by a known unit, or the value is out of range; the message says which part.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    public static Duration Parse(string s, IFormatProvider? provider) =>
        Parse(Preconditions.NotNull(s, nameof(s)).AsSpan(), provider);

    /// <inheritdoc cref="Parse(string, IFormatProvider)"/>
    public static Duration Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => QuantityText.Parse<Duration>(s, provider);

    /// <summary>Tries to parse text such as <c>"10 μs"</c> or <c>"1.5ms"</c> in the invariant culture.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The value, or zero when parsing fails.</param>
    /// <returns>Whether the text was parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Duration result) => TryParse(s, CultureInfo.InvariantCulture, out result);

    /// <summary>Tries to parse text such as <c>"10 μs"</c> or <c>"1.5ms"</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number, or null for the invariant culture.</param>
    /// <param name="result">The value, or zero when parsing fails.</param>
    /// <returns>Whether the text was parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Duration result) =>
        TryParse(s.AsSpan(), provider, out result) && s is not null;

    /// <inheritdoc cref="TryParse(string, IFormatProvider, out Duration)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Duration result) =>
        QuantityText.TryParse(s, provider, out result);

    /// <summary>Formats the value in the unit that reads shortest, in the invariant culture, for example <c>"10 μs"</c> or <c>"1.5ms"</c>.</summary>
    /// <returns>The text, which <see cref="Parse(string)"/> reads back to an equal value.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the value in the invariant culture; see <see cref="ToString(string, IFormatProvider)"/>.</summary>
    /// <param name="format">Null or <c>G</c> for the automatic unit, or a unit symbol, optionally followed by <c>:</c> and a numeric format.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format) => ToString(format, null);

    /// <summary>Formats the value.</summary>
    /// <param name="format">
    /// Null, empty or <c>G</c> for the unit that reads shortest while parsing back to the same value;
    /// or a unit symbol (ns, μs or us, ms, s, min, h); either optionally followed by <c>:</c> and a .NET numeric
    /// format, as in <c>μs:F2</c>.
    /// </param>
    /// <param name="formatProvider">The culture of the number, or null for the invariant culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format names no unit of this quantity.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => UnitTable.Format(_nanoseconds, format, formatProvider);

    /// <inheritdoc cref="ToString(string, IFormatProvider)"/>
    /// <param name="destination">Where the text is written.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">The format, as for <see cref="ToString(string, IFormatProvider)"/>.</param>
    /// <param name="provider">The culture of the number, or null for the invariant culture.</param>
    /// <returns>Whether the text fitted in <paramref name="destination"/>.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        QuantityText.TryCopy(ToString(format.IsEmpty ? null : format.ToString(), provider), destination, out charsWritten);

    /// <summary>Whether <paramref name="other"/> holds the same amount.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>True when the stored values are equal.</returns>
    public bool Equals(Duration other) => _nanoseconds == other._nanoseconds;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Duration other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _nanoseconds.GetHashCode();

    /// <summary>Compares with <paramref name="other"/> by amount.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Negative, zero or positive as this value is less than, equal to or greater than <paramref name="other"/>.</returns>
    public int CompareTo(Duration other) => _nanoseconds.CompareTo(other._nanoseconds);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is neither null nor a Duration.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Duration other => CompareTo(other),
        _ => throw Preconditions.CannotCompare("a Duration", obj, nameof(obj)),
    };

    static Duration IQuantity<Duration>.FromBaseValue(double baseValue) => new(baseValue);
}
