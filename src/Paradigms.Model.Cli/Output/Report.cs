using System.Collections.Generic;

namespace Paradigms.Model.Cli.Output;

/// <summary>
/// What a command answers, as headings, paragraphs, lists and tables, for the text and Markdown formats
/// (<see cref="TextRenderer"/>, <see cref="MarkdownRenderer"/>). The JSON format writes the command's own result record instead.
/// </summary>
internal sealed class Report
{
    private readonly List<ReportBlock> _blocks = [];

    /// <summary>Gets the blocks, in order.</summary>
    public IReadOnlyList<ReportBlock> Blocks => _blocks;

    /// <summary>Adds a heading.</summary>
    /// <param name="text">The heading.</param>
    /// <returns>This report.</returns>
    public Report Heading(string text)
    {
        _blocks.Add(new Heading(text));
        return this;
    }

    /// <summary>Adds a paragraph.</summary>
    /// <param name="text">The text.</param>
    /// <returns>This report.</returns>
    public Report Paragraph(string text)
    {
        _blocks.Add(new Paragraph(text));
        return this;
    }

    /// <summary>Adds a list; nothing when <paramref name="items"/> is empty.</summary>
    /// <param name="items">The items.</param>
    /// <returns>This report.</returns>
    public Report Bullets(IReadOnlyList<string> items)
    {
        if (items.Count > 0)
        {
            _blocks.Add(new BulletList(items));
        }

        return this;
    }

    /// <summary>Adds a table.</summary>
    /// <param name="table">The table.</param>
    /// <returns>This report.</returns>
    public Report Add(Table table)
    {
        _blocks.Add(new TableBlock(table));
        return this;
    }
}
