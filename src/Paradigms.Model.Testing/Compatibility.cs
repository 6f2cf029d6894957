using System;
using System.Collections.Generic;
using System.Linq;
using Paradigms.Model.Networking;

namespace Paradigms.Model.Testing;

/// <summary>
/// Which NICs, channels, network modes and guests each paradigm can have, written out here from the
/// documents and the rules' pages (docs/diagnostics), not read from the rule table: the invalid generators
/// break a rule with the combinations listed here, the valid generators use every other one, and the kit's
/// tests hold both against <see cref="ModelValidator"/>, so a disagreement fails a test instead of passing
/// silently.
/// </summary>
internal static class Compatibility
{
    /// <summary>
    /// PM0001: the NICs a paradigm's workload cannot attach. A Wasm module reaches the network through WASI
    /// sockets only (Net §09.1.1, §05.4.2); a WASI socket belongs to a Wasm runtime; a container has no
    /// hypervisor to emulate or paravirtualize a device (Net §05.4.2, §10.4); a guest OS sees only the devices
    /// its hypervisor provides, never a veth pair of the host's kernel.
    /// </summary>
    public static IReadOnlyList<NicKind> NotAttachable(Paradigm paradigm) => paradigm switch
    {
        Paradigm.Virtualization or Paradigm.Paravirtualization => [NicKind.Veth, NicKind.WasiSocket],
        Paradigm.Containerization => [NicKind.E1000, NicKind.VirtioNet, NicKind.XenPvNet, NicKind.WasiSocket],
        _ => [.. Enum.GetValues<NicKind>().Where(kind => kind != NicKind.WasiSocket)],
    };

    /// <summary>
    /// PM0003 (warning): the NICs whose I/O path belongs to another paradigm: a paravirtual driver under full
    /// virtualization, an emulated E1000 under paravirtualization (Net §05.2.2, §05.4.2, §10.2, §10.4).
    /// </summary>
    public static IReadOnlyList<NicKind> FromAnotherParadigm(Paradigm paradigm) => paradigm switch
    {
        Paradigm.Virtualization => [NicKind.VirtioNet, NicKind.XenPvNet],
        Paradigm.Paravirtualization => [NicKind.E1000],
        _ => [],
    };

    /// <summary>The NICs a valid model of the paradigm attaches: every kind neither list above names.</summary>
    public static IReadOnlyList<NicKind> Attachable(Paradigm paradigm) =>
        [.. Enum.GetValues<NicKind>().Except(NotAttachable(paradigm)).Except(FromAnotherParadigm(paradigm))];

    /// <summary>
    /// PM0002: the logical channels a paradigm's workload cannot terminate. WASI exposes no link-layer device
    /// to tag or encapsulate frames on, offers TCP and UDP only (no GRE), and a Wasm module has no network
    /// namespace of its own (Net §09.1.1); WASI sockets belong to a Wasm runtime (Net §04.2.2, §04.3.2, §10.3).
    /// </summary>
    public static IReadOnlyList<LogicalChannelKind> NotTerminable(Paradigm paradigm) => paradigm switch
    {
        Paradigm.Sandboxing =>
            [LogicalChannelKind.Vlan, LogicalChannelKind.Vxlan, LogicalChannelKind.Gre, LogicalChannelKind.Geneve, LogicalChannelKind.NetworkNamespace],
        _ => [LogicalChannelKind.WasiSocket],
    };

    /// <summary>The logical channels a valid model of the paradigm terminates: every kind <see cref="NotTerminable"/> does not name.</summary>
    public static IReadOnlyList<LogicalChannelKind> Terminable(Paradigm paradigm) =>
        [.. Enum.GetValues<LogicalChannelKind>().Except(NotTerminable(paradigm))];

    /// <summary>
    /// PM0009: the network modes a paradigm cannot have. A guest OS runs its own IP stack and cannot share the
    /// host's (Net §06.3.1, §10.5); a Wasm module shares the host's stack and has no namespace to put behind a
    /// bridge, NAT or overlay (Net §09.1.1).
    /// </summary>
    public static IReadOnlyList<NetworkMode> NotAvailable(Paradigm paradigm) => paradigm switch
    {
        Paradigm.Virtualization or Paradigm.Paravirtualization => [NetworkMode.SharedHostStack],
        Paradigm.Containerization => [],
        _ => [.. Enum.GetValues<NetworkMode>().Where(mode => mode != NetworkMode.SharedHostStack)],
    };

    /// <summary>The network modes a valid model of the paradigm uses: every mode <see cref="NotAvailable"/> does not name.</summary>
    public static IReadOnlyList<NetworkMode> Available(Paradigm paradigm) =>
        [.. Enum.GetValues<NetworkMode>().Except(NotAvailable(paradigm))];

    /// <summary>PM0007: whether the paradigm needs a guest that can be modified: paravirtualization does (Net §05.2.1, §10.5; Res §2.1, §2.3).</summary>
    public static bool NeedsModifiableGuest(Paradigm paradigm) => paradigm == Paradigm.Paravirtualization;
}
