namespace Paradigms.Model.Cli.Checking;

/// <summary>How <c>paradigms check</c> writes its report: its <c>--format</c> option, the other commands' formats and SARIF.</summary>
internal enum CheckFormat
{
    /// <summary>One line per finding in the compiler's format, <c>path(line,col): error PM0001: message [help link]</c>, then the summary (the default).</summary>
    Text = 1,

    /// <summary>GitHub-flavoured Markdown: a table of the findings and the summary.</summary>
    Markdown = 2,

    /// <summary>JSON: every file checked, with its status and its findings, and the counts.</summary>
    Json = 3,

    /// <summary>SARIF 2.1.0, for code-scanning tools: one run, the rules of every id, one result per finding.</summary>
    Sarif = 4,
}
