using System;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

using Paradigms.Model.Rules;

namespace Paradigms.Model.Networking;

/// <summary>
/// One permission a Wasm module holds: a socket kind, an operation (bind or connect), and where: an
/// address (or any address) with a port range for TCP and UDP, a path for a Unix socket. It allows
/// exactly what it names and nothing else. Combine grants in <see cref="SocketCapabilities"/>.
/// </summary>
/// <remarks>
/// <para>
/// Addresses are an IPv4 address in dotted-decimal form, an IPv6 address, or a DNS host name; they
/// are stored in a canonical form (IPv6 compressed, host names in lower case), so <c>"::0:1"</c>
/// and <c>"::1"</c> name the same address and <c>"Example.COM"</c> and <c>"example.com"</c> the
/// same host; an IPv4-mapped IPv6 address (<c>::ffff:10.0.0.5</c>) is an IPv6 address. There are no wildcards beyond <see cref="ForAnyAddress(SocketKind, SocketOperation, int, int)"/>:
/// <c>"0.0.0.0"</c> is one address like any other.
/// </para>
/// <para>
/// Ports run 1–65535: 0 asks the system for any free port when binding (WASI sockets proposal) and is
/// not a port a grant can name. Unix sockets are named by a path and have no port.
/// </para>
/// <para>Immutable. Equality compares every property. Cited with <see cref="SocketCapabilities.Citation"/>.</para>
/// </remarks>
public sealed record SocketGrant
{
    private const int MinimumPort = ProtocolLimits.MinimumPort;
    private const int MaximumPort = ProtocolLimits.MaximumPort;
    private static readonly string PortRange = string.Create(CultureInfo.InvariantCulture, $"{MinimumPort}–{MaximumPort}");

    private SocketGrant(SocketKind kind, SocketOperation operation, string? address, int? firstPort, int? lastPort, string? path)
    {
        Kind = kind;
        Operation = operation;
        Address = address;
        FirstPort = firstPort;
        LastPort = lastPort;
        Path = path;
    }

    /// <summary>Gets the kind of socket the grant is for.</summary>
    public SocketKind Kind { get; }

    /// <summary>Gets the operation the grant allows.</summary>
    public SocketOperation Operation { get; }

    /// <summary>Gets the address or host name in canonical form; null when the grant is for any address, and for a Unix socket.</summary>
    public string? Address { get; }

    /// <summary>Gets the first port of the range, 1–65535; null for a Unix socket.</summary>
    public int? FirstPort { get; }

    /// <summary>Gets the last port of the range, from <see cref="FirstPort"/> to 65535; null for a Unix socket.</summary>
    public int? LastPort { get; }

    /// <summary>Gets the Unix socket's path; null for TCP and UDP.</summary>
    public string? Path { get; }

    /// <summary>Gets whether the grant is for any address (TCP and UDP only).</summary>
    public bool IsAnyAddress => Kind != SocketKind.Unix && Address is null;

    /// <summary>Allows a TCP or UDP operation on one address and a range of ports.</summary>
    /// <param name="kind"><see cref="SocketKind.Tcp"/> or <see cref="SocketKind.Udp"/>.</param>
    /// <param name="operation">The operation.</param>
    /// <param name="address">An IPv4 address (<c>10.0.0.5</c>), an IPv6 address (<c>::1</c>) or a DNS host name (<c>api.example.com</c>).</param>
    /// <param name="firstPort">The first port, 1–65535.</param>
    /// <param name="lastPort">The last port, <paramref name="firstPort"/>–65535.</param>
    /// <returns>The grant.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An enum is not defined, <paramref name="kind"/> is <see cref="SocketKind.Unix"/>, or a port is out of range.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="address"/> is not an address or host name.</exception>
    public static SocketGrant ForAddress(SocketKind kind, SocketOperation operation, string address, int firstPort, int lastPort)
    {
        CheckIpKind(kind, nameof(kind));
        Preconditions.Defined(operation, nameof(operation));
        var canonical = CanonicalAddress(address, nameof(address));
        CheckPorts(firstPort, lastPort);
        return new(kind, operation, canonical, firstPort, lastPort, null);
    }

