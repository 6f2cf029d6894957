using Paradigms.Model.Quantities;

namespace Paradigms.Model.Facts;

/// <content>
/// The memory figures of the resource document: §3.1, §3.2 with its eight worked examples, and
/// §3.3. MB and GB are read as decimal units (1 GB = 1000 MB = 10^9 bytes): only that reading
/// prints the paravirtualized standard example as 1.62 GB, and every other example comes out
/// under it too (docs/seed-consistency.md checks each one).
/// </content>
public static partial class ResourceFacts
{
    private const string VmMemory = "§3.2 (virtualization memory model)";
    private const string PvMemory = "§3.2 (paravirtualization memory model)";
    private const string ContainerMemory = "§3.2 (container memory model)";
    private const string SandboxMemory = "§3.2 (sandbox memory model)";
    private const string MemoryComparison = "§3.2 (memory overhead comparison)";
    private const string VmAndPvMemory = "§3.2 (virtualization memory model, paravirtualization memory model)";
    private const string ExampleInputAllThree = "§3.2 (virtualization memory model, paravirtualization memory model, container memory model)";

    private const string Decimal = "MB and GB read as decimal units (1 GB = 1000 MB).";

    /// <summary>Gets the memory a guest OS typically takes, 256 MB–2 GB (Res §3.1, §3.2).</summary>
    public static Sourced<Range<Information>> GuestOsMemory { get; } = MegabyteRange(
        nameof(GuestOsMemory), 256, 2000, $"§3.1, {VmAndPvMemory}",
        "每个 VM 需要运行完整的 Guest OS（通常 256MB-2GB）… M_guest_os：Guest OS 内存（通常 256MB-2GB，类似全虚拟化）",
        Decimal + " 'Typically': Windows guests (2GB-4GB, WindowsGuestOsMemory) lie above it.");

    /// <summary>Gets the memory of a minimal Linux guest, 256–512 MB (Res §3.2, virtualization memory model).</summary>
    public static Sourced<Range<Information>> MinimalLinuxGuestOsMemory { get; } = MegabyteRange(
        nameof(MinimalLinuxGuestOsMemory), 256, 512, VmMemory, "最小化 Linux 发行版：256MB-512MB", Decimal);

    /// <summary>Gets the memory of a standard Linux guest, 512 MB–2 GB (Res §3.2, virtualization memory model).</summary>
    public static Sourced<Range<Information>> StandardLinuxGuestOsMemory { get; } = MegabyteRange(
        nameof(StandardLinuxGuestOsMemory), 512, 2000, VmMemory, "标准 Linux 发行版：512MB-2GB", Decimal);

    /// <summary>Gets the memory of a Windows guest, 2–4 GB (Res §3.2, virtualization memory model).</summary>
    public static Sourced<Range<Information>> WindowsGuestOsMemory { get; } = MegabyteRange(
        nameof(WindowsGuestOsMemory), 2000, 4000, VmMemory, "Windows 系统：2GB-4GB", Decimal);

    /// <summary>Gets the hypervisor's memory overhead, under 100 MB, read as 0–100 MB (Res §3.2).</summary>
    public static Sourced<Range<Information>> HypervisorMemory { get; } = MegabyteRange(
        nameof(HypervisorMemory), 0, 100, VmAndPvMemory, "M_hypervisor：Hypervisor 开销（通常 < 100MB）",
        UpperBoundOnly + " " + Decimal + " The standard examples use 100 MB, at the bound rather than under it.");

    /// <summary>Gets the grant table's memory overhead, under 10 MB, read as 0–10 MB (Res §3.2, paravirtualization memory model).</summary>
    public static Sourced<Range<Information>> GrantTableMemory { get; } = MegabyteRange(
        nameof(GrantTableMemory), 0, 10, PvMemory, "M_grant_table：Grant Table 开销（内存共享机制，通常 < 10MB）",
        UpperBoundOnly + " " + Decimal + " The standard example uses 10 MB, at the bound rather than under it.");

