using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Paradigms.Model.Quantities;

/// <summary>
/// A rate of IO operations (IOPS), such as a disk's or a virtual block device's.
/// </summary>
/// <remarks>
/// Stored as one <see cref="double"/> in operations per second, so IOPS figures (13000 IOPS)
/// are exact integers. Never negative.
/// <c>default</c> is zero. NaN and infinity are refused wherever a value enters. Equality and
/// ordering compare the stored value; no unit is stored, so equal amounts in different units
/// are equal. Immutable, and so safe to share between threads.
/// </remarks>
public readonly struct IoOperationRate : IQuantity<IoOperationRate>
{
    private static readonly QuantityUnits UnitTable = new(
        "IoOperationRate",
        signed: false,
        bareNumberSymbol: null,
        new QuantityUnit("IOPS", 1, true, "op/s", "ops/s"));

    private readonly double _operationsPerSecond;

    /// <summary>Wraps a base value the caller has already checked.</summary>
    internal IoOperationRate(double operationsPerSecond) => _operationsPerSecond = operationsPerSecond;

    /// <summary>Gets zero, the same as <c>default</c>.</summary>
    public static IoOperationRate Zero => default;

    static QuantityUnits IQuantity<IoOperationRate>.Units => UnitTable;

    double IQuantity<IoOperationRate>.BaseValue => _operationsPerSecond;

    /// <summary>Creates a rate from IO operations per second.</summary>
    /// <param name="operationsPerSecond">The value in IO operations per second; finite and not negative.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static IoOperationRate FromOperationsPerSecond(double operationsPerSecond) => new(UnitTable.ToBase(operationsPerSecond, 1, nameof(operationsPerSecond), "IOPS"));

    /// <summary>Gets the value in IO operations per second.</summary>
    public double OperationsPerSecond => _operationsPerSecond;

    /// <summary>Adds two values.</summary>
    /// <exception cref="OverflowException">The sum is not finite.</exception>
    public static IoOperationRate operator +(IoOperationRate left, IoOperationRate right) =>
        new(Preconditions.ResultOfNonNegatives(left._operationsPerSecond + right._operationsPerSecond, "IoOperationRate", "IoOperationRate + IoOperationRate"));

    /// <summary>Subtracts <paramref name="right"/> from <paramref name="left"/>.</summary>
    /// <exception cref="OverflowException">The difference is not finite, or negative.</exception>
    public static IoOperationRate operator -(IoOperationRate left, IoOperationRate right) =>
        new(Preconditions.DifferenceOfNonNegatives(left._operationsPerSecond - right._operationsPerSecond, "IoOperationRate", "IoOperationRate - IoOperationRate"));

    /// <summary>Scales a value by a number.</summary>
    /// <exception cref="OverflowException">The product is NaN or infinite, or negative.</exception>
    public static IoOperationRate operator *(IoOperationRate left, double right) =>
        new(Preconditions.Result(left._operationsPerSecond * right, false, "IoOperationRate", "IoOperationRate * number") + 0.0);

    /// <summary>Scales a value by a number.</summary>
    /// <exception cref="OverflowException">The product is NaN or infinite, or negative.</exception>
    public static IoOperationRate operator *(double left, IoOperationRate right) => right * left;

    /// <summary>Divides a value by a number.</summary>
    /// <exception cref="OverflowException">The quotient is NaN or infinite (for example a division by zero), or negative.</exception>
    public static IoOperationRate operator /(IoOperationRate left, double right) =>
        new(Preconditions.Result(left._operationsPerSecond / right, false, "IoOperationRate", "IoOperationRate / number") + 0.0);

    /// <summary>Divides two values of the same quantity, giving a plain number.</summary>
    /// <exception cref="OverflowException">The quotient is NaN or infinite (for example a division by zero).</exception>
    public static double operator /(IoOperationRate left, IoOperationRate right) =>
        Preconditions.Result(left._operationsPerSecond / right._operationsPerSecond, signed: true, "number", "IoOperationRate / IoOperationRate");

    /// <summary>The throughput of <paramref name="left"/> operations per second of size <paramref name="right"/>: bit/s = IOPS × bytes × 8.</summary>
    /// <exception cref="OverflowException">The result is not finite.</exception>
    public static BitRate operator *(IoOperationRate left, Information right) =>
        new BitRate(Preconditions.ResultOfNonNegatives(
            left._operationsPerSecond * right.Bits, "BitRate", "IoOperationRate * Information"));

    /// <summary>Whether the two values are equal.</summary>
    public static bool operator ==(IoOperationRate left, IoOperationRate right) => left._operationsPerSecond == right._operationsPerSecond;

    /// <summary>Whether the two values differ.</summary>
    public static bool operator !=(IoOperationRate left, IoOperationRate right) => left._operationsPerSecond != right._operationsPerSecond;

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    public static bool operator <(IoOperationRate left, IoOperationRate right) => left._operationsPerSecond < right._operationsPerSecond;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    public static bool operator >(IoOperationRate left, IoOperationRate right) => left._operationsPerSecond > right._operationsPerSecond;

    /// <summary>Whether <paramref name="left"/> is less than or equal to <paramref name="right"/>.</summary>
    public static bool operator <=(IoOperationRate left, IoOperationRate right) => left._operationsPerSecond <= right._operationsPerSecond;

    /// <summary>Whether <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</summary>
    public static bool operator >=(IoOperationRate left, IoOperationRate right) => left._operationsPerSecond >= right._operationsPerSecond;

    /// <summary>Parses text such as <c>"13000 IOPS"</c>; see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The text is not a number followed by a known unit, or the value is out of range.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    public static IoOperationRate Parse(string s) => Parse(s, CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses a number followed by a unit (IOPS, op/s, ops/s), with or without a space between them,
    /// with the number written as <paramref name="provider"/> writes numbers (invariant culture when null).
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number, or null for the invariant culture.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The text is not a number followed by a known unit, or the value is out of range; the message says which part.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    public static IoOperationRate Parse(string s, IFormatProvider? provider) =>
        Parse(Preconditions.NotNull(s, nameof(s)).AsSpan(), provider);

    /// <inheritdoc cref="Parse(string, IFormatProvider)"/>
    public static IoOperationRate Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => QuantityText.Parse<IoOperationRate>(s, provider);

    /// <summary>Tries to parse text such as <c>"13000 IOPS"</c> in the invariant culture.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The value, or zero when parsing fails.</param>
    /// <returns>Whether the text was parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out IoOperationRate result) => TryParse(s, CultureInfo.InvariantCulture, out result);

    /// <summary>Tries to parse text such as <c>"13000 IOPS"</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number, or null for the invariant culture.</param>
    /// <param name="result">The value, or zero when parsing fails.</param>
    /// <returns>Whether the text was parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out IoOperationRate result) =>
        TryParse(s.AsSpan(), provider, out result) && s is not null;

    /// <inheritdoc cref="TryParse(string, IFormatProvider, out IoOperationRate)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out IoOperationRate result) =>
        QuantityText.TryParse(s, provider, out result);

    /// <summary>Formats the value in the unit that reads shortest, in the invariant culture, for example <c>"13000 IOPS"</c>.</summary>
    /// <returns>The text, which <see cref="Parse(string)"/> reads back to an equal value.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the value in the invariant culture; see <see cref="ToString(string, IFormatProvider)"/>.</summary>
    /// <param name="format">Null or <c>G</c> for the automatic unit, or a unit symbol, optionally followed by <c>:</c> and a numeric format.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format) => ToString(format, null);

    /// <summary>Formats the value.</summary>
    /// <param name="format">
    /// Null, empty or <c>G</c> for the unit that reads shortest while parsing back to the same value;
    /// or a unit symbol (IOPS, op/s, ops/s); either optionally followed by <c>:</c> and a .NET numeric
    /// format, as in <c>IOPS:F0</c>.
    /// </param>
    /// <param name="formatProvider">The culture of the number, or null for the invariant culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format names no unit of this quantity.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => UnitTable.Format(_operationsPerSecond, format, formatProvider);

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
    public bool Equals(IoOperationRate other) => _operationsPerSecond == other._operationsPerSecond;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is IoOperationRate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _operationsPerSecond.GetHashCode();

    /// <summary>Compares with <paramref name="other"/> by amount.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Negative, zero or positive as this value is less than, equal to or greater than <paramref name="other"/>.</returns>
    public int CompareTo(IoOperationRate other) => _operationsPerSecond.CompareTo(other._operationsPerSecond);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is neither null nor an IoOperationRate.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        IoOperationRate other => CompareTo(other),
        _ => throw Preconditions.CannotCompare("an IoOperationRate", obj, nameof(obj)),
    };

    static IoOperationRate IQuantity<IoOperationRate>.FromBaseValue(double baseValue) => new(baseValue);
}
