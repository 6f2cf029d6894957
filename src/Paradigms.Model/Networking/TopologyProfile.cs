using System.Collections.Generic;
using System.Collections.ObjectModel;
using Paradigms.Model.Facts;

namespace Paradigms.Model.Networking;

/// <summary>
/// What a physical or logical topology is: its structure, its characteristics and where it is
/// used, as the document defines it (Net §02.1.1, §02.2.1). Read it with
/// <see cref="TopologyCatalog.Describe(PhysicalTopology)"/> or <see cref="TopologyCatalog.Describe(LogicalTopology)"/>.
/// </summary>
/// <remarks>Immutable; one instance per topology.</remarks>
public sealed record TopologyProfile
{
    private static readonly TopologyProfile[] PhysicalProfiles =
    [
        new("Bus", "Every device is attached to one shared bus.", ["shared medium", "broadcast communication"], ["early Ethernet", "local area networks"], Citation.Net("§02.1.1")),
        new("Star", "Every device is attached to a central node (a switch or a hub).", ["centralized management", "point-to-point communication"], ["modern Ethernet", "data-centre networks"], Citation.Net("§02.1.1")),
        new("Ring", "The devices form a closed loop.", ["sequential communication", "token passing"], ["Token Ring", "FDDI"], Citation.Net("§02.1.1")),
        new("Mesh", "Devices are linked to one another at many points.", ["high redundancy", "high reliability"], ["data-centre backbones", "wide area networks"], Citation.Net("§02.1.1")),
    ];

    private static readonly TopologyProfile[] LogicalProfiles =
    [
        new("Point-to-point", "A direct logical connection between two nodes.", ["dedicated link", "full-duplex communication"], ["VPN", "tunnel connections"], Citation.Net("§02.2.1")),
        new("Broadcast", "One node broadcasts to all nodes.", ["shared medium", "one-to-many communication"], ["Ethernet broadcast", "ARP"], Citation.Net("§02.2.1")),
        new("Multicast", "One node sends to several specific nodes.", ["group communication", "less bandwidth used"], ["video conferencing", "streaming media"], Citation.Net("§02.2.1")),
        new("Overlay", "A logical network built on top of the physical network.", ["virtualized network", "independent addressing"], ["VXLAN", "GRE", "virtual networks"], Citation.Net("§02.2.1")),
        new("Star", "Every virtual machine connects to a virtual switch (vSwitch).", ReadOnlyCollection<string>.Empty, ["virtual switches of full virtualization and paravirtualization"], Citation.Net("§02.2.2, §02.3.2, §10.1")),
    ];

    private TopologyProfile(string name, string structure, IReadOnlyList<string> characteristics, IReadOnlyList<string> uses, Citation citation)
    {
        Name = name;
        Structure = structure;
        Characteristics = characteristics;
        Uses = uses;
        Citation = citation;
    }

    /// <summary>Gets the topology's name in English, for example <c>Point-to-point</c>.</summary>
    public string Name { get; }

    /// <summary>Gets how the nodes are connected (结构).</summary>
    public string Structure { get; }

    /// <summary>
    /// Gets the topology's characteristics (特征). Empty for the logical <see cref="LogicalTopology.Star"/>,
    /// for which the document states none.
    /// </summary>
    public IReadOnlyList<string> Characteristics { get; }

    /// <summary>Gets where the topology is used (应用).</summary>
    public IReadOnlyList<string> Uses { get; }

    /// <summary>Gets where the description comes from: Net §02.1.1 for physical topologies, Net §02.2.1 for logical ones (Net §02.2.2, §02.3.2, §10.1 for the logical star).</summary>
    public Citation Citation { get; }

    internal static TopologyProfile Of(PhysicalTopology topology) =>
        PhysicalProfiles[(int)Preconditions.Defined(topology, nameof(topology)) - 1];

    internal static TopologyProfile Of(LogicalTopology topology) =>
        LogicalProfiles[(int)Preconditions.Defined(topology, nameof(topology)) - 1];
}
