using System.Collections.Generic;
using Paradigms.Model.Facts;

namespace Paradigms.Model.Networking;

/// <summary>
/// What a duplex mode is: its definition and characteristics (Net §03.1.1, §03.2.1, §03.3.1) and
/// its row of the comparison matrix (Net §03.4.1). Read it with <see cref="DuplexCatalog.Describe"/>.
/// </summary>
/// <remarks>
/// Immutable; one instance per mode. The definition sections and the matrix name the uses a little
/// differently (the matrix adds monitoring to simplex and drops some uses); both lists are kept.
/// </remarks>
public sealed record DuplexProfile
{
    private static readonly DuplexProfile[] Profiles =
    [
        new(
            DuplexMode.Simplex,
            "Data travels in one direction only: one node can only send, the other can only receive.",
            [
                "one-way transmission: data flows in one direction only",
                "fixed direction: the sender and the receiver are fixed",
                "no feedback: the receiver cannot send data back to the sender",
            ],
            ["broadcast", "TV signals", "sensor data collection"],
            bidirectional: false,
            simultaneous: false,
            switchingNeeded: false,
            "fixed direction",
            ["broadcast", "monitoring"],
            ["log collection", "monitoring data reporting"],
            Citation.Net("§03.1.1, §03.4.1")),
        new(
            DuplexMode.Half,
            "Data can travel in both directions, but in only one direction at a time, and the direction has to be switched.",
            [
                "two-way transmission: data can travel in both directions",
                "time-shared transmission: one direction at a time",
                "switching needed: a protocol controls the change of direction",
            ],
            ["walkie-talkies", "CSMA/CD Ethernet", "wireless networks"],
            bidirectional: true,
            simultaneous: false,
            switchingNeeded: true,
            "time-shared",
            ["walkie-talkies", "wireless networks"],
            ["VirtIO", "veth pair", "WASI Socket"],
            Citation.Net("§03.2.1, §03.4.1")),
        new(
            DuplexMode.Full,
            "Data can travel in both directions at the same time: sending and receiving go on together.",
            [
                "simultaneous two-way transmission: sending and receiving at the same time",
                "independent channels: each direction has a channel of its own",
                "no switching: no protocol is needed to switch direction",
            ],
            ["modern Ethernet", "TCP/IP", "full-duplex NICs"],
            bidirectional: true,
            simultaneous: true,
            switchingNeeded: false,
            "simultaneous",
            ["modern Ethernet", "TCP/IP"],
            ["virtual NIC", "Network Namespace", "WASI Network"],
            Citation.Net("§03.3.1, §03.4.1")),
    ];

    private DuplexProfile(
        DuplexMode mode,
        string definition,
        IReadOnlyList<string> characteristics,
        IReadOnlyList<string> uses,
        bool bidirectional,
        bool simultaneous,
        bool switchingNeeded,
        string simultaneity,
        IReadOnlyList<string> matrixUses,
        IReadOnlyList<string> useInParadigms,
        Citation citation)
    {
        Mode = mode;
        Definition = definition;
        Characteristics = characteristics;
        Uses = uses;
        Bidirectional = bidirectional;
        Simultaneous = simultaneous;
        SwitchingNeeded = switchingNeeded;
        Simultaneity = simultaneity;
        MatrixUses = matrixUses;
        UseInParadigms = useInParadigms;
        Citation = citation;
    }

    /// <summary>Gets the mode.</summary>
    public DuplexMode Mode { get; }

    /// <summary>Gets the definition (定义, Net §03.1.1, §03.2.1, §03.3.1).</summary>
    public string Definition { get; }

    /// <summary>Gets the characteristics (特征, Net §03.1.1, §03.2.1, §03.3.1).</summary>
    public IReadOnlyList<string> Characteristics { get; }

    /// <summary>Gets the uses the definition section lists (应用场景, Net §03.1.1, §03.2.1, §03.3.1).</summary>
    public IReadOnlyList<string> Uses { get; }

    /// <summary>Gets whether data travels both ways (传输方向: 双向) or one way only (单向) (Net §03.4.1).</summary>
    public bool Bidirectional { get; }

    /// <summary>Gets whether both directions carry data at the same instant: true for full duplex only (Net §03.3.1, §03.4.1).</summary>
    public bool Simultaneous { get; }

    /// <summary>
    /// Gets whether a protocol must switch the direction: true for half duplex (需要切换, Net §03.2.1),
    /// false for full duplex (无需切换, Net §03.3.1) and for simplex, whose direction is fixed (固定方向, Net §03.1.1).
    /// </summary>
    public bool SwitchingNeeded { get; }

    /// <summary>Gets the simultaneity column of the matrix: fixed direction, time-shared, or simultaneous (同时性, Net §03.4.1).</summary>
    public string Simultaneity { get; }

    /// <summary>Gets the uses the matrix lists (应用场景, Net §03.4.1).</summary>
    public IReadOnlyList<string> MatrixUses { get; }

    /// <summary>
    /// Gets where the paradigms use the mode, per the matrix (在各范式中的应用, Net §03.4.1). The
    /// matrix puts VirtIO, veth pair and WASI Socket under half duplex, where Net §10.2 calls them full duplex.
    /// </summary>
    public IReadOnlyList<string> UseInParadigms { get; }

    /// <summary>Gets where the description comes from: the mode's definition section and Net §03.4.1.</summary>
    public Citation Citation { get; }

    internal static DuplexProfile Of(DuplexMode mode) =>
        Profiles[(int)Preconditions.Defined(mode, nameof(mode)) - 1];
}