    /// <summary>Allows a TCP or UDP operation on one address and one port.</summary>
    /// <param name="kind"><see cref="SocketKind.Tcp"/> or <see cref="SocketKind.Udp"/>.</param>
    /// <param name="operation">The operation.</param>
    /// <param name="address">An IPv4 address, an IPv6 address or a DNS host name.</param>
    /// <param name="port">The port, 1–65535.</param>
    /// <returns>The grant.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An enum is not defined, <paramref name="kind"/> is <see cref="SocketKind.Unix"/>, or <paramref name="port"/> is out of range.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="address"/> is not an address or host name.</exception>
    public static SocketGrant ForAddress(SocketKind kind, SocketOperation operation, string address, int port)
    {
        CheckIpKind(kind, nameof(kind));
        Preconditions.Defined(operation, nameof(operation));
        var canonical = CanonicalAddress(address, nameof(address));
        CheckPort(port, nameof(port));
        return new(kind, operation, canonical, port, port, null);
    }

    /// <summary>Allows a TCP or UDP operation on any address and a range of ports.</summary>
    /// <param name="kind"><see cref="SocketKind.Tcp"/> or <see cref="SocketKind.Udp"/>.</param>
    /// <param name="operation">The operation.</param>
    /// <param name="firstPort">The first port, 1–65535.</param>
    /// <param name="lastPort">The last port, <paramref name="firstPort"/>–65535.</param>
    /// <returns>The grant.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An enum is not defined, <paramref name="kind"/> is <see cref="SocketKind.Unix"/>, or a port is out of range.</exception>
    public static SocketGrant ForAnyAddress(SocketKind kind, SocketOperation operation, int firstPort, int lastPort)
    {
        CheckIpKind(kind, nameof(kind));
        Preconditions.Defined(operation, nameof(operation));
        CheckPorts(firstPort, lastPort);
        return new(kind, operation, null, firstPort, lastPort, null);
    }

    /// <summary>Allows a TCP or UDP operation on any address and one port.</summary>
    /// <param name="kind"><see cref="SocketKind.Tcp"/> or <see cref="SocketKind.Udp"/>.</param>
    /// <param name="operation">The operation.</param>
    /// <param name="port">The port, 1–65535.</param>
    /// <returns>The grant.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An enum is not defined, <paramref name="kind"/> is <see cref="SocketKind.Unix"/>, or <paramref name="port"/> is out of range.</exception>
    public static SocketGrant ForAnyAddress(SocketKind kind, SocketOperation operation, int port)
    {
        CheckIpKind(kind, nameof(kind));
        Preconditions.Defined(operation, nameof(operation));
        CheckPort(port, nameof(port));
        return new(kind, operation, null, port, port, null);
    }

    /// <summary>Allows an operation on one Unix socket, named by its path (the document's Unix Socket, Net §05.3.2, §09.1.1).</summary>
    /// <param name="operation">The operation.</param>
    /// <param name="path">The socket's path, compared exactly; not blank.</param>
    /// <returns>The grant.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="operation"/> is not defined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    public static SocketGrant ForUnixPath(SocketOperation operation, string path)
    {
        Preconditions.Defined(operation, nameof(operation));
        return new(SocketKind.Unix, operation, null, null, null, Preconditions.NotBlank(path, nameof(path)));
    }

    /// <summary>Whether the grant allows a TCP or UDP operation on an address and port.</summary>
    /// <param name="kind"><see cref="SocketKind.Tcp"/> or <see cref="SocketKind.Udp"/>.</param>
    /// <param name="operation">The operation.</param>
    /// <param name="address">An IPv4 address, an IPv6 address or a DNS host name.</param>
    /// <param name="port">The port, 1–65535.</param>
    /// <returns>True when kind and operation are the grant's, the address is the grant's (or the grant is for any address), and the port is in its range.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An enum is not defined, <paramref name="kind"/> is <see cref="SocketKind.Unix"/>, or <paramref name="port"/> is out of range.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="address"/> is not an address or host name.</exception>
    public bool Allows(SocketKind kind, SocketOperation operation, string address, int port)
    {
        var canonical = CheckQuery(kind, operation, address, port);
        return Matches(kind, operation, canonical, port);
    }

