namespace Paradigms.Model.Rules;

/// <summary>
/// The diagnostic ids of the rule table, each stable forever and never reused. The analyzer, the
/// code fixes and the runtime validator report the same ids; each has a page at
/// <c>docs/diagnostics/PMnnnn.md</c>.
/// </summary>
#if PARADIGMS_ANALYZER
internal
#else
public
#endif
static class DiagnosticIds
{
    /// <summary>PM0001: a NIC that cannot be attached under the paradigm.</summary>
    public const string NicNotAttachable = "PM0001";

    /// <summary>PM0002: a logical channel the paradigm's workload cannot terminate.</summary>
    public const string ChannelNotAvailable = "PM0002";

    /// <summary>PM0003: a NIC whose I/O path belongs to another paradigm.</summary>
    public const string NicFromAnotherParadigm = "PM0003";

    /// <summary>PM0004: a value outside its protocol's range.</summary>
    public const string ValueOutOfProtocolRange = "PM0004";

    /// <summary>PM0005: a physical link that cannot carry its rate or medium, or a cable beyond its reach.</summary>
    public const string PhysicalLink = "PM0005";

    /// <summary>PM0006: a duplex mode the link cannot have.</summary>
    public const string Duplex = "PM0006";

    /// <summary>PM0007: paravirtualization of a guest that cannot be modified.</summary>
    public const string GuestNotModifiable = "PM0007";

    /// <summary>PM0008: an MTU below what IP needs, or larger than the encapsulation stack leaves.</summary>
    public const string Mtu = "PM0008";

    /// <summary>PM0009: a network mode the paradigm cannot have.</summary>
    public const string NetworkModeNotAvailable = "PM0009";

    /// <summary>PM0010: a loss outside 0 % to below 100 %.</summary>
    public const string LossOutOfRange = "PM0010";

    /// <summary>PM0011: a wasm32 linear memory above 4 GiB.</summary>
    public const string Wasm32MemoryTooLarge = "PM0011";
}
