using System.Collections.Generic;
using Paradigms.Model.Networking;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Json;

/// <summary>The logical channels of a deployment: <c>[ { "kind": "Vlan", "id": 100 }, { "kind": "Cni" } ]</c>.</summary>
internal sealed partial class ModelBinder
{
    private static readonly string[] ChannelProperties = [JsonNames.Kind, JsonNames.Id];

    /// <summary>Reads the channels of a deployment; absent is none.</summary>
    /// <returns>The channels, or null when one has an error.</returns>
    private List<LogicalChannel>? Channels(LocatedJson? value, Paradigm? paradigm)
    {
        var channels = new List<LogicalChannel>();
        if (value is null)
        {
            return channels;
        }

        if (Array(value, JsonNames.Channels, "an array of channel objects, such as [ { \"kind\": \"Vlan\", \"id\": 100 } ]") is not { } items)
        {
            return null;
        }

        var complete = true;
        for (var i = 0; i < items.Count; i++)
        {
            if (Channel(items[i], Item(JsonNames.Channels, i), paradigm) is { } channel)
            {
                channels.Add(channel);
            }
            else
            {
                complete = false;
            }
        }

        return complete ? channels : null;
    }

    /// <summary>Reads a channel and checks it, and its kind under <paramref name="paradigm"/> when that is known (PM0002, PM0004).</summary>
    /// <param name="value">The channel's value.</param>
    /// <param name="property">What holds it, for messages, or null for the whole input.</param>
    /// <param name="paradigm">The deployment's paradigm, or null when unknown or none.</param>
    /// <returns>The channel, or null when it has an error.</returns>
    public LogicalChannel? Channel(LocatedJson? value, string? property, Paradigm? paradigm)
    {
        if (Object(value, property, "the channel", ChannelProperties) is not { } channel)
        {
            return null;
        }

        var kindValue = channel.Require(JsonNames.Kind, "one of " + string.Join(", ", System.Enum.GetNames<LogicalChannelKind>()));
        if (Enum<LogicalChannelKind>(kindValue, JsonNames.Kind) is not { } kind)
        {
            return null;
        }

        var errors = _bag.ErrorCount;
        if (paradigm is { } p)
        {
            _bag.Rule(RuleTable.CheckChannel(p, kind), kindValue!);
        }

        if (kind is not (LogicalChannelKind.Vlan or LogicalChannelKind.Vxlan))
        {
            return channel.Forbid(JsonNames.Id, "a channel of kind " + kind, "only on a channel of kind Vlan (its VLAN id) or Vxlan (its VNI)") && _bag.ErrorCount == errors
                ? LogicalChannel.Of(kind)
                : null;
        }

        var idValue = channel.Require(JsonNames.Id, kind == LogicalChannelKind.Vlan ? "the VLAN id, an integer" : "the VNI, an integer");
        if (Integer(idValue, JsonNames.Id, kind == LogicalChannelKind.Vlan ? "an integer VLAN id" : "an integer VXLAN network identifier") is not { } id)
        {
            return null;
        }

        _bag.Rule(kind == LogicalChannelKind.Vlan ? RuleTable.CheckVlanId(id) : RuleTable.CheckVxlanNetworkIdentifier(id), idValue!);
        if (_bag.ErrorCount != errors)
        {
            return null;
        }

        return kind == LogicalChannelKind.Vlan ? LogicalChannel.Vlan((int)id) : LogicalChannel.Vxlan((int)id);
    }
}
