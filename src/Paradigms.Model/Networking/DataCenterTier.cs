namespace Paradigms.Model.Networking;

/// <summary>
/// The three tiers of switches in a data centre's physical topology, from the backbone down to
/// the servers (Net §02.1.2). <see cref="TopologyCatalog.Tier"/> gives each tier's switch and topology.
/// </summary>
/// <remarks>The values start at 1 so that <c>default</c> is refused, and run from the core down.</remarks>
public enum DataCenterTier
{
    /// <summary>Core tier (核心层): core switches in a mesh topology (Net §02.1.2).</summary>
    Core = 1,

    /// <summary>Aggregation tier (汇聚层): aggregation switches in a star topology (Net §02.1.2).</summary>
    Aggregation = 2,

    /// <summary>Access tier (接入层): access switches in a bus or star topology, to which servers' physical NICs, storage and network devices attach (Net §02.1.2).</summary>
    Access = 3,
}
