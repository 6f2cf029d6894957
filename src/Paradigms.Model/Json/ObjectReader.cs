using System;
using System.Collections.Generic;
using System.Linq;

namespace Paradigms.Model.Json;

/// <summary>
/// The properties of one JSON object against the names its type has: on creation it reports every
/// unknown property (<see cref="InputErrorIds.UnknownProperty"/>) and every repeated one
/// (<see cref="InputErrorIds.RepeatedProperty"/>, the first one counts); then it hands out values by
/// name, reporting a missing required one (<see cref="InputErrorIds.MissingProperty"/>) at the object.
/// </summary>
internal sealed class ObjectReader
{
    private readonly LocatedJson _object;
    private readonly DiagnosticBag _bag;
    private readonly Dictionary<string, LocatedProperty> _properties = new(StringComparer.Ordinal);

    /// <summary>Reads the properties of <paramref name="obj"/>, an object, known by <paramref name="names"/>.</summary>
    /// <param name="obj">The object.</param>
    /// <param name="bag">Where findings go.</param>
    /// <param name="what">The object in messages, such as <c>the NIC</c>.</param>
    /// <param name="names">Every property the object's type has.</param>
    public ObjectReader(LocatedJson obj, DiagnosticBag bag, string what, IReadOnlyList<string> names)
    {
        _object = obj;
        _bag = bag;
        What = what;
        foreach (var property in obj.Properties)
        {
            var path = LocatedJsonReader.PropertyPath(obj.Path, property.Name);
            if (!names.Contains(property.Name, StringComparer.Ordinal))
            {
                var suggestion = names.FirstOrDefault(n => string.Equals(n, property.Name, StringComparison.OrdinalIgnoreCase));
                bag.Input(
                    InputErrorIds.UnknownProperty,
                    property,
                    path,
                    $"{LocatedJson.Quote(property.Name)} is not a property of {what}; allowed: {string.Join(", ", names)}."
                    + (suggestion is null ? string.Empty : $" Property names are case-sensitive: did you mean {LocatedJson.Quote(suggestion)}?"));
            }
            else if (_properties.TryGetValue(property.Name, out var first))
            {
                bag.Input(
                    InputErrorIds.RepeatedProperty,
                    property,
                    path,
                    $"{LocatedJson.Quote(property.Name)} is given twice in {what} (first at line {first.Line}, column {first.Column}); allowed: each property once.");
            }
            else
            {
                _properties.Add(property.Name, property);
            }
        }
    }

    /// <summary>Gets the object in messages, such as <c>the NIC</c>.</summary>
    public string What { get; }

    /// <summary>The value of an optional property, or null when it is absent.</summary>
    public LocatedJson? Get(string name) => _properties.TryGetValue(name, out var property) ? property.Value : null;

    /// <summary>The value of a required property, or null after reporting it missing.</summary>
    /// <param name="name">The property.</param>
    /// <param name="allowed">What the property holds, for the message.</param>
    public LocatedJson? Require(string name, string allowed)
    {
        if (Get(name) is { } value)
        {
            return value;
        }

        _bag.Input(InputErrorIds.MissingProperty, _object, $"{LocatedJson.Quote(name)} is missing from {What}; required: {allowed}.");
        return null;
    }

    /// <summary>Reports a property the object has in general but not of its kind, when it is present.</summary>
    /// <param name="name">The property.</param>
    /// <param name="kind">The kind of object in messages, such as <c>a Veth NIC</c>.</param>
    /// <param name="allowed">Which kinds have it.</param>
    /// <returns>True when the property is absent.</returns>
    public bool Forbid(string name, string kind, string allowed)
    {
        if (!_properties.TryGetValue(name, out var property))
        {
            return true;
        }

        _bag.Input(
            InputErrorIds.UnknownProperty,
            property,
            LocatedJsonReader.PropertyPath(_object.Path, name),
            $"{LocatedJson.Quote(name)} is not a property of {kind}; allowed: {allowed}.");
        return false;
    }
}
