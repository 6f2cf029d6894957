using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Tests.Quantities;

[Properties(Arbitrary = new[] { typeof(QuantityArbitraries) }, MaxTest = 300)]
public class QuantityProperties
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    [Property]
    public bool Duration_parses_what_it_formats(Duration x) => RoundTrips(x);

    [Property]
    public bool Information_parses_what_it_formats(Information x) => RoundTrips(x);

    [Property]
    public bool BitRate_parses_what_it_formats(BitRate x) => RoundTrips(x);

    [Property]
    public bool Ratio_parses_what_it_formats(Ratio x) => RoundTrips(x);

    [Property]
    public bool Frequency_parses_what_it_formats(Frequency x) => RoundTrips(x);

    [Property]
    public bool Cycles_parses_what_it_formats(Cycles x) => RoundTrips(x);

    [Property]
    public bool CpuCores_parses_what_it_formats(CpuCores x) => RoundTrips(x);

    [Property]
    public bool IoOperationRate_parses_what_it_formats(IoOperationRate x) => RoundTrips(x);

    [Property]
    public bool Length_parses_what_it_formats(Length x) => RoundTrips(x);

    [Property]
    public bool Duration_range_parses_what_it_formats(Range<Duration> x) =>
        Range<Duration>.Parse(x.ToString(), CultureInfo.InvariantCulture) == x
        && Range<Duration>.Parse(x.ToString(null, German), German) == x;

    [Property]
    public bool Information_range_parses_what_it_formats(Range<Information> x) =>
        Range<Information>.Parse(x.ToString(), CultureInfo.InvariantCulture) == x;

    [Property]
    public bool Addition_commutes(Duration a, Duration b, Information c, Information d) =>
        a + b == b + a && c + d == d + c;

    [Property]
    public bool Addition_associates_within_rounding(Duration a, Duration b, Duration c)
    {
        var left = (a + b) + c;
        var right = a + (b + c);
        var scale = Math.Abs(a.Nanoseconds) + Math.Abs(b.Nanoseconds) + Math.Abs(c.Nanoseconds);
        return Math.Abs(left.Nanoseconds - right.Nanoseconds) <= 1e-15 * scale;
    }

    [Property]
    public bool Subtraction_undoes_addition_within_rounding(Duration a, Duration b)
    {
        var scale = Math.Abs(a.Nanoseconds) + Math.Abs(b.Nanoseconds);
        return Math.Abs((a + b - b).Nanoseconds - a.Nanoseconds) <= 1e-15 * scale;
    }

    [Property]
    public bool Ordering_agrees_with_equality(Information a, Information b)
    {
        var compared = a.CompareTo(b);
        return (compared == 0) == (a == b)
            && (compared == 0) == a.Equals(b)
            && (compared < 0) == (a < b)
            && (compared > 0) == (a > b)
            && (a <= b) == (compared <= 0)
            && (a >= b) == (compared >= 0)
            && (a != b) == !a.Equals(b)
            && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode())
            && Math.Sign(compared) == -Math.Sign(b.CompareTo(a));
    }

    [Property]
    public bool Ordering_is_the_ordering_of_the_amount(Duration a, Duration b) =>
        (a < b) == (a.Nanoseconds < b.Nanoseconds);

    [Property]
    public Property Information_over_duration_times_duration_is_the_information(Information size, Duration time)
    {
        var positive = Duration.FromNanoseconds(Math.Abs(time.Nanoseconds));
        var bitsPerSecond = size.Bytes * 8e9 / positive.Nanoseconds;
        return Prop.When(Normal(size.Bytes) && Normal(positive.Nanoseconds) && Normal(bitsPerSecond), () =>
            Close((size / positive * positive).Bytes, size.Bytes)
            && Close((size / (size / positive)).Nanoseconds, positive.Nanoseconds));
    }

    [Property]
    public Property Cycles_over_frequency_times_frequency_is_the_cycles(Cycles cycles, Frequency clock)
    {
        var nanoseconds = cycles.Count * 1e9 / clock.Hertz;
        return Prop.When(Normal(cycles.Count) && Normal(clock.Hertz) && Normal(nanoseconds), () =>
            Close((cycles / clock * clock).Count, cycles.Count)
            && Close((clock * (cycles / clock)).Count, cycles.Count));
    }

    [Property]
    public Property Throughput_over_operation_size_is_the_operation_rate(IoOperationRate rate, Information size)
    {
        var bitsPerSecond = rate.OperationsPerSecond * size.Bits;
        return Prop.When(Normal(rate.OperationsPerSecond) && Normal(size.Bytes) && Normal(bitsPerSecond), () =>
            Close((rate * size / size).OperationsPerSecond, rate.OperationsPerSecond)
            && Close((rate * size / rate).Bytes, size.Bytes));
    }

    [Property]
    public bool Scaling_then_dividing_returns_the_value(Duration a, byte factor)
    {
        var k = factor + 1.0;
        return Close((a * k / k).Nanoseconds, a.Nanoseconds) || !Normal(Math.Abs(a.Nanoseconds));
    }

    [Property]
    public bool A_range_contains_its_ends_and_middle(Range<Duration> range) =>
        range.Contains(range.Min) && range.Contains(range.Max) && range.Contains(range.Mid) && range.Min <= range.Max;

    private static bool RoundTrips<T>(T value)
        where T : struct, IQuantity<T> =>
        T.Parse(value.ToString(null, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture).Equals(value)
        && T.Parse(value.ToString(null, German), German).Equals(value);

    private static bool Close(double actual, double expected) =>
        Math.Abs(actual - expected) <= 1e-12 * Math.Abs(expected);

    /// <summary>
    /// Whether a value lies well inside the normal doubles, away from overflow and from the
    /// subnormal range where a double keeps too few digits for any relative tolerance.
    /// </summary>
    private static bool Normal(double value) => value is > 1e-280 and < 1e280;
}
