using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Paradigms.Model.Quantities;

/// <summary>
/// An amount of CPU, such as a workload's CPU request, in cores and millicores as Kubernetes
/// counts it: one core is one physical core or one virtual CPU, and 1000 millicores.
/// </summary>
/// <remarks>
/// Stored as one <see cref="double"/> in millicores, so the Kubernetes quantities
/// <c>'500m'</c> and <c>'2'</c> (Res after §8, application case 1) are exact integers (500 and
/// 2000). Never negative. As in Kubernetes, a number without a unit means cores and the suffix
/// <c>m</c> means millicores: <c>"2"</c>, <c>"0.5"</c> and <c>"500m"</c> all parse. Unlike
/// Kubernetes, which refuses a precision finer than 1m, fractions of a millicore are kept as
/// they are, not rounded.
/// <c>default</c> is zero. NaN and infinity are refused wherever a value enters. Equality and
/// ordering compare the stored value; no unit is stored, so equal amounts in different units
/// are equal. Immutable, and so safe to share between threads.
/// </remarks>
public readonly struct CpuCores : IQuantity<CpuCores>
{
    private const double MillicoresPerCore = 1e3;

    private static readonly QuantityUnits UnitTable = new(
        "CpuCores",
        signed: false,
        bareNumberSymbol: "cores",
        new QuantityUnit("m", 1, true, "millicore", "millicores"),
        new QuantityUnit("cores", MillicoresPerCore, true, "core"));

    private readonly double _millicores;

    /// <summary>Wraps a base value the caller has already checked.</summary>
    internal CpuCores(double millicores) => _millicores = millicores;

    /// <summary>Gets zero, the same as <c>default</c>.</summary>
    public static CpuCores Zero => default;

    static QuantityUnits IQuantity<CpuCores>.Units => UnitTable;

    double IQuantity<CpuCores>.BaseValue => _millicores;

    /// <summary>Creates an amount of CPU from cores (Kubernetes' bare number: <c>'2'</c> is 2 cores).</summary>
    /// <param name="cores">The value in cores; finite and not negative.</param>
    /// <returns>The amount of CPU.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static CpuCores FromCores(double cores) => new(UnitTable.ToBase(cores, MillicoresPerCore, nameof(cores), "cores"));

    /// <summary>Creates an amount of CPU from millicores, thousandths of a core (Kubernetes' <c>'500m'</c> is 500 millicores).</summary>
    /// <param name="millicores">The value in millicores; finite and not negative.</param>
    /// <returns>The amount of CPU.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static CpuCores FromMillicores(double millicores) => new(UnitTable.ToBase(millicores, 1, nameof(millicores), "m"));

    /// <summary>Gets the value in cores.</summary>
    public double Cores => _millicores / MillicoresPerCore;

    /// <summary>Gets the value in millicores, thousandths of a core.</summary>
    public double Millicores => _millicores;

    /// <summary>Adds two values.</summary>
    /// <exception cref="OverflowException">The sum is not finite.</exception>
    public static CpuCores operator +(CpuCores left, CpuCores right) =>
        new(Preconditions.ResultOfNonNegatives(left._millicores + right._millicores, "CpuCores", "CpuCores + CpuCores"));

    /// <summary>Subtracts <paramref name="right"/> from <paramref name="left"/>.</summary>
    /// <exception cref="OverflowException">The difference is not finite, or negative.</exception>
    public static CpuCores operator -(CpuCores left, CpuCores right) =>
        new(Preconditions.DifferenceOfNonNegatives(left._millicores - right._millicores, "CpuCores", "CpuCores - CpuCores"));

    /// <summary>Scales a value by a number.</summary>
    /// <exception cref="OverflowException">The product is NaN or infinite, or negative.</exception>
    public static CpuCores operator *(CpuCores left, double right) =>
        new(Preconditions.Result(left._millicores * right, false, "CpuCores", "CpuCores * number") + 0.0);

    /// <summary>Scales a value by a number.</summary>
    /// <exception cref="OverflowException">The product is NaN or infinite, or negative.</exception>
    public static CpuCores operator *(double left, CpuCores right) => right * left;

    /// <summary>Divides a value by a number.</summary>
    /// <exception cref="OverflowException">The quotient is NaN or infinite (for example a division by zero), or negative.</exception>
    public static CpuCores operator /(CpuCores left, double right) =>
        new(Preconditions.Result(left._millicores / right, false, "CpuCores", "CpuCores / number") + 0.0);

    /// <summary>Divides two values of the same quantity, giving a plain number.</summary>
    /// <exception cref="OverflowException">The quotient is NaN or infinite (for example a division by zero).</exception>
    public static double operator /(CpuCores left, CpuCores right) =>
        Preconditions.Result(left._millicores / right._millicores, signed: true, "number", "CpuCores / CpuCores");

    /// <summary>Whether the two values are equal.</summary>
    public static bool operator ==(CpuCores left, CpuCores right) => left._millicores == right._millicores;

    /// <summary>Whether the two values differ.</summary>
    public static bool operator !=(CpuCores left, CpuCores right) => left._millicores != right._millicores;

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    public static bool operator <(CpuCores left, CpuCores right) => left._millicores < right._millicores;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    public static bool operator >(CpuCores left, CpuCores right) => left._millicores > right._millicores;

    /// <summary>Whether <paramref name="left"/> is less than or equal to <paramref name="right"/>.</summary>
    public static bool operator <=(CpuCores left, CpuCores right) => left._millicores <= right._millicores;

    /// <summary>Whether <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</summary>
    public static bool operator >=(CpuCores left, CpuCores right) => left._millicores >= right._millicores;

    /// <summary>Parses text such as <c>"2"</c>, <c>"0.5"</c> or <c>"500m"</c>; see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The text is not a number followed by a known unit, or the value is out of range.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    public static CpuCores Parse(string s) => Parse(s, CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses a number followed by a unit (m, cores; a bare number means cores, as in Kubernetes), with or without a space between them,
    /// with the number written as <paramref name="provider"/> writes numbers (invariant culture when null).
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number, or null for the invariant culture.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The text is not a number followed by a known unit, or the value is out of range; the message says which part.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    public static CpuCores Parse(string s, IFormatProvider? provider) =>
        Parse(Preconditions.NotNull(s, nameof(s)).AsSpan(), provider);

    /// <inheritdoc cref="Parse(string, IFormatProvider)"/>
    public static CpuCores Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => QuantityText.Parse<CpuCores>(s, provider);

    /// <summary>Tries to parse text such as <c>"2"</c> or <c>"500m"</c> in the invariant culture.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The value, or zero when parsing fails.</param>
    /// <returns>Whether the text was parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out CpuCores result) => TryParse(s, CultureInfo.InvariantCulture, out result);

    /// <summary>Tries to parse text such as <c>"2"</c> or <c>"500m"</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number, or null for the invariant culture.</param>
    /// <param name="result">The value, or zero when parsing fails.</param>
    /// <returns>Whether the text was parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out CpuCores result) =>
        TryParse(s.AsSpan(), provider, out result) && s is not null;

    /// <inheritdoc cref="TryParse(string, IFormatProvider, out CpuCores)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out CpuCores result) =>
        QuantityText.TryParse(s, provider, out result);

    /// <summary>Formats the value in the unit that reads shortest, in the invariant culture, for example <c>"2 cores"</c> or <c>"500 m"</c>.</summary>
    /// <returns>The text, which <see cref="Parse(string)"/> reads back to an equal value.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the value in the invariant culture; see <see cref="ToString(string, IFormatProvider)"/>.</summary>
    /// <param name="format">Null or <c>G</c> for the automatic unit, or a unit symbol, optionally followed by <c>:</c> and a numeric format.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format) => ToString(format, null);

    /// <summary>Formats the value.</summary>
    /// <param name="format">
    /// Null, empty or <c>G</c> for the unit that reads shortest while parsing back to the same value;
    /// or a unit symbol (m, cores); either optionally followed by <c>:</c> and a .NET numeric
    /// format, as in <c>cores:F1</c>.
    /// </param>
    /// <param name="formatProvider">The culture of the number, or null for the invariant culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format names no unit of this quantity.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => UnitTable.Format(_millicores, format, formatProvider);

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
    public bool Equals(CpuCores other) => _millicores == other._millicores;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is CpuCores other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _millicores.GetHashCode();

    /// <summary>Compares with <paramref name="other"/> by amount.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Negative, zero or positive as this value is less than, equal to or greater than <paramref name="other"/>.</returns>
    public int CompareTo(CpuCores other) => _millicores.CompareTo(other._millicores);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is neither null nor a CpuCores.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        CpuCores other => CompareTo(other),
        _ => throw Preconditions.CannotCompare("a CpuCores", obj, nameof(obj)),
    };

    static CpuCores IQuantity<CpuCores>.FromBaseValue(double baseValue) => new(baseValue);
}
