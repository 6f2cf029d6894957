using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;

namespace Paradigms.Model.Quantities;

/// <summary>
/// The units of one quantity and the text conventions shared by every quantity: parsing
/// <c>"10 μs"</c> or <c>"10us"</c> into the base unit, and formatting the base value back in
/// the unit that reads shortest while still parsing back to the same value.
/// </summary>
internal sealed class QuantityUnits
{
    private readonly QuantityUnit[] _units;
    private readonly QuantityUnit[] _display;
    private readonly QuantityUnit? _bareNumberUnit;

    /// <param name="quantity">The quantity's name in messages, for example <c>Duration</c>.</param>
    /// <param name="signed">Whether negative values are allowed.</param>
    /// <param name="bareNumberSymbol">The symbol of the unit a number without a unit means, or null when a unit is required.</param>
    /// <param name="units">Every unit, the base unit (factor 1) among them.</param>
    public QuantityUnits(string quantity, bool signed, string? bareNumberSymbol, params QuantityUnit[] units)
    {
        Signed = signed;
        _units = units;
        _bareNumberUnit = bareNumberSymbol is null ? null : Find(bareNumberSymbol);
        _display = units.Where(u => u.Display).OrderBy(u => u.Factor).ToArray();
        BaseUnit = units.Single(u => u.Factor == 1);
        Allowed = signed ? "a finite value" : "a finite value of 0 or more";
        QuantityWithArticle = ("AEIOU".Contains(quantity[0], StringComparison.Ordinal) ? "an " : "a ") + quantity;
        SymbolList = string.Join(", ", units.Select(u => u.Aliases.Length == 0 ? u.Symbol : $"{u.Symbol} ({string.Join(", ", u.Aliases)})"));
    }

    /// <summary>Whether negative values are allowed.</summary>
    public bool Signed { get; }

    /// <summary>The unit the value is stored in.</summary>
    public QuantityUnit BaseUnit { get; }

    /// <summary>What values are allowed, for messages.</summary>
    public string Allowed { get; }

    /// <summary>The quantity's name after "a" or "an", for messages.</summary>
    public string QuantityWithArticle { get; }

    /// <summary>Every symbol with its other spellings, <c>ns, μs (us, µs), ms</c>, for messages.</summary>
    public string SymbolList { get; }

    /// <summary>
    /// Converts <paramref name="value"/> given in a unit to the base unit, refusing NaN,
    /// infinity, negatives (for unsigned quantities) and results too large for a double.
    /// </summary>
    public double ToBase(double value, double factor, string paramName, string symbol)
    {
        // Every factor is a positive finite constant, so baseValue is NaN or infinite exactly when value
        // is, or when the product overflows: checking baseValue alone refuses all three.
        var baseValue = value * factor;
        var valid = Signed ? double.IsFinite(baseValue) : baseValue >= 0 && baseValue <= double.MaxValue;
        if (!valid)
        {
            ThrowNotConvertible(value, factor, paramName, symbol);
        }

        return baseValue + 0.0; // turns -0 into +0
    }

    // The message is built here, out of line: ToBase is small enough to be inlined into every
    // factory and equation, and an inlined interpolated string would cost its callers a zeroed
    // 48-byte buffer on every call (docs/performance.md, resource equations).
    [DoesNotReturn]
    private void ThrowNotConvertible(double value, double factor, string paramName, string symbol)
    {
        var limit = Math.Min(double.MaxValue, double.MaxValue / factor).ToString("G3", CultureInfo.InvariantCulture);
        throw Preconditions.OutOfRange(paramName, value, Signed ? $"a finite number from -{limit} to {limit} {symbol}" : $"a finite number from 0 to {limit} {symbol}");
    }

    /// <summary>Finds the unit written as <paramref name="symbol"/>, or null.</summary>
    public QuantityUnit? Find(string symbol) => _units.FirstOrDefault(u => u.IsWrittenAs(symbol));

    /// <summary>
    /// Formats <paramref name="baseValue"/>. The format is <c>null</c>, empty or <c>G</c> for the
    /// automatic unit, or a unit symbol (<c>ms</c>), either optionally followed by <c>:</c> and a
    /// .NET numeric format (<c>ms:F2</c>, <c>G:F1</c>).
    /// </summary>
    public string Format(double baseValue, string? format, IFormatProvider? provider)
    {
        var (unit, numberFormat) = ReadFormat(format);
        return FormatIn(baseValue, unit ?? ChooseUnit(baseValue, provider), numberFormat, provider);
    }

