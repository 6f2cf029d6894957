namespace Paradigms.Model.Networking;

/// <summary>
/// What a Wasm module asks to do with a socket that needs a permission: bind it to a local address
/// (to listen or receive) or connect it to a remote one. Socket creation, send and receive need none
/// of their own (WASI sockets proposal: a socket reaches the network only through bind or connect).
/// </summary>
/// <remarks>The values start at 1 so that <c>default</c> is refused.</remarks>
public enum SocketOperation
{
    /// <summary>Bind to a local address and port, or a Unix socket path: <c>bind()</c> (Net §09.1.1).</summary>
    Bind = 1,

    /// <summary>Connect to a remote address and port, or a Unix socket path: <c>connect()</c> (Net §09.1.1).</summary>
    Connect = 2,
}
