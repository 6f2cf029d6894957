using System;
using System.Collections.Generic;
using System.Linq;
using Paradigms.Model.Cli.Json;
using Paradigms.Model.Cli.Output;
using Paradigms.Model.Facts;

namespace Paradigms.Model.Cli.Commands;

/// <summary>Builds the rows of figures that <c>compare</c> sets side by side, one value per paradigm.</summary>
internal static class FigureRows
{
    /// <summary>Gets the four paradigms, in the documents' order.</summary>
    public static IReadOnlyList<Paradigm> Paradigms { get; } = Enum.GetValues<Paradigm>();

    /// <summary>A row of figures from the facts catalog; its source is the sections they all cite.</summary>
    /// <param name="name">What the figure is.</param>
    /// <param name="fact">The paradigm's figure, or null where the documents give none.</param>
    /// <returns>The row.</returns>
    public static FigureRowJson Sourced(string name, Func<Paradigm, ISourced?> fact)
    {
        var facts = Paradigms.Select(p => (Paradigm: p, Fact: fact(p))).ToList();
        var source = CitationText.Common(facts.Where(f => f.Fact is not null).Select(f => f.Fact!.Citation));
        return new FigureRowJson(name, source, facts.Select(f => new ParadigmValueJson(f.Paradigm.ToString(), Figures.OfOptional(f.Fact))).ToList());
    }

    /// <summary>A row of figures computed here from the documents' figures.</summary>
    /// <param name="name">What the figure is.</param>
    /// <param name="source">How the figures are derived, with the sections they come from.</param>
    /// <param name="value">The paradigm's figure.</param>
    /// <returns>The row.</returns>
    public static FigureRowJson Computed(string name, string source, Func<Paradigm, FigureJson> value) =>
        new(name, source, Paradigms.Select(p => new ParadigmValueJson(p.ToString(), value(p))).ToList());

    /// <summary>Lays rows out as a table: the figure, one column per paradigm, the source.</summary>
    /// <param name="rows">The rows.</param>
    /// <returns>The table.</returns>
    public static Table Table(IEnumerable<FigureRowJson> rows)
    {
        var table = new Table(["Figure", .. Paradigms.Select(p => p.ToString()), "Source"]);
        foreach (var row in rows)
        {
            table.Row([row.Figure, .. row.Values.Select(v => Figures.Text(v.Value)), row.Source]);
        }

        return table;
    }
}
