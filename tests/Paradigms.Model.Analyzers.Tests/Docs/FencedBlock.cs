namespace Paradigms.Model.Analyzers.Tests.Docs;

/// <summary>
/// A fenced code block of a Markdown page: its info string (<c>csharp</c>, <c>text</c>, …), its code, the
/// 1-based line of its opening fence and of its closing fence, and the HTML comment on the line just
/// before it, if any (<c>&lt;!-- fragment: reason --&gt;</c>).
/// </summary>
internal sealed record FencedBlock(string Page, int Line, int EndLine, string Info, string Code, string? CommentBefore)
{
    /// <summary>Gets the block's language: the first word of its info string.</summary>
    public string Language => Info.Split(' ', 2)[0];

    /// <summary>Gets a value indicating whether the block is C# (<c>csharp</c> or <c>cs</c>).</summary>
    public bool IsCSharp => Language is "csharp" or "cs";

    /// <summary>Gets the block's name in test output: page and line, <c>docs/decisions.md:184</c>.</summary>
    public string Name => $"{Page}:{Line}";

    /// <inheritdoc/>
    public override string ToString() => Name;
}
