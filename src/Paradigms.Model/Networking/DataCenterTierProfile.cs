using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using Paradigms.Model.Facts;

namespace Paradigms.Model.Networking;

/// <summary>
/// One tier of a data centre's physical topology: its switches, their topology, and what attaches
/// to it (Net §02.1.2). Read the tiers with <see cref="TopologyCatalog.Tiers"/>.
/// </summary>
/// <remarks>Immutable; one instance per tier.</remarks>
public sealed record DataCenterTierProfile
{
    private static readonly DataCenterTierProfile[] Profiles =
    [
        new(DataCenterTier.Core, "core switches", [PhysicalTopology.Mesh], ReadOnlyCollection<string>.Empty),
        new(DataCenterTier.Aggregation, "aggregation switches", [PhysicalTopology.Star], ReadOnlyCollection<string>.Empty),
        new(DataCenterTier.Access, "access switches", [PhysicalTopology.Bus, PhysicalTopology.Star], ["server physical NICs", "storage devices", "network devices"]),
    ];

    private DataCenterTierProfile(DataCenterTier tier, string switches, IReadOnlyList<PhysicalTopology> topologies, IReadOnlyList<string> attached)
    {
        Tier = tier;
        Switches = switches;
        Topologies = topologies;
        Attached = attached;
    }

    /// <summary>Gets the tier.</summary>
    public DataCenterTier Tier { get; }

    /// <summary>Gets the switches of the tier: core, aggregation or access switches.</summary>
    public string Switches { get; }

    /// <summary>
    /// Gets the physical topologies of the tier: mesh for the core, star for aggregation, and
    /// bus or star (the document writes <c>Bus/Star</c>) for access.
    /// </summary>
    public IReadOnlyList<PhysicalTopology> Topologies { get; }

    /// <summary>Gets what the document attaches below the tier: servers' physical NICs, storage and network devices for access; empty for the other tiers.</summary>
    public IReadOnlyList<string> Attached { get; }

    /// <summary>Gets where the tier comes from: Net §02.1.2.</summary>
    public Citation Citation { get; } = Citation.Net("§02.1.2");

    internal static IReadOnlyList<DataCenterTierProfile> All { get; } = Array.AsReadOnly(Profiles);

    internal static DataCenterTierProfile Of(DataCenterTier tier) =>
        Profiles[(int)Preconditions.Defined(tier, nameof(tier)) - 1];
}
