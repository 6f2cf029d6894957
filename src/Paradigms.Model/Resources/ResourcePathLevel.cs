namespace Paradigms.Model.Resources;

/// <summary>
/// A qualitative level as a comparison table of Res §3.1–§6.1 writes it: the document's word
/// (高, 中高, 极低, …) and its English gloss (high, medium-high, extremely low, …).
/// </summary>
/// <remarks>
/// <para>
/// The words met in these tables are 低 (low), 中 and 中等 (medium), 中高 (medium-high), 较高
/// (fairly high), 高 (high), 最高 (highest) and, in the IO table of Res §4.1 alone, 极低 (extremely
/// low). The level is kept as words, not as an ordinal scale: one table's words rank its own rows,
/// and the document never says where 极低 sits against the other tables' words.
/// </para>
/// <para>Immutable; read it from <see cref="ResourcePath.CostLevel"/> and <see cref="ResourcePath.IoPerformanceLevel"/>.</para>
/// </remarks>
public sealed record ResourcePathLevel
{
    internal ResourcePathLevel(string words, string gloss)
    {
        Words = words;
        Gloss = gloss;
    }

    /// <summary>Gets the document's word, for example <c>极低</c>.</summary>
    public string Words { get; }

    /// <summary>Gets the word in English, for example <c>extremely low</c>.</summary>
    public string Gloss { get; }

    /// <summary>Writes the level: the gloss, then the word.</summary>
    /// <returns>The text, for example <c>extremely low (极低)</c>.</returns>
    public override string ToString() => $"{Gloss} ({Words})";
}
