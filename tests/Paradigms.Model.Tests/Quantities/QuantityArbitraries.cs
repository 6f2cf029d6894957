using FsCheck;
using FsCheck.Fluent;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Tests.Quantities;

/// <summary>
/// Quantities for property tests: half of them realistic (an integer up to a million times a
/// power of ten), half any finite bit pattern up to 1e300 in size (subnormals included), so
/// that sums of three never overflow.
/// </summary>
public static class QuantityArbitraries
{
    private const double Largest = 1e300;

    private static Gen<double> NonNegative { get; } = Gen.OneOf(
        from mantissa in Gen.Choose(0, 1_000_000)
        from exponent in Gen.Choose(-9, 12)
        select mantissa * Math.Pow(10, exponent),
        from high in Gen.Choose(int.MinValue, int.MaxValue)
        from low in Gen.Choose(int.MinValue, int.MaxValue)
        let value = Math.Abs(BitConverter.Int64BitsToDouble(((long)high << 32) | (uint)low))
        where double.IsFinite(value) && value <= Largest
        select value);

    private static Gen<double> Signed { get; } =
        from magnitude in NonNegative
        from negative in Gen.Elements(false, true)
        select negative ? -magnitude : magnitude;

    public static Arbitrary<Duration> Duration() => Arb.From(Signed.Select(Model.Quantities.Duration.FromNanoseconds));

    public static Arbitrary<Information> Information() => Arb.From(NonNegative.Select(Model.Quantities.Information.FromBytes));

    public static Arbitrary<BitRate> BitRate() => Arb.From(NonNegative.Select(Model.Quantities.BitRate.FromBitsPerSecond));

    public static Arbitrary<Ratio> Ratio() => Arb.From(Signed.Select(Model.Quantities.Ratio.FromPercent));

    public static Arbitrary<Frequency> Frequency() => Arb.From(NonNegative.Select(Model.Quantities.Frequency.FromHertz));

    public static Arbitrary<Cycles> Cycles() => Arb.From(NonNegative.Select(Model.Quantities.Cycles.FromCycles));

    public static Arbitrary<CpuCores> CpuCores() => Arb.From(NonNegative.Select(Model.Quantities.CpuCores.FromMillicores));

    public static Arbitrary<IoOperationRate> IoOperationRate() =>
        Arb.From(NonNegative.Select(Model.Quantities.IoOperationRate.FromOperationsPerSecond));

    public static Arbitrary<Length> Length() => Arb.From(NonNegative.Select(Model.Quantities.Length.FromMeters));

    public static Arbitrary<Range<Duration>> DurationRange() =>
        Arb.From(from a in Duration().Generator from b in Duration().Generator select a <= b ? new Range<Duration>(a, b) : new Range<Duration>(b, a));

    public static Arbitrary<Range<Information>> InformationRange() =>
        Arb.From(from a in Information().Generator from b in Information().Generator select a <= b ? new Range<Information>(a, b) : new Range<Information>(b, a));
}
