using Paradigms.Model.Quantities;

namespace Paradigms.Model.Facts;

/// <content>
/// The storage figures of the resource document: §6.1, §6.2, §6.3 and the storage row of §7.
/// §6 has no paravirtualization row anywhere; only §7 gives paravirtualization a storage loss, so
/// its IOPS loss, throughput loss and latency increase are absent, not invented.
/// </content>
public static partial class ResourceFacts
{
    private const string StorageTable = "§6.2";

    /// <summary>Gets full virtualization's overall storage performance loss, 15–25 % (Res §6.1, §6.2, §6.3, §7).</summary>
    public static Sourced<Range<Ratio>> VirtualizationStoragePerformanceLoss { get; } = PercentRange(
        nameof(VirtualizationStoragePerformanceLoss), 15, 25, "§6.1, §6.2, §6.3, §7",
        "性能损失：15-25% … 总体性能损失 15-25% … 虚拟化 | 15-25% … 中等（15-25%损失）");

    /// <summary>Gets paravirtualization's overall storage performance loss, 8–18 %, given only by the §7 matrix.</summary>
    public static Sourced<Range<Ratio>> ParavirtualizationStoragePerformanceLoss { get; } = PercentRange(
        nameof(ParavirtualizationStoragePerformanceLoss), 8, 18, "§7",
        "存储 IO | … | 中高（8-18%损失）",
        "Only §7 gives it: §6.1, §6.2 and §6.3 have no paravirtualization row.");

    /// <summary>Gets containerization's overall storage performance loss, 5–10 % (Res §6.1, §6.2, §6.3, §7).</summary>
    public static Sourced<Range<Ratio>> ContainerizationStoragePerformanceLoss { get; } = PercentRange(
        nameof(ContainerizationStoragePerformanceLoss), 5, 10, "§6.1, §6.2, §6.3, §7",
        "性能损失：5-10% … 总体性能损失 5-10% … 镜像层共享，性能损失 5-10% … 较高（5-10%损失）");

    /// <summary>Gets a Wasm sandbox's overall storage performance loss, under 2 %, read as 0–2 % (Res §6.1, §6.2, §6.3, §7).</summary>
    public static Sourced<Range<Ratio>> SandboxingStoragePerformanceLoss { get; } = PercentBelow(
        nameof(SandboxingStoragePerformanceLoss), 2, "§6.1, §6.2, §6.3, §7",
        "性能损失：< 2% … 总体性能损失 < 2% … 存储路径最短，性能损失 < 2% … 最高（< 2%损失）");

    /// <summary>Gets full virtualization's storage IOPS loss, 15–25 % (Res §6.2).</summary>
    public static Sourced<Range<Ratio>> VirtualizationStorageIopsLoss { get; } = PercentRange(
        nameof(VirtualizationStorageIopsLoss), 15, 25, StorageTable, "虚拟化 | IOPS 损失 15-25%");

    /// <summary>Gets containerization's storage IOPS loss, 5–10 % (Res §6.2).</summary>
    public static Sourced<Range<Ratio>> ContainerizationStorageIopsLoss { get; } = PercentRange(
        nameof(ContainerizationStorageIopsLoss), 5, 10, StorageTable, "容器化 | IOPS 损失 5-10%");

    /// <summary>Gets a Wasm sandbox's storage IOPS loss, under 2 %, read as 0–2 % (Res §6.2).</summary>
    public static Sourced<Range<Ratio>> SandboxingStorageIopsLoss { get; } = PercentBelow(
        nameof(SandboxingStorageIopsLoss), 2, StorageTable, "沙盒化 | IOPS 损失 < 2%");

    /// <summary>Gets full virtualization's storage throughput loss, 15–25 % (Res §6.2).</summary>
    public static Sourced<Range<Ratio>> VirtualizationStorageThroughputLoss { get; } = PercentRange(
        nameof(VirtualizationStorageThroughputLoss), 15, 25, StorageTable, "虚拟化 | 吞吐量损失 15-25%");

    /// <summary>Gets containerization's storage throughput loss, 5–10 % (Res §6.2).</summary>
    public static Sourced<Range<Ratio>> ContainerizationStorageThroughputLoss { get; } = PercentRange(
        nameof(ContainerizationStorageThroughputLoss), 5, 10, StorageTable, "容器化 | 吞吐量损失 5-10%");

    /// <summary>Gets a Wasm sandbox's storage throughput loss, under 2 %, read as 0–2 % (Res §6.2).</summary>
    public static Sourced<Range<Ratio>> SandboxingStorageThroughputLoss { get; } = PercentBelow(
        nameof(SandboxingStorageThroughputLoss), 2, StorageTable, "沙盒化 | 吞吐量损失 < 2%");

    /// <summary>Gets the storage latency full virtualization adds, 10–30 μs (Res §6.2).</summary>
    public static Sourced<Range<Duration>> VirtualizationStorageLatencyIncrease { get; } = MicrosecondRange(
        nameof(VirtualizationStorageLatencyIncrease), 10, 30, StorageTable, "虚拟化 | 延迟增加 10-30μs");

    /// <summary>Gets the storage latency containerization adds, 1–5 μs (Res §6.2).</summary>
    public static Sourced<Range<Duration>> ContainerizationStorageLatencyIncrease { get; } = MicrosecondRange(
        nameof(ContainerizationStorageLatencyIncrease), 1, 5, StorageTable, "容器化 | 延迟增加 1-5μs");

    /// <summary>Gets the storage latency a Wasm sandbox adds, under 1 μs, read as 0–1 μs (Res §6.2).</summary>
    public static Sourced<Range<Duration>> SandboxingStorageLatencyIncrease { get; } = MicrosecondsBelow(
        nameof(SandboxingStorageLatencyIncrease), 1, StorageTable, "沙盒化 | 延迟增加 < 1μs");

    /// <summary>The overall storage performance loss of a paradigm (Res §6.1, §6.2, §6.3, §7; paravirtualization from §7 alone).</summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <returns>The figure with its citation.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="paradigm"/> is not defined.</exception>
    public static Sourced<Range<Ratio>> StoragePerformanceLoss(Paradigm paradigm) => paradigm switch
    {
        Paradigm.Virtualization => VirtualizationStoragePerformanceLoss,
        Paradigm.Paravirtualization => ParavirtualizationStoragePerformanceLoss,
        Paradigm.Containerization => ContainerizationStoragePerformanceLoss,
        Paradigm.Sandboxing => SandboxingStoragePerformanceLoss,
        _ => throw Preconditions.Undefined(paradigm, nameof(paradigm)),
    };
}
