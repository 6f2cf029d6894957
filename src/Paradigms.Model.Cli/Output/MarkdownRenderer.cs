using System;
using System.Linq;
using System.Text;

namespace Paradigms.Model.Cli.Output;

/// <summary>
/// Writes a <see cref="Report"/> as GitHub-flavoured Markdown: <c>##</c> headings, pipe tables (a <c>|</c> inside a
/// cell escaped as <c>\|</c>), <c>-</c> lists and paragraphs, separated by blank lines.
/// </summary>
internal static class MarkdownRenderer
{
    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The Markdown, ending with a newline.</returns>
    public static string Render(Report report)
    {
        var text = new StringBuilder();
        foreach (var block in report.Blocks)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            switch (block)
            {
                case Heading heading:
                    text.Append("## ").Append(Escape(heading.Text)).Append('\n');
                    break;
                case Paragraph paragraph:
                    text.Append(Escape(paragraph.Text)).Append('\n');
                    break;
                case BulletList list:
                    foreach (var item in list.Items)
                    {
                        text.Append("- ").Append(Escape(item)).Append('\n');
                    }

                    break;
                case TableBlock table:
                    text.Append(Row(table.Table.Headers.ToArray()));
                    text.Append(Row(table.Table.Headers.Select(_ => "---").ToArray()));
                    foreach (var row in table.Table.Rows)
                    {
                        text.Append(Row(row.Select(Escape).ToArray()));
                    }

                    break;
                default:
                    throw new InvalidOperationException($"No Markdown layout for {block.GetType().Name}.");
            }
        }

        return text.ToString();
    }

    private static string Row(string[] cells) => "| " + string.Join(" | ", cells.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))) + " |\n";

    // Markdown would read these as emphasis or markup; the documents' words never mean it.
    private static string Escape(string text) => text
        .Replace("*", "\\*", StringComparison.Ordinal)
        .Replace("_", "\\_", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal);
}
