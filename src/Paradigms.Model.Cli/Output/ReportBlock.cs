using System.Collections.Generic;

namespace Paradigms.Model.Cli.Output;

/// <summary>One block of a <see cref="Report"/>: a heading, a paragraph, a list or a table.</summary>
internal abstract record ReportBlock;

/// <summary>A section heading.</summary>
/// <param name="Text">The heading.</param>
internal sealed record Heading(string Text) : ReportBlock;

/// <summary>A paragraph: one statement, written on one line.</summary>
/// <param name="Text">The text.</param>
internal sealed record Paragraph(string Text) : ReportBlock;

/// <summary>A list of statements, one an item.</summary>
/// <param name="Items">The items, in order.</param>
internal sealed record BulletList(IReadOnlyList<string> Items) : ReportBlock;

/// <summary>A table.</summary>
/// <param name="Table">The table.</param>
internal sealed record TableBlock(Table Table) : ReportBlock;
