using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Paradigms.Model.Networking;

namespace Paradigms.Model.Testing;

/// <summary>
/// The values a <see cref="Deployment"/> takes, each part as its own parts: they may break any rule, as the
/// raw parts that <see cref="ModelValidator.Validate(Paradigm, Model.Nic, IEnumerable{LogicalChannel}, Model.Networking.NetworkMode?, PhysicalNic, int?, EncapsulationStack, bool?)"/>
/// checks, where a <see cref="Deployment"/> that exists breaks none.
/// </summary>
/// <param name="Paradigm">The paradigm.</param>
/// <param name="Nic">The NIC.</param>
/// <param name="Channels">The logical channels; <c>default</c> is read as none.</param>
/// <param name="NetworkMode">The network mode, or null when not declared.</param>
/// <param name="Uplink">The uplink physical NIC, or null when not declared.</param>
/// <param name="Mtu">The declared MTU in bytes, or null when not declared.</param>
/// <param name="Encapsulation">The encapsulation stack, or null when not declared.</param>
/// <param name="GuestModifiable">Whether the guest OS can be modified, or null when not declared.</param>
public sealed record DeploymentParts(
    Paradigm Paradigm,
    NicParts Nic,
    ImmutableArray<LogicalChannelParts> Channels = default,
    NetworkMode? NetworkMode = null,
    PhysicalNicParts? Uplink = null,
    int? Mtu = null,
    EncapsulationStackParts? Encapsulation = null,
    bool? GuestModifiable = null) : ModelParts
{
    private readonly ImmutableArray<LogicalChannelParts> _channels = Channels.IsDefault ? [] : Channels;

    /// <summary>Gets the logical channels; never <c>default</c>.</summary>
    public ImmutableArray<LogicalChannelParts> Channels
    {
        get => _channels;
        init => _channels = value.IsDefault ? [] : value;
    }

    /// <summary>The parts of an existing deployment.</summary>
    /// <param name="deployment">The deployment.</param>
    /// <returns>The parts, which build an equal deployment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="deployment"/> is null.</exception>
    public static DeploymentParts From(Deployment deployment)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        return new(
            deployment.Paradigm,
            NicParts.From(deployment.Nic),
            [.. deployment.Channels.Select(LogicalChannelParts.From)],
            deployment.NetworkMode,
            deployment.Uplink is { } uplink ? PhysicalNicParts.From(uplink) : null,
            deployment.Mtu,
            deployment.Encapsulation is { } stack ? EncapsulationStackParts.From(stack) : null,
            deployment.GuestModifiable);
    }

    /// <summary>Builds the deployment: each part with its factory or constructor, then the deployment's constructor.</summary>
    /// <returns>The deployment.</returns>
    /// <exception cref="InvalidModelException">A part or the whole breaks an error rule; every error the failing constructor found is listed.</exception>
    /// <exception cref="ArgumentException">A value is bad input rather than a broken rule.</exception>
    public Deployment Build() => new(
        Paradigm,
        BuildNic(),
        BuildChannels(),
        NetworkMode,
        Uplink?.Build(),
        Mtu,
        Encapsulation?.Build(),
        GuestModifiable);

    /// <inheritdoc/>
    /// <remarks>
    /// The parts are built first, in the order of the constructor's parameters: a part that cannot exist
    /// (a VLAN id of 5000, a link that cannot carry its rate) returns the errors its factory or constructor
    /// threw. Otherwise every finding <see cref="ModelValidator"/> returns for the whole, errors and warnings.
    /// </remarks>
    public override IReadOnlyList<ModelDiagnostic> Validate()
    {
        Nic? nic = null;
        LogicalChannel[] channels = [];
        PhysicalNic? uplink = null;
        EncapsulationStack? stack = null;
        var partErrors = RuntimeFindings.Of(() =>
        {
            nic = BuildNic();
            channels = BuildChannels();
            uplink = Uplink?.Build();
            stack = Encapsulation?.Build();
        });
        return partErrors.Count > 0
            ? partErrors
            : ModelValidator.Validate(Paradigm, nic!, channels, NetworkMode, uplink, Mtu, stack, GuestModifiable);
    }

    /// <inheritdoc/>
    public override string ToCSharp()
    {
        var text = new StringBuilder("new Deployment(").Append(CSharp.Enum(Paradigm)).Append(", ").Append(Nic?.ToCSharp() ?? "null");
        if (Channels.Length > 0)
        {
            text.Append(", channels: [").Append(string.Join(", ", Channels.Select(channel => channel?.ToCSharp() ?? "null"))).Append(']');
        }

        if (NetworkMode is { } mode)
        {
            text.Append(", networkMode: ").Append(CSharp.Enum(mode));
        }

        if (Uplink is not null)
        {
            text.Append(", uplink: ").Append(Uplink.ToCSharp());
        }

        if (Mtu is { } mtu)
        {
            text.Append(", mtu: ").Append(CSharp.Integer(mtu));
        }

        if (Encapsulation is not null)
        {
            text.Append(", encapsulation: ").Append(Encapsulation.ToCSharp());
        }

        if (GuestModifiable is { } modifiable)
        {
            text.Append(", guestModifiable: ").Append(CSharp.Boolean(modifiable));
        }

        return text.Append(')').ToString();
    }

    /// <summary>Whether <paramref name="other"/> has the same values, with the channels in the same order.</summary>
    /// <param name="other">The other parts.</param>
    /// <returns>True when they are equal.</returns>
    public bool Equals(DeploymentParts? other) =>
        other is not null
        && Paradigm == other.Paradigm
        && Nic == other.Nic
        && Channels.SequenceEqual(other.Channels)
        && NetworkMode == other.NetworkMode
        && Uplink == other.Uplink
        && Mtu == other.Mtu
        && Encapsulation == other.Encapsulation
        && GuestModifiable == other.GuestModifiable;

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Paradigm);
        hash.Add(Nic);
        foreach (var channel in Channels)
        {
            hash.Add(channel);
        }

        hash.Add(NetworkMode);
        hash.Add(Uplink);
        hash.Add(Mtu);
        hash.Add(Encapsulation);
        hash.Add(GuestModifiable);
        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    internal override IEnumerable<ModelParts> Shrink()
    {
        for (var i = 0; i < Channels.Length; i++)
        {
            yield return this with { Channels = Channels.RemoveAt(i) };
        }

        if (NetworkMode is not null)
        {
            yield return this with { NetworkMode = null };
        }

        if (Uplink is not null)
        {
            yield return this with { Uplink = null };
        }

        if (Mtu is not null)
        {
            yield return this with { Mtu = null };
        }

        if (Encapsulation is not null)
        {
            yield return this with { Encapsulation = null };
        }

        if (GuestModifiable is not null)
        {
            yield return this with { GuestModifiable = null };
        }

        var simplestNic = new NicParts(Enum.GetValues<NicKind>()[0]);
        foreach (var paradigm in Shrinks.Before(Paradigm))
        {
            yield return this with { Paradigm = paradigm };
            if (Nic != simplestNic)
            {
                // The NIC often belongs to the paradigm (a WASI socket to a sandbox): change both at once.
                yield return this with { Paradigm = paradigm, Nic = simplestNic };
            }
        }

        foreach (var nic in Nic?.Shrink() ?? [])
        {
            yield return this with { Nic = (NicParts)nic };
        }

        for (var i = 0; i < Channels.Length; i++)
        {
            foreach (var channel in Channels[i]?.Shrink() ?? [])
            {
                yield return this with { Channels = Channels.SetItem(i, (LogicalChannelParts)channel) };
            }
        }

        foreach (var uplink in Uplink?.Shrink() ?? [])
        {
            yield return this with { Uplink = (PhysicalNicParts)uplink };
        }

        if (Mtu is { } declared)
        {
            foreach (var mtu in Shrinks.Toward(declared, ProtocolRanges.MinimumIpv6Mtu))
            {
                yield return this with { Mtu = mtu };
            }
        }

        foreach (var stack in Encapsulation?.Shrink() ?? [])
        {
            yield return this with { Encapsulation = (EncapsulationStackParts)stack };
        }
    }

    private Nic BuildNic() => Nic is null ? null! : Nic.Build();

    private LogicalChannel[] BuildChannels() => [.. Channels.Select(channel => channel is null ? null! : channel.Build())];
}