    /// <summary>
    /// Formats a range as <c>15–40 μs</c>: both ends in one unit when the format names one, when
    /// both ends would choose the same unit on their own, or when the smaller end is zero;
    /// otherwise each end in its own unit (<c>500 ns–2 ms</c>). A range of one value formats as
    /// that value.
    /// </summary>
    public string FormatRange(double min, double max, string? format, IFormatProvider? provider)
    {
        if (min == max)
        {
            return Format(min, format, provider);
        }

        var (unit, numberFormat) = ReadFormat(format);
        if (unit is null)
        {
            var larger = Math.Abs(max) >= Math.Abs(min) ? max : min;
            var smaller = larger == max ? min : max;
            unit = ChooseUnit(larger, provider);
            if (smaller != 0 && ChooseUnit(smaller, provider) != unit)
            {
                return Format(min, format, provider) + RangeSeparator + Format(max, format, provider);
            }
        }

        var lower = (min / unit.Factor).ToString(numberFormat, provider ?? CultureInfo.InvariantCulture);
        return lower + RangeSeparator + FormatIn(max, unit, numberFormat, provider);
    }

    /// <summary>
    /// Parses a range written <c>15–40 μs</c>, <c>15-40us</c> or <c>500 ns–2 ms</c> (a lower end
    /// without a unit takes the upper end's), or a single value as a range of one value.
    /// </summary>
    public bool TryParseRange(ReadOnlySpan<char> text, IFormatProvider? provider, out double min, out double max, out string? error)
    {
        min = max = 0;
        error = null;
        var trimmed = text.Trim();
        foreach (var separator in RangeSeparatorCandidates(trimmed))
        {
            var lowerText = trimmed[..separator].Trim();
            var upperText = trimmed[(separator + 1)..].Trim();
            if (!TryParse(upperText, provider, out max, out error)
                || !TrySplit(lowerText, provider, out var lowerNumber, out var lowerUnitText, out error))
            {
                continue;
            }

            var upperUnitText = upperText.Length == 0 || !TrySplit(upperText, provider, out _, out var u, out _) ? string.Empty : u;
            var lowerUnit = Find(lowerUnitText.Length == 0 ? upperUnitText : lowerUnitText) ?? _bareNumberUnit;
            if (lowerUnit is null)
            {
                error = $"'{lowerUnitText}' in '{text.ToString()}' is not {QuantityWithArticle} unit; known units: {SymbolList}.";
                return false;
            }

            if (!TryToBase(lowerText, lowerNumber, lowerUnit, out min, out error))
            {
                return false;
            }

            if (min > max)
            {
                error = $"'{text.ToString()}' has its lower end above its upper end; write the smaller value first.";
                return false;
            }

            return true;
        }

        if (error is not null && trimmed.IndexOfAny(RangeSeparator[0], '-') > 0)
        {
            error = $"'{text.ToString()}' is not {QuantityWithArticle} range such as '15–40 {_display[0].Symbol}': {error}";
            return false;
        }

        if (!TryParse(trimmed, provider, out min, out error))
        {
            return false;
        }

        max = min;
        return true;
    }

    /// <summary>The en dash between the two ends of a formatted range.</summary>
    public const string RangeSeparator = "\u2013";

    /// <summary>
    /// Where a range's separator may stand: the en dash, else each hyphen that is neither a
    /// leading sign, an exponent's sign, nor the sign of the upper end.
    /// </summary>
    private static List<int> RangeSeparatorCandidates(ReadOnlySpan<char> text)
    {
        var found = new List<int>();
        var enDash = text.IndexOf(RangeSeparator[0]);
        if (enDash > 0)
        {
            found.Add(enDash);
            return found;
        }

        for (var i = 1; i < text.Length; i++)
        {
            var previous = text[..i].TrimEnd();
            if (text[i] == '-' && previous.Length > 0 && previous[^1] is not ('e' or 'E' or '-'))
            {
                found.Add(i);
            }
        }

        return found;
    }

    /// <summary>Splits a format into its unit (null for automatic) and its numeric format.</summary>
    private (QuantityUnit? Unit, string? NumberFormat) ReadFormat(string? format)
    {
        var unitPart = format;
        string? numberFormat = null;
        var colon = format?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (colon >= 0)
        {
            unitPart = format![..colon];
            numberFormat = format[(colon + 1)..];
        }

        if (string.IsNullOrEmpty(unitPart) || unitPart == "G")
        {
            return (null, numberFormat);
        }

        var unit = Find(unitPart) ?? throw new FormatException(
            $"'{unitPart}' is not {QuantityWithArticle} unit; use G for an automatic unit or one of: {SymbolList}.");
        return (unit, numberFormat);
    }

    /// <summary>Formats <paramref name="baseValue"/> in <paramref name="unit"/>.</summary>
    public static string FormatIn(double baseValue, QuantityUnit unit, string? numberFormat, IFormatProvider? provider)
    {
        var number = (baseValue / unit.Factor).ToString(numberFormat, provider ?? CultureInfo.InvariantCulture);
        return unit.Symbol.Length == 0 ? number : number + " " + unit.Symbol;
    }

