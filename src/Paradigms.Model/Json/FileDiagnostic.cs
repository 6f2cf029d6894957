using System.Globalization;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Json;

/// <summary>
/// One finding about a model file, located at the JSON value it is about: a rule of the model
/// broken (<c>PM0001</c>…, with the rule table's id, severity and message) or an input error
/// (<c>PMF001</c>…, see <see cref="InputErrorIds"/>).
/// </summary>
/// <remarks>
/// <see cref="Line"/> and <see cref="Column"/> count from 1. A column counts UTF-16 code units from the
/// start of the line, as editors and compilers do: a tab and <c>μ</c> count one, a character outside the
/// Basic Multilingual Plane two; a UTF-8 byte order mark is not counted. A finding about the whole input
/// (empty, too large, cannot be opened) is at line 1, column 1.
/// </remarks>
public sealed record FileDiagnostic
{
    internal FileDiagnostic(string id, RuleSeverity severity, string message, string helpLink, string? citation, string? file, string path, int line, int column, long bytePositionInLine)
    {
        Id = id;
        Severity = severity;
        Message = message;
        HelpLink = helpLink;
        Citation = citation;
        File = file;
        Path = path;
        Line = line;
        Column = column;
        BytePositionInLine = bytePositionInLine;
    }

    /// <summary>Gets the id: a rule's (<c>PM0001</c>) or an input error's (<c>PMF002</c>).</summary>
    public string Id { get; }

    /// <summary>Gets the severity: the rule's, or <see cref="RuleSeverity.Error"/> for every input error.</summary>
    public RuleSeverity Severity { get; }

    /// <summary>Gets what is wrong, naming the property, the value and what is allowed; for a rule, the rule table's message.</summary>
    public string Message { get; }

    /// <summary>Gets the page that explains the id.</summary>
    public string HelpLink { get; }

    /// <summary>Gets where a rule comes from (a section of the documents or a standard), or null for an input error.</summary>
    public string? Citation { get; }

    /// <summary>Gets the file name the reader was given, or null when none was.</summary>
    public string? File { get; }

    /// <summary>Gets the JSON path of the value, such as <c>$.deployments[0].nic.kind</c>; <c>$</c> for the whole input.</summary>
    public string Path { get; }

    /// <summary>Gets the line of the value, from 1.</summary>
    public int Line { get; }

    /// <summary>Gets the column of the value's first character, from 1, in UTF-16 code units.</summary>
    public int Column { get; }

    /// <summary>Gets whether this is an input error (the file is not a readable model file) rather than a rule finding.</summary>
    public bool IsInputError => InputErrorIds.IsInputError(Id);

    /// <summary>Gets the byte position of the value in its line, from 0, as <see cref="System.Text.Json.JsonException.BytePositionInLine"/> counts.</summary>
    internal long BytePositionInLine { get; }

    /// <summary>Formats the finding as compilers do, so editors and CI annotate it: <c>edge.json(3,17): error PM0001: message [help link]</c>.</summary>
    /// <returns>The text; the file is <c>&lt;input&gt;</c> when no name was given.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{File ?? "<input>"}({Line},{Column}): {Severity.ToString().ToLowerInvariant()} {Id}: {Message} [{HelpLink}]");
}
