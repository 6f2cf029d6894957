using Paradigms.Model.Resources;

namespace Paradigms.Model.Cli.Commands;

/// <summary>What <c>compare --resource</c> compares: one resource, or all of them.</summary>
/// <param name="Resource">The resource, or null for all (the trade-off matrix and the overhead ranges).</param>
internal sealed record ResourceScope(Resource? Resource)
{
    /// <summary>Gets the scope of every resource.</summary>
    public static ResourceScope All { get; } = new((Resource?)null);

    /// <summary>Returns the scope as <c>--resource</c> spells it (<c>all</c>, <c>cpu</c>, …), which the help shows as the default.</summary>
    /// <returns>The spelling.</returns>
    public override string ToString() => Resource?.ToString().ToLowerInvariant() ?? "all";
}
