namespace Paradigms.Model.Networking;

/// <summary>The socket functions the WASI network layer intercepts (Socket 函数拦截, Net §09.1.1).</summary>
/// <remarks>The values start at 1 so that <c>default</c> is refused; they follow the document's order.</remarks>
public enum SocketFunction
{
    /// <summary><c>socket()</c>: create a socket.</summary>
    Socket = 1,

    /// <summary><c>bind()</c>: bind a socket to a local address.</summary>
    Bind = 2,

    /// <summary><c>connect()</c>: connect a socket to a remote address.</summary>
    Connect = 3,

    /// <summary><c>send()</c>: send data.</summary>
    Send = 4,

    /// <summary><c>recv()</c>: receive data.</summary>
    Receive = 5,
}
