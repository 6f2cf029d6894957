using System;
using System.Collections.Generic;
using System.Linq;

namespace Paradigms.Model.Networking;

/// <summary>
/// The network isolation mechanisms of each paradigm: virtual switch, virtual network and network
/// security for VMs (Net §07.3.1); namespaces, network policy and CNI for containers (Net §08.3.1);
/// WASI permissions, socket abstraction and call interception for sandboxes (Net §09.3.1).
/// </summary>
/// <remarks>
/// Paravirtualization has no section of its own. Net §10.1 gives it "虚拟交换机隔离（协作）", the
/// virtualization column's words marked cooperative, so <see cref="ForParadigm"/> returns the
/// virtualization mechanisms with <see cref="IsolationMechanism.GuestCooperates"/> set. The sandbox's
/// WASI permissions are modelled as a value by <see cref="SocketCapabilities"/>.
/// </remarks>
public static class IsolationCatalog
{
    private static readonly IReadOnlyList<IsolationMechanism>[] ByParadigm =
    [
        IsolationMechanism.Virtualization,
        IsolationMechanism.Paravirtualization,
        IsolationMechanism.Containerization,
        IsolationMechanism.Sandboxing,
    ];

    /// <summary>Gets every mechanism of every paradigm, in the order of <see cref="Paradigm"/> and then of the document.</summary>
    public static IReadOnlyList<IsolationMechanism> All { get; } = Array.AsReadOnly(ByParadigm.SelectMany(m => m).ToArray());

    /// <summary>The network isolation mechanisms of a paradigm, in the document's order.</summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <returns>Nine mechanisms, three under each of the paradigm's three headings.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="paradigm"/> is not defined.</exception>
    public static IReadOnlyList<IsolationMechanism> ForParadigm(Paradigm paradigm) =>
        ByParadigm[(int)Preconditions.Defined(paradigm, nameof(paradigm)) - 1];
}
