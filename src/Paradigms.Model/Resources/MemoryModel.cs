using System.Diagnostics.Contracts;
using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Resources;

/// <summary>
/// The memory chapter of the resource document (Res §3): each paradigm's memory equation (§3.2) as a
/// pure function, the guest OS sizes by kind, and a paradigm's footprint over the documented
/// component ranges.
/// </summary>
/// <remarks>
/// <para>
/// Sizes are <see cref="Information"/>, so units never mix: the document's MB and GB are decimal
/// (1 GB = 1000 MB, the one reading under which all eight worked examples of §3.2 print their results;
/// docs/seed-consistency.md item 36), Kubernetes' <c>4Gi</c> is binary, and Wasm linear memory is whole
/// 64 KiB pages (<see cref="WasmLinearMemory"/>). The equations are sums; they check nothing beyond
/// what the quantity types already refuse, and allocate nothing. Pure and thread-safe.
/// </para>
/// </remarks>
public static class MemoryModel
{
    /// <summary>Full virtualization's memory, M_VM = M_guest_os + M_workload + M_hypervisor (Res §3.2, virtualization memory model).</summary>
    /// <param name="guestOs">M_guest_os; documented "typically 256 MB–2 GB", by kind in <see cref="GuestOsMemory(GuestOsKind)"/>.</param>
    /// <param name="workload">M_workload, the workload's memory.</param>
    /// <param name="hypervisor">M_hypervisor; documented "typically under 100 MB" (<see cref="ResourceFacts.HypervisorMemory"/>).</param>
    /// <returns>The footprint term by term.</returns>
    /// <exception cref="System.OverflowException">The sum is too large for a <see cref="double"/>.</exception>
    [Pure]
    public static VirtualizationMemory Virtualization(Information guestOs, Information workload, Information hypervisor) =>
        new(guestOs, workload, hypervisor);

    /// <summary>
    /// Paravirtualization's memory, M_PV = M_guest_os + M_workload + M_hypervisor + M_grant_table
    /// (Res §3.2, paravirtualization memory model).
    /// </summary>
    /// <param name="guestOs">M_guest_os; documented "typically 256 MB–2 GB, like full virtualization".</param>
    /// <param name="workload">M_workload, the workload's memory.</param>
    /// <param name="hypervisor">M_hypervisor; documented "typically under 100 MB" (<see cref="ResourceFacts.HypervisorMemory"/>).</param>
    /// <param name="grantTable">M_grant_table; documented "typically under 10 MB" (<see cref="ResourceFacts.GrantTableMemory"/>).</param>
    /// <returns>The footprint term by term.</returns>
    /// <exception cref="System.OverflowException">The sum is too large for a <see cref="double"/>.</exception>
    [Pure]
    public static ParavirtualizationMemory Paravirtualization(Information guestOs, Information workload, Information hypervisor, Information grantTable) =>
        new(guestOs, workload, hypervisor, grantTable);

    /// <summary>A container's memory, M_Container = M_workload + M_namespace + M_runtime (Res §3.2, container memory model).</summary>
    /// <param name="workload">M_workload, the workload's memory, the main cost.</param>
    /// <param name="namespaces">M_namespace; documented "negligible, typically under 1 MB" (<see cref="ResourceFacts.NamespaceMemory"/>).</param>
    /// <param name="runtime">M_runtime; documented "typically under 50 MB" (<see cref="ResourceFacts.ContainerRuntimeMemory"/>).</param>
    /// <returns>The footprint term by term.</returns>
    /// <exception cref="System.OverflowException">The sum is too large for a <see cref="double"/>.</exception>
    [Pure]
    public static ContainerizationMemory Containerization(Information workload, Information namespaces, Information runtime) =>
        new(workload, namespaces, runtime);

