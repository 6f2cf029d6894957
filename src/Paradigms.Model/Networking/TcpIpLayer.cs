namespace Paradigms.Model.Networking;

/// <summary>The four layers of the TCP/IP model (TCP/IP 四层模型, Net §06.2.1), from the bottom up.</summary>
/// <remarks>The values are the layer numbers, 1 (network interface) to 4 (application), so that <c>default</c> is refused.</remarks>
public enum TcpIpLayer
{
    /// <summary>The network interface layer (网络接口层): OSI's physical and data-link layers.</summary>
    NetworkInterface = 1,

    /// <summary>The internet layer (网络层): OSI's network layer.</summary>
    Internet = 2,

    /// <summary>The transport layer (传输层): OSI's transport layer.</summary>
    Transport = 3,

    /// <summary>The application layer (应用层): OSI's session, presentation and application layers.</summary>
    Application = 4,
}
