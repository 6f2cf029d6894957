using System;
using System.Globalization;
using Paradigms.Model.Cli.Json;
using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Cli.Output;

/// <summary>Turns the library's figures into <see cref="FigureJson"/>, with their units and citations.</summary>
internal static class Figures
{
    /// <summary>The text for a figure the documents do not give.</summary>
    public const string None = "—";

    /// <summary>Memory written in decimal megabytes, as the resource document writes it (Res §3.2).</summary>
    public const string Megabytes = "MB:0.##";

    /// <summary>CPU written in cores with two decimals.</summary>
    public const string Cores = "cores:0.##";

    /// <summary>A figure of the facts catalog.</summary>
    /// <param name="figure">The figure.</param>
    /// <returns>Its value, citation and name.</returns>
    public static FigureJson Of(ISourced figure) => new(figure.ValueText, figure.Citation.ToString(), figure.Name);

    /// <summary>A figure of the facts catalog, or null where there is none.</summary>
    /// <param name="figure">The figure, or null.</param>
    /// <returns>The figure's JSON, or null.</returns>
    public static FigureJson? OfOptional(ISourced? figure) => figure is null ? null : Of(figure);

    /// <summary>A range computed from the documents' figures (an equation at their ranges, say).</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="range">The range.</param>
    /// <param name="format">The quantity format, for example <see cref="Megabytes"/>, or null for the shortest text.</param>
    /// <param name="derivation">How it is derived, with the sections it comes from.</param>
    /// <returns>The figure's JSON.</returns>
    public static FigureJson Computed<T>(Range<T> range, string? format, string derivation)
        where T : struct, IQuantity<T> =>
        new(range.ToString(format, CultureInfo.InvariantCulture), derivation, null);

    /// <summary>A value that is a word, not a quantity (a scheduling model, say), with its citation.</summary>
    /// <param name="words">The words.</param>
    /// <param name="citation">Where they come from.</param>
    /// <returns>The figure's JSON.</returns>
    public static FigureJson Words(string words, Citation citation) => new(words, citation.ToString(), null);

    /// <summary>The text of a figure in a table: its value, or <see cref="None"/>.</summary>
    /// <param name="figure">The figure, or null.</param>
    /// <returns>The text.</returns>
    public static string Text(FigureJson? figure) => figure?.Value ?? None;

    /// <summary>A quantity's shortest text with its unit, in the invariant culture.</summary>
    /// <param name="value">The quantity.</param>
    /// <returns>The text, for example <c>4 GiB</c>.</returns>
    public static string Text(IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);
}
