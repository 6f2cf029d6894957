using System.Collections.Generic;

namespace Paradigms.Model.Cli.Json;

/// <summary>The answer of <c>paradigms sources</c>: where each figure of the facts catalog comes from.</summary>
/// <param name="Figures">The figures, in the catalog's order (or the one asked for).</param>
internal sealed record SourcesResult(IReadOnlyList<SourceJson> Figures);

/// <summary>One figure and its provenance.</summary>
/// <param name="Name">Its name in the catalog, for example <c>ResourceFacts.VirtualizationNetworkLatencyOverhead</c>.</param>
/// <param name="Value">The figure with its unit.</param>
/// <param name="Citation">The citation as the library writes it.</param>
/// <param name="Source">The source: <c>Net</c>, <c>Res</c>, or an outside source such as <c>RFC 7348</c>.</param>
/// <param name="Sections">The sections cited, or null.</param>
/// <param name="Kind">The kind of source: document, standard, paper, vendor or blog.</param>
/// <param name="Quote">The source's own words, or null.</param>
/// <param name="Note">How the words were read into the figure, or null.</param>
internal sealed record SourceJson(string Name, string Value, string Citation, string Source, string? Sections, string Kind, string? Quote, string? Note);
