using Paradigms.Model.Resources;

namespace Paradigms.Model.Cli.Commands;

/// <summary>What <c>compare --resource</c> compares: one resource, or all of them.</summary>
/// <param name="Resource">The resource, or null for all (the trade-off matrix and the overhead ranges).</param>
internal sealed record ResourceScope(Resource? Resource)
{
    /// <summary>Gets the scope of every resource.</summary>
    public static ResourceScope All { get; } = new((Resource?)null);
}