    /// <summary>Gets a container's namespace memory overhead, negligible, under 1 MB, read as 0–1 MB (Res §3.2, container memory model).</summary>
    public static Sourced<Range<Information>> NamespaceMemory { get; } = MegabyteRange(
        nameof(NamespaceMemory), 0, 1, ContainerMemory, "M_namespace：Namespace 开销（可忽略，通常 < 1MB）",
        UpperBoundOnly + " " + Decimal + " The container examples leave it out (可忽略, negligible).");

    /// <summary>Gets the container runtime's memory overhead, under 50 MB, read as 0–50 MB (Res §3.2, container memory model).</summary>
    public static Sourced<Range<Information>> ContainerRuntimeMemory { get; } = MegabyteRange(
        nameof(ContainerRuntimeMemory), 0, 50, ContainerMemory, "M_runtime：运行时开销（通常 < 50MB）",
        UpperBoundOnly + " " + Decimal + " The standard example uses 50 MB, at the bound rather than under it.");

    /// <summary>Gets a compiled Wasm module's memory, under 10 MB, read as 0–10 MB (Res §3.2, sandbox memory model).</summary>
    public static Sourced<Range<Information>> WasmModuleMemory { get; } = MegabyteRange(
        nameof(WasmModuleMemory), 0, 10, SandboxMemory, "M_wasm_module：Wasm 模块内存（通常 < 10MB）… 通常只有几百 KB 到几 MB",
        UpperBoundOnly + " " + Decimal + " 'A few hundred KB to a few MB' (几百 KB 到几 MB) gives no number and is kept only in these words.");

    /// <summary>Gets the Wasm runtime's memory overhead (WasmEdge, Wasmtime), under 10 MB, read as 0–10 MB (Res §3.2, sandbox memory model).</summary>
    public static Sourced<Range<Information>> WasmRuntimeMemory { get; } = MegabyteRange(
        nameof(WasmRuntimeMemory), 0, 10, SandboxMemory, "M_runtime：运行时开销（通常 < 10MB）… WasmEdge、Wasmtime 等运行时 … 通常 < 10MB",
        UpperBoundOnly + " " + Decimal + " The standard example uses 10 MB, at the bound rather than under it.");

    /// <summary>
    /// Gets a Wasm module's default linear memory, 64 KiB, one Wasm page; also the linear memory of
    /// the minimum Wasm example (Res §3.2, sandbox memory model).
    /// </summary>
    public static Sourced<Information> WasmDefaultLinearMemory { get; } = new(
        Prefix + nameof(WasmDefaultLinearMemory),
        Information.FromKibibytes(64),
        Citation.Res(SandboxMemory),
        "M_memory：线性内存（按需分配）… 默认 64KB，可扩展 … Memory (64KB)",
        "64KB read as 64 KiB (65,536 bytes), one Wasm page (StandardFacts.WasmPageBytes); 64,000 bytes is not a page size. "
        + "Linear memory starts at the module's declared minimum, which may be zero pages; the minimum Wasm example uses this figure.");

    /// <summary>Gets the guest OS of the minimum VM and minimum PV VM examples, 256 MB (Res §3.2).</summary>
    public static Sourced<Information> MinimumExampleGuestOs { get; } = Megabytes(
        nameof(MinimumExampleGuestOs), 256, VmAndPvMemory, "Guest OS (256MB)", Decimal);

    /// <summary>Gets the workload of the minimum VM, PV VM and container examples, 128 MB (Res §3.2).</summary>
    public static Sourced<Information> MinimumExampleWorkload { get; } = Megabytes(
        nameof(MinimumExampleWorkload), 128, ExampleInputAllThree, "Workload (128MB)", Decimal);

    /// <summary>Gets the hypervisor of the minimum VM and minimum PV VM examples, 50 MB (Res §3.2).</summary>
    public static Sourced<Information> MinimumExampleHypervisor { get; } = Megabytes(
        nameof(MinimumExampleHypervisor), 50, VmAndPvMemory, "Hypervisor (50MB)", Decimal);