    /// <summary>Whether the grant allows an operation on a Unix socket path.</summary>
    /// <param name="operation">The operation.</param>
    /// <param name="path">The socket's path; not blank.</param>
    /// <returns>True when the grant is for a Unix socket, the operation and the path (compared exactly) are the grant's.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="operation"/> is not defined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    public bool AllowsUnix(SocketOperation operation, string path)
    {
        CheckUnixQuery(operation, path);
        return MatchesUnix(operation, path);
    }

    internal bool Matches(SocketKind kind, SocketOperation operation, string canonicalAddress, int port) =>
        Kind == kind
        && Operation == operation
        && (Address is null || string.Equals(Address, canonicalAddress, StringComparison.Ordinal))
        && port >= FirstPort && port <= LastPort;

    internal bool MatchesUnix(SocketOperation operation, string path) =>
        Kind == SocketKind.Unix && Operation == operation && string.Equals(Path, path, StringComparison.Ordinal);

    internal static string CheckQuery(SocketKind kind, SocketOperation operation, string address, int port)
    {
        CheckIpKind(kind, nameof(kind));
        Preconditions.Defined(operation, nameof(operation));
        var canonical = CanonicalAddress(address, nameof(address));
        CheckPort(port, nameof(port));
        return canonical;
    }

    internal static void CheckUnixQuery(SocketOperation operation, string path)
    {
        Preconditions.Defined(operation, nameof(operation));
        Preconditions.NotBlank(path, nameof(path));
    }

    private static void CheckIpKind(SocketKind kind, string paramName)
    {
        if (kind is not (SocketKind.Tcp or SocketKind.Udp))
        {
            Preconditions.Fail(paramName, kind == SocketKind.Unix ? kind : (int)kind, "Tcp, Udp (a Unix socket is named by a path: use ForUnixPath or AllowsUnix)");
        }
    }

    private static void CheckPort(int port, string paramName)
    {
        if (port is < MinimumPort or > MaximumPort)
        {
            Preconditions.Fail(paramName, port, PortRange);
        }
    }

    private static void CheckPorts(int firstPort, int lastPort)
    {
        CheckPort(firstPort, nameof(firstPort));
        if (lastPort < firstPort || lastPort > MaximumPort)
        {
            Preconditions.Fail(nameof(lastPort), lastPort, string.Create(CultureInfo.InvariantCulture, $"{firstPort}–{MaximumPort} (firstPort to {MaximumPort})"));
        }
    }

    private static string CanonicalAddress(string address, string paramName)
    {
        Preconditions.NotBlank(address, paramName);
        if (address.Contains(':', StringComparison.Ordinal))
        {
            // IPAddress.TryParse also reads the URL form "[::1]:80", dropping the port: brackets are refused.
            if (!address.Contains('[', StringComparison.Ordinal) && IPAddress.TryParse(address, out var ipv6) && ipv6.AddressFamily == AddressFamily.InterNetworkV6)
            {
                return ipv6.ToString();
            }
        }
        else if (TryParseDottedQuad(address, out var ipv4))
        {
            return ipv4;
        }
        else if (!IsDigitsAndDots(address) && Uri.CheckHostName(address) == UriHostNameType.Dns)
        {
            return address.ToLowerInvariant();
        }

        throw new ArgumentException(
            $"{paramName} was '{address}'; allowed: an IPv4 address in dotted-decimal form (10.0.0.5), an IPv6 address (::1) or a DNS host name (api.example.com).",
            paramName);
    }

    private static bool TryParseDottedQuad(string text, out string canonical)
    {
        canonical = string.Empty;
        var parts = text.Split('.');
        if (parts.Length != 4)
        {
            return false;
        }

        var octets = new byte[4];
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var plainDecimal = part.Length is >= 1 and <= 3 && (part.Length == 1 || part[0] != '0') && IsDigitsAndDots(part);
            if (!plainDecimal || !byte.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out octets[i]))
            {
                return false;
            }
        }

        canonical = new IPAddress(octets).ToString();
        return true;
    }

    private static bool IsDigitsAndDots(string text)
    {
        foreach (var c in text)
        {
            if (c is not ((>= '0' and <= '9') or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
