using System;
using System.Collections.Generic;
using Paradigms.Model.Facts;

namespace Paradigms.Model.Networking;

/// <summary>
/// A paradigm's physical and logical topology, what characterizes it, what replaces each element
/// of the physical network, and its logical-topology tree (Net §02.2.2, §02.3.2, §10.1). Read it
/// with <see cref="TopologyCatalog.ForParadigm"/>.
/// </summary>
/// <remarks>
/// Immutable; one instance per paradigm. The network abstraction and network isolation rows of
/// Net §10.1 are in <see cref="ParadigmProfile"/>.
/// </remarks>
public sealed record ParadigmTopology
{
    private static readonly ParadigmTopology[] Topologies =
    [
        new(Paradigm.Virtualization, LogicalTopology.Star, "vSwitch", "VMs connect to a virtual switch."),
        new(Paradigm.Paravirtualization, LogicalTopology.Star, "vSwitch, cooperative", "VMs connect to a virtual switch through VirtIO Net."),
        new(Paradigm.Containerization, LogicalTopology.PointToPoint, "veth", "Containers communicate through veth."),
        new(Paradigm.Sandboxing, LogicalTopology.PointToPoint, "socket", "Wasm modules communicate through sockets."),
    ];

    private ParadigmTopology(Paradigm paradigm, LogicalTopology logical, string logicalDetail, string characteristic)
    {
        Paradigm = paradigm;
        Logical = logical;
        LogicalDetail = logicalDetail;
        Characteristic = characteristic;
        ElementMappings = ElementMapping.Of(paradigm);
        LogicalTree = LogicalTopologyTree.Of(paradigm);
    }

    /// <summary>Gets the paradigm.</summary>
    public Paradigm Paradigm { get; }

    /// <summary>Gets the physical topology: a star around a switch for all four paradigms (Net §02.3.2, §10.1).</summary>
    public PhysicalTopology Physical { get; } = PhysicalTopology.Star;

    /// <summary>Gets what the physical topology is built around, as the document puts it in parentheses: the switch (交换机).</summary>
    public string PhysicalDetail { get; } = "switch";

    /// <summary>
    /// Gets the logical topology: a star on the vSwitch for full virtualization and
    /// paravirtualization, point-to-point for containerization and sandboxing (Net §02.3.2, §10.1).
    /// </summary>
    public LogicalTopology Logical { get; }

    /// <summary>
    /// Gets what the logical topology runs over, as the document puts it in parentheses:
    /// <c>vSwitch</c>, <c>vSwitch, cooperative</c>, <c>veth</c> or <c>socket</c> (Net §02.3.2, §10.1).
    /// </summary>
    public string LogicalDetail { get; }

    /// <summary>Gets what characterizes the topology (拓扑结构特征, Net §02.3.2).</summary>
    public string Characteristic { get; }

    /// <summary>
    /// Gets what replaces the physical switch, NIC and network, in that order (the tree of
    /// Net §02.3.2); null for paravirtualization, for which the document draws no tree.
    /// </summary>
    public IReadOnlyList<ElementMapping>? ElementMappings { get; }

    /// <summary>Gets the logical-topology tree of Net §02.2.2; null for paravirtualization, for which the document draws none.</summary>
    public LogicalTopologyTree? LogicalTree { get; }

    /// <summary>Gets where the row comes from: Net §02.3.2 and §10.1, which agree on it.</summary>
    public Citation Citation { get; } = Citation.Net("§02.3.2, §10.1");

    internal static IReadOnlyList<ParadigmTopology> All { get; } = Array.AsReadOnly(Topologies);

    internal static ParadigmTopology Of(Paradigm paradigm) =>
        Topologies[(int)Preconditions.Defined(paradigm, nameof(paradigm)) - 1];
}
