using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Json;

/// <summary>
/// Turns the located JSON of a model file into the model's records. It reads each value, reports
/// every input error and every rule finding at the value concerned, and builds a record only when
/// nothing in it is an error, so building never throws. The rules come from the rule table
/// (<see cref="Rules.RuleTable"/>), asked with the values as read, before the records are built.
/// </summary>
/// <remarks>The value readers return null after reporting an error, and null for an absent optional value.</remarks>
internal sealed partial class ModelBinder
{
    private readonly DiagnosticBag _bag;

    public ModelBinder(DiagnosticBag bag) => _bag = bag;

    /// <summary>Reads an object, or reports a value of another type.</summary>
    /// <param name="value">The value, or null when absent.</param>
    /// <param name="property">The property that holds it, for the message, or null for the whole input.</param>
    /// <param name="what">The object in messages, such as <c>the NIC</c>.</param>
    /// <param name="names">The properties the object has.</param>
    private ObjectReader? Object(LocatedJson? value, string? property, string what, IReadOnlyList<string> names)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Kind != LocatedJsonKind.Object)
        {
            WrongType(value, property, $"{what} as an object with {string.Join(", ", names)}");
            return null;
        }

        return new ObjectReader(value, _bag, what, names);
    }

    /// <summary>Reads an array's items, or reports a value of another type.</summary>
    private List<LocatedJson>? Array(LocatedJson? value, string property, string allowed)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Kind != LocatedJsonKind.Array)
        {
            WrongType(value, property, allowed);
            return null;
        }

        return value.Items;
    }

    /// <summary>Reads one of an enum's names, exactly as C# writes it (case-sensitive); numbers are refused.</summary>
    private T? Enum<T>(LocatedJson? value, string property)
        where T : struct, Enum
    {
        if (value is null)
        {
            return null;
        }

        var names = System.Enum.GetNames<T>();
        var allowed = string.Join(", ", names);
        if (value.Kind != LocatedJsonKind.String)
        {
            WrongType(value, property, $"one of {allowed}, as a string");
            return null;
        }

        var text = value.Text!;
        if (names.Contains(text, StringComparer.Ordinal))
        {
            return System.Enum.Parse<T>(text);
        }

        var suggestion = names.FirstOrDefault(n => string.Equals(n, text.Trim(), StringComparison.OrdinalIgnoreCase));
        _bag.Input(
            InputErrorIds.UnknownName,
            value,
            $"{LocatedJson.Quote(property)} was {value.Describe()}; allowed: {allowed} (names are case-sensitive)."
            + (suggestion is null ? string.Empty : $" Did you mean {LocatedJson.Quote(suggestion)}?"));
        return null;
    }

    /// <summary>Reads an integer: a JSON number with no fraction (<c>1500</c>, <c>1.5e3</c>) that fits in 64 bits.</summary>
    private long? Integer(LocatedJson? value, string property, string allowed)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Kind != LocatedJsonKind.Number)
        {
            WrongType(value, property, allowed);
            return null;
        }

        if (!decimal.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            || number < long.MinValue
            || number > long.MaxValue)
        {
            Invalid(value, property, allowed + ", within 64 bits");
            return null;
        }

        if (number != decimal.Truncate(number))
        {
            _bag.Input(InputErrorIds.WrongType, value, $"{LocatedJson.Quote(property)} was {value.Describe()} (a number with a fraction); allowed: {allowed}.");
            return null;
        }

        return (long)number;
    }

    /// <summary>Reports an integer that the rules allow but the model's 32-bit field cannot hold; returns it as an <see cref="int"/> when it fits.</summary>
    private int? Int32(long? number, LocatedJson? at, string property)
    {
        if (number is not { } n || at is null)
        {
            return null;
        }

        if (n is < int.MinValue or > int.MaxValue)
        {
            Invalid(at, property, "an integer from -2147483648 to 2147483647");
            return null;
        }

        return (int)n;
    }

    /// <summary>Reads <c>true</c> or <c>false</c>.</summary>
    private bool? Boolean(LocatedJson? value, string property)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Kind is not (LocatedJsonKind.True or LocatedJsonKind.False))
        {
            WrongType(value, property, "true or false");
            return null;
        }

        return value.Kind == LocatedJsonKind.True;
    }

    /// <summary>Reads a string.</summary>
    private string? Text(LocatedJson? value, string property, string allowed)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Kind != LocatedJsonKind.String)
        {
            WrongType(value, property, allowed);
            return null;
        }

        return value.Text!;
    }

    /// <summary>Reads a quantity written with its unit, with the quantity's own parser (<c>"10 Gbit/s"</c>, <c>"4Gi"</c>).</summary>
    private T? Quantity<T>(LocatedJson? value, string property, string allowed)
        where T : struct, IQuantity<T>
    {
        if (Text(value, property, allowed + ", as a string") is not { } text)
        {
            return null;
        }

        try
        {
            return T.Parse(text, CultureInfo.InvariantCulture);
        }
        catch (FormatException error)
        {
            Invalid(value!, property, allowed, error.Message);
            return null;
        }
    }

    /// <summary>How an array's item is named in messages: <c>channels[2]</c>.</summary>
    private static string Item(string array, int index) => array + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>Reports a value of the wrong JSON type.</summary>
    private void WrongType(LocatedJson value, string? property, string allowed) =>
        _bag.Input(
            InputErrorIds.WrongType,
            value,
            (property is null ? "The JSON value" : LocatedJson.Quote(property))
            + $" was {value.DescribeWithType()}; allowed: {allowed}."
            + (value.Kind == LocatedJsonKind.Null ? " Leave a property out when it is not declared." : string.Empty));

    /// <summary>Reports a value of the right type that the model refuses.</summary>
    private void Invalid(LocatedJson value, string property, string allowed, string? detail = null) =>
        _bag.Input(
            InputErrorIds.InvalidValue,
            value,
            $"{LocatedJson.Quote(property)} was {value.Describe()}; allowed: {allowed}." + (detail is null ? string.Empty : " " + detail));
}
