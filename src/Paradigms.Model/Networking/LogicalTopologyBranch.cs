using Paradigms.Model.Facts;

namespace Paradigms.Model.Networking;

/// <summary>
/// One leaf of the second branch of a paradigm's logical-topology tree: an overlay network (VXLAN,
/// GRE), a CNI plug-in (Flannel, Calico), or the host's network stack (Net §02.2.2). Read it from
/// <see cref="LogicalTopologyTree.Branches"/>.
/// </summary>
/// <remarks>Immutable; built by <see cref="LogicalTopologyTree"/>.</remarks>
public sealed record LogicalTopologyBranch
{
    private LogicalTopologyBranch(string name, LogicalTopology? topology, string description)
    {
        Name = name;
        Topology = topology;
        Description = description;
    }

    /// <summary>Gets the name of the network or plug-in, for example <c>Flannel</c>.</summary>
    public string Name { get; }

    /// <summary>
    /// Gets its logical topology: overlay for VXLAN, GRE and Flannel, point-to-point for Calico's
    /// BGP network; null for the host OS network stack, to which the document gives none.
    /// </summary>
    public LogicalTopology? Topology { get; }

    /// <summary>Gets what the document says of it, for example <c>logical layer-2 network</c>.</summary>
    public string Description { get; }

    /// <summary>Gets where it comes from: the tree of Net §02.2.2.</summary>
    public Citation Citation { get; } = Citation.Net("§02.2.2");

    internal static LogicalTopologyBranch Create(string name, LogicalTopology? topology, string description) =>
        new(name, topology, description);
}
