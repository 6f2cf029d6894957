using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Paradigms.Model.Networking;

namespace Paradigms.Model;

/// <summary>
/// A workload deployed under one paradigm with the NIC it attaches and the logical channels it
/// terminates. Building one that breaks an error rule throws <see cref="InvalidModelException"/>
/// with the rule's id, the same id the analyzer reports at compile time.
/// </summary>
/// <remarks>
/// <see cref="Paradigm"/> and <see cref="Nic"/> are fixed by the constructor; <see cref="Channels"/>
/// can be replaced with <c>with</c>, and its <c>init</c> accessor runs the same checks as the
/// constructor, so no path builds an invalid deployment. Warnings (PM0003) do not throw:
/// <see cref="ModelValidator.Validate(Deployment)"/> returns them.
/// </remarks>
public sealed record Deployment
{
    private readonly ImmutableArray<LogicalChannel> _channels = ImmutableArray<LogicalChannel>.Empty;

    /// <summary>Creates a deployment.</summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <param name="nic">The NIC the workload attaches, from a factory such as <see cref="Nic.SrIov"/>.</param>
    /// <param name="channels">The logical channels the workload terminates, or null for none.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="paradigm"/> is not a defined paradigm.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="nic"/> or a channel is null.</exception>
    /// <exception cref="InvalidModelException">The NIC or a channel cannot exist under the paradigm (PM0001, PM0002).</exception>
    public Deployment(Paradigm paradigm, Nic nic, IEnumerable<LogicalChannel>? channels = null)
    {
        if (!Enum.IsDefined(paradigm))
        {
            Preconditions.Fail(nameof(paradigm), (int)paradigm, string.Join(", ", Enum.GetNames<Paradigm>()));
        }

        Paradigm = paradigm;
        Nic = Preconditions.NotNull(nic, nameof(nic));
        ModelValidator.ThrowIfErrors(ModelValidator.Validate(paradigm, nic, null));
        Channels = channels?.ToImmutableArray() ?? ImmutableArray<LogicalChannel>.Empty;
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
            for (var i = 0; i < channels.Length; i++)
            {
                Preconditions.NotNull(channels[i], $"{nameof(Channels)}[{i}]");
            }

            ModelValidator.ThrowIfErrors(ModelValidator.ValidateChannels(Paradigm, channels));
            _channels = channels;
        }
    }

    /// <summary>Whether <paramref name="other"/> has the same paradigm, NIC and channels, in order.</summary>
    /// <param name="other">The other deployment.</param>
    /// <returns>True when they are equal.</returns>
    public bool Equals(Deployment? other) =>
        other is not null && Paradigm == other.Paradigm && Nic == other.Nic && _channels.SequenceEqual(other._channels);

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

        return hash.ToHashCode();
    }
}
