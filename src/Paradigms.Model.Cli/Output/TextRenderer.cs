using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Paradigms.Model.Cli.Output;

/// <summary>
/// Writes a <see cref="Report"/> as plain text: headings underlined, tables with columns as wide as their widest cell
/// and two spaces between them, blocks separated by a blank line, no trailing spaces. Given a width (a terminal's),
/// wide tables wrap their widest columns at spaces and paragraphs wrap at that width; without one, nothing wraps.
/// </summary>
internal static class TextRenderer
{
    private const string Gap = "  ";

    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="width">The terminal's width in columns, or null when the output is not a terminal.</param>
    /// <returns>The text, ending with a newline.</returns>
    public static string Render(Report report, int? width)
    {
        var lines = new List<string>();
        foreach (var block in report.Blocks)
        {
            if (lines.Count > 0)
            {
                lines.Add(string.Empty);
            }

            switch (block)
            {
                case Heading heading:
                    lines.Add(heading.Text);
                    lines.Add(new string('=', DisplayWidth.Of(heading.Text)));
                    break;
                case Paragraph paragraph:
                    lines.AddRange(Wrap(paragraph.Text, width));
                    break;
                case BulletList list:
                    foreach (var item in list.Items)
                    {
                        var wrapped = Wrap(item, width - 2);
                        lines.Add("- " + wrapped[0]);
                        lines.AddRange(wrapped.Skip(1).Select(line => "  " + line));
                    }

                    break;
                case TableBlock table:
                    lines.AddRange(Layout(table.Table, width));
                    break;
                default:
                    throw new InvalidOperationException($"No text layout for {block.GetType().Name}.");
            }
        }

        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line.TrimEnd()).Append('\n');
        }

        return text.ToString();
    }

    private static IReadOnlyList<string> Wrap(string text, int? width) =>
        width is { } columns && columns > 0 ? TextWrap.Lines(text, columns) : [text];

    private static IEnumerable<string> Layout(Table table, int? width)
    {
        var columns = table.Headers.Count;
        var all = new List<IReadOnlyList<string>> { table.Headers };
        all.AddRange(table.Rows);
        var widths = Enumerable.Range(0, columns).Select(c => all.Max(row => DisplayWidth.Of(row[c]))).ToArray();
        if (width is { } limit)
        {
            Shrink(widths, all, limit);
        }

        yield return Line(table.Headers, widths);
        yield return string.Join(Gap, widths.Select(w => new string('-', w)));
        foreach (var row in table.Rows)
        {
            foreach (var line in WrappedRow(row, widths))
            {
                yield return line;
            }
        }
    }

    private static void Shrink(int[] widths, List<IReadOnlyList<string>> rows, int limit)
    {
        var minimum = Enumerable.Range(0, widths.Length)
            .Select(c => Math.Max(DisplayWidth.Of(rows[0][c]), rows.Skip(1).Select(row => TextWrap.LongestWord(row[c])).DefaultIfEmpty(0).Max()))
            .ToArray();
        while (Total(widths) > limit)
        {
            var widest = -1;
            for (var c = 0; c < widths.Length; c++)
            {
                if (widths[c] > minimum[c] && (widest < 0 || widths[c] > widths[widest]))
                {
                    widest = c;
                }
            }

            if (widest < 0)
            {
                return;
            }

            // One column at a time from the widest, so that wide columns end up sharing the width.
            widths[widest]--;
        }
    }

    private static int Total(int[] widths) => widths.Sum() + (Gap.Length * (widths.Length - 1));

    private static IEnumerable<string> WrappedRow(IReadOnlyList<string> row, int[] widths)
    {
        var cells = row.Select((cell, c) => DisplayWidth.Of(cell) <= widths[c] ? [cell] : TextWrap.Lines(cell, widths[c])).ToArray();
        var height = cells.Max(cell => cell.Count);
        for (var i = 0; i < height; i++)
        {
            yield return Line(cells.Select(cell => i < cell.Count ? cell[i] : string.Empty).ToArray(), widths);
        }
    }

    private static string Line(IReadOnlyList<string> cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var c = 0; c < cells.Count; c++)
        {
            if (c > 0)
            {
                line.Append(Gap);
            }

            line.Append(cells[c]);
            line.Append(' ', Math.Max(0, widths[c] - DisplayWidth.Of(cells[c])));
        }

        return line.ToString().TrimEnd();
    }
}
