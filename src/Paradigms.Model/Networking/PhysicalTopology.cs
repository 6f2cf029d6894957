namespace Paradigms.Model.Networking;

/// <summary>How nodes and media are laid out physically (Net §02.1.1).</summary>
/// <remarks>The values start at 1 so that <c>default</c> is refused. Linked into the analyzer (PM0006 reads it).</remarks>
#if PARADIGMS_ANALYZER
internal
#else
public
#endif
enum PhysicalTopology
{
    /// <summary>Bus (总线型): every device on one shared medium; broadcast. Early Ethernet and LANs. Model a hub as a bus: it is a physical star but a shared medium.</summary>
    Bus = 1,

    /// <summary>Star (星型): every device on a central node (a switch); centrally managed, point-to-point. Modern Ethernet and data centres.</summary>
    Star = 2,

    /// <summary>Ring (环型): devices in a closed loop; sequential, token passing. Token Ring, FDDI.</summary>
    Ring = 3,

    /// <summary>Mesh (网状): many links between devices; high redundancy and reliability. Data-centre backbones and WANs.</summary>
    Mesh = 4,
}