    /// <summary>Gets the grant table of the minimum PV VM example, 5 MB (Res §3.2, paravirtualization memory model).</summary>
    public static Sourced<Information> MinimumExampleGrantTable { get; } = Megabytes(
        nameof(MinimumExampleGrantTable), 5, PvMemory, "Grant Table (5MB)", Decimal);

    /// <summary>Gets the runtime of the minimum container example, 20 MB (Res §3.2, container memory model).</summary>
    public static Sourced<Information> MinimumExampleContainerRuntime { get; } = Megabytes(
        nameof(MinimumExampleContainerRuntime), 20, ContainerMemory, "Runtime (20MB)", Decimal);

    /// <summary>Gets the module of the minimum Wasm example, 2 MB (Res §3.2, sandbox memory model).</summary>
    public static Sourced<Information> MinimumExampleWasmModule { get; } = Megabytes(
        nameof(MinimumExampleWasmModule), 2, SandboxMemory, "Module (2MB)", Decimal);

    /// <summary>Gets the runtime of the minimum Wasm example, 5 MB (Res §3.2, sandbox memory model).</summary>
    public static Sourced<Information> MinimumExampleWasmRuntime { get; } = Megabytes(
        nameof(MinimumExampleWasmRuntime), 5, SandboxMemory, "Runtime (5MB)", Decimal);

    /// <summary>Gets the guest OS of the standard VM and standard PV VM examples, 1 GB (Res §3.2).</summary>
    public static Sourced<Information> StandardExampleGuestOs { get; } = Megabytes(
        nameof(StandardExampleGuestOs), 1000, VmAndPvMemory, "Guest OS (1GB)", Decimal);

    /// <summary>Gets the workload of the standard VM, PV VM and container examples, 512 MB (Res §3.2).</summary>
    public static Sourced<Information> StandardExampleWorkload { get; } = Megabytes(
        nameof(StandardExampleWorkload), 512, ExampleInputAllThree, "Workload (512MB)", Decimal);

    /// <summary>Gets the hypervisor of the standard VM and standard PV VM examples, 100 MB (Res §3.2).</summary>
    public static Sourced<Information> StandardExampleHypervisor { get; } = Megabytes(
        nameof(StandardExampleHypervisor), 100, VmAndPvMemory, "Hypervisor (100MB)",
        Decimal + " At the model's bound (通常 < 100MB, HypervisorMemory), not under it.");

    /// <summary>Gets the grant table of the standard PV VM example, 10 MB (Res §3.2, paravirtualization memory model).</summary>
    public static Sourced<Information> StandardExampleGrantTable { get; } = Megabytes(
        nameof(StandardExampleGrantTable), 10, PvMemory, "Grant Table (10MB)",
        Decimal + " At the model's bound (通常 < 10MB, GrantTableMemory), not under it.");

    /// <summary>Gets the runtime of the standard container example, 50 MB (Res §3.2, container memory model).</summary>
    public static Sourced<Information> StandardExampleContainerRuntime { get; } = Megabytes(
        nameof(StandardExampleContainerRuntime), 50, ContainerMemory, "Runtime (50MB)",
        Decimal + " At the model's bound (通常 < 50MB, ContainerRuntimeMemory), not under it.");

    /// <summary>Gets the module of the standard Wasm example, 5 MB (Res §3.2, sandbox memory model).</summary>
    public static Sourced<Information> StandardExampleWasmModule { get; } = Megabytes(
        nameof(StandardExampleWasmModule), 5, SandboxMemory, "Module (5MB)", Decimal);

    /// <summary>Gets the runtime of the standard Wasm example, 10 MB (Res §3.2, sandbox memory model).</summary>
    public static Sourced<Information> StandardExampleWasmRuntime { get; } = Megabytes(
        nameof(StandardExampleWasmRuntime), 10, SandboxMemory, "Runtime (10MB)",
        Decimal + " At the model's bound (通常 < 10MB, WasmRuntimeMemory), not under it.");

