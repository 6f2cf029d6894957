using System;
using System.Collections.Generic;
using Paradigms.Model.Facts;

namespace Paradigms.Model.Networking;

/// <summary>
/// One of the virtual networks a hypervisor keeps apart (Net §07.1.1, §07.3.1): the internal network
/// for VM-to-VM traffic, the external network for VMs' outward traffic, and the management network of
/// the hypervisor. Read them from <see cref="NetworkModeCatalog.VirtualNetworkSegments"/>.
/// </summary>
/// <remarks>Immutable; the instances are the catalog's own.</remarks>
public sealed record VirtualNetworkSegment
{
    private VirtualNetworkSegment(string name, string carries, Reach reach)
    {
        Name = name;
        Carries = carries;
        Reach = reach;
    }

    /// <summary>Gets the segment's name: <c>Internal network</c> (内部网络), <c>External network</c> (外部网络) or <c>Management network</c> (管理网络).</summary>
    public string Name { get; }

    /// <summary>Gets the traffic the segment carries, as the document says it.</summary>
    public string Carries { get; }

    /// <summary>
    /// Gets whom traffic on the segment reaches, the catalog's reading of <see cref="Carries"/>: other VMs
    /// for the internal network, the physical and outside networks for the external one, the host (the
    /// hypervisor that is managed) for the management network.
    /// </summary>
    public Reach Reach { get; }

    /// <summary>Gets the sections that list the segment.</summary>
    public Citation Citation { get; } = Citation.Net("§07.1.1, §07.3.1");

    internal static IReadOnlyList<VirtualNetworkSegment> All { get; } = Array.AsReadOnly(new VirtualNetworkSegment[]
    {
        new("Internal network", "Traffic between VMs", Reach.LocalWorkloads),
        new("External network", "VMs' traffic to the outside", Reach.PhysicalNetwork | Reach.ExternalNetworks),
        new("Management network", "Management of the hypervisor", Reach.Host),
    });
}
