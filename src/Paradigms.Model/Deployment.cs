using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Paradigms.Model.Networking;

namespace Paradigms.Model;

/// <summary>
/// A workload deployed under one paradigm: the NIC it attaches and, optionally, the logical
/// channels it terminates, its network mode, the physical NIC it goes out on, the MTU it
/// declares over an encapsulation stack, and whether its guest OS can be modified. Building one
/// that breaks an error rule throws <see cref="InvalidModelException"/> with the rule's id, the
/// same id the analyzer reports at compile time.
/// </summary>
/// <remarks>
/// <see cref="Paradigm"/> and <see cref="Nic"/> are fixed by the constructor. Every other
/// property can be replaced with <c>with</c>; its <c>init</c> accessor checks the new value
/// against the paradigm with the same rule functions the constructor runs, so no path builds an
/// invalid deployment. Warnings (PM0003, some of PM0005, PM0006 and PM0008) do not throw:
/// <see cref="ModelValidator.Validate(Deployment)"/> returns them.
/// </remarks>
public sealed record Deployment
{
    private readonly ImmutableArray<LogicalChannel> _channels = ImmutableArray<LogicalChannel>.Empty;
    private readonly NetworkMode? _networkMode;
    private readonly int? _mtu;
    private readonly bool? _guestModifiable;

    /// <summary>Creates a deployment.</summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <param name="nic">The NIC the workload attaches, from a factory such as <see cref="Nic.SrIov"/>.</param>
    /// <param name="channels">The logical channels the workload terminates, or null for none.</param>
    /// <param name="networkMode">How the workload's network is connected (Net §07.1.1, §08.1.1, §09.1.1), or null when not declared.</param>
    /// <param name="uplink">The physical NIC the traffic leaves the host on, or null when not declared.</param>
    /// <param name="mtu">The MTU the workload's interface declares, in bytes, or null when not declared.</param>
    /// <param name="encapsulation">The encapsulations between the workload and the underlay, or null when not declared.</param>
    /// <param name="guestModifiable">Whether the guest OS can be modified (kernel patches, paravirtual drivers), or null when not declared.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="paradigm"/> or <paramref name="networkMode"/> is not defined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="nic"/> or a channel is null.</exception>
    /// <exception cref="InvalidModelException">The model breaks an error rule (PM0001, PM0002, PM0007, PM0008, PM0009); every broken rule is listed.</exception>
    public Deployment(
        Paradigm paradigm,
        Nic nic,
        IEnumerable<LogicalChannel>? channels = null,
        NetworkMode? networkMode = null,
        PhysicalNic? uplink = null,
        int? mtu = null,
        EncapsulationStack? encapsulation = null,
        bool? guestModifiable = null)
    {
        var channelArray = channels?.ToImmutableArray() ?? ImmutableArray<LogicalChannel>.Empty;
        ModelValidator.ThrowIfErrors(ModelValidator.Validate(paradigm, nic, channelArray, networkMode, uplink, mtu, encapsulation, guestModifiable));
        Paradigm = paradigm;
        Nic = nic;
        _channels = channelArray;
        _networkMode = networkMode;
        Uplink = uplink;
        _mtu = mtu;
        Encapsulation = encapsulation;
        _guestModifiable = guestModifiable;
    }

    /// <summary>Gets the paradigm.</summary>
    public Paradigm Paradigm { get; }

    /// <summary>Gets the NIC the workload attaches.</summary>
    public Nic Nic { get; }

    /// <summary>Gets the logical channels the workload terminates; each is checked against the paradigm when set.</summary>
    /// <exception cref="InvalidModelException">A channel cannot be terminated under the paradigm (PM0002).</exception>
    public ImmutableArray<LogicalChannel> Channels
    {
        get => _channels;
        init
        {
            var channels = value.IsDefault ? ImmutableArray<LogicalChannel>.Empty : value;
            ModelValidator.ThrowIfErrors(ModelValidator.ValidateChannels(Paradigm, channels));
            _channels = channels;
        }
    }

    /// <summary>Gets how the workload's network is connected, or null when not declared; checked against the paradigm when set.</summary>
    /// <exception cref="InvalidModelException">The paradigm cannot use the mode (PM0009).</exception>
    public NetworkMode? NetworkMode
    {
        get => _networkMode;
        init
        {
            ModelValidator.ThrowIfErrors(ModelValidator.ValidateNetworkMode(Paradigm, value));
            _networkMode = value;
        }
    }

    /// <summary>Gets the physical NIC the traffic leaves the host on, or null when not declared. A <see cref="PhysicalNic"/> that exists has no errors.</summary>
    public PhysicalNic? Uplink { get; init; }

    /// <summary>Gets the MTU the workload's interface declares, in bytes, or null when not declared; checked when set.</summary>
    /// <exception cref="InvalidModelException">The MTU is below the 68 bytes IPv4 needs (PM0008).</exception>
    public int? Mtu
    {
        get => _mtu;
        init
        {
            ModelValidator.ThrowIfErrors(ModelValidator.ValidateMtu(value, null));
            _mtu = value;
        }
    }

    /// <summary>Gets the encapsulations between the workload and the underlay, or null when not declared. An <see cref="EncapsulationStack"/> that exists has no errors; whether <see cref="Mtu"/> fits it is a warning (PM0008).</summary>
    public EncapsulationStack? Encapsulation { get; init; }

    /// <summary>Gets whether the guest OS can be modified, or null when not declared; checked against the paradigm when set.</summary>
    /// <exception cref="InvalidModelException">Paravirtualization of a guest that cannot be modified (PM0007).</exception>
    public bool? GuestModifiable
    {
        get => _guestModifiable;
        init
        {
            ModelValidator.ThrowIfErrors(ModelValidator.ValidateGuest(Paradigm, value));
            _guestModifiable = value;
        }
    }

    /// <summary>Whether <paramref name="other"/> has the same values, with the channels in the same order.</summary>
    /// <param name="other">The other deployment.</param>
    /// <returns>True when they are equal.</returns>
    public bool Equals(Deployment? other) =>
        other is not null
        && Paradigm == other.Paradigm
        && Nic == other.Nic
        && _channels.SequenceEqual(other._channels)
        && _networkMode == other._networkMode
        && Uplink == other.Uplink
        && _mtu == other._mtu
        && Encapsulation == other.Encapsulation
        && _guestModifiable == other._guestModifiable;

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Paradigm);
        hash.Add(Nic);
        foreach (var channel in _channels)
        {
            hash.Add(channel);
        }

        hash.Add(_networkMode);
        hash.Add(Uplink);
        hash.Add(_mtu);
        hash.Add(Encapsulation);
        hash.Add(_guestModifiable);
        return hash.ToHashCode();
    }
}
