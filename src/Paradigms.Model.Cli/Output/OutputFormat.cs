namespace Paradigms.Model.Cli.Output;

/// <summary>How a command writes its answer: the <c>--format</c> option.</summary>
internal enum OutputFormat
{
    /// <summary>Aligned plain-text tables, for reading in a terminal (the default).</summary>
    Text = 1,

    /// <summary>GitHub-flavoured Markdown: headings, pipe tables and lists.</summary>
    Markdown = 2,

    /// <summary>JSON (System.Text.Json), quantities as strings with their units.</summary>
    Json = 3,
}
