namespace Paradigms.Model.Networking;

/// <summary>The sockets the WASI socket abstraction offers a Wasm module (Net §05.3.2, §09.1.1, §09.2.1).</summary>
/// <remarks>The values start at 1 so that <c>default</c> is refused.</remarks>
public enum SocketKind
{
    /// <summary>A TCP socket.</summary>
    Tcp = 1,

    /// <summary>A UDP socket.</summary>
    Udp = 2,

    /// <summary>A Unix-domain socket, for local communication.</summary>
    Unix = 3,
}
