using System;
using System.Collections.Generic;
using Paradigms.Model.Facts;

namespace Paradigms.Model.Networking;

/// <summary>
/// One use of a duplex mode in a paradigm, with the flows that make it up, as the trees of
/// Net §03.1.2 (simplex), §03.2.2 (half duplex) and §03.3.2 (full duplex) list them. Read them
/// with <see cref="DuplexCatalog.Usages"/>.
/// </summary>
/// <remarks>
/// Immutable. The trees have no paravirtualization branch: VirtIO is listed under full
/// virtualization. Net §03.2.2 lists VirtIO, the virtual NIC, the veth pair and the WASI socket as
/// half duplex, while Net §03.3.2 and §10.2 call the virtual NIC, veth and WASI sockets full duplex;
/// both sides are kept (docs/seed-consistency.md).
/// </remarks>
public sealed record DuplexUsage
{
    private static readonly DuplexUsage[] Rows =
    [
        new(DuplexMode.Simplex, Paradigm.Virtualization, "VM monitoring", ["hypervisor → VM: control instructions"]),
        new(DuplexMode.Simplex, Paradigm.Virtualization, "log collection", ["VM → hypervisor: logs"]),
        new(DuplexMode.Simplex, Paradigm.Containerization, "container logs", ["container → host: logs"]),
        new(DuplexMode.Simplex, Paradigm.Containerization, "monitoring data", ["container → monitoring system: metrics"]),
        new(DuplexMode.Simplex, Paradigm.Sandboxing, "event notification", ["Wasm module → runtime: events"]),
        new(DuplexMode.Simplex, Paradigm.Sandboxing, "data collection", ["Wasm module → host: data"]),

        new(DuplexMode.Half, Paradigm.Virtualization, "VirtIO communication", ["guest OS → hypervisor (request)", "hypervisor → guest OS (response)"]),
        new(DuplexMode.Half, Paradigm.Virtualization, "virtual NIC communication", ["VM → hypervisor (send)", "hypervisor → VM (receive)"]),
        new(DuplexMode.Half, Paradigm.Containerization, "veth pair communication", ["container → bridge (send)", "bridge → container (receive)"]),
        new(DuplexMode.Half, Paradigm.Containerization, "system calls", ["container → host kernel (request)", "host kernel → container (response)"]),
        new(DuplexMode.Half, Paradigm.Sandboxing, "WASI socket", ["Wasm module → runtime (send)", "runtime → Wasm module (receive)"]),
        new(DuplexMode.Half, Paradigm.Sandboxing, "function calls", ["Wasm module → host (call)", "host → Wasm module (return)"]),

        new(DuplexMode.Full, Paradigm.Virtualization, "virtual NIC", ["VM ↔ vNIC (sending and receiving at once)", "vNIC ↔ hypervisor (sending and receiving at once)"]),
        new(DuplexMode.Full, Paradigm.Virtualization, "virtual network", ["VM₁ ↔ VM₂ (through the vSwitch, full duplex)"]),
        new(DuplexMode.Full, Paradigm.Containerization, "network namespace", ["container ↔ veth (sending and receiving at once)", "veth ↔ bridge (sending and receiving at once)"]),
        new(DuplexMode.Full, Paradigm.Containerization, "communication between containers", ["container₁ ↔ container₂ (through CNI, full duplex)"]),
        new(DuplexMode.Full, Paradigm.Sandboxing, "WASI network", ["Wasm module ↔ socket (sending and receiving at once)", "socket ↔ host OS (sending and receiving at once)"]),
        new(DuplexMode.Full, Paradigm.Sandboxing, "communication between Wasm modules", ["Wasm module₁ ↔ Wasm module₂ (through the host OS, full duplex)"]),
    ];

    private DuplexUsage(DuplexMode mode, Paradigm paradigm, string name, IReadOnlyList<string> flows)
    {
        Mode = mode;
        Paradigm = paradigm;
        Name = name;
        Flows = flows;
        Citation = Citation.Net(mode switch
        {
            DuplexMode.Simplex => "§03.1.2",
            DuplexMode.Half => "§03.2.2",
            _ => "§03.3.2",
        });
    }

    /// <summary>Gets the duplex mode the document files the use under.</summary>
    public DuplexMode Mode { get; }

    /// <summary>Gets the paradigm.</summary>
    public Paradigm Paradigm { get; }

    /// <summary>Gets the use, for example <c>VirtIO communication</c>.</summary>
    public string Name { get; }

    /// <summary>Gets its flows: <c>→</c> for one direction, <c>↔</c> for both at once, with what flows or when.</summary>
    public IReadOnlyList<string> Flows { get; }

    /// <summary>Gets where the use comes from: Net §03.1.2, §03.2.2 or §03.3.2, by mode.</summary>
    public Citation Citation { get; }

    internal static IReadOnlyList<DuplexUsage> All { get; } = Array.AsReadOnly(Rows);
}
