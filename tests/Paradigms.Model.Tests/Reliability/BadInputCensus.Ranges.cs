using Paradigms.Model.Networking;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Tests.Reliability;

/// <summary><see cref="Range{T}"/> (tried over a signed and an unsigned quantity) and <see cref="MacAddress"/>.</summary>
public sealed partial class BadInputCensus
{
    private static IEnumerable<CensusCase> RangeCases() =>
        RangeCasesOf(Contracts.Single(c => c.Type == typeof(Duration)), "40-15 ms", Duration.FromMilliseconds(40), Duration.FromMilliseconds(15), "min was 40 ms; allowed: at most max, which is 15 ms.")
            .Concat(RangeCasesOf(Contracts.Single(c => c.Type == typeof(Information)), "40-15 GB", Information.FromGigabytes(40), Information.FromGigabytes(15), "min was 40 GB; allowed: at most max, which is 15 GB."));

    /// <summary>
    /// Parsing a range reads a single value as a range of one value (docs/quantities.md), so every text gets the
    /// quantity's own answer; a range written upside down is refused, and so is the constructor given max below min.
    /// </summary>
    private static IEnumerable<CensusCase> RangeCasesOf<T>(QuantityContract contract, string reversed, T larger, T smaller, string minAboveMax)
        where T : struct, IQuantity<T>
    {
        var group = "Range";
        var parse = EntryPoints.Method(typeof(Range<T>), "Parse", typeof(string));
        var parseWithProvider = EntryPoints.Method(typeof(Range<T>), "Parse", typeof(string), typeof(IFormatProvider));
        var parseSpan = EntryPoints.Method(typeof(Range<T>), "Parse", typeof(ReadOnlySpan<char>), typeof(IFormatProvider));
        var tryParse = EntryPoints.Method(typeof(Range<T>), "TryParse", typeof(string), typeof(IFormatProvider), typeof(Range<T>).MakeByRefType());
        var tryParseSpan = EntryPoints.Method(typeof(Range<T>), "TryParse", typeof(ReadOnlySpan<char>), typeof(IFormatProvider), typeof(Range<T>).MakeByRefType());
        var label = typeof(T).Name + " ";
        foreach (var single in ParseCasesOf<T>(contract).Where(c => c.Member.Name == "Parse" && c.Member.GetParameters().Length == 1 && c.Input != "null"))
        {
            var text = BadInputs.Texts.Concat(BadInputs.NumberTexts(contract.TextUnit)).First(t => t.Name == single.Input).Value;
            var expected = single.Expected is Expectation.Accepted accepted
                ? Accepted("a range of one value: " + accepted.Why, result => result is Range<T> range && range.IsPoint && accepted.Check(range.Min))
                : single.Expected;
            var notParsed = expected is Expectation.Refused ? NotParsed : Untried(expected);
            yield return Case(group, parse, label + single.Input, expected, () => Range<T>.Parse(text));
            yield return Case(group, parseWithProvider, label + single.Input, expected, () => Range<T>.Parse(text, null));
            yield return Case(group, parseSpan, label + single.Input, expected, () => Range<T>.Parse(text.AsSpan(), null));
            yield return Case(group, tryParse, label + single.Input, notParsed, () => Tried(Range<T>.TryParse(text, null, out var value), value));
            yield return Case(group, tryParseSpan, label + single.Input, notParsed, () => Tried(Range<T>.TryParse(text.AsSpan(), null, out var value), value));
        }

        var upsideDown = Refused<FormatException>(null, $"'{reversed}' has its lower end above its upper end; write the smaller value first.");
        yield return Case(group, parse, label + "reversed", upsideDown, () => Range<T>.Parse(reversed));
        yield return Case(group, tryParse, label + "reversed", NotParsed, () => Tried(Range<T>.TryParse(reversed, null, out var value), value));
        yield return Case(group, parse, label + "null", Refused<ArgumentNullException>("s"), () => Range<T>.Parse(null!));
        yield return Case(group, tryParse, label + "null", NotParsed, () => Tried(Range<T>.TryParse((string?)null, null, out var value), value));

        var constructor = EntryPoints.Of(() => new Range<T>(default, default));
        yield return Case(group, constructor, label + "min above max", Refused<ArgumentOutOfRangeException>("min", minAboveMax), () => new Range<T>(larger, smaller));
        yield return Case(group, constructor, label + "0", Accepted("zero to zero", r => r is Range<T> range && range.Min.Equals(T.Zero) && range.IsPoint), () => new Range<T>(T.Zero, T.Zero));
        var point = EntryPoints.Of(() => Range<T>.Point(default));
        yield return Case(group, point, label + "0", Accepted("zero to zero", r => r is Range<T> range && range.Min.Equals(T.Zero) && range.IsPoint), () => Range<T>.Point(T.Zero));
        yield return Case(group, point, label + "largest", Accepted("the value to itself", r => r is Range<T> range && range.IsPoint && range.Max.Equals(larger)), () => Range<T>.Point(larger));
    }

