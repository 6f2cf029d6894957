using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Paradigms.Model.Quantities;

/// <summary>
/// A number of CPU cycles, such as the cost of a VM exit or a hypercall.
/// </summary>
/// <remarks>
/// Stored as one <see cref="double"/> in cycles, so the documents' per-event costs (1000–5000
/// cycles) are exact integers and averages may be fractional. Never negative. A number without
/// a unit means cycles.
/// <c>default</c> is zero. NaN and infinity are refused wherever a value enters. Equality and
/// ordering compare the stored value; no unit is stored, so equal amounts in different units
/// are equal. Immutable, and so safe to share between threads.
/// </remarks>
public readonly struct Cycles : IQuantity<Cycles>
{
    private const double CyclesPerKilocycle = 1e3;
    private const double CyclesPerMegacycle = 1e6;
    private const double CyclesPerGigacycle = 1e9;

    private const double NanosecondsPerSecond = 1e9;

    private static readonly QuantityUnits UnitTable = new(
        "Cycles",
        signed: false,
        bareNumberSymbol: "cycles",
        new QuantityUnit("cycles", 1, true, "cycle"),
        new QuantityUnit("kcycles", CyclesPerKilocycle, false, "Kcycles"),
        new QuantityUnit("Mcycles", CyclesPerMegacycle, false),
        new QuantityUnit("Gcycles", CyclesPerGigacycle, false));

    private readonly double _cycles;

    /// <summary>Wraps a base value the caller has already checked.</summary>
    internal Cycles(double cycles) => _cycles = cycles;

    /// <summary>Gets zero, the same as <c>default</c>.</summary>
    public static Cycles Zero => default;

    static QuantityUnits IQuantity<Cycles>.Units => UnitTable;

    double IQuantity<Cycles>.BaseValue => _cycles;

    /// <summary>Creates a cycle count from cycles.</summary>
    /// <param name="cycles">The value in cycles; finite and not negative.</param>
    /// <returns>The cycles.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static Cycles FromCycles(double cycles) => new(UnitTable.ToBase(cycles, 1, nameof(cycles), "cycles"));

    /// <summary>Creates a cycle count from thousands of cycles.</summary>
    /// <param name="kilocycles">The value in thousands of cycles; finite and not negative.</param>
    /// <returns>The cycles.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static Cycles FromKilocycles(double kilocycles) => new(UnitTable.ToBase(kilocycles, CyclesPerKilocycle, nameof(kilocycles), "kcycles"));

    /// <summary>Creates a cycle count from millions of cycles.</summary>
    /// <param name="megacycles">The value in millions of cycles; finite and not negative.</param>
    /// <returns>The cycles.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static Cycles FromMegacycles(double megacycles) => new(UnitTable.ToBase(megacycles, CyclesPerMegacycle, nameof(megacycles), "Mcycles"));

    /// <summary>Creates a cycle count from billions of cycles.</summary>
    /// <param name="gigacycles">The value in billions of cycles; finite and not negative.</param>
    /// <returns>The cycles.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static Cycles FromGigacycles(double gigacycles) => new(UnitTable.ToBase(gigacycles, CyclesPerGigacycle, nameof(gigacycles), "Gcycles"));

    /// <summary>Gets the value in cycles.</summary>
    public double Count => _cycles;

    /// <summary>Gets the value in thousands of cycles.</summary>
    public double Kilocycles => _cycles / CyclesPerKilocycle;

    /// <summary>Gets the value in millions of cycles.</summary>
    public double Megacycles => _cycles / CyclesPerMegacycle;

    /// <summary>Gets the value in billions of cycles.</summary>
    public double Gigacycles => _cycles / CyclesPerGigacycle;

    /// <summary>Adds two values.</summary>
    /// <exception cref="OverflowException">The sum is not finite.</exception>
    public static Cycles operator +(Cycles left, Cycles right) =>
        new(Preconditions.ResultOfNonNegatives(left._cycles + right._cycles, "Cycles", "Cycles + Cycles"));

    /// <summary>Subtracts <paramref name="right"/> from <paramref name="left"/>.</summary>
    /// <exception cref="OverflowException">The difference is not finite, or negative.</exception>
    public static Cycles operator -(Cycles left, Cycles right) =>
        new(Preconditions.DifferenceOfNonNegatives(left._cycles - right._cycles, "Cycles", "Cycles - Cycles"));

    /// <summary>Scales a value by a number.</summary>
    /// <exception cref="OverflowException">The product is NaN or infinite, or negative.</exception>
    public static Cycles operator *(Cycles left, double right) =>
        new(Preconditions.Result(left._cycles * right, false, "Cycles", "Cycles * number") + 0.0);

    /// <summary>Scales a value by a number.</summary>
    /// <exception cref="OverflowException">The product is NaN or infinite, or negative.</exception>
    public static Cycles operator *(double left, Cycles right) => right * left;

    /// <summary>Divides a value by a number.</summary>
    /// <exception cref="OverflowException">The quotient is NaN or infinite (for example a division by zero), or negative.</exception>
    public static Cycles operator /(Cycles left, double right) =>
        new(Preconditions.Result(left._cycles / right, false, "Cycles", "Cycles / number") + 0.0);

    /// <summary>Divides two values of the same quantity, giving a plain number.</summary>
    /// <exception cref="OverflowException">The quotient is NaN or infinite (for example a division by zero).</exception>
    public static double operator /(Cycles left, Cycles right) =>
        Preconditions.Result(left._cycles / right._cycles, signed: true, "number", "Cycles / Cycles");

    /// <summary>The time <paramref name="left"/> take at clock <paramref name="right"/>: s = cycles ÷ Hz.</summary>
    /// <exception cref="OverflowException">The result is not finite (a zero clock).</exception>
    public static Duration operator /(Cycles left, Frequency right) =>
        new Duration(Preconditions.ResultOfNonNegatives(
            left._cycles * NanosecondsPerSecond / right.Hertz, "Duration", "Cycles / Frequency"));

    /// <summary>The clock that runs <paramref name="left"/> in <paramref name="right"/>: Hz = cycles ÷ s.</summary>
    /// <exception cref="OverflowException">The result is not finite (a zero duration).</exception>
    public static Frequency operator /(Cycles left, Duration right) =>
        new Frequency(Preconditions.Result(
            left._cycles * NanosecondsPerSecond / right.Nanoseconds, false, "Frequency", "Cycles / Duration"));

    /// <summary>Whether the two values are equal.</summary>
    public static bool operator ==(Cycles left, Cycles right) => left._cycles == right._cycles;

    /// <summary>Whether the two values differ.</summary>
    public static bool operator !=(Cycles left, Cycles right) => left._cycles != right._cycles;

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    public static bool operator <(Cycles left, Cycles right) => left._cycles < right._cycles;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    public static bool operator >(Cycles left, Cycles right) => left._cycles > right._cycles;

    /// <summary>Whether <paramref name="left"/> is less than or equal to <paramref name="right"/>.</summary>
    public static bool operator <=(Cycles left, Cycles right) => left._cycles <= right._cycles;

    /// <summary>Whether <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</summary>
    public static bool operator >=(Cycles left, Cycles right) => left._cycles >= right._cycles;

    /// <summary>Parses text such as <c>"1000 cycles"</c>; see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The text is not a number followed by a known unit, or the value is out of range.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    public static Cycles Parse(string s) => Parse(s, CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses a number followed by a unit (cycles, kcycles, Mcycles, Gcycles; a bare number means cycles), with or without a space between them,
    /// with the number written as <paramref name="provider"/> writes numbers (invariant culture when null).
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number, or null for the invariant culture.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The text is not a number followed by a known unit, or the value is out of range; the message says which part.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    public static Cycles Parse(string s, IFormatProvider? provider) =>
        Parse(Preconditions.NotNull(s, nameof(s)).AsSpan(), provider);

    /// <inheritdoc cref="Parse(string, IFormatProvider)"/>
    public static Cycles Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => QuantityText.Parse<Cycles>(s, provider);

    /// <summary>Tries to parse text such as <c>"1000 cycles"</c> in the invariant culture.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The value, or zero when parsing fails.</param>
    /// <returns>Whether the text was parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Cycles result) => TryParse(s, CultureInfo.InvariantCulture, out result);

    /// <summary>Tries to parse text such as <c>"1000 cycles"</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number, or null for the invariant culture.</param>
    /// <param name="result">The value, or zero when parsing fails.</param>
    /// <returns>Whether the text was parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Cycles result) =>
        TryParse(s.AsSpan(), provider, out result) && s is not null;

    /// <inheritdoc cref="TryParse(string, IFormatProvider, out Cycles)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Cycles result) =>
        QuantityText.TryParse(s, provider, out result);

    /// <summary>Formats the value in the unit that reads shortest, in the invariant culture, for example <c>"1000 cycles"</c>.</summary>
    /// <returns>The text, which <see cref="Parse(string)"/> reads back to an equal value.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the value in the invariant culture; see <see cref="ToString(string, IFormatProvider)"/>.</summary>
    /// <param name="format">Null or <c>G</c> for the automatic unit, or a unit symbol, optionally followed by <c>:</c> and a numeric format.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format) => ToString(format, null);

    /// <summary>Formats the value.</summary>
    /// <param name="format">
    /// Null, empty or <c>G</c> for the unit that reads shortest while parsing back to the same value;
    /// or a unit symbol (cycles, kcycles, Mcycles, Gcycles; a bare number means cycles); either optionally followed by <c>:</c> and a .NET numeric
    /// format, as in <c>cycles:F0</c>.
    /// </param>
    /// <param name="formatProvider">The culture of the number, or null for the invariant culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format names no unit of this quantity.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => UnitTable.Format(_cycles, format, formatProvider);

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
    public bool Equals(Cycles other) => _cycles == other._cycles;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Cycles other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _cycles.GetHashCode();

    /// <summary>Compares with <paramref name="other"/> by amount.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Negative, zero or positive as this value is less than, equal to or greater than <paramref name="other"/>.</returns>
    public int CompareTo(Cycles other) => _cycles.CompareTo(other._cycles);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is neither null nor a Cycles.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Cycles other => CompareTo(other),
        _ => throw Preconditions.CannotCompare("a Cycles", obj, nameof(obj)),
    };

    static Cycles IQuantity<Cycles>.FromBaseValue(double baseValue) => new(baseValue);
}
