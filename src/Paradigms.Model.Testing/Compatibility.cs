using System;
using System.Collections.Generic;
using System.Linq;
using Paradigms.Model.Networking;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Testing;

/// <summary>
/// Which NICs, channels, network modes and guests each paradigm can have, read from the library's rule
/// table: the invalid generators break a rule with the combinations it refuses, the valid generators
/// use every other one. The rules are written once, in the library; the library's own tests hold the
/// table against the documents with hand-written grids.
/// </summary>
internal static class Compatibility
{
    /// <summary>PM0001: the NICs a paradigm's workload cannot attach.</summary>
    public static IReadOnlyList<NicKind> NotAttachable(Paradigm paradigm) =>
        [.. Enum.GetValues<NicKind>().Where(kind => RuleTable.CheckNic(paradigm, kind)?.Rule.Id == DiagnosticIds.NicNotAttachable)];

    /// <summary>PM0003 (warning): the NICs whose I/O path belongs to another paradigm.</summary>
    public static IReadOnlyList<NicKind> FromAnotherParadigm(Paradigm paradigm) =>
        [.. Enum.GetValues<NicKind>().Where(kind => RuleTable.CheckNic(paradigm, kind)?.Rule.Id == DiagnosticIds.NicFromAnotherParadigm)];

    /// <summary>The NICs a valid model of the paradigm attaches: those the rule table has no finding for.</summary>
    public static IReadOnlyList<NicKind> Attachable(Paradigm paradigm) =>
        [.. Enum.GetValues<NicKind>().Where(kind => RuleTable.CheckNic(paradigm, kind) is null)];

    /// <summary>PM0002: the logical channels a paradigm's workload cannot terminate.</summary>
    public static IReadOnlyList<LogicalChannelKind> NotTerminable(Paradigm paradigm) =>
        [.. Enum.GetValues<LogicalChannelKind>().Where(kind => RuleTable.CheckChannel(paradigm, kind) is not null)];

    /// <summary>The logical channels a valid model of the paradigm terminates.</summary>
    public static IReadOnlyList<LogicalChannelKind> Terminable(Paradigm paradigm) =>
        [.. Enum.GetValues<LogicalChannelKind>().Where(kind => RuleTable.CheckChannel(paradigm, kind) is null)];

    /// <summary>PM0009: the network modes a paradigm cannot have.</summary>
    public static IReadOnlyList<NetworkMode> NotAvailable(Paradigm paradigm) =>
        [.. Enum.GetValues<NetworkMode>().Where(mode => RuleTable.CheckNetworkMode(paradigm, mode) is not null)];

    /// <summary>The network modes a valid model of the paradigm uses.</summary>
    public static IReadOnlyList<NetworkMode> Available(Paradigm paradigm) =>
        [.. Enum.GetValues<NetworkMode>().Where(mode => RuleTable.CheckNetworkMode(paradigm, mode) is null)];

    /// <summary>PM0007: whether the paradigm needs a guest that can be modified.</summary>
    public static bool NeedsModifiableGuest(Paradigm paradigm) => RuleTable.CheckGuest(paradigm, guestModifiable: false) is not null;
}
