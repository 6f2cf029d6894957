using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Paradigms.Model.Quantities;

/// <summary>
/// A dimensionless ratio, such as a utilization, a loss or a relative performance.
/// </summary>
/// <remarks>
/// Stored as one <see cref="double"/> in percent, so the documents' figures (85 %, 5 %) are
/// exact integers. A ratio may be negative or above 100 % (an overhead of 150 %, a change of
/// −12 %); model inputs that are fractions of a whole (a loss, a utilization) check 0–100 %
/// where they enter. A bare number is refused when parsing, because 0.85 and 85 would both be
/// plausible.
/// <c>default</c> is zero. NaN and infinity are refused wherever a value enters. Equality and
/// ordering compare the stored value; no unit is stored, so equal amounts in different units
/// are equal. Immutable, and so safe to share between threads.
/// </remarks>
public readonly struct Ratio : IQuantity<Ratio>
{
    private const double PercentPerWhole = 100;

    private static readonly QuantityUnits UnitTable = new(
        "Ratio",
        signed: true,
        bareNumberSymbol: null,
        new QuantityUnit("%", 1, true, "percent"));

    private readonly double _percent;

    /// <summary>Wraps a base value the caller has already checked.</summary>
    internal Ratio(double percent) => _percent = percent;

    /// <summary>Gets zero, the same as <c>default</c>.</summary>
    public static Ratio Zero => default;

    static QuantityUnits IQuantity<Ratio>.Units => UnitTable;

    double IQuantity<Ratio>.BaseValue => _percent;

    /// <summary>Creates a ratio from percent.</summary>
    /// <param name="percent">The value in percent.</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static Ratio FromPercent(double percent) => new(UnitTable.ToBase(percent, 1, nameof(percent), "%"));

    /// <summary>Creates a ratio from a decimal fraction (0.85 is 85 %).</summary>
    /// <param name="decimalFractions">The value as a decimal fraction.</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite.</exception>
    public static Ratio FromDecimalFractions(double decimalFractions) =>
        new(UnitTable.ToBase(decimalFractions, PercentPerWhole, nameof(decimalFractions), "(decimal fraction)"));

    /// <summary>Gets the value in percent.</summary>
    public double Percent => _percent;

    /// <summary>Gets the value as a decimal fraction (85 % is 0.85).</summary>
    public double DecimalFractions => _percent / PercentPerWhole;

    /// <summary>Adds two values.</summary>
    /// <exception cref="OverflowException">The sum is not finite.</exception>
    public static Ratio operator +(Ratio left, Ratio right) =>
        new(Preconditions.Result(left._percent + right._percent, true, "Ratio", "Ratio + Ratio"));

    /// <summary>Subtracts <paramref name="right"/> from <paramref name="left"/>.</summary>
    /// <exception cref="OverflowException">The difference is not finite.</exception>
    public static Ratio operator -(Ratio left, Ratio right) =>
        new(Preconditions.Result(left._percent - right._percent, true, "Ratio", "Ratio - Ratio"));

    /// <summary>Negates a value.</summary>
    public static Ratio operator -(Ratio value) => new(0.0 - value._percent);

    /// <summary>Scales a value by a number.</summary>
    /// <exception cref="OverflowException">The product is NaN or infinite.</exception>
    public static Ratio operator *(Ratio left, double right) =>
        new(Preconditions.Result(left._percent * right, true, "Ratio", "Ratio * number") + 0.0);

    /// <summary>Scales a value by a number.</summary>
    /// <exception cref="OverflowException">The product is NaN or infinite.</exception>
    public static Ratio operator *(double left, Ratio right) => right * left;

    /// <summary>Divides a value by a number.</summary>
    /// <exception cref="OverflowException">The quotient is NaN or infinite (for example a division by zero).</exception>
    public static Ratio operator /(Ratio left, double right) =>
        new(Preconditions.Result(left._percent / right, true, "Ratio", "Ratio / number") + 0.0);

    /// <summary>Divides two values of the same quantity, giving a plain number.</summary>
    /// <exception cref="OverflowException">The quotient is NaN or infinite (for example a division by zero).</exception>
    public static double operator /(Ratio left, Ratio right) =>
        Preconditions.Result(left._percent / right._percent, signed: true, "number", "Ratio / Ratio");

    /// <summary>Whether the two values are equal.</summary>
    public static bool operator ==(Ratio left, Ratio right) => left._percent == right._percent;

    /// <summary>Whether the two values differ.</summary>
    public static bool operator !=(Ratio left, Ratio right) => left._percent != right._percent;

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    public static bool operator <(Ratio left, Ratio right) => left._percent < right._percent;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    public static bool operator >(Ratio left, Ratio right) => left._percent > right._percent;

    /// <summary>Whether <paramref name="left"/> is less than or equal to <paramref name="right"/>.</summary>
    public static bool operator <=(Ratio left, Ratio right) => left._percent <= right._percent;

    /// <summary>Whether <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</summary>
    public static bool operator >=(Ratio left, Ratio right) => left._percent >= right._percent;

    /// <summary>Parses text such as <c>"85 %"</c>; see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The text is not a number followed by a known unit, or the value is out of range.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    public static Ratio Parse(string s) => Parse(s, CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses a number followed by a unit (%, percent), with or without a space between them,
    /// with the number written as <paramref name="provider"/> writes numbers (invariant culture when null).
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number, or null for the invariant culture.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The text is not a number followed by a known unit, or the value is out of range; the message says which part.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    public static Ratio Parse(string s, IFormatProvider? provider) =>
        Parse(Preconditions.NotNull(s, nameof(s)).AsSpan(), provider);

    /// <inheritdoc cref="Parse(string, IFormatProvider)"/>
    public static Ratio Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => QuantityText.Parse<Ratio>(s, provider);

    /// <summary>Tries to parse text such as <c>"85 %"</c> in the invariant culture.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The value, or zero when parsing fails.</param>
    /// <returns>Whether the text was parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Ratio result) => TryParse(s, CultureInfo.InvariantCulture, out result);

    /// <summary>Tries to parse text such as <c>"85 %"</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number, or null for the invariant culture.</param>
    /// <param name="result">The value, or zero when parsing fails.</param>
    /// <returns>Whether the text was parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Ratio result) =>
        TryParse(s.AsSpan(), provider, out result) && s is not null;

    /// <inheritdoc cref="TryParse(string, IFormatProvider, out Ratio)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Ratio result) =>
        QuantityText.TryParse(s, provider, out result);

    /// <summary>Formats the value in the unit that reads shortest, in the invariant culture, for example <c>"85 %"</c>.</summary>
    /// <returns>The text, which <see cref="Parse(string)"/> reads back to an equal value.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the value in the invariant culture; see <see cref="ToString(string, IFormatProvider)"/>.</summary>
    /// <param name="format">Null or <c>G</c> for the automatic unit, or a unit symbol, optionally followed by <c>:</c> and a numeric format.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format) => ToString(format, null);

    /// <summary>Formats the value.</summary>
    /// <param name="format">
    /// Null, empty or <c>G</c> for the unit that reads shortest while parsing back to the same value;
    /// or a unit symbol (%, percent); either optionally followed by <c>:</c> and a .NET numeric
    /// format, as in <c>%:F1</c>.
    /// </param>
    /// <param name="formatProvider">The culture of the number, or null for the invariant culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format names no unit of this quantity.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => UnitTable.Format(_percent, format, formatProvider);

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
    public bool Equals(Ratio other) => _percent == other._percent;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Ratio other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _percent.GetHashCode();

    /// <summary>Compares with <paramref name="other"/> by amount.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Negative, zero or positive as this value is less than, equal to or greater than <paramref name="other"/>.</returns>
    public int CompareTo(Ratio other) => _percent.CompareTo(other._percent);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is neither null nor a Ratio.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Ratio other => CompareTo(other),
        _ => throw Preconditions.CannotCompare("a Ratio", obj, nameof(obj)),
    };

    static Ratio IQuantity<Ratio>.FromBaseValue(double baseValue) => new(baseValue);
}
