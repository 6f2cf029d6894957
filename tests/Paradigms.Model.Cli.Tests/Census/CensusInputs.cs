namespace Paradigms.Model.Cli.Tests.Census;

/// <summary>
/// The bad values the census gives every option and argument, named as docs/reliability.md names them: for numbers
/// NaN, ±∞, a negative, zero and a number no double holds; for text empty, white space, garbage and 100,000
/// characters. A NUL cannot be tried: no operating system passes one inside a command-line argument.
/// </summary>
internal static class CensusInputs
{
    /// <summary>100,000 nines: a number no double holds, a name longer than any, a path longer than any file system allows.</summary>
    public static readonly string OverLong = new('9', 100_000);

    /// <summary>The numbers, written as a user would type them.</summary>
    public static readonly CensusInput[] Numbers =
    [
        new("NaN", "NaN"),
        new("+∞", "Infinity"),
        new("−∞", "-Infinity"),
        new("−1", "-1"),
        new("0", "0"),
        new("1e400", "1e400"),
    ];

    /// <summary>The texts that are no value of any kind.</summary>
    public static readonly CensusInput[] Texts =
    [
        new("empty", string.Empty),
        new("white space", " \t "),
        new("garbage", "abc"),
        new("100k chars", OverLong),
    ];

    /// <summary>Every bad value: the numbers, then the texts.</summary>
    public static readonly CensusInput[] All = [.. Numbers, .. Texts];
}
