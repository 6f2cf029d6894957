using System.Globalization;

namespace Paradigms.Model.Tests.Reliability;

/// <summary>
/// The inputs the census tries, each with the name docs/reliability.md gives it: for numbers NaN, ±∞, a negative,
/// zero and a huge value; for text empty, white space, garbage, a NUL and 100,000 characters.
/// </summary>
internal static class BadInputs
{
    /// <summary>100,000 nines: a number no double holds, and text far longer than any name.</summary>
    public static readonly string OverLong = new('9', 100_000);

    /// <summary>The doubles: NaN, +∞, −∞, −1, 0 and 1e308 (near <see cref="double.MaxValue"/>, 1.8e308).</summary>
    public static readonly (string Name, double Value)[] Doubles =
    [
        ("NaN", double.NaN),
        ("+∞", double.PositiveInfinity),
        ("−∞", double.NegativeInfinity),
        ("−1", -1),
        ("0", 0),
        ("1e308", 1e308),
    ];

    /// <summary>The integers: −1, <see cref="int.MinValue"/>, 0 and <see cref="int.MaxValue"/>.</summary>
    public static readonly (string Name, int Value)[] Integers =
    [
        ("−1", -1),
        ("int.MinValue", int.MinValue),
        ("0", 0),
        ("int.MaxValue", int.MaxValue),
    ];

    /// <summary>The texts that are no value of any kind: empty, white space, garbage, a NUL character and 100,000 characters.</summary>
    public static readonly (string Name, string Value)[] Texts =
    [
        ("empty", string.Empty),
        ("white space", " \t "),
        ("'abc'", "abc"),
        ("'10 parsecs'", "10 parsecs"),
        ("NUL", "\u0000"),
        ("100k chars", OverLong),
    ];

    /// <summary>The numbers as text, followed by <paramref name="unit"/>: <c>NaN μs</c>, <c>Infinity μs</c>, <c>-1 μs</c>, <c>1e308 μs</c>.</summary>
    public static (string Name, string Value)[] NumberTexts(string unit) =>
    [
        ("NaN", "NaN " + unit),
        ("+∞", "Infinity " + unit),
        ("−∞", "-Infinity " + unit),
        ("−1", "-1 " + unit),
        ("0", "0 " + unit),
        ("1e308", "1e308 " + unit),
    ];

    /// <summary>How a refused double is written in messages, as the library's preconditions write it.</summary>
    public static string Written(double value) => value switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "+infinity",
        double.NegativeInfinity => "-infinity",
        _ => value.ToString(CultureInfo.InvariantCulture),
    };
}
