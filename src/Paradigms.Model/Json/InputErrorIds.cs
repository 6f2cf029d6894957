using System;
using System.Collections.Generic;
using System.Linq;

namespace Paradigms.Model.Json;

/// <summary>
/// The ids of input errors: what makes a file unreadable as a model file, before any rule of the
/// model is asked. They start with <c>PMF</c>, apart from the rule ids (<c>PM</c> and four digits),
/// are stable forever, every one is an error, and each is described in docs/model-files.md.
/// A file with any of them is <see cref="ModelFileStatus.Unreadable"/>.
/// </summary>
public static class InputErrorIds
{
    /// <summary>The start of every input error id.</summary>
    public const string Prefix = "PMF";

    /// <summary>The base of every input error's help link; the id in lower case follows, as the anchor of its section.</summary>
    public const string HelpLinkBase = "https://github.com/paradigms-model/Paradigms.Model/blob/main/docs/model-files.md#";

    /// <summary>PMF001: the input cannot be read as text: empty, larger than <see cref="ModelFileReader.MaximumBytes"/>, binary, not UTF-8, or the file cannot be opened.</summary>
    public const string Unreadable = "PMF001";

    /// <summary>PMF002: the text is not well-formed JSON (a syntax error, nesting deeper than 64, text after the value).</summary>
    public const string MalformedJson = "PMF002";

    /// <summary>PMF003: a value has the wrong JSON type: a string where an integer belongs, null, an array where an object belongs.</summary>
    public const string WrongType = "PMF003";

    /// <summary>PMF004: a property the object does not have, or one its kind does not have (a VLAN id on a veth NIC).</summary>
    public const string UnknownProperty = "PMF004";

    /// <summary>PMF005: a required property is missing.</summary>
    public const string MissingProperty = "PMF005";

    /// <summary>PMF006: a name that is none of the enum's names (names are case-sensitive).</summary>
    public const string UnknownName = "PMF006";

    /// <summary>PMF007: a value of the right type that the model refuses outside the rule table: an unparsable quantity or MAC address, a zero speed, a blank name, an integer too large.</summary>
    public const string InvalidValue = "PMF007";

    /// <summary>PMF008: a property given twice in one object.</summary>
    public const string RepeatedProperty = "PMF008";

    /// <summary>Gets every input error id, in order.</summary>
    public static IReadOnlyList<string> All { get; } = Array.AsReadOnly(
    [
        Unreadable, MalformedJson, WrongType, UnknownProperty, MissingProperty, UnknownName, InvalidValue, RepeatedProperty,
    ]);

    /// <summary>The short title of an input error, as its section of docs/model-files.md starts, for tools that list rules (SARIF).</summary>
    /// <param name="id">An input error id, such as <see cref="MalformedJson"/>.</param>
    /// <returns>The title, such as <c>The text is not well-formed JSON</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="id"/> is not an input error id.</exception>
    public static string Title(string id) => Preconditions.NotNull(id, nameof(id)) switch
    {
        Unreadable => "The input cannot be read as text",
        MalformedJson => "The text is not well-formed JSON",
        WrongType => "A value has the wrong JSON type",
        UnknownProperty => "An unknown property",
        MissingProperty => "A required property is missing",
        UnknownName => "An unknown name",
        InvalidValue => "A value the model refuses outside the rule table",
        RepeatedProperty => "A property given twice",
        _ => throw Preconditions.OutOfRange(nameof(id), id, string.Join(", ", All)),
    };

    /// <summary>Whether <paramref name="id"/> is an input error id rather than a rule id.</summary>
    /// <param name="id">A diagnostic id.</param>
    /// <returns>True when it starts with <see cref="Prefix"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public static bool IsInputError(string id) =>
        Preconditions.NotNull(id, nameof(id)).StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The help link of an input error: its section of docs/model-files.md.</summary>
    /// <param name="id">An input error id, such as <see cref="MalformedJson"/>.</param>
    /// <returns>The link.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="id"/> is not an input error id: no section of the page is its.</exception>
    public static string HelpLink(string id) => All.Contains(Preconditions.NotNull(id, nameof(id)))
        ? HelpLinkBase + id.ToLowerInvariant()
        : throw Preconditions.OutOfRange(nameof(id), id, string.Join(", ", All));
}
