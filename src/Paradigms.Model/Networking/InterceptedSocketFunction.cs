using System;
using System.Collections.Generic;
using Paradigms.Model.Facts;

namespace Paradigms.Model.Networking;

/// <summary>
/// A socket function the WASI network layer intercepts (Net §09.1.1, §09.2.1: function calls
/// intercepted, permissions checked, network access controlled), and which permission it needs.
/// </summary>
/// <remarks>Immutable; one instance per function, from <see cref="Of"/>.</remarks>
public sealed record InterceptedSocketFunction
{
    private static readonly InterceptedSocketFunction[] Functions =
    [
        new(SocketFunction.Socket, "socket()", "Creates a socket.", null),
        new(SocketFunction.Bind, "bind()", "Binds a socket to a local address.", SocketOperation.Bind),
        new(SocketFunction.Connect, "connect()", "Connects a socket to a remote address.", SocketOperation.Connect),
        new(SocketFunction.Send, "send()", "Sends data on a socket.", null),
        new(SocketFunction.Receive, "recv()", "Receives data on a socket.", null),
    ];

    private InterceptedSocketFunction(SocketFunction function, string name, string purpose, SocketOperation? needs)
    {
        Function = function;
        Name = name;
        Purpose = purpose;
        Needs = needs;
    }

    /// <summary>Gets the function.</summary>
    public SocketFunction Function { get; }

    /// <summary>Gets the function's name as the document writes it, for example <c>recv()</c>.</summary>
    public string Name { get; }

    /// <summary>Gets what the function does.</summary>
    public string Purpose { get; }

    /// <summary>
    /// Gets the operation a <see cref="SocketGrant"/> must allow before the call goes through, or null
    /// when the call needs no grant of its own: creating a socket reaches nothing, and send and receive
    /// work on a socket already bound or connected (<see cref="GrantCitation"/>).
    /// </summary>
    public SocketOperation? Needs { get; }

    /// <summary>Gets the section that lists the function: Net §09.1.1.</summary>
    public Citation Citation { get; } = Citation.Net("§09.1.1");

    /// <summary>Gets the source of <see cref="Needs"/>: the WASI sockets proposal, a standard draft.</summary>
    public Citation GrantCitation { get; } = SocketCapabilities.Citation;

    /// <summary>Gets the five functions, in the document's order.</summary>
    public static IReadOnlyList<InterceptedSocketFunction> All { get; } = Array.AsReadOnly(Functions);

    /// <summary>The intercepted function of a <see cref="SocketFunction"/>.</summary>
    /// <param name="function">The function.</param>
    /// <returns>Its entry.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="function"/> is not defined.</exception>
    public static InterceptedSocketFunction Of(SocketFunction function) =>
        Functions[(int)Preconditions.Defined(function, nameof(function)) - 1];
}
