using System;
using System.Collections.Generic;
using Paradigms.Model.Facts;
using Paradigms.Model.Resources;

namespace Paradigms.Model.Decisions;

/// <summary>
/// One row of the trade-off matrix of Res §7 (综合资源权衡决策矩阵): a dimension, the four paradigms'
/// cells, and the paradigm the document names the best choice (最佳选择).
/// </summary>
/// <remarks>
/// Immutable; from <see cref="TradeOffMatrix"/>. The best choice is the document's; a test checks it
/// against the row's own ratings and figures, and they agree on every row.
/// </remarks>
public sealed record TradeOffRow
{
    internal TradeOffRow(
        TradeOffDimension dimension,
        string name,
        string words,
        TradeOffCell[] cells,
        Paradigm bestChoice,
        bool? higherRatingIsBetter,
        bool? higherFigureIsBetter)
    {
        Dimension = dimension;
        Name = name;
        Words = words;
        Cells = Array.AsReadOnly(cells);
        BestChoice = bestChoice;
        HigherRatingIsBetter = higherRatingIsBetter;
        HigherFigureIsBetter = higherFigureIsBetter;
    }

    /// <summary>Gets the dimension, the row.</summary>
    public TradeOffDimension Dimension { get; }

    /// <summary>Gets the dimension's name in English, for example <c>IO performance</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the dimension as the matrix writes it, for example <c>IO 性能</c>.</summary>
    public string Words { get; }

    /// <summary>Gets the four cells, in the order of <see cref="Paradigm"/>: full virtualization, paravirtualization, containerization, sandboxing.</summary>
    public IReadOnlyList<TradeOffCell> Cells { get; }

    /// <summary>Gets the paradigm the document names the best choice on this row (最佳选择).</summary>
    public Paradigm BestChoice { get; }

    /// <summary>
    /// Gets whether a higher <see cref="Rating"/> is better for the user on this row: true for IO
    /// performance, storage IO, isolation strength and compatibility; false for memory overhead and
    /// network latency; null for CPU utilization, whose cells have no rating.
    /// </summary>
    public bool? HigherRatingIsBetter { get; }

    /// <summary>
    /// Gets whether a higher figure is better for the user on this row: true for CPU utilization;
    /// false for the IO and storage performance losses and the network latency overhead; null for the
    /// rows without figures (memory overhead, isolation strength, compatibility). The IO and storage
    /// rows rate performance but give a loss, so their two directions differ.
    /// </summary>
    public bool? HigherFigureIsBetter { get; }

    /// <summary>Gets where the row comes from: Res §7.</summary>
    public Citation Citation { get; } = Citation.Res("§7");

    /// <summary>The cell of one paradigm.</summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="paradigm"/> is not defined.</exception>
    public TradeOffCell Cell(Paradigm paradigm) => Cells[(int)Preconditions.Defined(paradigm, nameof(paradigm)) - 1];

    /// <summary>Writes the row, for example <c>IO performance (Res §7): best Sandboxing</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} ({Citation}): best {BestChoice}";
}
