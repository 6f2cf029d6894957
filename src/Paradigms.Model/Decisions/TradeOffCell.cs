using System.Globalization;
using Paradigms.Model.Facts;
using Paradigms.Model.Resources;

namespace Paradigms.Model.Decisions;

/// <summary>
/// One cell of the trade-off matrix of Res §7: a paradigm's rating on one dimension, its figure
/// where the cell gives one, and the cell's words.
/// </summary>
/// <remarks>
/// Immutable; from <see cref="TradeOffMatrix"/>. The figure is a fact of <see cref="ResourceFacts"/>
/// and is written nowhere else: <see cref="Words"/> marks its place with <c>…</c>, and
/// <see cref="Gloss"/> writes it from the fact.
/// </remarks>
public sealed record TradeOffCell
{
    internal TradeOffCell(Paradigm paradigm, Rating? rating, ISourced? figure, string? words, string glossFormat)
    {
        Paradigm = paradigm;
        Rating = rating;
        Figure = figure;
        Words = words;
        Gloss = figure is null ? glossFormat : string.Format(CultureInfo.InvariantCulture, glossFormat, figure.ValueText);
    }

    /// <summary>Gets the paradigm, the cell's column.</summary>
    public Paradigm Paradigm { get; }

    /// <summary>Gets the cell's qualitative word as a level, or null where the cell is a figure alone (the CPU utilization row).</summary>
    public Rating? Rating { get; }

    /// <summary>
    /// Gets the cell's figure, a fact of <see cref="ResourceFacts"/> citing Res §7, or null where the
    /// cell has none (the memory, isolation and compatibility rows): CPU utilization, IO or storage
    /// performance loss, network latency overhead.
    /// </summary>
    public ISourced? Figure { get; }

    /// <summary>
    /// Gets the cell's words as Res §7 writes them, with its figure written <c>…</c>, for example
    /// <c>中等（…损失）</c> or <c>最高（硬件级）</c>; null where the cell is a figure alone.
    /// </summary>
    public string? Words { get; }

    /// <summary>Gets the cell in English, with its figure written from the fact, for example <c>medium (10–30 % loss)</c>.</summary>
    public string Gloss { get; }

    /// <summary>Writes the cell: the paradigm and the gloss.</summary>
    /// <returns>The text, for example <c>Virtualization: medium (10–30 % loss)</c>.</returns>
    public override string ToString() => $"{Paradigm}: {Gloss}";
}
