namespace Paradigms.Model.Quantities;

/// <summary>
/// One unit of a quantity: the symbol it is written with, the other spellings accepted when
/// parsing, and how many base units one of it holds.
/// </summary>
/// <param name="Symbol">The symbol used when formatting, for example <c>μs</c>.</param>
/// <param name="Factor">Base units per one of this unit (for microseconds: 1000 nanoseconds).</param>
/// <param name="Display">Whether automatic formatting may choose this unit.</param>
/// <param name="Aliases">Other spellings accepted by parsing, for example <c>us</c>.</param>
internal sealed record QuantityUnit(string Symbol, double Factor, bool Display, params string[] Aliases)
{
    /// <summary>Whether <paramref name="text"/> is this unit's symbol or one of its aliases.</summary>
    public bool IsWrittenAs(string text)
    {
        if (text == Symbol)
        {
            return true;
        }

        foreach (var alias in Aliases)
        {
            if (text == alias)
            {
                return true;
            }
        }

        return false;
    }
}
