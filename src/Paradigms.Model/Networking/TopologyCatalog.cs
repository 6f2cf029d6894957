using System;
using System.Collections.Generic;
using System.Linq;

namespace Paradigms.Model.Networking;

/// <summary>
/// The network topologies of the network-concepts document: physical and logical topologies and
/// what they are (Net §02.1.1, §02.2.1), the data-centre tiers (Net §02.1.2), the
/// physical-to-logical mapping (Net §02.3.1), and each paradigm's topology (Net §02.2.2, §02.3.2, §10.1).
/// </summary>
/// <remarks>Every entry is immutable and carries its citation; the class is safe to use from any thread.</remarks>
public static class TopologyCatalog
{
    private static readonly IReadOnlyList<LogicalTopology>[] Carried =
        Enum.GetValues<PhysicalTopology>().Select(CarriedOver).ToArray();

    /// <summary>Gets the physical-to-logical mapping table of Net §02.3.1, in the document's order: bus, star, mesh, then any physical topology.</summary>
    /// <remarks>
    /// The last row holds for any physical topology (<see cref="TopologyMapping.Physical"/> is null).
    /// The table has no row for the ring: only the any-topology row, an overlay, applies to it.
    /// </remarks>
    public static IReadOnlyList<TopologyMapping> Mappings => TopologyMapping.All;

    /// <summary>Gets the tiers of a data centre's physical topology, core first (Net §02.1.2).</summary>
    public static IReadOnlyList<DataCenterTierProfile> Tiers => DataCenterTierProfile.All;

    /// <summary>Gets a server's physical topology: its NIC's interfaces and rates, and its cabling (Net §02.1.2).</summary>
    public static ServerPhysicalTopology Server => ServerPhysicalTopology.Instance;

    /// <summary>Gets the topology of each paradigm, in the order of <see cref="Paradigm"/> (Net §02.3.2, §10.1).</summary>
    public static IReadOnlyList<ParadigmTopology> Paradigms => ParadigmTopology.All;

    /// <summary>What a physical topology is: its structure, characteristics and uses (Net §02.1.1).</summary>
    /// <param name="topology">The physical topology.</param>
    /// <returns>The description with its citation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="topology"/> is not defined.</exception>
    public static TopologyProfile Describe(PhysicalTopology topology) => TopologyProfile.Of(topology);

    /// <summary>
    /// What a logical topology is: its structure, characteristics and uses (Net §02.2.1; for
    /// <see cref="LogicalTopology.Star"/>, which §02.2.1 does not list, Net §02.2.2, §02.3.2, §10.1).
    /// </summary>
    /// <param name="topology">The logical topology.</param>
    /// <returns>The description with its citation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="topology"/> is not defined.</exception>
    public static TopologyProfile Describe(LogicalTopology topology) => TopologyProfile.Of(topology);

    /// <summary>A tier of a data centre's physical topology: its switches and their topology (Net §02.1.2).</summary>
    /// <param name="tier">The tier.</param>
    /// <returns>The tier's profile.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tier"/> is not defined.</exception>
    public static DataCenterTierProfile Tier(DataCenterTier tier) => DataCenterTierProfile.Of(tier);

    /// <summary>A paradigm's physical and logical topology, element mappings and logical-topology tree (Net §02.2.2, §02.3.2, §10.1).</summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <returns>The paradigm's topology.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="paradigm"/> is not defined.</exception>
    public static ParadigmTopology ForParadigm(Paradigm paradigm) => ParadigmTopology.Of(paradigm);

    /// <summary>The rows of <see cref="Mappings"/> that apply to a physical topology, the any-topology row included (Net §02.3.1).</summary>
    /// <param name="physical">The physical topology.</param>
    /// <returns>The rows, in the table's order; for the ring, only the any-topology row.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="physical"/> is not defined.</exception>
    public static IReadOnlyList<TopologyMapping> MappingsOver(PhysicalTopology physical)
    {
        Preconditions.Defined(physical, nameof(physical));
        return Array.AsReadOnly(Mappings.Where(row => row.AppliesTo(physical)).ToArray());
    }

    /// <summary>
    /// The logical topologies a physical topology carries, in the order of <see cref="LogicalTopology"/>:
    /// those of the rows of Net §02.3.1 that apply to it (so an overlay over every physical
    /// topology), and those Net §02.3.2 runs over it for a paradigm (a star carries the vSwitch's
    /// logical star and the point-to-point links of veth and sockets).
    /// </summary>
    /// <param name="physical">The physical topology.</param>
    /// <returns>The logical topologies, each once: bus → broadcast, overlay; star → point-to-point, overlay, star; ring → overlay; mesh → overlay.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="physical"/> is not defined.</exception>
    public static IReadOnlyList<LogicalTopology> LogicalTopologiesOver(PhysicalTopology physical) =>
        Carried[(int)Preconditions.Defined(physical, nameof(physical)) - 1];

    /// <summary>Whether a physical topology carries a logical one, by <see cref="LogicalTopologiesOver"/> (Net §02.3.1, §02.3.2).</summary>
    /// <param name="physical">The physical topology.</param>
    /// <param name="logical">The logical topology.</param>
    /// <returns>True when the document maps <paramref name="physical"/> to <paramref name="logical"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Either argument is not defined.</exception>
    public static bool Carries(PhysicalTopology physical, LogicalTopology logical) =>
        LogicalTopologiesOver(physical).Contains(Preconditions.Defined(logical, nameof(logical)));

    private static IReadOnlyList<LogicalTopology> CarriedOver(PhysicalTopology physical) => Array.AsReadOnly(
        Mappings.Where(row => row.AppliesTo(physical)).Select(row => row.Logical)
            .Concat(Paradigms.Where(row => row.Physical == physical).Select(row => row.Logical))
            .Distinct()
            .Order()
            .ToArray());
}
