using System;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Networking;

/// <summary>
/// A logical channel the deployment's workload terminates, such as a VLAN or a VXLAN overlay
/// (Net §04.2.1). Built with one factory per kind; identifiers are checked by the factory.
/// </summary>
public sealed record LogicalChannel
{
    private LogicalChannel(LogicalChannelKind kind, int? identifier = null)
    {
        Kind = kind;
        Identifier = identifier;
    }

    /// <summary>Gets the kind of channel.</summary>
    public LogicalChannelKind Kind { get; }

    /// <summary>Gets the VLAN id of a VLAN or the VNI of a VXLAN channel; null for other kinds.</summary>
    public int? Identifier { get; }

    /// <summary>An 802.1Q VLAN (Net §04.2.1).</summary>
    /// <param name="vlanId">The VLAN id, 1–4094.</param>
    /// <returns>The channel.</returns>
    /// <exception cref="InvalidModelException">PM0004: the id is outside 1–4094.</exception>
    public static LogicalChannel Vlan(int vlanId)
    {
        ModelValidator.ThrowIfError(RuleTable.CheckVlanId(vlanId), nameof(vlanId));
        return new(LogicalChannelKind.Vlan, vlanId);
    }

    /// <summary>A VXLAN overlay: a logical layer-2 channel over IP (Net §04.2.1).</summary>
    /// <param name="vni">The VXLAN network identifier, 0–16,777,215.</param>
    /// <returns>The channel.</returns>
    /// <exception cref="InvalidModelException">PM0004: the VNI does not fit in 24 bits.</exception>
    public static LogicalChannel Vxlan(int vni)
    {
        ModelValidator.ThrowIfError(RuleTable.CheckVxlanNetworkIdentifier(vni), nameof(vni));
        return new(LogicalChannelKind.Vxlan, vni);
    }

    /// <summary>A GRE tunnel: a logical layer-3 channel (Net §04.2.1).</summary>
    /// <returns>The channel.</returns>
    public static LogicalChannel Gre() => new(LogicalChannelKind.Gre);

    /// <summary>A Geneve overlay (Net §04.2.1).</summary>
    /// <returns>The channel.</returns>
    public static LogicalChannel Geneve() => new(LogicalChannelKind.Geneve);

    /// <summary>A VPN: IPsec, SSL VPN or GRE over a public network (Net §04.2.1).</summary>
    /// <returns>The channel.</returns>
    public static LogicalChannel Vpn() => new(LogicalChannelKind.Vpn);

    /// <summary>A CNI channel: Flannel, Calico or Weave (Net §04.2.1, §08.1.1).</summary>
    /// <returns>The channel.</returns>
    public static LogicalChannel Cni() => new(LogicalChannelKind.Cni);

    /// <summary>A service-mesh channel such as Istio's mTLS (Net §04.2.2).</summary>
    /// <returns>The channel.</returns>
    public static LogicalChannel ServiceMesh() => new(LogicalChannelKind.ServiceMesh);

    /// <summary>An ingress or egress channel (Net §04.2.1).</summary>
    /// <returns>The channel.</returns>
    public static LogicalChannel IngressEgress() => new(LogicalChannelKind.IngressEgress);

    /// <summary>A network namespace: an independent network stack (Net §04.2.2).</summary>
    /// <returns>The channel.</returns>
    public static LogicalChannel NetworkNamespace() => new(LogicalChannelKind.NetworkNamespace);

    /// <summary>A WASI socket channel: the sandbox's capability-based sockets (Net §04.2.2).</summary>
    /// <returns>The channel.</returns>
    public static LogicalChannel WasiSocket() => new(LogicalChannelKind.WasiSocket);

    /// <summary>Creates a channel of a kind that needs no identifier, for models read from files.</summary>
    /// <param name="kind">The kind; not <see cref="LogicalChannelKind.Vlan"/> or <see cref="LogicalChannelKind.Vxlan"/>, which need an identifier.</param>
    /// <returns>The channel.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined or needs an identifier.</exception>
    public static LogicalChannel Of(LogicalChannelKind kind) => kind switch
    {
        LogicalChannelKind.Vlan or LogicalChannelKind.Vxlan => throw new ArgumentOutOfRangeException(nameof(kind), kind, $"kind was {kind}; allowed: a kind without an identifier (use LogicalChannel.{kind}(…))."),
        _ when Enum.IsDefined(kind) => new(kind),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, $"kind was {(int)kind}; allowed: {string.Join(", ", Enum.GetNames<LogicalChannelKind>())}."),
    };
}
