using System.Reflection;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Tests.Reliability;

/// <summary>The quantities: every <c>From…</c> factory with the six doubles, and every <c>Parse</c> and <c>TryParse</c> with the texts.</summary>
public sealed partial class BadInputCensus
{
    /// <summary>
    /// What docs/quantities.md and each type's remarks say, written out: whether negatives are allowed (a duration
    /// and a ratio may be negative), the base unit's accessor, the factor of every factory's unit to the base unit,
    /// the unit the number texts are written in and its factor, and whether a bare number has a unit (bytes, cycles,
    /// cores) or is refused.
    /// </summary>
    private sealed record QuantityContract(
        Type Type,
        string Article,
        bool Signed,
        Func<object, double> Base,
        string TextUnit,
        double TextFactor,
        bool BareNumberHasUnit,
        params (string Factory, double Factor)[] Factories);

    private static readonly QuantityContract[] Contracts =
    [
        new(typeof(Duration), "a", true, q => ((Duration)q).Nanoseconds, "ms", 1e6, false,
            ("FromNanoseconds", 1), ("FromMicroseconds", 1e3), ("FromMilliseconds", 1e6), ("FromSeconds", 1e9), ("FromMinutes", 60e9), ("FromHours", 3600e9)),
        new(typeof(Information), "an", false, q => ((Information)q).Bytes, "GB", 1e9, true,
            ("FromBits", 0.125), ("FromBytes", 1), ("FromKilobytes", 1e3), ("FromMegabytes", 1e6), ("FromGigabytes", 1e9), ("FromTerabytes", 1e12),
            ("FromKibibytes", 1024), ("FromMebibytes", 1024.0 * 1024), ("FromGibibytes", 1024.0 * 1024 * 1024), ("FromTebibytes", 1024.0 * 1024 * 1024 * 1024),
            ("FromPetabytes", 1e15), ("FromExabytes", 1e18), ("FromPebibytes", 1024.0 * 1024 * 1024 * 1024 * 1024), ("FromExbibytes", 1024.0 * 1024 * 1024 * 1024 * 1024 * 1024)),
        new(typeof(BitRate), "a", false, q => ((BitRate)q).BitsPerSecond, "Gbit/s", 1e9, false,
            ("FromBitsPerSecond", 1), ("FromKilobitsPerSecond", 1e3), ("FromMegabitsPerSecond", 1e6), ("FromGigabitsPerSecond", 1e9), ("FromTerabitsPerSecond", 1e12),
            ("FromKibibitsPerSecond", 1024), ("FromMebibitsPerSecond", 1024.0 * 1024), ("FromGibibitsPerSecond", 1024.0 * 1024 * 1024), ("FromTebibitsPerSecond", 1024.0 * 1024 * 1024 * 1024),
            ("FromBytesPerSecond", 8), ("FromKilobytesPerSecond", 8e3), ("FromMegabytesPerSecond", 8e6), ("FromGigabytesPerSecond", 8e9), ("FromTerabytesPerSecond", 8e12),
            ("FromKibibytesPerSecond", 8 * 1024), ("FromMebibytesPerSecond", 8.0 * 1024 * 1024), ("FromGibibytesPerSecond", 8.0 * 1024 * 1024 * 1024), ("FromTebibytesPerSecond", 8.0 * 1024 * 1024 * 1024 * 1024)),
        new(typeof(Ratio), "a", true, q => ((Ratio)q).Percent, "%", 1, false,
            ("FromPercent", 1), ("FromDecimalFractions", 100)),
        new(typeof(Frequency), "a", false, q => ((Frequency)q).Hertz, "GHz", 1e9, false,
            ("FromHertz", 1), ("FromKilohertz", 1e3), ("FromMegahertz", 1e6), ("FromGigahertz", 1e9), ("FromTerahertz", 1e12)),
        new(typeof(Cycles), "a", false, q => ((Cycles)q).Count, "cycles", 1, true,
            ("FromCycles", 1), ("FromKilocycles", 1e3), ("FromMegacycles", 1e6), ("FromGigacycles", 1e9)),
        new(typeof(CpuCores), "a", false, q => ((CpuCores)q).Millicores, "m", 1, true,
            ("FromCores", 1000), ("FromMillicores", 1)),
        new(typeof(IoOperationRate), "an", false, q => ((IoOperationRate)q).OperationsPerSecond, "IOPS", 1, false,
            ("FromOperationsPerSecond", 1)),
        new(typeof(Length), "a", false, q => ((Length)q).Meters, "km", 1e3, false,
            ("FromMillimeters", 1e-3), ("FromCentimeters", 1e-2), ("FromMeters", 1), ("FromKilometers", 1e3)),
    ];

