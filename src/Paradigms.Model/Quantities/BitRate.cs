using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Paradigms.Model.Quantities;

/// <summary>
/// A data rate, such as a link speed or a throughput.
/// </summary>
/// <remarks>
/// Stored as one <see cref="double"/> in bits per second, so link speeds (25 Gbit/s) are exact
/// integers. Never negative.
/// <c>default</c> is zero. NaN and infinity are refused wherever a value enters. Equality and
/// ordering compare the stored value; no unit is stored, so equal amounts in different units
/// are equal. Immutable, and so safe to share between threads.
/// </remarks>
public readonly struct BitRate : IQuantity<BitRate>
{
    private const double BitsPerKilobit = 1e3;
    private const double BitsPerMegabit = 1e6;
    private const double BitsPerGigabit = 1e9;
    private const double BitsPerTerabit = 1e12;
    private const double BitsPerKibibit = 1024;
    private const double BitsPerMebibit = 1024 * BitsPerKibibit;
    private const double BitsPerGibibit = 1024 * BitsPerMebibit;
    private const double BitsPerTebibit = 1024 * BitsPerGibibit;
    private const double BitsPerByte = 8;

    private const double BitsPerByteTimesNanosecondsPerSecond = 8e9;

    private static readonly QuantityUnits UnitTable = new(
        "BitRate",
        signed: false,
        bareNumberSymbol: null,
        new QuantityUnit("bit/s", 1, true, "bps", "b/s"),
        new QuantityUnit("Kbit/s", BitsPerKilobit, true, "kbit/s", "kbps", "Kbps", "kb/s", "Kb/s"),
        new QuantityUnit("Mbit/s", BitsPerMegabit, true, "Mbps", "Mb/s"),
        new QuantityUnit("Gbit/s", BitsPerGigabit, true, "Gbps", "Gb/s"),
        new QuantityUnit("Tbit/s", BitsPerTerabit, true, "Tbps", "Tb/s"),
        new QuantityUnit("Kibit/s", BitsPerKibibit, false, "Kibps"),
        new QuantityUnit("Mibit/s", BitsPerMebibit, false, "Mibps"),
        new QuantityUnit("Gibit/s", BitsPerGibibit, false, "Gibps"),
        new QuantityUnit("Tibit/s", BitsPerTebibit, false, "Tibps"),
        new QuantityUnit("B/s", BitsPerByte, false, "Bps"),
        new QuantityUnit("KB/s", BitsPerByte * 1e3, false, "kB/s", "KBps", "kBps"),
        new QuantityUnit("MB/s", BitsPerByte * 1e6, false, "MBps"),
        new QuantityUnit("GB/s", BitsPerByte * 1e9, false, "GBps"),
        new QuantityUnit("TB/s", BitsPerByte * 1e12, false, "TBps"),
        new QuantityUnit("KiB/s", BitsPerByte * 1024, false),
        new QuantityUnit("MiB/s", BitsPerByte * 1024 * 1024, false),
        new QuantityUnit("GiB/s", BitsPerByte * 1024 * 1024 * 1024, false),
        new QuantityUnit("TiB/s", BitsPerByte * 1024 * 1024 * 1024 * 1024, false));

    private readonly double _bitsPerSecond;

    /// <summary>Wraps a base value the caller has already checked.</summary>
    internal BitRate(double bitsPerSecond) => _bitsPerSecond = bitsPerSecond;

    /// <summary>Gets zero, the same as <c>default</c>.</summary>
    public static BitRate Zero => default;

    static QuantityUnits IQuantity<BitRate>.Units => UnitTable;

    double IQuantity<BitRate>.BaseValue => _bitsPerSecond;

    /// <summary>Creates a bit rate from bits per second.</summary>
    /// <param name="bitsPerSecond">The value in bits per second; finite and not negative.</param>
    /// <returns>The bit rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static BitRate FromBitsPerSecond(double bitsPerSecond) => new(UnitTable.ToBase(bitsPerSecond, 1, nameof(bitsPerSecond), "bit/s"));

    /// <summary>Creates a bit rate from kilobits per second (1000 bit/s).</summary>
    /// <param name="kilobitsPerSecond">The value in kilobits per second (1000 bit/s); finite and not negative.</param>
    /// <returns>The bit rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static BitRate FromKilobitsPerSecond(double kilobitsPerSecond) => new(UnitTable.ToBase(kilobitsPerSecond, BitsPerKilobit, nameof(kilobitsPerSecond), "Kbit/s"));

    /// <summary>Creates a bit rate from megabits per second (10^6 bit/s).</summary>
    /// <param name="megabitsPerSecond">The value in megabits per second (10^6 bit/s); finite and not negative.</param>
    /// <returns>The bit rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static BitRate FromMegabitsPerSecond(double megabitsPerSecond) => new(UnitTable.ToBase(megabitsPerSecond, BitsPerMegabit, nameof(megabitsPerSecond), "Mbit/s"));

    /// <summary>Creates a bit rate from gigabits per second (10^9 bit/s).</summary>
    /// <param name="gigabitsPerSecond">The value in gigabits per second (10^9 bit/s); finite and not negative.</param>
    /// <returns>The bit rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static BitRate FromGigabitsPerSecond(double gigabitsPerSecond) => new(UnitTable.ToBase(gigabitsPerSecond, BitsPerGigabit, nameof(gigabitsPerSecond), "Gbit/s"));

    /// <summary>Creates a bit rate from terabits per second (10^12 bit/s).</summary>
    /// <param name="terabitsPerSecond">The value in terabits per second (10^12 bit/s); finite and not negative.</param>
    /// <returns>The bit rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static BitRate FromTerabitsPerSecond(double terabitsPerSecond) => new(UnitTable.ToBase(terabitsPerSecond, BitsPerTerabit, nameof(terabitsPerSecond), "Tbit/s"));

    /// <summary>Creates a bit rate from kibibits per second (1024 bit/s).</summary>
    /// <param name="kibibitsPerSecond">The value in kibibits per second (1024 bit/s); finite and not negative.</param>
    /// <returns>The bit rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static BitRate FromKibibitsPerSecond(double kibibitsPerSecond) => new(UnitTable.ToBase(kibibitsPerSecond, BitsPerKibibit, nameof(kibibitsPerSecond), "Kibit/s"));

    /// <summary>Creates a bit rate from mebibits per second (2^20 bit/s).</summary>
    /// <param name="mebibitsPerSecond">The value in mebibits per second (2^20 bit/s); finite and not negative.</param>
    /// <returns>The bit rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static BitRate FromMebibitsPerSecond(double mebibitsPerSecond) => new(UnitTable.ToBase(mebibitsPerSecond, BitsPerMebibit, nameof(mebibitsPerSecond), "Mibit/s"));

    /// <summary>Creates a bit rate from gibibits per second (2^30 bit/s).</summary>
    /// <param name="gibibitsPerSecond">The value in gibibits per second (2^30 bit/s); finite and not negative.</param>
    /// <returns>The bit rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static BitRate FromGibibitsPerSecond(double gibibitsPerSecond) => new(UnitTable.ToBase(gibibitsPerSecond, BitsPerGibibit, nameof(gibibitsPerSecond), "Gibit/s"));

    /// <summary>Creates a bit rate from tebibits per second (2^40 bit/s).</summary>
    /// <param name="tebibitsPerSecond">The value in tebibits per second (2^40 bit/s); finite and not negative.</param>
    /// <returns>The bit rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static BitRate FromTebibitsPerSecond(double tebibitsPerSecond) => new(UnitTable.ToBase(tebibitsPerSecond, BitsPerTebibit, nameof(tebibitsPerSecond), "Tibit/s"));

    /// <summary>Creates a bit rate from bytes per second.</summary>
    /// <param name="bytesPerSecond">The value in bytes per second; finite and not negative.</param>
    /// <returns>The bit rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static BitRate FromBytesPerSecond(double bytesPerSecond) => new(UnitTable.ToBase(bytesPerSecond, BitsPerByte, nameof(bytesPerSecond), "B/s"));

    /// <summary>Creates a bit rate from kilobytes per second (1000 B/s).</summary>
    /// <param name="kilobytesPerSecond">The value in kilobytes per second (1000 B/s); finite and not negative.</param>
    /// <returns>The bit rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static BitRate FromKilobytesPerSecond(double kilobytesPerSecond) => new(UnitTable.ToBase(kilobytesPerSecond, BitsPerByte * 1e3, nameof(kilobytesPerSecond), "KB/s"));

    /// <summary>Creates a bit rate from megabytes per second (10^6 B/s).</summary>
    /// <param name="megabytesPerSecond">The value in megabytes per second (10^6 B/s); finite and not negative.</param>
    /// <returns>The bit rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static BitRate FromMegabytesPerSecond(double megabytesPerSecond) => new(UnitTable.ToBase(megabytesPerSecond, BitsPerByte * 1e6, nameof(megabytesPerSecond), "MB/s"));

    /// <summary>Creates a bit rate from gigabytes per second (10^9 B/s).</summary>
    /// <param name="gigabytesPerSecond">The value in gigabytes per second (10^9 B/s); finite and not negative.</param>
    /// <returns>The bit rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static BitRate FromGigabytesPerSecond(double gigabytesPerSecond) => new(UnitTable.ToBase(gigabytesPerSecond, BitsPerByte * 1e9, nameof(gigabytesPerSecond), "GB/s"));

    /// <summary>Creates a bit rate from terabytes per second (10^12 B/s).</summary>
    /// <param name="terabytesPerSecond">The value in terabytes per second (10^12 B/s); finite and not negative.</param>
    /// <returns>The bit rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static BitRate FromTerabytesPerSecond(double terabytesPerSecond) => new(UnitTable.ToBase(terabytesPerSecond, BitsPerByte * 1e12, nameof(terabytesPerSecond), "TB/s"));

    /// <summary>Creates a bit rate from kibibytes per second (1024 B/s).</summary>
    /// <param name="kibibytesPerSecond">The value in kibibytes per second (1024 B/s); finite and not negative.</param>
    /// <returns>The bit rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static BitRate FromKibibytesPerSecond(double kibibytesPerSecond) => new(UnitTable.ToBase(kibibytesPerSecond, BitsPerByte * 1024, nameof(kibibytesPerSecond), "KiB/s"));

    /// <summary>Creates a bit rate from mebibytes per second (2^20 B/s).</summary>
    /// <param name="mebibytesPerSecond">The value in mebibytes per second (2^20 B/s); finite and not negative.</param>
    /// <returns>The bit rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static BitRate FromMebibytesPerSecond(double mebibytesPerSecond) => new(UnitTable.ToBase(mebibytesPerSecond, BitsPerByte * 1024 * 1024, nameof(mebibytesPerSecond), "MiB/s"));

    /// <summary>Creates a bit rate from gibibytes per second (2^30 B/s).</summary>
    /// <param name="gibibytesPerSecond">The value in gibibytes per second (2^30 B/s); finite and not negative.</param>
    /// <returns>The bit rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static BitRate FromGibibytesPerSecond(double gibibytesPerSecond) => new(UnitTable.ToBase(gibibytesPerSecond, BitsPerByte * 1024 * 1024 * 1024, nameof(gibibytesPerSecond), "GiB/s"));

    /// <summary>Creates a bit rate from tebibytes per second (2^40 B/s).</summary>
    /// <param name="tebibytesPerSecond">The value in tebibytes per second (2^40 B/s); finite and not negative.</param>
    /// <returns>The bit rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite, or negative.</exception>
    public static BitRate FromTebibytesPerSecond(double tebibytesPerSecond) => new(UnitTable.ToBase(tebibytesPerSecond, BitsPerByte * 1024 * 1024 * 1024 * 1024, nameof(tebibytesPerSecond), "TiB/s"));

    /// <summary>Gets the value in bits per second.</summary>
    public double BitsPerSecond => _bitsPerSecond;

    /// <summary>Gets the value in kilobits per second (1000 bit/s).</summary>
    public double KilobitsPerSecond => _bitsPerSecond / BitsPerKilobit;

    /// <summary>Gets the value in megabits per second (10^6 bit/s).</summary>
    public double MegabitsPerSecond => _bitsPerSecond / BitsPerMegabit;

    /// <summary>Gets the value in gigabits per second (10^9 bit/s).</summary>
    public double GigabitsPerSecond => _bitsPerSecond / BitsPerGigabit;

    /// <summary>Gets the value in terabits per second (10^12 bit/s).</summary>
    public double TerabitsPerSecond => _bitsPerSecond / BitsPerTerabit;

    /// <summary>Gets the value in kibibits per second (1024 bit/s).</summary>
    public double KibibitsPerSecond => _bitsPerSecond / BitsPerKibibit;

    /// <summary>Gets the value in mebibits per second (2^20 bit/s).</summary>
    public double MebibitsPerSecond => _bitsPerSecond / BitsPerMebibit;

    /// <summary>Gets the value in gibibits per second (2^30 bit/s).</summary>
    public double GibibitsPerSecond => _bitsPerSecond / BitsPerGibibit;

    /// <summary>Gets the value in tebibits per second (2^40 bit/s).</summary>
    public double TebibitsPerSecond => _bitsPerSecond / BitsPerTebibit;

    /// <summary>Gets the value in bytes per second.</summary>
    public double BytesPerSecond => _bitsPerSecond / BitsPerByte;

    /// <summary>Gets the value in kilobytes per second (1000 B/s).</summary>
    public double KilobytesPerSecond => _bitsPerSecond / (BitsPerByte * 1e3);

    /// <summary>Gets the value in megabytes per second (10^6 B/s).</summary>
    public double MegabytesPerSecond => _bitsPerSecond / (BitsPerByte * 1e6);

    /// <summary>Gets the value in gigabytes per second (10^9 B/s).</summary>
    public double GigabytesPerSecond => _bitsPerSecond / (BitsPerByte * 1e9);

    /// <summary>Gets the value in terabytes per second (10^12 B/s).</summary>
    public double TerabytesPerSecond => _bitsPerSecond / (BitsPerByte * 1e12);

    /// <summary>Gets the value in kibibytes per second (1024 B/s).</summary>
    public double KibibytesPerSecond => _bitsPerSecond / (BitsPerByte * 1024);

    /// <summary>Gets the value in mebibytes per second (2^20 B/s).</summary>
    public double MebibytesPerSecond => _bitsPerSecond / (BitsPerByte * 1024 * 1024);

    /// <summary>Gets the value in gibibytes per second (2^30 B/s).</summary>
    public double GibibytesPerSecond => _bitsPerSecond / (BitsPerByte * 1024 * 1024 * 1024);

    /// <summary>Gets the value in tebibytes per second (2^40 B/s).</summary>
    public double TebibytesPerSecond => _bitsPerSecond / (BitsPerByte * 1024 * 1024 * 1024 * 1024);

    /// <summary>Adds two values.</summary>
    /// <exception cref="OverflowException">The sum is not finite.</exception>
    public static BitRate operator +(BitRate left, BitRate right) =>
        new(Preconditions.ResultOfNonNegatives(left._bitsPerSecond + right._bitsPerSecond, "BitRate", "BitRate + BitRate"));

    /// <summary>Subtracts <paramref name="right"/> from <paramref name="left"/>.</summary>
    /// <exception cref="OverflowException">The difference is not finite, or negative.</exception>
    public static BitRate operator -(BitRate left, BitRate right) =>
        new(Preconditions.DifferenceOfNonNegatives(left._bitsPerSecond - right._bitsPerSecond, "BitRate", "BitRate - BitRate"));

    /// <summary>Scales a value by a number.</summary>
    /// <exception cref="OverflowException">The product is NaN or infinite, or negative.</exception>
    public static BitRate operator *(BitRate left, double right) =>
        new(Preconditions.Result(left._bitsPerSecond * right, false, "BitRate", "BitRate * number") + 0.0);

    /// <summary>Scales a value by a number.</summary>
    /// <exception cref="OverflowException">The product is NaN or infinite, or negative.</exception>
    public static BitRate operator *(double left, BitRate right) => right * left;

    /// <summary>Divides a value by a number.</summary>
    /// <exception cref="OverflowException">The quotient is NaN or infinite (for example a division by zero), or negative.</exception>
    public static BitRate operator /(BitRate left, double right) =>
        new(Preconditions.Result(left._bitsPerSecond / right, false, "BitRate", "BitRate / number") + 0.0);

    /// <summary>Divides two values of the same quantity, giving a plain number.</summary>
    /// <exception cref="OverflowException">The quotient is NaN or infinite (for example a division by zero).</exception>
    public static double operator /(BitRate left, BitRate right) =>
        Preconditions.Result(left._bitsPerSecond / right._bitsPerSecond, signed: true, "number", "BitRate / BitRate");

    /// <summary>The information carried at <paramref name="left"/> during <paramref name="right"/>: bytes = bit/s × s ÷ 8.</summary>
    /// <exception cref="OverflowException">The result is not finite.</exception>
    public static Information operator *(BitRate left, Duration right) =>
        new Information(Preconditions.Result(
            left._bitsPerSecond * right.Nanoseconds / BitsPerByteTimesNanosecondsPerSecond, false, "Information", "BitRate * Duration"));

    /// <summary>The operation rate that moves <paramref name="left"/> in operations of size <paramref name="right"/>: IOPS = bit/s ÷ 8 ÷ bytes.</summary>
    /// <exception cref="OverflowException">The result is not finite (a zero size).</exception>
    public static IoOperationRate operator /(BitRate left, Information right) =>
        new IoOperationRate(Preconditions.ResultOfNonNegatives(
            left._bitsPerSecond / BitsPerByte / right.Bytes, "IoOperationRate", "BitRate / Information"));

    /// <summary>The size of each operation when <paramref name="right"/> operations per second carry <paramref name="left"/>: bytes = bit/s ÷ 8 ÷ IOPS.</summary>
    /// <exception cref="OverflowException">The result is not finite (a zero rate).</exception>
    public static Information operator /(BitRate left, IoOperationRate right) =>
        new Information(Preconditions.ResultOfNonNegatives(
            left._bitsPerSecond / BitsPerByte / right.OperationsPerSecond, "Information", "BitRate / IoOperationRate"));

    /// <summary>Whether the two values are equal.</summary>
    public static bool operator ==(BitRate left, BitRate right) => left._bitsPerSecond == right._bitsPerSecond;

    /// <summary>Whether the two values differ.</summary>
    public static bool operator !=(BitRate left, BitRate right) => left._bitsPerSecond != right._bitsPerSecond;

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    public static bool operator <(BitRate left, BitRate right) => left._bitsPerSecond < right._bitsPerSecond;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    public static bool operator >(BitRate left, BitRate right) => left._bitsPerSecond > right._bitsPerSecond;

    /// <summary>Whether <paramref name="left"/> is less than or equal to <paramref name="right"/>.</summary>
    public static bool operator <=(BitRate left, BitRate right) => left._bitsPerSecond <= right._bitsPerSecond;

    /// <summary>Whether <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</summary>
    public static bool operator >=(BitRate left, BitRate right) => left._bitsPerSecond >= right._bitsPerSecond;

    /// <summary>Parses text such as <c>"25 Gbit/s"</c> or <c>"25Gbps"</c>; see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The text is not a number followed by a known unit, or the value is out of range.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    public static BitRate Parse(string s) => Parse(s, CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses a number followed by a unit (bit/s, Kbit/s, Mbit/s, Gbit/s, Tbit/s, bps, Mbps, Gbps, the binary Kibit/s to Tibit/s, or B/s to TB/s and KiB/s to TiB/s), with or without a space between them,
    /// with the number written as <paramref name="provider"/> writes numbers (invariant culture when null).
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number, or null for the invariant culture.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The text is not a number followed by a known unit, or the value is out of range; the message says which part.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    public static BitRate Parse(string s, IFormatProvider? provider) =>
        Parse(Preconditions.NotNull(s, nameof(s)).AsSpan(), provider);

    /// <inheritdoc cref="Parse(string, IFormatProvider)"/>
    public static BitRate Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => QuantityText.Parse<BitRate>(s, provider);

    /// <summary>Tries to parse text such as <c>"25 Gbit/s"</c> or <c>"25Gbps"</c> in the invariant culture.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The value, or zero when parsing fails.</param>
    /// <returns>Whether the text was parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out BitRate result) => TryParse(s, CultureInfo.InvariantCulture, out result);

    /// <summary>Tries to parse text such as <c>"25 Gbit/s"</c> or <c>"25Gbps"</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number, or null for the invariant culture.</param>
    /// <param name="result">The value, or zero when parsing fails.</param>
    /// <returns>Whether the text was parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out BitRate result) =>
        TryParse(s.AsSpan(), provider, out result) && s is not null;

    /// <inheritdoc cref="TryParse(string, IFormatProvider, out BitRate)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out BitRate result) =>
        QuantityText.TryParse(s, provider, out result);

    /// <summary>Formats the value in the unit that reads shortest, in the invariant culture, for example <c>"25 Gbit/s"</c> or <c>"25Gbps"</c>.</summary>
    /// <returns>The text, which <see cref="Parse(string)"/> reads back to an equal value.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the value in the invariant culture; see <see cref="ToString(string, IFormatProvider)"/>.</summary>
    /// <param name="format">Null or <c>G</c> for the automatic unit, or a unit symbol, optionally followed by <c>:</c> and a numeric format.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format) => ToString(format, null);

    /// <summary>Formats the value.</summary>
    /// <param name="format">
    /// Null, empty or <c>G</c> for the unit that reads shortest while parsing back to the same value;
    /// or a unit symbol (bit/s, Kbit/s, Mbit/s, Gbit/s, Tbit/s, bps, Mbps, Gbps, the binary Kibit/s to Tibit/s, or B/s to TB/s and KiB/s to TiB/s); either optionally followed by <c>:</c> and a .NET numeric
    /// format, as in <c>Gbit/s:F1</c>.
    /// </param>
    /// <param name="formatProvider">The culture of the number, or null for the invariant culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format names no unit of this quantity.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => UnitTable.Format(_bitsPerSecond, format, formatProvider);

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
    public bool Equals(BitRate other) => _bitsPerSecond == other._bitsPerSecond;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is BitRate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _bitsPerSecond.GetHashCode();

    /// <summary>Compares with <paramref name="other"/> by amount.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Negative, zero or positive as this value is less than, equal to or greater than <paramref name="other"/>.</returns>
    public int CompareTo(BitRate other) => _bitsPerSecond.CompareTo(other._bitsPerSecond);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is neither null nor a BitRate.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        BitRate other => CompareTo(other),
        _ => throw Preconditions.CannotCompare("a BitRate", obj, nameof(obj)),
    };

    static BitRate IQuantity<BitRate>.FromBaseValue(double baseValue) => new(baseValue);
}
