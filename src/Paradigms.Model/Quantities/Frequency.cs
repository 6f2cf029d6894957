using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Paradigms.Model.Quantities;

/// <summary>
/// A frequency, such as a CPU clock or an event rate.
/// </summary>
/// <remarks>
/// Stored as one <see cref="double"/> in hertz, so clock rates (3.2 GHz) are exact integers.
/// Never negative.
/// <c>default</c> is zero. NaN and infinity are refused wherever a value enters. Equality and
/// ordering compare the stored value; no unit is stored, so equal amounts in different units
/// are equal. Immutable, and so safe to share between threads.
/// </remarks>
public readonly struct Frequency : IQuantity<Frequency>
{
    private const double HertzPerKilohertz = 1e3;
    private const double HertzPerMegahertz = 1e6;
    private const double HertzPerGigahertz = 1e9;
    private const double HertzPerTerahertz = 1e12;

    private const double NanosecondsPerSecond = 1e9;

    private static readonly QuantityUnits UnitTable = new(
        "Frequency",
        signed: false,
        bareNumberSymbol: null,
        new QuantityUnit("Hz", 1, true),
        new QuantityUnit("kHz", HertzPerKilohertz, true, "KHz"),
        new QuantityUnit("MHz", HertzPerMegahertz, true),
        new QuantityUnit("GHz", HertzPerGigahertz, true),
        new QuantityUnit("THz", HertzPerTerahertz, true));

    private readonly double _hertz;

    /// <summary>Wraps a base value the caller has already checked.</summary>
    internal Frequency(double hertz) => _hertz = hertz;

    /// <summary>Gets zero, the same as <c>default</c>.</summary>
    public static Frequency Zero => default;

    static QuantityUnits IQuantity<Frequency>.Units => UnitTable;

    double IQuantity<Frequency>.BaseValue => _hertz;

    /// <summary>Creates a frequency from hertz.</summary>
    /// <param name="hertz">The value in hertz; finite and not negative.</param>
    /// <returns>The frequency.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static Frequency FromHertz(double hertz) => new(UnitTable.ToBase(hertz, 1, nameof(hertz), "Hz"));

    /// <summary>Creates a frequency from kilohertz.</summary>
    /// <param name="kilohertz">The value in kilohertz; finite and not negative.</param>
    /// <returns>The frequency.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static Frequency FromKilohertz(double kilohertz) => new(UnitTable.ToBase(kilohertz, HertzPerKilohertz, nameof(kilohertz), "kHz"));

    /// <summary>Creates a frequency from megahertz.</summary>
    /// <param name="megahertz">The value in megahertz; finite and not negative.</param>
    /// <returns>The frequency.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static Frequency FromMegahertz(double megahertz) => new(UnitTable.ToBase(megahertz, HertzPerMegahertz, nameof(megahertz), "MHz"));

    /// <summary>Creates a frequency from gigahertz.</summary>
    /// <param name="gigahertz">The value in gigahertz; finite and not negative.</param>
    /// <returns>The frequency.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static Frequency FromGigahertz(double gigahertz) => new(UnitTable.ToBase(gigahertz, HertzPerGigahertz, nameof(gigahertz), "GHz"));

    /// <summary>Creates a frequency from terahertz.</summary>
    /// <param name="terahertz">The value in terahertz; finite and not negative.</param>
    /// <returns>The frequency.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static Frequency FromTerahertz(double terahertz) => new(UnitTable.ToBase(terahertz, HertzPerTerahertz, nameof(terahertz), "THz"));

    /// <summary>Gets the value in hertz.</summary>
    public double Hertz => _hertz;

    /// <summary>Gets the value in kilohertz.</summary>
    public double Kilohertz => _hertz / HertzPerKilohertz;

    /// <summary>Gets the value in megahertz.</summary>
    public double Megahertz => _hertz / HertzPerMegahertz;

    /// <summary>Gets the value in gigahertz.</summary>
    public double Gigahertz => _hertz / HertzPerGigahertz;

    /// <summary>Gets the value in terahertz.</summary>
    public double Terahertz => _hertz / HertzPerTerahertz;

    /// <summary>Adds two values.</summary>
    /// <exception cref="OverflowException">The sum is not finite.</exception>
    public static Frequency operator +(Frequency left, Frequency right) =>
        new(Preconditions.ResultOfNonNegatives(left._hertz + right._hertz, "Frequency", "Frequency + Frequency"));

    /// <summary>Subtracts <paramref name="right"/> from <paramref name="left"/>.</summary>
    /// <exception cref="OverflowException">The difference is not finite, or negative.</exception>
    public static Frequency operator -(Frequency left, Frequency right) =>
        new(Preconditions.DifferenceOfNonNegatives(left._hertz - right._hertz, "Frequency", "Frequency - Frequency"));

    /// <summary>Scales a value by a number.</summary>
    /// <exception cref="OverflowException">The product is NaN or infinite, or negative.</exception>
    public static Frequency operator *(Frequency left, double right) =>
        new(Preconditions.Result(left._hertz * right, false, "Frequency", "Frequency * number") + 0.0);

    /// <summary>Scales a value by a number.</summary>
    /// <exception cref="OverflowException">The product is NaN or infinite, or negative.</exception>
    public static Frequency operator *(double left, Frequency right) => right * left;

    /// <summary>Divides a value by a number.</summary>
    /// <exception cref="OverflowException">The quotient is NaN or infinite (for example a division by zero), or negative.</exception>
    public static Frequency operator /(Frequency left, double right) =>
        new(Preconditions.Result(left._hertz / right, false, "Frequency", "Frequency / number") + 0.0);

    /// <summary>Divides two values of the same quantity, giving a plain number.</summary>
    /// <exception cref="OverflowException">The quotient is NaN or infinite (for example a division by zero).</exception>
    public static double operator /(Frequency left, Frequency right) =>
        Preconditions.Result(left._hertz / right._hertz, signed: true, "number", "Frequency / Frequency");

    /// <summary>The cycles elapsed at clock <paramref name="left"/> during <paramref name="right"/>: cycles = Hz × s.</summary>
    /// <exception cref="OverflowException">The result is not finite, or negative.</exception>
    public static Cycles operator *(Frequency left, Duration right) =>
        new Cycles(Preconditions.Result(
            left._hertz * right.Nanoseconds / NanosecondsPerSecond, false, "Cycles", "Frequency * Duration"));

    /// <summary>Whether the two values are equal.</summary>
    public static bool operator ==(Frequency left, Frequency right) => left._hertz == right._hertz;

    /// <summary>Whether the two values differ.</summary>
    public static bool operator !=(Frequency left, Frequency right) => left._hertz != right._hertz;

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    public static bool operator <(Frequency left, Frequency right) => left._hertz < right._hertz;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    public static bool operator >(Frequency left, Frequency right) => left._hertz > right._hertz;

    /// <summary>Whether <paramref name="left"/> is less than or equal to <paramref name="right"/>.</summary>
    public static bool operator <=(Frequency left, Frequency right) => left._hertz <= right._hertz;

    /// <summary>Whether <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</summary>
    public static bool operator >=(Frequency left, Frequency right) => left._hertz >= right._hertz;

    /// <summary>Parses text such as <c>"3.2 GHz"</c>; see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The text is not a number followed by a known unit, or the value is out of range.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    public static Frequency Parse(string s) => Parse(s, CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses a number followed by a unit (Hz, kHz, MHz, GHz, THz), with or without a space between them,
    /// with the number written as <paramref name="provider"/> writes numbers (invariant culture when null).
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number, or null for the invariant culture.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The text is not a number followed by a known unit, or the value is out of range; the message says which part.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    public static Frequency Parse(string s, IFormatProvider? provider) =>
        Parse(Preconditions.NotNull(s, nameof(s)).AsSpan(), provider);

    /// <inheritdoc cref="Parse(string, IFormatProvider)"/>
    public static Frequency Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => QuantityText.Parse<Frequency>(s, provider);

    /// <summary>Tries to parse text such as <c>"3.2 GHz"</c> in the invariant culture.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The value, or zero when parsing fails.</param>
    /// <returns>Whether the text was parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Frequency result) => TryParse(s, CultureInfo.InvariantCulture, out result);

    /// <summary>Tries to parse text such as <c>"3.2 GHz"</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number, or null for the invariant culture.</param>
    /// <param name="result">The value, or zero when parsing fails.</param>
    /// <returns>Whether the text was parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Frequency result) =>
        TryParse(s.AsSpan(), provider, out result) && s is not null;

    /// <inheritdoc cref="TryParse(string, IFormatProvider, out Frequency)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Frequency result) =>
        QuantityText.TryParse(s, provider, out result);

    /// <summary>Formats the value in the unit that reads shortest, in the invariant culture, for example <c>"3.2 GHz"</c>.</summary>
    /// <returns>The text, which <see cref="Parse(string)"/> reads back to an equal value.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the value in the invariant culture; see <see cref="ToString(string, IFormatProvider)"/>.</summary>
    /// <param name="format">Null or <c>G</c> for the automatic unit, or a unit symbol, optionally followed by <c>:</c> and a numeric format.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format) => ToString(format, null);

    /// <summary>Formats the value.</summary>
    /// <param name="format">
    /// Null, empty or <c>G</c> for the unit that reads shortest while parsing back to the same value;
    /// or a unit symbol (Hz, kHz, MHz, GHz, THz); either optionally followed by <c>:</c> and a .NET numeric
    /// format, as in <c>GHz:F2</c>.
    /// </param>
    /// <param name="formatProvider">The culture of the number, or null for the invariant culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format names no unit of this quantity.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => UnitTable.Format(_hertz, format, formatProvider);

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
    public bool Equals(Frequency other) => _hertz == other._hertz;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Frequency other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _hertz.GetHashCode();

    /// <summary>Compares with <paramref name="other"/> by amount.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Negative, zero or positive as this value is less than, equal to or greater than <paramref name="other"/>.</returns>
    public int CompareTo(Frequency other) => _hertz.CompareTo(other._hertz);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is neither null nor a Frequency.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Frequency other => CompareTo(other),
        _ => throw Preconditions.CannotCompare("a Frequency", obj, nameof(obj)),
    };

    static Frequency IQuantity<Frequency>.FromBaseValue(double baseValue) => new(baseValue);
}
