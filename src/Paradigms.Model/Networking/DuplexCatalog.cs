using System;
using System.Collections.Generic;
using System.Linq;

namespace Paradigms.Model.Networking;

/// <summary>
/// The duplex modes (communication link modes, 通讯链接模式) of the network-concepts document: what
/// each mode is (Net §03.1.1, §03.2.1, §03.3.1, §03.4.1), where each paradigm uses it
/// (Net §03.1.2, §03.2.2, §03.3.2), and each paradigm's primary mode (Net §03.4.2, §10.2).
/// </summary>
/// <remarks>
/// Every entry is immutable and carries its citation; the class is safe to use from any thread.
/// The document disagrees with itself on VirtIO, the veth pair and the WASI socket: half duplex in
/// Net §03.2.2 and §03.4.1, full duplex in Net §10.2. Both sides are kept:
/// <see cref="UsagesFor"/> and <see cref="DuplexProfile.UseInParadigms"/> hold the first,
/// <see cref="ForParadigm"/> the second.
/// </remarks>
public static class DuplexCatalog
{
    /// <summary>Gets every use of every mode in every paradigm, in the document's order: simplex, half, full duplex; within each, full virtualization, containerization, sandboxing (Net §03.1.2, §03.2.2, §03.3.2).</summary>
    public static IReadOnlyList<DuplexUsage> Usages => DuplexUsage.All;

    /// <summary>Gets the comparison matrix of Net §10.2: the four paradigms' primary mode, mechanism and latency overhead, in the order of <see cref="Paradigm"/>.</summary>
    public static IReadOnlyList<ParadigmDuplex> Paradigms => ParadigmDuplex.ComparisonMatrix;

    /// <summary>Gets the mapping of Net §03.4.2: full virtualization, containerization and sandboxing (the table has no paravirtualization row).</summary>
    public static IReadOnlyList<ParadigmDuplex> LinkModes => ParadigmDuplex.LinkModeMapping;

    /// <summary>What a duplex mode is: definition, characteristics, uses, and its row of the matrix of Net §03.4.1.</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>The description with its citation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not defined.</exception>
    public static DuplexProfile Describe(DuplexMode mode) => DuplexProfile.Of(mode);

    /// <summary>
    /// A paradigm's uses of a duplex mode (Net §03.1.2, §03.2.2, §03.3.2): two for full virtualization,
    /// containerization and sandboxing; none for paravirtualization, which those sections do not list.
    /// </summary>
    /// <param name="mode">The mode.</param>
    /// <param name="paradigm">The paradigm.</param>
    /// <returns>The uses, in the document's order; empty for paravirtualization.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Either argument is not defined.</exception>
    public static IReadOnlyList<DuplexUsage> UsagesFor(DuplexMode mode, Paradigm paradigm)
    {
        Preconditions.Defined(mode, nameof(mode));
        Preconditions.Defined(paradigm, nameof(paradigm));
        return Array.AsReadOnly(Usages.Where(usage => usage.Mode == mode && usage.Paradigm == paradigm).ToArray());
    }

    /// <summary>
    /// A paradigm's primary duplex mode, mechanism and latency overhead as the comparison matrix of
    /// Net §10.2 gives them; the latency is <see cref="Facts.NetworkFacts.LatencyOverhead"/>.
    /// </summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <returns>The row of Net §10.2.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="paradigm"/> is not defined.</exception>
    public static ParadigmDuplex ForParadigm(Paradigm paradigm) => ParadigmDuplex.InMatrix(paradigm);

    /// <summary>
    /// A paradigm's primary duplex mode, mechanism and latency overhead as the mapping of Net §03.4.2
    /// gives them, or null for paravirtualization, which that table does not list. Full
    /// virtualization's latency there is <see cref="Facts.NetworkFacts.VirtualizationLinkModeLatencyOverhead"/>,
    /// which disagrees with §10.2.
    /// </summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <returns>The row of Net §03.4.2, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="paradigm"/> is not defined.</exception>
    public static ParadigmDuplex? LinkModeFor(Paradigm paradigm) => ParadigmDuplex.InLinkModeMapping(paradigm);
}
