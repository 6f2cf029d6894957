using System.Collections.Generic;

namespace Paradigms.Model.Networking;

/// <summary>
/// The NIC catalog (网卡模型, Net §05): the three classes of NIC and their comparison (Net §05.4.1),
/// every kind of NIC (Net §05.1–§05.3), the features of physical and virtual NICs, and each
/// paradigm's NIC (Net §05.4.2, §10.4).
/// </summary>
/// <remarks>
/// Every entry is immutable and carries its citation. The document disagrees with itself in two
/// places this catalog keeps both sides of: VirtIO Net is paravirtualization's NIC in Net §05.2,
/// §05.4.2 and §10.4 but full virtualization's in Net §03.2.2 and §07.2.1 (see
/// <see cref="NicProfile.Placements"/>); virtual NICs isolate at the hardware level in Net §05.4.1
/// but paravirtualization's at the kernel level in Net §10.4 (see <see cref="ParadigmNicProfile.Isolation"/>).
/// </remarks>
public static class NicCatalog
{
    /// <summary>Gets the three classes of NIC, in the order of <see cref="NicClass"/> (Net §05.4.1).</summary>
    public static IReadOnlyList<NicClassProfile> Classes => NicClassProfile.All;

    /// <summary>Gets every kind of NIC, in the order of <see cref="NicKind"/> (Net §05.1–§05.4).</summary>
    public static IReadOnlyList<NicProfile> Kinds => NicProfile.All;

    /// <summary>Gets each paradigm's NIC, in the order of <see cref="Paradigm"/> (Net §05.4.2, §10.4).</summary>
    public static IReadOnlyList<ParadigmNicProfile> Paradigms => ParadigmNicProfile.All;

    /// <summary>Gets the features of a physical NIC (Net §05.1.1, §05.1.2).</summary>
    public static PhysicalNicFeatures PhysicalNic => PhysicalNicFeatures.Instance;

    /// <summary>Gets the features of a virtual NIC (Net §05.2.1, §05.2.2).</summary>
    public static VirtualNicFeatures VirtualNic => VirtualNicFeatures.Instance;

    /// <summary>The row of the NIC comparison matrix for a class of NIC (Net §05.4.1).</summary>
    /// <param name="nicClass">The class.</param>
    /// <returns>The row.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="nicClass"/> is not defined.</exception>
    public static NicClassProfile Describe(NicClass nicClass) => NicClassProfile.Of(nicClass);

    /// <summary>What the document says about a kind of NIC (Net §05.1–§05.4).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static NicProfile Describe(NicKind kind) => NicProfile.Of(kind);

    /// <summary>A paradigm's NIC: its model, implementation, latency overhead and isolation (Net §05.4.2, §10.4).</summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <returns>The row.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="paradigm"/> is not defined.</exception>
    public static ParadigmNicProfile ForParadigm(Paradigm paradigm) => ParadigmNicProfile.Of(paradigm);
}
