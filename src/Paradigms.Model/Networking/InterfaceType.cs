namespace Paradigms.Model.Networking;

/// <summary>The connector or transceiver cage of a physical NIC (Net §04.1.2, §05.1.1).</summary>
/// <remarks>The values start at 1 so that <c>default</c> is refused. Linked into the analyzer (PM0005 reads it).</remarks>
#if PARADIGMS_ANALYZER
internal
#else
public
#endif
enum InterfaceType
{
    /// <summary>RJ-45 (8P8C), the twisted-pair copper connector of BASE-T Ethernet.</summary>
    Rj45 = 1,

    /// <summary>SFP, the small form-factor pluggable cage for 1 Gbit/s transceivers (SFF INF-8074).</summary>
    Sfp = 2,

    /// <summary>SFP+, the same cage for 10 Gbit/s (SFF-8431).</summary>
    SfpPlus = 3,

    /// <summary>SFP28, the same cage for 25 Gbit/s (SFF-8402).</summary>
    Sfp28 = 4,

    /// <summary>QSFP+, four lanes of 10 Gbit/s: 40 Gbit/s (SFF-8436).</summary>
    QsfpPlus = 5,

    /// <summary>QSFP28, four lanes of 25 Gbit/s: 100 Gbit/s (SFF-8665).</summary>
    Qsfp28 = 6,
}
