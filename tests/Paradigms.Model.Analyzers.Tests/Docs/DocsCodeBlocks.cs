using System.Text.RegularExpressions;
using Paradigms.Model.Analyzers.Tests.Verification;

namespace Paradigms.Model.Analyzers.Tests.Docs;

/// <summary>
/// Every C# block (<c>csharp</c> or <c>cs</c>) of README.md and of every page under docs/, and the blocks
/// marked as fragments: the line before the block is <c>&lt;!-- fragment: why it does not compile --&gt;</c>.
/// </summary>
internal static partial class DocsCodeBlocks
{
    /// <summary>Gets every page, read once.</summary>
    public static IReadOnlyList<MarkdownPage> Pages { get; } = MarkdownPage.AllPaths(Repository.Root)
        .Select(path => MarkdownPage.Read(Repository.Root, path))
        .ToList();

    /// <summary>Gets every C# block of every page.</summary>
    public static IReadOnlyList<FencedBlock> All { get; } = Pages.SelectMany(page => page.Blocks).Where(block => block.IsCSharp).ToList();

    /// <summary>Gets the names of every C# block, as theory data.</summary>
    public static TheoryData<string> Names
    {
        get
        {
            var names = new TheoryData<string>();
            foreach (var block in All)
            {
                names.Add(block.Name);
            }

            return names;
        }
    }

    /// <summary>The block named <paramref name="name"/>, and the page it is on.</summary>
    public static (MarkdownPage Page, FencedBlock Block) Find(string name)
    {
        var block = All.Single(block => block.Name == name);
        return (Pages.Single(page => page.Path == block.Page), block);
    }

    /// <summary>
    /// Whether <paramref name="block"/> is marked as a fragment, and the reason the mark gives (empty when
    /// the mark gives none).
    /// </summary>
    public static bool IsFragment(FencedBlock block, out string reason)
    {
        reason = "";
        if (block.CommentBefore is null || FragmentMark().Match(block.CommentBefore) is not { Success: true } mark)
        {
            return false;
        }

        reason = mark.Groups["reason"].Value.Trim();
        return true;
    }

    [GeneratedRegex(@"^<!--\s*fragment\b:?(?<reason>.*?)-->\s*$")]
    private static partial Regex FragmentMark();
}
