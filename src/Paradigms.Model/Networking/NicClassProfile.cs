using System;
using System.Collections.Generic;
using Paradigms.Model.Facts;

namespace Paradigms.Model.Networking;

/// <summary>
/// One row of the NIC comparison matrix (网卡模型对比矩阵, Net §05.4.1): how a class of NIC is
/// implemented, at what level it abstracts the network, how fast it is and how strongly it
/// isolates; with the class's definition (Net §05.1.1, §05.2.1, §05.3.1) and its kinds.
/// </summary>
/// <remarks>Immutable; one instance per <see cref="NicClass"/>, from <see cref="NicCatalog.Describe(NicClass)"/>.</remarks>
public sealed record NicClassProfile
{
    private static readonly NicClassProfile[] Profiles =
    [
        new(
            NicClass.Physical,
            "A hardware device installed on the motherboard or in an expansion slot that connects the computer to the physical network and sends and receives its data.",
            "hardware implementation",
            [AbstractionLevel.Physical],
            "physical layer",
            RelativeLevel.Highest,
            [IsolationStrength.Physical],
            "physical isolation",
            [NicKind.Physical],
            Citation.Net("§05.1.1, §05.4.1")),
        new(
            NicClass.Virtual,
            "A NIC simulated in software that gives a virtual machine its network connection, mapped onto a physical NIC or a virtual switch.",
            "software virtualization",
            [AbstractionLevel.Hardware],
            "hardware-level abstraction",
            RelativeLevel.Medium,
            [IsolationStrength.Hardware],
            "hardware-level isolation",
            [NicKind.VirtioNet, NicKind.E1000, NicKind.SrIovVirtualFunction, NicKind.XenPvNet],
            Citation.Net("§05.2.1, §05.2.2, §05.4.1, §05.4.2")),
        new(
            NicClass.Logical,
            "An abstract network interface created on a physical or virtual NIC, for network isolation and logical network division.",
            "software abstraction",
            [AbstractionLevel.Process, AbstractionLevel.Application],
            "process/application-level abstraction",
            RelativeLevel.FairlyHigh,
            [IsolationStrength.Process, IsolationStrength.Application],
            "process/application-level isolation",
            [NicKind.Veth, NicKind.VlanInterface, NicKind.BridgeInterface, NicKind.TunnelInterface, NicKind.WasiSocket],
            Citation.Net("§05.3.1, §05.3.2, §05.4.1")),
    ];

    private NicClassProfile(
        NicClass nicClass,
        string definition,
        string implementation,
        AbstractionLevel[] abstractionLevels,
        string abstractionText,
        RelativeLevel performance,
        IsolationStrength[] isolation,
        string isolationText,
        NicKind[] kinds,
        Citation citation)
    {
        Class = nicClass;
        Definition = definition;
        Implementation = implementation;
        AbstractionLevels = Array.AsReadOnly(abstractionLevels);
        AbstractionText = abstractionText;
        Performance = performance;
        Isolation = Array.AsReadOnly(isolation);
        IsolationText = isolationText;
        Kinds = Array.AsReadOnly(kinds);
        Citation = citation;
    }

    /// <summary>Gets the class of NIC.</summary>
    public NicClass Class { get; }

    /// <summary>Gets the class's definition, translated from its 定义 (Net §05.1.1, §05.2.1, §05.3.1).</summary>
    public string Definition { get; }

    /// <summary>Gets how the class is implemented (实现方式): hardware implementation, software virtualization or software abstraction (Net §05.4.1).</summary>
    public string Implementation { get; }

    /// <summary>
    /// Gets the levels at which the class abstracts the network (抽象层级, Net §05.4.1): one level, or
    /// two for logical NICs, which the matrix gives as 进程/应用级抽象 (process- or application-level).
    /// </summary>
    /// <remarks>
    /// The matrix's class-wide answer; Net §05.3.2 puts two logical NICs, the VLAN and bridge
    /// interfaces, at the data-link layer instead (see <see cref="NicProfile.AbstractionLevel"/>).
    /// </remarks>
    public IReadOnlyList<AbstractionLevel> AbstractionLevels { get; }

    /// <summary>Gets the matrix's words for the abstraction level, translated (Net §05.4.1).</summary>
    public string AbstractionText { get; }

    /// <summary>Gets the class's performance against the other two classes (性能): highest, medium, fairly high (Net §05.4.1).</summary>
    public RelativeLevel Performance { get; }

    /// <summary>
    /// Gets how strongly the class isolates (隔离强度, Net §05.4.1): one strength, or two for logical
    /// NICs (进程/应用级隔离, process- or application-level).
    /// </summary>
    /// <remarks>
    /// Class-wide: the matrix gives virtual NICs hardware-level isolation, while Net §10.4 gives
    /// paravirtualization's VirtIO NIC kernel-level isolation (see <see cref="ParadigmNicProfile.Isolation"/>).
    /// </remarks>
    public IReadOnlyList<IsolationStrength> Isolation { get; }

    /// <summary>Gets the matrix's words for the isolation strength, translated (Net §05.4.1).</summary>
    public string IsolationText { get; }

    /// <summary>
    /// Gets the kinds of NIC in the class: those Net §05.1, §05.2 and §05.3 describe, in the
    /// document's order, and Xen PV Net, which only Net §05.4.2 names, last among the virtual NICs.
    /// </summary>
    public IReadOnlyList<NicKind> Kinds { get; }

    /// <summary>Gets where the row comes from.</summary>
    public Citation Citation { get; }

    /// <summary>Gets the three classes, in the order of <see cref="NicClass"/>.</summary>
    internal static IReadOnlyList<NicClassProfile> All { get; } = Array.AsReadOnly(Profiles);

    /// <summary>The row of a class.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nicClass"/> is not defined.</exception>
    internal static NicClassProfile Of(NicClass nicClass) => Profiles[(int)Preconditions.Defined(nicClass, nameof(nicClass)) - 1];
}
