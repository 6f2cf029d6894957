using System;
using System.Collections.Generic;
using Paradigms.Model.Networking;

namespace Paradigms.Model.Testing;

/// <summary>The values a <see cref="LogicalChannel"/> factory takes: its kind and, for a VLAN or a VXLAN channel, its identifier.</summary>
/// <param name="Kind">The kind of channel.</param>
/// <param name="Identifier">A VLAN's id or a VXLAN channel's VNI, which they need; ignored for other kinds.</param>
public sealed record LogicalChannelParts(LogicalChannelKind Kind, int? Identifier = null) : ModelParts
{
    /// <summary>The parts of an existing channel.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>The parts, which build an equal channel.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="channel"/> is null.</exception>
    public static LogicalChannelParts From(LogicalChannel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return new(channel.Kind, channel.Identifier);
    }

    /// <summary>Builds the channel with its factory: <see cref="LogicalChannel.Vlan"/>, <see cref="LogicalChannel.Vxlan"/>, or <see cref="LogicalChannel.Of"/> for the other kinds.</summary>
    /// <returns>The channel.</returns>
    /// <exception cref="InvalidModelException">PM0004: a VLAN id or a VNI is out of range.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined, or a VLAN or VXLAN channel has no identifier.</exception>
    public LogicalChannel Build() => (Kind, Identifier) switch
    {
        (LogicalChannelKind.Vlan, { } id) => LogicalChannel.Vlan(id),
        (LogicalChannelKind.Vxlan, { } vni) => LogicalChannel.Vxlan(vni),
        _ => LogicalChannel.Of(Kind),
    };

    /// <inheritdoc/>
    public override IReadOnlyList<ModelDiagnostic> Validate() => RuntimeFindings.Of(() => Build());

    /// <inheritdoc/>
    public override string ToCSharp() => (Kind, Identifier) switch
    {
        (LogicalChannelKind.Vlan or LogicalChannelKind.Vxlan, { } id) => $"LogicalChannel.{Kind}({CSharp.Integer(id)})",
        (LogicalChannelKind.Vlan or LogicalChannelKind.Vxlan, null) => $"LogicalChannel.Of({CSharp.Enum(Kind)})",
        _ when Enum.IsDefined(Kind) => $"LogicalChannel.{Kind}()",
        _ => $"LogicalChannel.Of({CSharp.Enum(Kind)})",
    };

    /// <inheritdoc/>
    internal override IEnumerable<ModelParts> Shrink()
    {
        foreach (var kind in Shrinks.Before(Kind))
        {
            yield return new LogicalChannelParts(kind, kind switch
            {
                LogicalChannelKind.Vlan => ProtocolRanges.VlanIds.Min,
                LogicalChannelKind.Vxlan => ProtocolRanges.VxlanNetworkIdentifiers.Min,
                _ => null,
            });
        }

        var target = Kind switch
        {
            LogicalChannelKind.Vlan => ProtocolRanges.VlanIds.Min,
            LogicalChannelKind.Vxlan => ProtocolRanges.VxlanNetworkIdentifiers.Min,
            _ => (int?)null,
        };
        if (target is { } simplest && Identifier is { } identifier)
        {
            foreach (var id in Shrinks.Toward(identifier, simplest))
            {
                yield return this with { Identifier = id };
            }
        }
    }
}