    /// <summary>Gets the linear memory of the standard Wasm example, 1 MB (Res §3.2, sandbox memory model).</summary>
    public static Sourced<Information> StandardExampleWasmLinearMemory { get; } = Megabytes(
        nameof(StandardExampleWasmLinearMemory), 1, SandboxMemory, "Memory (1MB)",
        Decimal + " 1 MB is not a whole number of 64 KiB Wasm pages (1 MiB would be 16).");

    /// <summary>Gets the printed result of the minimum VM example, 434 MB (Res §3.2, §3.3).</summary>
    public static Sourced<Information> VirtualizationMinimumExampleTotal { get; } = Megabytes(
        nameof(VirtualizationMinimumExampleTotal), 434, $"{VmMemory}, {MemoryComparison}, §3.3",
        "最小 VM：Guest OS (256MB) + Workload (128MB) + Hypervisor (50MB) = 434MB … 434MB+",
        "256 + 128 + 50 = 434 MB exactly, with decimal or binary units. §3.3's 434MB+ reads this example as a floor.");

    /// <summary>Gets the printed result of the standard VM example, 1.6 GB (Res §3.2).</summary>
    public static Sourced<Information> VirtualizationStandardExampleTotal { get; } = Megabytes(
        nameof(VirtualizationStandardExampleTotal), 1600, $"{VmMemory}, {MemoryComparison}",
        "标准 VM：Guest OS (1GB) + Workload (512MB) + Hypervisor (100MB) = 1.6GB",
        "1 GB + 512 MB + 100 MB = 1612 MB = 1.612 GB with decimal units (1636 MiB = 1.598 GiB with binary ones); both print as 1.6 GB.");

    /// <summary>Gets the printed result of the minimum PV VM example, 439 MB (Res §3.2).</summary>
    public static Sourced<Information> ParavirtualizationMinimumExampleTotal { get; } = Megabytes(
        nameof(ParavirtualizationMinimumExampleTotal), 439, $"{PvMemory}, {MemoryComparison}",
        "最小 PV VM：Guest OS (256MB) + Workload (128MB) + Hypervisor (50MB) + Grant Table (5MB) = 439MB",
        "256 + 128 + 50 + 5 = 439 MB exactly, with decimal or binary units.");

    /// <summary>Gets the printed result of the standard PV VM example, 1.62 GB (Res §3.2).</summary>
    public static Sourced<Information> ParavirtualizationStandardExampleTotal { get; } = Megabytes(
        nameof(ParavirtualizationStandardExampleTotal), 1620, $"{PvMemory}, {MemoryComparison}",
        "标准 PV VM：Guest OS (1GB) + Workload (512MB) + Hypervisor (100MB) + Grant Table (10MB) = 1.62GB",
        "1 GB + 512 MB + 100 MB + 10 MB = 1622 MB = 1.622 GB, printed 1.62 GB, only with decimal units; "
        + "with binary ones it is 1646 MiB = 1.607 GiB, which prints as 1.61.");

    /// <summary>Gets the printed result of the minimum container example, 148 MB (Res §3.2, §3.3).</summary>
    public static Sourced<Information> ContainerizationMinimumExampleTotal { get; } = Megabytes(
        nameof(ContainerizationMinimumExampleTotal), 148, $"{ContainerMemory}, {MemoryComparison}, §3.3",
        "最小容器：Workload (128MB) + Runtime (20MB) = 148MB … 148MB+",
        "128 + 20 = 148 MB exactly, with decimal or binary units; the namespace term (< 1MB, 可忽略) is left out. §3.3's 148MB+ reads this example as a floor.");

    /// <summary>Gets the printed result of the standard container example, 562 MB (Res §3.2).</summary>
    public static Sourced<Information> ContainerizationStandardExampleTotal { get; } = Megabytes(
        nameof(ContainerizationStandardExampleTotal), 562, $"{ContainerMemory}, {MemoryComparison}",
        "标准容器：Workload (512MB) + Runtime (50MB) = 562MB",
        "512 + 50 = 562 MB exactly, with decimal or binary units; the namespace term is left out.");

