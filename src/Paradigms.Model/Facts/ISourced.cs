namespace Paradigms.Model.Facts;

/// <summary>
/// A figure with its citation, whatever the figure's type: what the provenance listing and the
/// <c>paradigms sources</c> command read. <see cref="Sourced{T}"/> is the typed form.
/// </summary>
public interface ISourced
{
    /// <summary>Gets the figure's name in the catalog, for example <c>NetworkFacts.VirtualizationLatencyOverhead</c>.</summary>
    string Name { get; }

    /// <summary>Gets the figure, formatted with the invariant culture and its unit, for example <c>15–40 μs</c>.</summary>
    string ValueText { get; }

    /// <summary>Gets where the figure comes from.</summary>
    Citation Citation { get; }

    /// <summary>Gets the source's own words for the figure, or null.</summary>
    string? Quote { get; }

    /// <summary>Gets how the source's words were read into the typed figure, when that took a decision, or null.</summary>
    string? Note { get; }
}