    /// <summary>
    /// The display unit that writes <paramref name="baseValue"/> with the fewest characters
    /// while parsing back to exactly the same value; among those whose number is at least 1,
    /// unless none is. Ties go to the larger unit.
    /// </summary>
    public QuantityUnit ChooseUnit(double baseValue, IFormatProvider? provider)
    {
        provider ??= CultureInfo.InvariantCulture;
        if (baseValue == 0)
        {
            return _display[0];
        }

        QuantityUnit? best = null;
        var bestLength = int.MaxValue;
        foreach (var unit in _display)
        {
            var number = baseValue / unit.Factor;
            if (Math.Abs(number) < 1 && best is not null)
            {
                continue;
            }

            var text = number.ToString(provider);
            var roundTrips = double.Parse(text, NumberStyles.Float, provider) * unit.Factor == baseValue;
            if (roundTrips && text.Length <= bestLength)
            {
                best = unit;
                bestLength = text.Length;
            }
        }

        return best ?? BaseUnit;
    }

    /// <summary>Parses <paramref name="text"/> into the base unit, or explains why not.</summary>
    public bool TryParse(ReadOnlySpan<char> text, IFormatProvider? provider, out double baseValue, out string? error)
    {
        baseValue = 0;
        if (!TrySplit(text, provider, out var number, out var unitText, out error))
        {
            return false;
        }

        var unit = unitText.Length == 0 ? _bareNumberUnit : Find(unitText);
        if (unit is null)
        {
            error = unitText.Length == 0
                ? $"'{text.ToString()}' has no unit; {QuantityWithArticle} needs one of: {SymbolList}."
                : $"'{unitText}' in '{text.ToString()}' is not {QuantityWithArticle} unit; known units: {SymbolList}.";
            return false;
        }

        return TryToBase(text, number, unit, out baseValue, out error);
    }

    /// <summary>Converts a parsed number in <paramref name="unit"/> to the base unit, or explains why not.</summary>
    public bool TryToBase(ReadOnlySpan<char> text, double number, QuantityUnit unit, out double baseValue, out string? error)
    {
        baseValue = number * unit.Factor;
        if (!double.IsFinite(baseValue))
        {
            error = $"'{text.ToString()}' is too large for {QuantityWithArticle}; allowed: {Allowed}.";
            return false;
        }

        if (!Signed && baseValue < 0)
        {
            error = $"'{text.ToString()}' is negative; {QuantityWithArticle} must be {Allowed}.";
            return false;
        }

        baseValue += 0.0; // turns -0 into +0
        error = null;
        return true;
    }

    /// <summary>
    /// Splits <paramref name="text"/> into its leading number and the unit text after it
    /// (trimmed, possibly empty), or explains why it does not start with a number.
    /// </summary>
    public bool TrySplit(ReadOnlySpan<char> text, IFormatProvider? provider, out double number, out string unitText, out string? error)
    {
        number = 0;
        unitText = string.Empty;
        var trimmed = text.Trim();
        if (trimmed.IsEmpty)
        {
            error = $"The text is empty; {QuantityWithArticle} is written as a number and a unit: {SymbolList}.";
            return false;
        }

        var numberInfo = NumberFormatInfo.GetInstance(provider ?? CultureInfo.InvariantCulture);
        var end = NumberLength(trimmed, numberInfo.NumberDecimalSeparator);
        var numberText = trimmed[..end].ToString().Replace('\u2212', '-');
        if (end == 0 || !double.TryParse(numberText, NumberStyles.Float, numberInfo, out number))
        {
            error = $"'{text.ToString()}' does not start with a number; {QuantityWithArticle} is written as a number and a unit: {SymbolList}.";
            return false;
        }

        unitText = trimmed[end..].Trim().ToString();
        error = null;
        return true;
    }

    /// <summary>The length of the number at the start of <paramref name="text"/> (sign, digits, separator, exponent).</summary>
    private static int NumberLength(ReadOnlySpan<char> text, string decimalSeparator)
    {
        var i = 0;
        if (i < text.Length && (text[i] == '+' || text[i] == '-' || text[i] == '\u2212'))
        {
            i++;
        }

        var digits = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
            digits++;
        }

        if (text[i..].StartsWith(decimalSeparator, StringComparison.Ordinal))
        {
            var afterSeparator = i + decimalSeparator.Length;
            var j = afterSeparator;
            while (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                j++;
            }

            digits += j - afterSeparator;
            i = j;
        }

        if (digits == 0)
        {
            return 0;
        }

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            var j = i + 1;
            if (j < text.Length && (text[j] == '+' || text[j] == '-'))
            {
                j++;
            }

            var exponentStart = j;
            while (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                j++;
            }

            if (j > exponentStart)
            {
                i = j;
            }
        }

        return i;
    }
}
