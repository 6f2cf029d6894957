using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Paradigms.Model.Quantities;

/// <summary>
/// A length, such as a cable run or the distance between two sites.
/// </summary>
/// <remarks>
/// Stored as one <see cref="double"/> in meters, so cable runs (55 m, 100 m) are exact integers.
/// Never negative.
/// <c>default</c> is zero. NaN and infinity are refused wherever a value enters. Equality and
/// ordering compare the stored value; no unit is stored, so equal amounts in different units
/// are equal. Immutable, and so safe to share between threads.
/// </remarks>
public readonly struct Length : IQuantity<Length>
{
    private const double MetersPerMillimeter = 1e-3;
    private const double MetersPerCentimeter = 1e-2;
    private const double MetersPerKilometer = 1e3;

    private static readonly QuantityUnits UnitTable = new(
        "Length",
        signed: false,
        bareNumberSymbol: null,
        new QuantityUnit("mm", MetersPerMillimeter, true),
        new QuantityUnit("cm", MetersPerCentimeter, true),
        new QuantityUnit("m", 1, true),
        new QuantityUnit("km", MetersPerKilometer, true));

    private readonly double _meters;

    /// <summary>Wraps a base value the caller has already checked.</summary>
    internal Length(double meters) => _meters = meters;

    /// <summary>Gets zero, the same as <c>default</c>.</summary>
    public static Length Zero => default;

    static QuantityUnits IQuantity<Length>.Units => UnitTable;

    double IQuantity<Length>.BaseValue => _meters;

    /// <summary>Creates a length from millimeters.</summary>
    /// <param name="millimeters">The value in millimeters; finite and not negative.</param>
    /// <returns>The length.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static Length FromMillimeters(double millimeters) => new(UnitTable.ToBase(millimeters, MetersPerMillimeter, nameof(millimeters), "mm"));

    /// <summary>Creates a length from centimeters.</summary>
    /// <param name="centimeters">The value in centimeters; finite and not negative.</param>
    /// <returns>The length.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static Length FromCentimeters(double centimeters) => new(UnitTable.ToBase(centimeters, MetersPerCentimeter, nameof(centimeters), "cm"));

    /// <summary>Creates a length from meters.</summary>
    /// <param name="meters">The value in meters; finite and not negative.</param>
    /// <returns>The length.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static Length FromMeters(double meters) => new(UnitTable.ToBase(meters, 1, nameof(meters), "m"));

    /// <summary>Creates a length from kilometers.</summary>
    /// <param name="kilometers">The value in kilometers; finite and not negative.</param>
    /// <returns>The length.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static Length FromKilometers(double kilometers) => new(UnitTable.ToBase(kilometers, MetersPerKilometer, nameof(kilometers), "km"));

    /// <summary>Gets the value in millimeters.</summary>
    public double Millimeters => _meters / MetersPerMillimeter;

    /// <summary>Gets the value in centimeters.</summary>
    public double Centimeters => _meters / MetersPerCentimeter;

    /// <summary>Gets the value in meters.</summary>
    public double Meters => _meters;

    /// <summary>Gets the value in kilometers.</summary>
    public double Kilometers => _meters / MetersPerKilometer;

    /// <summary>Adds two values.</summary>
    /// <exception cref="OverflowException">The sum is not finite.</exception>
    public static Length operator +(Length left, Length right) =>
        new(Preconditions.ResultOfNonNegatives(left._meters + right._meters, "Length", "Length + Length"));

    /// <summary>Subtracts <paramref name="right"/> from <paramref name="left"/>.</summary>
    /// <exception cref="OverflowException">The difference is not finite, or negative.</exception>
    public static Length operator -(Length left, Length right) =>
        new(Preconditions.DifferenceOfNonNegatives(left._meters - right._meters, "Length", "Length - Length"));

    /// <summary>Scales a value by a number.</summary>
    /// <exception cref="OverflowException">The product is NaN or infinite, or negative.</exception>
    public static Length operator *(Length left, double right) =>
        new(Preconditions.Result(left._meters * right, false, "Length", "Length * number") + 0.0);

    /// <summary>Scales a value by a number.</summary>
    /// <exception cref="OverflowException">The product is NaN or infinite, or negative.</exception>
    public static Length operator *(double left, Length right) => right * left;

    /// <summary>Divides a value by a number.</summary>
    /// <exception cref="OverflowException">The quotient is NaN or infinite (for example a division by zero), or negative.</exception>
    public static Length operator /(Length left, double right) =>
        new(Preconditions.Result(left._meters / right, false, "Length", "Length / number") + 0.0);

    /// <summary>Divides two values of the same quantity, giving a plain number.</summary>
    /// <exception cref="OverflowException">The quotient is NaN or infinite (for example a division by zero).</exception>
    public static double operator /(Length left, Length right) =>
        Preconditions.Result(left._meters / right._meters, signed: true, "number", "Length / Length");

    /// <summary>Whether the two values are equal.</summary>
    public static bool operator ==(Length left, Length right) => left._meters == right._meters;

    /// <summary>Whether the two values differ.</summary>
    public static bool operator !=(Length left, Length right) => left._meters != right._meters;

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    public static bool operator <(Length left, Length right) => left._meters < right._meters;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    public static bool operator >(Length left, Length right) => left._meters > right._meters;

    /// <summary>Whether <paramref name="left"/> is less than or equal to <paramref name="right"/>.</summary>
    public static bool operator <=(Length left, Length right) => left._meters <= right._meters;

    /// <summary>Whether <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</summary>
    public static bool operator >=(Length left, Length right) => left._meters >= right._meters;

    /// <summary>Parses text such as <c>"55 m"</c>; see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The text is not a number followed by a known unit, or the value is out of range.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    public static Length Parse(string s) => Parse(s, CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses a number followed by a unit (mm, cm, m, km), with or without a space between them,
    /// with the number written as <paramref name="provider"/> writes numbers (invariant culture when null).
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number, or null for the invariant culture.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The text is not a number followed by a known unit, or the value is out of range; the message says which part.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    public static Length Parse(string s, IFormatProvider? provider) =>
        Parse(Preconditions.NotNull(s, nameof(s)).AsSpan(), provider);

    /// <inheritdoc cref="Parse(string, IFormatProvider)"/>
    public static Length Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => QuantityText.Parse<Length>(s, provider);

    /// <summary>Tries to parse text such as <c>"55 m"</c> in the invariant culture.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The value, or zero when parsing fails.</param>
    /// <returns>Whether the text was parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Length result) => TryParse(s, CultureInfo.InvariantCulture, out result);

    /// <summary>Tries to parse text such as <c>"55 m"</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number, or null for the invariant culture.</param>
    /// <param name="result">The value, or zero when parsing fails.</param>
    /// <returns>Whether the text was parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Length result) =>
        TryParse(s.AsSpan(), provider, out result) && s is not null;

    /// <inheritdoc cref="TryParse(string, IFormatProvider, out Length)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Length result) =>
        QuantityText.TryParse(s, provider, out result);

    /// <summary>Formats the value in the unit that reads shortest, in the invariant culture, for example <c>"55 m"</c>.</summary>
    /// <returns>The text, which <see cref="Parse(string)"/> reads back to an equal value.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the value in the invariant culture; see <see cref="ToString(string, IFormatProvider)"/>.</summary>
    /// <param name="format">Null or <c>G</c> for the automatic unit, or a unit symbol, optionally followed by <c>:</c> and a numeric format.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format) => ToString(format, null);

    /// <summary>Formats the value.</summary>
    /// <param name="format">
    /// Null, empty or <c>G</c> for the unit that reads shortest while parsing back to the same value;
    /// or a unit symbol (mm, cm, m, km); either optionally followed by <c>:</c> and a .NET numeric
    /// format, as in <c>km:F2</c>.
    /// </param>
    /// <param name="formatProvider">The culture of the number, or null for the invariant culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format names no unit of this quantity.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => UnitTable.Format(_meters, format, formatProvider);

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
    public bool Equals(Length other) => _meters == other._meters;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Length other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _meters.GetHashCode();

    /// <summary>Compares with <paramref name="other"/> by amount.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Negative, zero or positive as this value is less than, equal to or greater than <paramref name="other"/>.</returns>
    public int CompareTo(Length other) => _meters.CompareTo(other._meters);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is neither null nor a Length.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Length other => CompareTo(other),
        _ => throw Preconditions.CannotCompare("a Length", obj, nameof(obj)),
    };

    static Length IQuantity<Length>.FromBaseValue(double baseValue) => new(baseValue);
}
