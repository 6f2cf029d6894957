using System.Text;
using System.Text.RegularExpressions;

namespace Paradigms.Model.Analyzers.Tests.Docs;

/// <summary>
/// The relative links of a Markdown page, outside code, and the anchors its headings make, as GitHub makes
/// them: the heading's text in lower case, without punctuation other than <c>-</c> and <c>_</c>, spaces as
/// hyphens, and <c>-1</c>, <c>-2</c>, … after a repeated one.
/// </summary>
internal static partial class MarkdownLinks
{
    /// <summary>The targets of the relative links of <paramref name="page"/> (no scheme), with the 1-based line each is on.</summary>
    public static IReadOnlyList<(int Line, string Target)> Relative(MarkdownPage page)
    {
        var links = new List<(int, string)>();
        foreach (var (line, text) in Prose(page))
        {
            foreach (Match link in Link().Matches(InlineCode().Replace(text, "")))
            {
                var target = link.Groups["target"].Value;
                if (!Scheme().IsMatch(target))
                {
                    links.Add((line, target));
                }
            }
        }

        return links;
    }

    /// <summary>The anchors the headings of <paramref name="page"/> make.</summary>
    public static IReadOnlySet<string> Anchors(MarkdownPage page)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, text) in Prose(page))
        {
            if (Heading().Match(text) is not { Success: true } heading)
            {
                continue;
            }

            var slug = Slug(heading.Groups["text"].Value);
            var anchor = slug;
            for (var n = 1; !anchors.Add(anchor); n++)
            {
                anchor = $"{slug}-{n}";
            }
        }

        return anchors;
    }

    /// <summary>The anchor GitHub makes for a heading whose text is <paramref name="heading"/>.</summary>
    public static string Slug(string heading)
    {
        var text = Link().Replace(heading.Trim(), match => match.Groups["text"].Value).ToLowerInvariant();
        var slug = new StringBuilder();
        foreach (var c in text)
        {
            if (c == ' ')
            {
                slug.Append('-');
            }
            else if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                slug.Append(c);
            }
        }

        return slug.ToString();
    }

    /// <summary>The lines of <paramref name="page"/> outside its fenced blocks, with their 1-based numbers.</summary>
    private static IEnumerable<(int Line, string Text)> Prose(MarkdownPage page)
    {
        var inBlock = new bool[page.Lines.Count + 1];
        foreach (var block in page.Blocks)
        {
            for (var line = block.Line; line <= block.EndLine; line++)
            {
                inBlock[line] = true;
            }
        }

        for (var line = 1; line <= page.Lines.Count; line++)
        {
            if (!inBlock[line])
            {
                yield return (line, page.Lines[line - 1]);
            }
        }
    }

    [GeneratedRegex(@"!?\[(?<text>[^\]]*)\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"`[^`]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+?)\s*#*\s*$")]
    private static partial Regex Heading();
}