    private static IEnumerable<CensusCase> QuantityCases() =>
        Contracts.SelectMany(contract => FactoryCases(contract).Concat(ParseCases(contract)));

    /// <summary>
    /// Every factory with the six doubles: NaN and ±∞ refused, a negative refused unless the quantity is signed, zero
    /// accepted, 1e308 accepted only when its unit is no larger than the base unit (1e308 × factor stays below 1.8e308).
    /// </summary>
    private static IEnumerable<CensusCase> FactoryCases(QuantityContract contract)
    {
        var factories = contract.Type.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name.StartsWith("From", StringComparison.Ordinal) && m.GetParameters() is [{ ParameterType: var p }] && p == typeof(double))
            .ToList();
        foreach (var factory in factories)
        {
            var factor = contract.Factories.Single(f => f.Factory == factory.Name).Factor; // a new factory without a row here fails
            var parameter = factory.GetParameters()[0].Name!;
            foreach (var (name, value) in BadInputs.Doubles)
            {
                var allowed = double.IsFinite(value)
                    && (contract.Signed || value >= 0)
                    && Math.Abs(value) * factor <= double.MaxValue;
                var expected = allowed
                    ? AcceptedBase(contract, value * factor, $"{value} × {factor}")
                    : Refused<ArgumentOutOfRangeException>(parameter, $"{parameter} was {BadInputs.Written(value)}; allowed: a finite number from {(contract.Signed ? "-" : "0 to ")}");
                yield return Case(contract.Type.Name, factory, name, expected, () => factory.Invoke(null, [value]));
            }
        }
    }

    /// <summary>Every <c>Parse</c> and <c>TryParse</c> overload with the texts, the numbers as text and null.</summary>
    private static IEnumerable<CensusCase> ParseCases(QuantityContract contract) =>
        (IEnumerable<CensusCase>)typeof(BadInputCensus).GetMethod(nameof(ParseCasesOf), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(contract.Type).Invoke(null, [contract])!;

    private static IEnumerable<CensusCase> ParseCasesOf<T>(QuantityContract contract)
        where T : struct, IQuantity<T>
    {
        var quantity = $"{contract.Article} {typeof(T).Name}";
        var texts = BadInputs.Texts.Select(text => (text.Name, text.Value, Expected: text.Name switch
            {
                "empty" or "white space" => Refused<FormatException>(null, $"The text is empty; {quantity} is written as a number and a unit"),
                "'10 parsecs'" => Refused<FormatException>(null, $"'parsecs' in '10 parsecs' is not {quantity} unit; known units: "),
                "100k chars" when contract.BareNumberHasUnit => Refused<FormatException>(null, $"'{text.Value}' is too large for {quantity}"),
                "100k chars" => Refused<FormatException>(null, $"'{text.Value}' has no unit; {quantity} needs one of: "),
                _ => Refused<FormatException>(null, $"'{text.Value}' does not start with a number"),
            }))
            .Concat(BadInputs.NumberTexts(contract.TextUnit).Select(text => (text.Name, text.Value, Expected: text.Name switch
            {
                "NaN" or "+∞" or "−∞" => Refused<FormatException>(null, $"'{text.Value}' does not start with a number"),
                "−1" when contract.Signed => AcceptedBase(contract, -contract.TextFactor, $"-1 × {contract.TextFactor}"),
                "−1" => Refused<FormatException>(null, $"'{text.Value}' is negative; {quantity} must be a finite value of 0 or more"),
                "1e308" when 1e308 * contract.TextFactor > double.MaxValue => Refused<FormatException>(null, $"'{text.Value}' is too large for {quantity}"),
                "1e308" => AcceptedBase(contract, 1e308 * contract.TextFactor, $"1e308 × {contract.TextFactor}"),
                _ => AcceptedBase(contract, 0, "zero"),
            })))
            .ToList();

        var parse = EntryPoints.Method(typeof(T), "Parse", typeof(string));
        var parseWithProvider = EntryPoints.Method(typeof(T), "Parse", typeof(string), typeof(IFormatProvider));
        var parseSpan = EntryPoints.Method(typeof(T), "Parse", typeof(ReadOnlySpan<char>), typeof(IFormatProvider));
        var tryParse = EntryPoints.Method(typeof(T), "TryParse", typeof(string), typeof(T).MakeByRefType());
        var tryParseWithProvider = EntryPoints.Method(typeof(T), "TryParse", typeof(string), typeof(IFormatProvider), typeof(T).MakeByRefType());
        var tryParseSpan = EntryPoints.Method(typeof(T), "TryParse", typeof(ReadOnlySpan<char>), typeof(IFormatProvider), typeof(T).MakeByRefType());
        var group = typeof(T).Name;
        foreach (var (name, text, expected) in texts)
        {
            var notParsed = expected is Expectation.Refused ? NotParsed : expected;
            yield return Case(group, parse, name, expected, () => parse.Invoke(null, [text]));
            yield return Case(group, parseWithProvider, name, expected, () => ParseText<T>(text));
            yield return Case(group, parseSpan, name, expected, () => T.Parse(text.AsSpan(), null));
            yield return Case(group, tryParse, name, Untried(notParsed), () => InvokeTryParse(tryParse, [text, null]));
            yield return Case(group, tryParseWithProvider, name, Untried(notParsed), () => TryParseText<T>(text));
            yield return Case(group, tryParseSpan, name, Untried(notParsed), () => Tried(T.TryParse(text.AsSpan(), null, out var value), value));
        }

        yield return Case(group, parse, "null", Refused<ArgumentNullException>("s"), () => parse.Invoke(null, [null]));
        yield return Case(group, parseWithProvider, "null", Refused<ArgumentNullException>("s"), () => ParseText<T>(null));
        yield return Case(group, tryParse, "null", NotParsed, () => InvokeTryParse(tryParse, [null, null]));
        yield return Case(group, tryParseWithProvider, "null", NotParsed, () => TryParseText<T>(null));
    }

    /// <summary>
    /// <c>Parse(string, IFormatProvider)</c> itself: constrained to <see cref="IParsable{TSelf}"/> alone, the call cannot
    /// bind to the span overload, which a string converts to.
    /// </summary>
    private static T ParseText<T>(string? text)
        where T : IParsable<T> => T.Parse(text!, null);

    /// <summary><c>TryParse(string, IFormatProvider, out T)</c> itself, as <see cref="ParseText{T}"/>.</summary>
    private static (bool Parsed, object Value) TryParseText<T>(string? text)
        where T : IParsable<T> => Tried(T.TryParse(text, null, out var value), value!);

    /// <summary>A TryParse accepts what Parse accepts, with the same value: the check sees the out value.</summary>
    private static Expectation Untried(Expectation expected) =>
        expected is Expectation.Accepted accepted
            ? Accepted(accepted.Why, result => result is ValueTuple<bool, object> { Item1: true } tried && accepted.Check(tried.Item2))
            : expected;

    private static (bool Parsed, object Value) InvokeTryParse(MethodBase tryParse, object?[] arguments)
    {
        var parsed = (bool)tryParse.Invoke(null, arguments)!;
        return (parsed, arguments[^1]!);
    }

    /// <summary>Accepted, with the base value written by hand: exact, or within one part in 10^15 of the product for huge values and units that are not powers of two.</summary>
    private static Expectation AcceptedBase(QuantityContract contract, double expectedBase, string why) =>
        Accepted(why, result => result is not null && result.GetType() == contract.Type
            && Math.Abs(contract.Base(result) - expectedBase) <= Math.Abs(expectedBase) * 1e-15);
}