    /// <summary>A Wasm sandbox's memory, M_Wasm = M_wasm_module + M_runtime + M_memory (Res §3.2, sandbox memory model).</summary>
    /// <param name="module">M_wasm_module; documented "typically under 10 MB" (<see cref="ResourceFacts.WasmModuleMemory"/>).</param>
    /// <param name="runtime">M_runtime; documented "typically under 10 MB" (<see cref="ResourceFacts.WasmRuntimeMemory"/>).</param>
    /// <param name="linearMemory">M_memory, in whole 64 KiB pages; one page by default (<see cref="ResourceFacts.WasmDefaultLinearMemory"/>), at most 4 GiB.</param>
    /// <returns>The footprint term by term.</returns>
    /// <exception cref="System.OverflowException">The sum is too large for a <see cref="double"/>.</exception>
    [Pure]
    public static SandboxingMemory Sandboxing(Information module, Information runtime, WasmLinearMemory linearMemory) =>
        new(module, runtime, linearMemory);

    /// <summary>The guest OS memory Res §3.2 gives for a kind of guest OS.</summary>
    /// <param name="kind">The kind of guest OS.</param>
    /// <returns>256–512 MB for a minimal Linux, 512 MB–2 GB for a standard Linux, 2–4 GB for Windows, with the citation.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    [Pure]
    public static Sourced<Range<Information>> GuestOsMemory(GuestOsKind kind) => kind switch
    {
        GuestOsKind.MinimalLinux => ResourceFacts.MinimalLinuxGuestOsMemory,
        GuestOsKind.StandardLinux => ResourceFacts.StandardLinuxGuestOsMemory,
        GuestOsKind.Windows => ResourceFacts.WindowsGuestOsMemory,
        _ => throw Preconditions.Undefined(kind, nameof(kind)),
    };

    /// <summary>
    /// A paradigm's whole memory footprint for a workload, over the document's component ranges (Res §3.2):
    /// the paradigm's equation evaluated at the corners of every range (<see cref="Corners"/>).
    /// </summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <param name="workload">The workload's memory. Under sandboxing it is the module's linear memory, rounded up to whole 64 KiB pages, at most 4 GiB.</param>
    /// <param name="guestOs">For the two VM paradigms, the kind of guest OS; null for the document's "typically 256 MB–2 GB" (<see cref="ResourceFacts.GuestOsMemory"/>). Checked but not used for the other paradigms.</param>
    /// <returns>The smallest to the largest footprint.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="paradigm"/> or <paramref name="guestOs"/> is not defined, or a sandbox's workload is above 4 GiB.</exception>
    [Pure]
    public static Range<Information> Footprint(Paradigm paradigm, Information workload, GuestOsKind? guestOs = null)
    {
        var guest = guestOs is { } kind ? GuestOsMemory(Preconditions.Defined(kind, nameof(guestOs))).Value : ResourceFacts.GuestOsMemory.Value;
        var work = Range<Information>.Point(workload);
        return paradigm switch
        {
            Paradigm.Virtualization => Corners.Evaluate(
                guest, work, ResourceFacts.HypervisorMemory.Value,
                static (g, w, h) => Virtualization(g, w, h).Total),
            Paradigm.Paravirtualization => Corners.Evaluate(
                guest, work, ResourceFacts.HypervisorMemory.Value, ResourceFacts.GrantTableMemory.Value,
                static (g, w, h, t) => Paravirtualization(g, w, h, t).Total),
            Paradigm.Containerization => Corners.Evaluate(
                work, ResourceFacts.NamespaceMemory.Value, ResourceFacts.ContainerRuntimeMemory.Value,
                static (w, n, r) => Containerization(w, n, r).Total),
            Paradigm.Sandboxing => SandboxFootprint(WasmLinearMemory.Covering(Wasm32(workload, nameof(workload)))),
            _ => throw Preconditions.Undefined(paradigm, nameof(paradigm)),
        };
    }

    /// <summary>A sandbox's memory, refused above wasm32's 4 GiB (PM0011) under the caller's parameter name.</summary>
    private static Information Wasm32(Information memory, string paramName)
    {
        if (RuleTable.CheckWasm32Memory(paramName, memory.Bytes) is { } finding)
        {
            Preconditions.Refuse(paramName, memory, finding);
        }

        return memory;
    }

    private static Range<Information> SandboxFootprint(WasmLinearMemory linearMemory) =>
        Corners.Evaluate(
            ResourceFacts.WasmModuleMemory.Value, ResourceFacts.WasmRuntimeMemory.Value,
            (m, r) => Sandboxing(m, r, linearMemory).Total);
}