    /// <summary>
    /// MAC addresses: the texts are refused naming the text (the empty ones as empty), the integers above 48 bits
    /// are refused, and byte spans of any length but six are refused naming their length.
    /// </summary>
    private static IEnumerable<CensusCase> MacAddressCases()
    {
        const string Group = "MacAddress";
        var parse = EntryPoints.Method(typeof(MacAddress), "Parse", typeof(string));
        var parseWithProvider = EntryPoints.Method(typeof(MacAddress), "Parse", typeof(string), typeof(IFormatProvider));
        var parseSpan = EntryPoints.Method(typeof(MacAddress), "Parse", typeof(ReadOnlySpan<char>), typeof(IFormatProvider));
        var tryParse = EntryPoints.Method(typeof(MacAddress), "TryParse", typeof(string), typeof(MacAddress).MakeByRefType());
        var tryParseWithProvider = EntryPoints.Method(typeof(MacAddress), "TryParse", typeof(string), typeof(IFormatProvider), typeof(MacAddress).MakeByRefType());
        var tryParseSpan = EntryPoints.Method(typeof(MacAddress), "TryParse", typeof(ReadOnlySpan<char>), typeof(IFormatProvider), typeof(MacAddress).MakeByRefType());
        foreach (var (name, text) in BadInputs.Texts.Append(("'-1'", "-1")).Append(("'NaN'", "NaN")).Append(("'1e308'", "1e308")))
        {
            var expected = name is "empty" or "white space"
                ? Refused<FormatException>(null, "The text is empty; a MAC address is written as 6 groups of two hexadecimal digits")
                : Refused<FormatException>(null, $"'{text}' is not a MAC address");
            yield return Case(Group, parse, name, expected, () => MacAddress.Parse(text));
            yield return Case(Group, parseWithProvider, name, expected, () => MacAddress.Parse(text, null));
            yield return Case(Group, parseSpan, name, expected, () => MacAddress.Parse(text.AsSpan(), null));
            yield return Case(Group, tryParse, name, NotParsed, () => Tried(MacAddress.TryParse(text, out var value), value));
            yield return Case(Group, tryParseWithProvider, name, NotParsed, () => Tried(MacAddress.TryParse(text, null, out var value), value));
            yield return Case(Group, tryParseSpan, name, NotParsed, () => Tried(MacAddress.TryParse(text.AsSpan(), null, out var value), value));
        }

        yield return Case(Group, parse, "null", Refused<ArgumentNullException>("s"), () => MacAddress.Parse(null!));
        yield return Case(Group, parseWithProvider, "null", Refused<ArgumentNullException>("s"), () => MacAddress.Parse((string)null!, null));
        yield return Case(Group, tryParse, "null", NotParsed, () => Tried(MacAddress.TryParse(null, out var value), value));
        yield return Case(Group, tryParseWithProvider, "null", NotParsed, () => Tried(MacAddress.TryParse((string?)null, null, out var value), value));

        var fromUInt64 = EntryPoints.Of(() => MacAddress.FromUInt64(0));
        yield return Case(Group, fromUInt64, "0", Accepted("00:00:00:00:00:00", r => r is MacAddress a && a.Value == 0), () => MacAddress.FromUInt64(0));
        yield return Case(Group, fromUInt64, "2^48", Refused<ArgumentOutOfRangeException>("value", "value was 0x1000000000000; allowed: 0 to 0xFFFFFFFFFFFF."), () => MacAddress.FromUInt64(1UL << 48));
        yield return Case(Group, fromUInt64, "ulong.MaxValue", Refused<ArgumentOutOfRangeException>("value", "value was 0xFFFFFFFFFFFFFFFF; allowed: 0 to 0xFFFFFFFFFFFF."), () => MacAddress.FromUInt64(ulong.MaxValue));

        var fromBytes = EntryPoints.Method(typeof(MacAddress), "FromBytes", typeof(ReadOnlySpan<byte>));
        foreach (var length in new[] { 0, 5, 7, 100_000 })
        {
            yield return Case(Group, fromBytes, $"{length} bytes", Refused<ArgumentException>("bytes", $"bytes was {length} bytes long; allowed: exactly 6 bytes."), () => MacAddress.FromBytes(new byte[length]));
        }

        yield return Case(Group, fromBytes, "six NUL bytes", Accepted("00:00:00:00:00:00", r => r is MacAddress a && a.Value == 0), () => MacAddress.FromBytes(new byte[6]));
    }
}
