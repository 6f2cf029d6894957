using System.Collections.Generic;

namespace Paradigms.Model.Cli.Json;

/// <summary>The answer of <c>paradigms compare</c> (and of <c>paradigms</c> alone).</summary>
/// <param name="Resource">The resource compared: <c>all</c>, <c>cpu</c>, <c>memory</c>, <c>io</c>, <c>network</c> or <c>storage</c>.</param>
/// <param name="TradeOffMatrix">The trade-off matrix of Res §7, for <c>all</c>; null otherwise.</param>
/// <param name="Figures">The figures compared, one row per figure, one value per paradigm.</param>
/// <param name="Notes">What the reader should know to read the figures.</param>
internal sealed record CompareResult(string Resource, IReadOnlyList<MatrixRowJson>? TradeOffMatrix, IReadOnlyList<FigureRowJson> Figures, IReadOnlyList<string> Notes);

/// <summary>One row of the trade-off matrix.</summary>
/// <param name="Dimension">The dimension in English, for example <c>network latency</c>.</param>
/// <param name="Words">The dimension as the matrix writes it, for example <c>网络延迟</c>.</param>
/// <param name="Cells">The four cells, in the order of the paradigms.</param>
/// <param name="BestChoice">The paradigm the document names the best choice.</param>
/// <param name="Citation">Where the row comes from.</param>
internal sealed record MatrixRowJson(string Dimension, string Words, IReadOnlyList<MatrixCellJson> Cells, string BestChoice, string Citation);

/// <summary>One cell of the trade-off matrix.</summary>
/// <param name="Paradigm">The paradigm.</param>
/// <param name="Rating">The cell's level word (<c>High</c>, <c>MediumHigh</c>…), or null where the cell is a figure alone.</param>
/// <param name="Figure">The cell's figure, or null where it has none.</param>
/// <param name="Gloss">The cell in English, with its figure.</param>
/// <param name="Words">The cell as the matrix writes it, its figure written <c>…</c>; null where the cell is a figure alone.</param>
internal sealed record MatrixCellJson(string Paradigm, string? Rating, FigureJson? Figure, string Gloss, string? Words);

/// <summary>One figure compared across the four paradigms.</summary>
/// <param name="Figure">What the figure is, for example <c>Network latency overhead</c>.</param>
/// <param name="Source">The sections every value of the row cites (each value carries its own full citation).</param>
/// <param name="Values">One value per paradigm, in the order of the paradigms.</param>
internal sealed record FigureRowJson(string Figure, string Source, IReadOnlyList<ParadigmValueJson> Values);

/// <summary>A paradigm's value of a figure.</summary>
/// <param name="Paradigm">The paradigm.</param>
/// <param name="Value">The value, or null where the documents give none.</param>
internal sealed record ParadigmValueJson(string Paradigm, FigureJson? Value);
