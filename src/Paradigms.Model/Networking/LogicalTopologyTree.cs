using System;
using System.Collections.Generic;
using Paradigms.Model.Facts;

namespace Paradigms.Model.Networking;

/// <summary>
/// A paradigm's logical topology as the tree of Net §02.2.2 draws it: a first branch (the
/// vSwitch, the network namespace, the WASI network) with its logical topology and elements, and a
/// second branch of networks (overlays, CNI plug-ins, the host's stack). Read it from
/// <see cref="ParadigmTopology.LogicalTree"/>.
/// </summary>
/// <remarks>Immutable; one instance per paradigm that has a tree (not paravirtualization).</remarks>
public sealed record LogicalTopologyTree
{
    private static readonly LogicalTopologyTree?[] Trees =
    [
        new(
            Paradigm.Virtualization,
            "virtual switch (vSwitch)",
            LogicalTopology.Star,
            "VMs connect to the vSwitch",
            ["logical NIC (vNIC)", "virtual network"],
            "overlay networks",
            [
                LogicalTopologyBranch.Create("VXLAN", LogicalTopology.Overlay, "logical layer-2 network"),
                LogicalTopologyBranch.Create("GRE", LogicalTopology.Overlay, "logical layer-3 network"),
            ]),
        null,
        new(
            Paradigm.Containerization,
            "network namespace",
            LogicalTopology.PointToPoint,
            "communication between containers",
            ["virtual Ethernet pair (veth pair)", "bridge"],
            "CNI network plug-ins",
            [
                LogicalTopologyBranch.Create("Flannel", LogicalTopology.Overlay, "overlay network (VXLAN)"),
                LogicalTopologyBranch.Create("Calico", LogicalTopology.PointToPoint, "BGP network (point-to-point)"),
            ]),
        new(
            Paradigm.Sandboxing,
            "WASI network",
            LogicalTopology.PointToPoint,
            "communication between Wasm modules",
            ["socket abstraction", "function-call interception"],
            "network stack",
            [
                LogicalTopologyBranch.Create("host OS network stack", null, "shared"),
            ]),
    ];

    private LogicalTopologyTree(
        Paradigm paradigm,
        string root,
        LogicalTopology topology,
        string between,
        IReadOnlyList<string> elements,
        string branchGroup,
        LogicalTopologyBranch[] branches)
    {
        Paradigm = paradigm;
        Root = root;
        Topology = topology;
        Between = between;
        Elements = elements;
        BranchGroup = branchGroup;
        Branches = Array.AsReadOnly(branches);
    }

    /// <summary>Gets the paradigm.</summary>
    public Paradigm Paradigm { get; }

    /// <summary>Gets the first branch: the virtual switch, the network namespace or the WASI network.</summary>
    public string Root { get; }

    /// <summary>Gets the logical topology of the first branch: star for the vSwitch, point-to-point otherwise.</summary>
    public LogicalTopology Topology { get; }

    /// <summary>Gets what the topology connects, as the document puts it in parentheses.</summary>
    public string Between { get; }

    /// <summary>Gets the other elements of the first branch, for example the veth pair and the bridge.</summary>
    public IReadOnlyList<string> Elements { get; }

    /// <summary>Gets the name of the second branch: overlay networks, CNI network plug-ins, or network stack.</summary>
    public string BranchGroup { get; }

    /// <summary>Gets the leaves of the second branch.</summary>
    public IReadOnlyList<LogicalTopologyBranch> Branches { get; }

    /// <summary>Gets where the tree comes from: Net §02.2.2.</summary>
    public Citation Citation { get; } = Citation.Net("§02.2.2");

    /// <summary>The tree of a paradigm, or null for paravirtualization, for which Net §02.2.2 draws none.</summary>
    internal static LogicalTopologyTree? Of(Paradigm paradigm) =>
        Trees[(int)Preconditions.Defined(paradigm, nameof(paradigm)) - 1];
}
