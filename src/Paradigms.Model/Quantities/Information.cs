using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Paradigms.Model.Quantities;

/// <summary>
/// An amount of information, such as a memory size, a page or a packet.
/// </summary>
/// <remarks>
/// Stored as one <see cref="double"/> in bytes, so decimal and binary sizes (434 MB, 4 GiB) are
/// exact integers. Never negative. A number without a unit means bytes, as in Kubernetes
/// resource quantities; the Kubernetes suffixes k, M, G, T, P, E (decimal) and Ki, Mi, Gi, Ti,
/// Pi, Ei (binary) are accepted.
/// <c>default</c> is zero. NaN and infinity are refused wherever a value enters. Equality and
/// ordering compare the stored value; no unit is stored, so equal amounts in different units
/// are equal. Immutable, and so safe to share between threads.
/// </remarks>
public readonly struct Information : IQuantity<Information>
{
    private const double BytesPerBit = 0.125;
    private const double BytesPerKilobyte = 1e3;
    private const double BytesPerMegabyte = 1e6;
    private const double BytesPerGigabyte = 1e9;
    private const double BytesPerTerabyte = 1e12;
    private const double BytesPerPetabyte = 1e15;
    private const double BytesPerExabyte = 1e18;
    private const double BytesPerKibibyte = 1024;
    private const double BytesPerMebibyte = 1024 * BytesPerKibibyte;
    private const double BytesPerGibibyte = 1024 * BytesPerMebibyte;
    private const double BytesPerTebibyte = 1024 * BytesPerGibibyte;
    private const double BytesPerPebibyte = 1024 * BytesPerTebibyte;
    private const double BytesPerExbibyte = 1024 * BytesPerPebibyte;

    private const double BitsPerByteTimesNanosecondsPerSecond = 8e9;

    private static readonly QuantityUnits UnitTable = new(
        "Information",
        signed: false,
        bareNumberSymbol: "B",
        new QuantityUnit("bit", BytesPerBit, false, "bits"),
        new QuantityUnit("B", 1, true, "byte", "bytes"),
        new QuantityUnit("KB", BytesPerKilobyte, true, "kB", "k"),
        new QuantityUnit("MB", BytesPerMegabyte, true, "M"),
        new QuantityUnit("GB", BytesPerGigabyte, true, "G"),
        new QuantityUnit("TB", BytesPerTerabyte, true, "T"),
        new QuantityUnit("PB", BytesPerPetabyte, true, "P"),
        new QuantityUnit("EB", BytesPerExabyte, true, "E"),
        new QuantityUnit("KiB", BytesPerKibibyte, true, "Ki"),
        new QuantityUnit("MiB", BytesPerMebibyte, true, "Mi"),
        new QuantityUnit("GiB", BytesPerGibibyte, true, "Gi"),
        new QuantityUnit("TiB", BytesPerTebibyte, true, "Ti"),
        new QuantityUnit("PiB", BytesPerPebibyte, true, "Pi"),
        new QuantityUnit("EiB", BytesPerExbibyte, true, "Ei"));

    private readonly double _bytes;

    /// <summary>Wraps a base value the caller has already checked.</summary>
    internal Information(double bytes) => _bytes = bytes;

    /// <summary>Gets zero, the same as <c>default</c>.</summary>
    public static Information Zero => default;

    static QuantityUnits IQuantity<Information>.Units => UnitTable;

    double IQuantity<Information>.BaseValue => _bytes;

    /// <summary>Creates an amount of information from bits.</summary>
    /// <param name="bits">The value in bits; finite and not negative.</param>
    /// <returns>The information.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static Information FromBits(double bits) => new(UnitTable.ToBase(bits, BytesPerBit, nameof(bits), "bit"));

    /// <summary>Creates an amount of information from bytes.</summary>
    /// <param name="bytes">The value in bytes; finite and not negative.</param>
    /// <returns>The information.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static Information FromBytes(double bytes) => new(UnitTable.ToBase(bytes, 1, nameof(bytes), "B"));

    /// <summary>Creates an amount of information from kilobytes (1000 bytes).</summary>
    /// <param name="kilobytes">The value in kilobytes (1000 bytes); finite and not negative.</param>
    /// <returns>The information.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static Information FromKilobytes(double kilobytes) => new(UnitTable.ToBase(kilobytes, BytesPerKilobyte, nameof(kilobytes), "KB"));

    /// <summary>Creates an amount of information from megabytes (10^6 bytes).</summary>
    /// <param name="megabytes">The value in megabytes (10^6 bytes); finite and not negative.</param>
    /// <returns>The information.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static Information FromMegabytes(double megabytes) => new(UnitTable.ToBase(megabytes, BytesPerMegabyte, nameof(megabytes), "MB"));

    /// <summary>Creates an amount of information from gigabytes (10^9 bytes).</summary>
    /// <param name="gigabytes">The value in gigabytes (10^9 bytes); finite and not negative.</param>
    /// <returns>The information.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static Information FromGigabytes(double gigabytes) => new(UnitTable.ToBase(gigabytes, BytesPerGigabyte, nameof(gigabytes), "GB"));

    /// <summary>Creates an amount of information from terabytes (10^12 bytes).</summary>
    /// <param name="terabytes">The value in terabytes (10^12 bytes); finite and not negative.</param>
    /// <returns>The information.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static Information FromTerabytes(double terabytes) => new(UnitTable.ToBase(terabytes, BytesPerTerabyte, nameof(terabytes), "TB"));

    /// <summary>Creates an amount of information from petabytes (10^15 bytes).</summary>
    /// <param name="petabytes">The value in petabytes (10^15 bytes); finite and not negative.</param>
    /// <returns>The information.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static Information FromPetabytes(double petabytes) => new(UnitTable.ToBase(petabytes, BytesPerPetabyte, nameof(petabytes), "PB"));

    /// <summary>Creates an amount of information from exabytes (10^18 bytes).</summary>
    /// <param name="exabytes">The value in exabytes (10^18 bytes); finite and not negative.</param>
    /// <returns>The information.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static Information FromExabytes(double exabytes) => new(UnitTable.ToBase(exabytes, BytesPerExabyte, nameof(exabytes), "EB"));

    /// <summary>Creates an amount of information from kibibytes (1024 bytes).</summary>
    /// <param name="kibibytes">The value in kibibytes (1024 bytes); finite and not negative.</param>
    /// <returns>The information.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static Information FromKibibytes(double kibibytes) => new(UnitTable.ToBase(kibibytes, BytesPerKibibyte, nameof(kibibytes), "KiB"));

    /// <summary>Creates an amount of information from mebibytes (2^20 bytes).</summary>
    /// <param name="mebibytes">The value in mebibytes (2^20 bytes); finite and not negative.</param>
    /// <returns>The information.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static Information FromMebibytes(double mebibytes) => new(UnitTable.ToBase(mebibytes, BytesPerMebibyte, nameof(mebibytes), "MiB"));

    /// <summary>Creates an amount of information from gibibytes (2^30 bytes).</summary>
    /// <param name="gibibytes">The value in gibibytes (2^30 bytes); finite and not negative.</param>
    /// <returns>The information.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static Information FromGibibytes(double gibibytes) => new(UnitTable.ToBase(gibibytes, BytesPerGibibyte, nameof(gibibytes), "GiB"));

    /// <summary>Creates an amount of information from tebibytes (2^40 bytes).</summary>
    /// <param name="tebibytes">The value in tebibytes (2^40 bytes); finite and not negative.</param>
    /// <returns>The information.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static Information FromTebibytes(double tebibytes) => new(UnitTable.ToBase(tebibytes, BytesPerTebibyte, nameof(tebibytes), "TiB"));

    /// <summary>Creates an amount of information from pebibytes (2^50 bytes).</summary>
    /// <param name="pebibytes">The value in pebibytes (2^50 bytes); finite and not negative.</param>
    /// <returns>The information.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static Information FromPebibytes(double pebibytes) => new(UnitTable.ToBase(pebibytes, BytesPerPebibyte, nameof(pebibytes), "PiB"));

    /// <summary>Creates an amount of information from exbibytes (2^60 bytes).</summary>
    /// <param name="exbibytes">The value in exbibytes (2^60 bytes); finite and not negative.</param>
    /// <returns>The information.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static Information FromExbibytes(double exbibytes) => new(UnitTable.ToBase(exbibytes, BytesPerExbibyte, nameof(exbibytes), "EiB"));

    /// <summary>Gets the value in bits.</summary>
    public double Bits => _bytes / BytesPerBit;

    /// <summary>Gets the value in bytes.</summary>
    public double Bytes => _bytes;

    /// <summary>Gets the value in kilobytes (1000 bytes).</summary>
    public double Kilobytes => _bytes / BytesPerKilobyte;

    /// <summary>Gets the value in megabytes (10^6 bytes).</summary>
    public double Megabytes => _bytes / BytesPerMegabyte;

    /// <summary>Gets the value in gigabytes (10^9 bytes).</summary>
    public double Gigabytes => _bytes / BytesPerGigabyte;

    /// <summary>Gets the value in terabytes (10^12 bytes).</summary>
    public double Terabytes => _bytes / BytesPerTerabyte;

    /// <summary>Gets the value in petabytes (10^15 bytes).</summary>
    public double Petabytes => _bytes / BytesPerPetabyte;

    /// <summary>Gets the value in exabytes (10^18 bytes).</summary>
    public double Exabytes => _bytes / BytesPerExabyte;

    /// <summary>Gets the value in kibibytes (1024 bytes).</summary>
    public double Kibibytes => _bytes / BytesPerKibibyte;

    /// <summary>Gets the value in mebibytes (2^20 bytes).</summary>
    public double Mebibytes => _bytes / BytesPerMebibyte;

    /// <summary>Gets the value in gibibytes (2^30 bytes).</summary>
    public double Gibibytes => _bytes / BytesPerGibibyte;

    /// <summary>Gets the value in tebibytes (2^40 bytes).</summary>
    public double Tebibytes => _bytes / BytesPerTebibyte;

    /// <summary>Gets the value in pebibytes (2^50 bytes).</summary>
    public double Pebibytes => _bytes / BytesPerPebibyte;

    /// <summary>Gets the value in exbibytes (2^60 bytes).</summary>
    public double Exbibytes => _bytes / BytesPerExbibyte;

    /// <summary>Adds two values.</summary>
    /// <exception cref="OverflowException">The sum is not finite.</exception>
    public static Information operator +(Information left, Information right) =>
        new(Preconditions.ResultOfNonNegatives(left._bytes + right._bytes, "Information", "Information + Information"));

    /// <summary>Subtracts <paramref name="right"/> from <paramref name="left"/>.</summary>
    /// <exception cref="OverflowException">The difference is not finite, or negative.</exception>
    public static Information operator -(Information left, Information right) =>
        new(Preconditions.DifferenceOfNonNegatives(left._bytes - right._bytes, "Information", "Information - Information"));

    /// <summary>Scales a value by a number.</summary>
    /// <exception cref="OverflowException">The product is NaN or infinite, or negative.</exception>
    public static Information operator *(Information left, double right) =>
        new(Preconditions.Result(left._bytes * right, false, "Information", "Information * number") + 0.0);

    /// <summary>Scales a value by a number.</summary>
    /// <exception cref="OverflowException">The product is NaN or infinite, or negative.</exception>
    public static Information operator *(double left, Information right) => right * left;

    /// <summary>Divides a value by a number.</summary>
    /// <exception cref="OverflowException">The quotient is NaN or infinite (for example a division by zero), or negative.</exception>
    public static Information operator /(Information left, double right) =>
        new(Preconditions.Result(left._bytes / right, false, "Information", "Information / number") + 0.0);

    /// <summary>Divides two values of the same quantity, giving a plain number.</summary>
    /// <exception cref="OverflowException">The quotient is NaN or infinite (for example a division by zero).</exception>
    public static double operator /(Information left, Information right) =>
        Preconditions.Result(left._bytes / right._bytes, signed: true, "number", "Information / Information");

    /// <summary>The rate at which <paramref name="left"/> is moved in <paramref name="right"/>: bit/s = bytes × 8 ÷ s.</summary>
    /// <exception cref="OverflowException">The result is not finite (a zero duration), or negative.</exception>
    public static BitRate operator /(Information left, Duration right) =>
        new BitRate(Preconditions.Result(
            left._bytes * BitsPerByteTimesNanosecondsPerSecond / right.Nanoseconds, false, "BitRate", "Information / Duration"));

    /// <summary>The time <paramref name="left"/> takes at <paramref name="right"/>: s = bytes × 8 ÷ bit/s.</summary>
    /// <exception cref="OverflowException">The result is not finite (a zero rate).</exception>
    public static Duration operator /(Information left, BitRate right) =>
        new Duration(Preconditions.ResultOfNonNegatives(
            left._bytes * BitsPerByteTimesNanosecondsPerSecond / right.BitsPerSecond, "Duration", "Information / BitRate"));

    /// <summary>The throughput of operations of size <paramref name="left"/> at <paramref name="right"/>: bit/s = bytes × 8 × IOPS.</summary>
    /// <exception cref="OverflowException">The result is not finite.</exception>
    public static BitRate operator *(Information left, IoOperationRate right) => right * left;

    /// <summary>Whether the two values are equal.</summary>
    public static bool operator ==(Information left, Information right) => left._bytes == right._bytes;

    /// <summary>Whether the two values differ.</summary>
    public static bool operator !=(Information left, Information right) => left._bytes != right._bytes;

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    public static bool operator <(Information left, Information right) => left._bytes < right._bytes;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    public static bool operator >(Information left, Information right) => left._bytes > right._bytes;

    /// <summary>Whether <paramref name="left"/> is less than or equal to <paramref name="right"/>.</summary>
    public static bool operator <=(Information left, Information right) => left._bytes <= right._bytes;

    /// <summary>Whether <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</summary>
    public static bool operator >=(Information left, Information right) => left._bytes >= right._bytes;

    /// <summary>Parses text such as <c>"512 MiB"</c>, <c>"2 GB"</c> or <c>"4Gi"</c>; see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The text is not a number followed by a known unit, or the value is out of range.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    public static Information Parse(string s) => Parse(s, CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses a number followed by a unit (B, KB, MB, GB, TB, PB, EB, KiB, MiB, GiB, TiB, PiB, EiB, the Kubernetes suffixes k, M, G, T, P, E, Ki, Mi, Gi, Ti, Pi, Ei, or bit), with or without a space between them,
    /// with the number written as <paramref name="provider"/> writes numbers (invariant culture when null).
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number, or null for the invariant culture.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The text is not a number followed by a known unit, or the value is out of range; the message says which part.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    public static Information Parse(string s, IFormatProvider? provider) =>
        Parse(Preconditions.NotNull(s, nameof(s)).AsSpan(), provider);

    /// <inheritdoc cref="Parse(string, IFormatProvider)"/>
    public static Information Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => QuantityText.Parse<Information>(s, provider);

    /// <summary>Tries to parse text such as <c>"512 MiB"</c>, <c>"2 GB"</c> or <c>"4Gi"</c> in the invariant culture.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The value, or zero when parsing fails.</param>
    /// <returns>Whether the text was parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Information result) => TryParse(s, CultureInfo.InvariantCulture, out result);

    /// <summary>Tries to parse text such as <c>"512 MiB"</c>, <c>"2 GB"</c> or <c>"4Gi"</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number, or null for the invariant culture.</param>
    /// <param name="result">The value, or zero when parsing fails.</param>
    /// <returns>Whether the text was parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Information result) =>
        TryParse(s.AsSpan(), provider, out result) && s is not null;

    /// <inheritdoc cref="TryParse(string, IFormatProvider, out Information)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Information result) =>
        QuantityText.TryParse(s, provider, out result);

    /// <summary>Formats the value in the unit that reads shortest, in the invariant culture, for example <c>"512 MiB"</c>, <c>"2 GB"</c> or <c>"4Gi"</c>.</summary>
    /// <returns>The text, which <see cref="Parse(string)"/> reads back to an equal value.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the value in the invariant culture; see <see cref="ToString(string, IFormatProvider)"/>.</summary>
    /// <param name="format">Null or <c>G</c> for the automatic unit, or a unit symbol, optionally followed by <c>:</c> and a numeric format.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format) => ToString(format, null);

    /// <summary>Formats the value.</summary>
    /// <param name="format">
    /// Null, empty or <c>G</c> for the unit that reads shortest while parsing back to the same value;
    /// or a unit symbol (B, KB, MB, GB, TB, PB, EB, KiB, MiB, GiB, TiB, PiB, EiB, the Kubernetes suffixes k, M, G, T, P, E, Ki, Mi, Gi, Ti, Pi, Ei, or bit); either optionally followed by <c>:</c> and a .NET numeric
    /// format, as in <c>MiB:F1</c>.
    /// </param>
    /// <param name="formatProvider">The culture of the number, or null for the invariant culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format names no unit of this quantity.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => UnitTable.Format(_bytes, format, formatProvider);

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
    public bool Equals(Information other) => _bytes == other._bytes;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Information other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _bytes.GetHashCode();

    /// <summary>Compares with <paramref name="other"/> by amount.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Negative, zero or positive as this value is less than, equal to or greater than <paramref name="other"/>.</returns>
    public int CompareTo(Information other) => _bytes.CompareTo(other._bytes);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is neither null nor an Information.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Information other => CompareTo(other),
        _ => throw Preconditions.CannotCompare("an Information", obj, nameof(obj)),
    };

    static Information IQuantity<Information>.FromBaseValue(double baseValue) => new(baseValue);
}
