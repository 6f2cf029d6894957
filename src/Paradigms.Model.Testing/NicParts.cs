using System;
using System.Collections.Generic;
using Paradigms.Model.Networking;

namespace Paradigms.Model.Testing;

/// <summary>The values a <see cref="Model.Nic"/> factory takes: its kind, and an SR-IOV function's index and count or a VLAN interface's id.</summary>
/// <param name="Kind">The kind of NIC.</param>
/// <param name="VirtualFunctionIndex">An SR-IOV virtual function's index (0 when null, as <see cref="Nic.SrIov"/> defaults it); ignored for other kinds.</param>
/// <param name="VirtualFunctionCount">How many virtual functions the SR-IOV device has, or null when unknown; ignored for other kinds.</param>
/// <param name="VlanId">A VLAN interface's id, which it needs; ignored for other kinds.</param>
public sealed record NicParts(NicKind Kind, int? VirtualFunctionIndex = null, int? VirtualFunctionCount = null, int? VlanId = null) : ModelParts
{
    /// <summary>The parts of an existing NIC.</summary>
    /// <param name="nic">The NIC.</param>
    /// <returns>The parts, which build an equal NIC.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nic"/> is null.</exception>
    public static NicParts From(Nic nic)
    {
        ArgumentNullException.ThrowIfNull(nic);
        return new(nic.Kind, nic.VirtualFunctionIndex, nic.VirtualFunctionCount, nic.VlanId);
    }

    /// <summary>Builds the NIC with its factory: <see cref="Nic.SrIov"/>, <see cref="Nic.VlanInterface"/>, or <see cref="Nic.Of"/> for the other kinds.</summary>
    /// <returns>The NIC.</returns>
    /// <exception cref="InvalidModelException">PM0004: an SR-IOV index or count, or a VLAN id, is out of range.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined, or a VLAN interface has no id.</exception>
    public Nic Build() => Kind switch
    {
        NicKind.SrIovVirtualFunction => Nic.SrIov(VirtualFunctionIndex ?? 0, VirtualFunctionCount),
        NicKind.VlanInterface when VlanId is { } id => Nic.VlanInterface(id),
        _ => Nic.Of(Kind),
    };

    /// <inheritdoc/>
    public override IReadOnlyList<ModelDiagnostic> Validate() => RuntimeFindings.Of(() => Build());

    /// <inheritdoc/>
    public override string ToCSharp() => Kind switch
    {
        NicKind.SrIovVirtualFunction => (VirtualFunctionIndex, VirtualFunctionCount) switch
        {
            (null or 0, null) => "Nic.SrIov()",
            (var index, null) => $"Nic.SrIov({CSharp.Integer(index ?? 0)})",
            (var index, { } count) => $"Nic.SrIov({CSharp.Integer(index ?? 0)}, {CSharp.Integer(count)})",
        },
        NicKind.VlanInterface when VlanId is { } id => $"Nic.VlanInterface({CSharp.Integer(id)})",
        _ when Enum.IsDefined(Kind) && Kind != NicKind.VlanInterface => $"Nic.{Kind}()",
        _ => $"Nic.Of({CSharp.Enum(Kind)})",
    };

    /// <inheritdoc/>
    internal override IEnumerable<ModelParts> Shrink()
    {
        foreach (var kind in Shrinks.Before(Kind))
        {
            yield return new NicParts(kind);
        }

        if (Kind == NicKind.SrIovVirtualFunction)
        {
            if (VirtualFunctionCount is { } count)
            {
                yield return this with { VirtualFunctionCount = null };
                foreach (var smaller in Shrinks.Toward(count, 1))
                {
                    yield return this with { VirtualFunctionCount = smaller };
                }
            }

            foreach (var index in Shrinks.Toward(VirtualFunctionIndex ?? 0, 0))
            {
                yield return this with { VirtualFunctionIndex = index };
            }
        }

        if (Kind == NicKind.VlanInterface && VlanId is { } vlan)
        {
            foreach (var id in Shrinks.Toward(vlan, ProtocolRanges.VlanIds.Min))
            {
                yield return this with { VlanId = id };
            }
        }
    }
}
