namespace Paradigms.Model.Networking;

/// <summary>The seven layers of the OSI model (OSI 七层模型, Net §06.1.1), numbered as the model numbers them.</summary>
/// <remarks>The values are the layer numbers, 1 (physical) to 7 (application), so that <c>default</c> is refused.</remarks>
public enum OsiLayer
{
    /// <summary>Layer 1, the physical layer (物理层).</summary>
    Physical = 1,

    /// <summary>Layer 2, the data-link layer (数据链路层).</summary>
    DataLink = 2,

    /// <summary>Layer 3, the network layer (网络层).</summary>
    Network = 3,

    /// <summary>Layer 4, the transport layer (传输层).</summary>
    Transport = 4,

    /// <summary>Layer 5, the session layer (会话层).</summary>
    Session = 5,

    /// <summary>Layer 6, the presentation layer (表示层).</summary>
    Presentation = 6,

    /// <summary>Layer 7, the application layer (应用层).</summary>
    Application = 7,
}
