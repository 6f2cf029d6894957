using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using Paradigms.Model.Facts;

namespace Paradigms.Model.Networking;

/// <summary>
/// What a paradigm puts in the place of one element of the physical network: a virtual switch for
/// the physical switch, a veth pair for the physical NIC, and so on (Net §02.3.2). Read a
/// paradigm's mappings from <see cref="ParadigmTopology.ElementMappings"/>.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed record ElementMapping
{
    private static readonly IReadOnlyList<ElementMapping>?[] Trees =
    [
        Tree(Paradigm.Virtualization, "virtual switch (vSwitch)", "virtual NIC (vNIC)", "virtual network"),
        null,
        Tree(Paradigm.Containerization, "bridge", "virtual Ethernet pair (veth pair)", "network namespace"),
        Tree(Paradigm.Sandboxing, "host OS network stack", "socket abstraction (WASI)", "function-call interception (WASI Network)"),
    ];

    private ElementMapping(Paradigm paradigm, PhysicalNetworkElement physical, string counterpart)
    {
        Paradigm = paradigm;
        Physical = physical;
        Counterpart = counterpart;
    }

    /// <summary>Gets the paradigm.</summary>
    public Paradigm Paradigm { get; }

    /// <summary>Gets the element of the physical network.</summary>
    public PhysicalNetworkElement Physical { get; }

    /// <summary>Gets what the paradigm puts in its place.</summary>
    public string Counterpart { get; }

    /// <summary>Gets where the mapping comes from: the tree of Net §02.3.2.</summary>
    public Citation Citation { get; } = Citation.Net("§02.3.2");

    /// <summary>The mappings of a paradigm, or null for paravirtualization, for which Net §02.3.2 draws no tree.</summary>
    internal static IReadOnlyList<ElementMapping>? Of(Paradigm paradigm) =>
        Trees[(int)Preconditions.Defined(paradigm, nameof(paradigm)) - 1];

    private static ReadOnlyCollection<ElementMapping> Tree(Paradigm paradigm, string forSwitch, string forNic, string forNetwork) => Array.AsReadOnly(
    [
        new ElementMapping(paradigm, PhysicalNetworkElement.Switch, forSwitch),
        new ElementMapping(paradigm, PhysicalNetworkElement.Nic, forNic),
        new ElementMapping(paradigm, PhysicalNetworkElement.Network, forNetwork),
    ]);
}
