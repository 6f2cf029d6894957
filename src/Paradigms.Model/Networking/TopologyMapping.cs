using System;
using System.Collections.Generic;
using Paradigms.Model.Facts;

namespace Paradigms.Model.Networking;

/// <summary>
/// One row of the physical-to-logical topology mapping: which logical topology a physical
/// topology maps to, how, and where that is seen (Net §02.3.1). Read the table with
/// <see cref="TopologyCatalog.Mappings"/>.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed record TopologyMapping
{
    private static readonly TopologyMapping[] Rows =
    [
        new(PhysicalTopology.Bus, LogicalTopology.Broadcast, "The physical bus maps to broadcast logic.", ["early Ethernet"]),
        new(PhysicalTopology.Star, LogicalTopology.PointToPoint, "The physical star maps to point-to-point logic.", ["modern switched networks"]),
        new(PhysicalTopology.Mesh, LogicalTopology.Overlay, "The physical mesh maps to an overlay logical network.", ["VXLAN", "container networks"]),
        new(null, LogicalTopology.Overlay, "The physical topology is abstracted into an overlay logical network.", ["virtualization networks", "container networks"]),
    ];

    private TopologyMapping(PhysicalTopology? physical, LogicalTopology logical, string relation, IReadOnlyList<string> scenarios)
    {
        Physical = physical;
        Logical = logical;
        Relation = relation;
        Scenarios = scenarios;
    }

    /// <summary>
    /// Gets the physical topology, or null for the row the document writes 任意物理 ("any physical
    /// topology"): an overlay can be built over every physical topology.
    /// </summary>
    public PhysicalTopology? Physical { get; }

    /// <summary>Gets whether the row holds for any physical topology (its <see cref="Physical"/> is null).</summary>
    public bool AppliesToAnyPhysicalTopology => Physical is null;

    /// <summary>Gets the logical topology the physical one maps to.</summary>
    public LogicalTopology Logical { get; }

    /// <summary>Gets how the physical topology maps to the logical one (映射关系).</summary>
    public string Relation { get; }

    /// <summary>Gets where the mapping is seen (应用场景).</summary>
    public IReadOnlyList<string> Scenarios { get; }

    /// <summary>Gets where the row comes from: Net §02.3.1.</summary>
    public Citation Citation { get; } = Citation.Net("§02.3.1");

    /// <summary>Gets whether this row maps the given physical topology: its own, or any for the any-topology row.</summary>
    /// <param name="physical">The physical topology.</param>
    /// <returns>True when the row applies to <paramref name="physical"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="physical"/> is not defined.</exception>
    public bool AppliesTo(PhysicalTopology physical)
    {
        Preconditions.Defined(physical, nameof(physical));
        return Physical is null || Physical == physical;
    }

    internal static IReadOnlyList<TopologyMapping> All { get; } = Array.AsReadOnly(Rows);
}
