namespace Paradigms.Model.Networking;

/// <summary>Which directions a link carries data in, and when (Net §03.1–§03.3).</summary>
/// <remarks>The values start at 1 so that <c>default</c> is refused. Linked into the analyzer (PM0006 reads it).</remarks>
#if PARADIGMS_ANALYZER
internal
#else
public
#endif
enum DuplexMode
{
    /// <summary>Simplex (单工): one fixed direction, no feedback. Broadcast, TV signals, sensor collection (Net §03.1).</summary>
    Simplex = 1,

    /// <summary>Half duplex (半双工): both directions, one at a time, with a protocol to switch. Walkie-talkies, CSMA/CD Ethernet, wireless (Net §03.2).</summary>
    Half = 2,

    /// <summary>Full duplex (全双工): both directions at once on independent channels, no switching. Modern Ethernet, TCP/IP (Net §03.3).</summary>
    Full = 3,
}