    /// <summary>Gets the printed result of the minimum Wasm example, about 7 MB (Res §3.2).</summary>
    public static Sourced<Information> SandboxingMinimumExampleTotal { get; } = Megabytes(
        nameof(SandboxingMinimumExampleTotal), 7, $"{SandboxMemory}, {MemoryComparison}",
        "最小 Wasm：Module (2MB) + Runtime (5MB) + Memory (64KB) = 约 7MB … 7MB",
        "2 MB + 5 MB + 64 KiB = 7.065536 MB with decimal MB (7.0625 MiB if MB were binary); printed 约 7MB (about 7 MB).");

    /// <summary>Gets the printed result of the standard Wasm example, about 16 MB (Res §3.2).</summary>
    public static Sourced<Information> SandboxingStandardExampleTotal { get; } = Megabytes(
        nameof(SandboxingStandardExampleTotal), 16, $"{SandboxMemory}, {MemoryComparison}",
        "标准 Wasm：Module (5MB) + Runtime (10MB) + Memory (1MB) = 约 16MB … 16MB",
        "5 + 10 + 1 = 16 MB exactly with decimal units (16 MiB with binary ones), though printed 约 16MB (about).");

    /// <summary>Gets a Wasm sandbox's memory overhead as §3.3 states it, 7–16 MB: the two Wasm examples as a range.</summary>
    public static Sourced<Range<Information>> SandboxingMemoryOverhead { get; } = MegabyteRange(
        nameof(SandboxingMemoryOverhead), 7, 16, "§3.3",
        "内存受限场景 → 沙盒化（内存开销最小，7-16MB）… 内存受限 | 沙盒化 | 7-16MB … 极致轻量 | 沙盒化 | 7-16MB",
        "The minimum and standard Wasm examples of §3.2 (7MB, 16MB) read as a range. " + Decimal);

    /// <summary>Gets the IO gain the grant table brings paravirtualization, about 10–20 % (Res §3.2, paravirtualization memory model).</summary>
    public static Sourced<Range<Ratio>> GrantTableIoImprovement { get; } = PercentRange(
        nameof(GrantTableIoImprovement), 10, 20, PvMemory,
        "内存效率：通过 Grant Table 机制，可以减少内存复制开销，提高 IO 性能（约 10-20% 提升）",
        "§4.1 and §4.2 give paravirtualized IO about 50 % over full virtualization (ParavirtualizationIoImprovement); both are kept.");

    /// <summary>The printed result of a paradigm's minimum memory example (Res §3.2): 434 MB, 439 MB, 148 MB or about 7 MB.</summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <returns>The figure with its citation.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="paradigm"/> is not defined.</exception>
    public static Sourced<Information> MinimumMemoryExample(Paradigm paradigm) => paradigm switch
    {
        Paradigm.Virtualization => VirtualizationMinimumExampleTotal,
        Paradigm.Paravirtualization => ParavirtualizationMinimumExampleTotal,
        Paradigm.Containerization => ContainerizationMinimumExampleTotal,
        Paradigm.Sandboxing => SandboxingMinimumExampleTotal,
        _ => throw Preconditions.Undefined(paradigm, nameof(paradigm)),
    };

    /// <summary>The printed result of a paradigm's standard memory example (Res §3.2): 1.6 GB, 1.62 GB, 562 MB or about 16 MB.</summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <returns>The figure with its citation.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="paradigm"/> is not defined.</exception>
    public static Sourced<Information> StandardMemoryExample(Paradigm paradigm) => paradigm switch
    {
        Paradigm.Virtualization => VirtualizationStandardExampleTotal,
        Paradigm.Paravirtualization => ParavirtualizationStandardExampleTotal,
        Paradigm.Containerization => ContainerizationStandardExampleTotal,
        Paradigm.Sandboxing => SandboxingStandardExampleTotal,
        _ => throw Preconditions.Undefined(paradigm, nameof(paradigm)),
    };
}
