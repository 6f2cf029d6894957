using System;
using System.Collections.Generic;
using System.Linq;
using Paradigms.Model.Facts;

namespace Paradigms.Model.Networking;

/// <summary>
/// The socket permissions of a Wasm module, deny by default: a set of <see cref="SocketGrant"/>s,
/// and an operation is allowed only when some grant allows it. This is the sandbox's WASI
/// permission isolation (Net §09.1.1, §09.3.1: socket permissions, network access control, least
/// privilege) as the WASI sockets proposal (a standard draft) makes it: a module reaches the network
/// only through a capability the host hands it.
/// </summary>
/// <remarks>
/// Immutable: <see cref="Grant"/> returns a new set. <see cref="None"/> allows nothing. Equality
/// compares the grants as a set (order and repeats do not matter).
/// </remarks>
public sealed record SocketCapabilities
{
    private readonly SocketGrant[] _grants;

    private SocketCapabilities(SocketGrant[] grants)
    {
        _grants = grants;
        Grants = Array.AsReadOnly(grants);
    }

    /// <summary>Gets the capabilities that allow nothing: where every module starts.</summary>
    public static SocketCapabilities None { get; } = new([]);

    /// <summary>Gets the grants, in the order they were given, without repeats.</summary>
    public IReadOnlyList<SocketGrant> Grants { get; }

    /// <summary>Gets where the model of grants comes from: the WASI sockets proposal (a standard draft).</summary>
    public static Citation Citation { get; } = Citation.Standard("WASI sockets proposal");

    /// <summary>Gets the sections of the network document that describe the sandbox's socket permissions: Net §09.1.1, §09.2.1, §09.3.1.</summary>
    public static Citation DocumentCitation { get; } = Citation.Net("§09.1.1, §09.2.1, §09.3.1");

    /// <summary>Makes capabilities of some grants.</summary>
    /// <param name="grants">The grants; repeats are kept once.</param>
    /// <returns>The capabilities.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grants"/> or one of its grants is null.</exception>
    public static SocketCapabilities Of(params SocketGrant[] grants) => Of((IEnumerable<SocketGrant>)grants);

    /// <summary>Makes capabilities of some grants.</summary>
    /// <param name="grants">The grants; repeats are kept once.</param>
    /// <returns>The capabilities.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grants"/> or one of its grants is null.</exception>
    public static SocketCapabilities Of(IEnumerable<SocketGrant> grants)
    {
        Preconditions.NotNull(grants, nameof(grants));
        var list = new List<SocketGrant>();
        foreach (var grant in grants)
        {
            if (grant is null)
            {
                throw new ArgumentNullException(nameof(grants), "grants held a null grant; allowed: grants made by SocketGrant's factories.");
            }

            if (!list.Contains(grant))
            {
                list.Add(grant);
            }
        }

        return list.Count == 0 ? None : new(list.ToArray());
    }

    /// <summary>Adds a grant.</summary>
    /// <param name="grant">The grant.</param>
    /// <returns>Capabilities with the grant added; these capabilities when they already hold it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="grant"/> is null.</exception>
    public SocketCapabilities Grant(SocketGrant grant)
    {
        Preconditions.NotNull(grant, nameof(grant));
        return _grants.Contains(grant) ? this : new([.. _grants, grant]);
    }

    /// <summary>Whether some grant allows a TCP or UDP operation on an address and port; see <see cref="SocketGrant.Allows"/>.</summary>
    /// <param name="kind"><see cref="SocketKind.Tcp"/> or <see cref="SocketKind.Udp"/>.</param>
    /// <param name="operation">The operation.</param>
    /// <param name="address">An IPv4 address, an IPv6 address or a DNS host name.</param>
    /// <param name="port">The port, 1–65535.</param>
    /// <returns>True when some grant allows it; false otherwise, and always false for <see cref="None"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An enum is not defined, <paramref name="kind"/> is <see cref="SocketKind.Unix"/>, or <paramref name="port"/> is out of range.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="address"/> is not an address or host name.</exception>
    public bool Allows(SocketKind kind, SocketOperation operation, string address, int port)
    {
        var canonical = SocketGrant.CheckQuery(kind, operation, address, port);
        return _grants.Any(g => g.Matches(kind, operation, canonical, port));
    }

    /// <summary>Whether some grant allows an operation on a Unix socket path; see <see cref="SocketGrant.AllowsUnix"/>.</summary>
    /// <param name="operation">The operation.</param>
    /// <param name="path">The socket's path; not blank.</param>
    /// <returns>True when some grant allows it; false otherwise, and always false for <see cref="None"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="operation"/> is not defined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    public bool AllowsUnix(SocketOperation operation, string path)
    {
        SocketGrant.CheckUnixQuery(operation, path);
        return _grants.Any(g => g.MatchesUnix(operation, path));
    }

    /// <summary>Whether <paramref name="other"/> holds the same grants, in any order.</summary>
    /// <param name="other">The other capabilities.</param>
    /// <returns>True when both hold the same set of grants.</returns>
    public bool Equals(SocketCapabilities? other) =>
        other is not null && _grants.Length == other._grants.Length && _grants.All(other._grants.Contains);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = 0;
        foreach (var grant in _grants)
        {
            hash ^= grant.GetHashCode();
        }

        return hash;
    }
}
