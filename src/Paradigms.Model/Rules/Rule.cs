namespace Paradigms.Model.Rules;

/// <summary>
/// One row of the rule table: a stable diagnostic id, its severity, title, message format and
/// citation. The analyzer and the runtime validator read the same rows.
/// </summary>
#if PARADIGMS_ANALYZER
internal
#else
public
#endif
sealed class Rule
{
    /// <summary>The base of every rule's help page; the id and <c>.md</c> follow.</summary>
    public const string HelpLinkBase = "https://github.com/paradigms-model/Paradigms.Model/blob/main/docs/diagnostics/";

    internal Rule(string id, RuleSeverity severity, string title, string messageFormat, string citation)
    {
        Id = id;
        Severity = severity;
        Title = title;
        MessageFormat = messageFormat;
        Citation = citation;
    }

    /// <summary>Gets the id, <c>PM</c> and four digits, stable forever.</summary>
    public string Id { get; }

    /// <summary>Gets the severity by default; users can change it per id in .editorconfig.</summary>
    public RuleSeverity Severity { get; }

    /// <summary>Gets the short title of the rule.</summary>
    public string Title { get; }

    /// <summary>Gets the message format, with <c>{0}</c>, <c>{1}</c>… for the finding's arguments.</summary>
    public string MessageFormat { get; }

    /// <summary>Gets where the rule comes from: a section of the documents or a standard.</summary>
    public string Citation { get; }

    /// <summary>Gets the link to the rule's documentation page.</summary>
    public string HelpLink => HelpLinkBase + Id + ".md";
}
