using System;
using System.Collections.Generic;
using System.Linq;

namespace Paradigms.Model.Facts;

/// <summary>
/// The one catalog of figures: every figure of the documents and every outside figure, each
/// with its citation. docs/provenance.md is generated from <see cref="All"/>.
/// </summary>
public static class FactCatalog
{
    /// <summary>
    /// Gets every figure: the network document's (<see cref="NetworkFacts"/>), the resource document's
    /// (<see cref="ResourceFacts"/>), then the outside ones: standards (<see cref="StandardFacts"/>) and
    /// measurements (<see cref="MeasuredFacts"/>).
    /// </summary>
    public static IReadOnlyList<ISourced> All { get; } = Array.AsReadOnly(
        NetworkFacts.All.Concat(ResourceFacts.All).Concat(StandardFacts.All).Concat(MeasuredFacts.All).ToArray());

    /// <summary>Finds a figure by its name, for example <c>NetworkFacts.VirtualizationLatencyOverhead</c>; case-sensitive.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The figure, or null when there is none by that name.</returns>
    public static ISourced? Find(string name) => All.FirstOrDefault(f => f.Name == name);
}
