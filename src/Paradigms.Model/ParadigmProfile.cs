using System;
using System.Collections.Generic;
using Paradigms.Model.Facts;
using Paradigms.Model.Networking;
using Paradigms.Model.Quantities;

namespace Paradigms.Model;

/// <summary>
/// What a paradigm is, on the network side: how it abstracts and isolates the network, what it
/// shares with the host, and its latency overhead (Net §10.1, §10.3, §10.4, §10.5).
/// </summary>
/// <remarks>Immutable; one instance per paradigm, from <see cref="Of"/>.</remarks>
public sealed record ParadigmProfile
{
    private static readonly ParadigmProfile[] Profiles =
    [
        new(Paradigm.Virtualization, AbstractionLevel.Hardware, false, IsolationStrength.Hardware, "virtual switch isolation", HostSharing.None),
        new(Paradigm.Paravirtualization, AbstractionLevel.Hardware, true, IsolationStrength.Kernel, "virtual switch isolation, with the guest cooperating", HostSharing.None),
        new(Paradigm.Containerization, AbstractionLevel.Process, false, IsolationStrength.Process, "network namespaces", HostSharing.PhysicalNic | HostSharing.NetworkStack | HostSharing.Kernel),
        new(Paradigm.Sandboxing, AbstractionLevel.Application, false, IsolationStrength.Application, "WASI permissions", HostSharing.PhysicalNic | HostSharing.DataLink | HostSharing.NetworkStack | HostSharing.Kernel),
    ];

    private ParadigmProfile(Paradigm paradigm, AbstractionLevel abstraction, bool cooperative, IsolationStrength isolation, string networkIsolation, HostSharing sharedWithHost)
    {
        Paradigm = paradigm;
        NetworkAbstraction = abstraction;
        GuestCooperates = cooperative;
        Isolation = isolation;
        NetworkIsolation = networkIsolation;
        SharedWithHost = sharedWithHost;
    }

    /// <summary>Gets the paradigm.</summary>
    public Paradigm Paradigm { get; }

    /// <summary>Gets the level at which the paradigm abstracts the network: hardware, process or application (Net §04.3.2, §10.1, §10.3).</summary>
    public AbstractionLevel NetworkAbstraction { get; }

    /// <summary>Gets whether the guest cooperates with the hypervisor (协作), true for paravirtualization only (Net §10.1, §10.3, §10.4).</summary>
    public bool GuestCooperates { get; }

    /// <summary>Gets how strongly one workload's network is isolated from another's (Net §10.4).</summary>
    public IsolationStrength Isolation { get; }

    /// <summary>Gets the mechanism that isolates the network, in a few words (Net §10.1).</summary>
    public string NetworkIsolation { get; }

    /// <summary>Gets what the workload shares with the host (Net §06.3.1, §10.5; kernel: Net §03.2.2).</summary>
    public HostSharing SharedWithHost { get; }

    /// <summary>Gets the network latency overhead (Net §05.4.2, §10.2, §10.4).</summary>
    public Sourced<Range<Duration>> NetworkLatencyOverhead => NetworkFacts.LatencyOverhead(Paradigm);

    /// <summary>Gets where the profile comes from.</summary>
    public Citation Citation { get; } = Citation.Net("§06.3.1, §10.1, §10.3, §10.4, §10.5");

    /// <summary>Gets the four profiles, in the order of <see cref="Paradigm"/>.</summary>
    public static IReadOnlyList<ParadigmProfile> All { get; } = Array.AsReadOnly(Profiles);

    /// <summary>The profile of a paradigm.</summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="paradigm"/> is not defined.</exception>
    public static ParadigmProfile Of(Paradigm paradigm) => Profiles[(int)Preconditions.Defined(paradigm, nameof(paradigm)) - 1];
}
