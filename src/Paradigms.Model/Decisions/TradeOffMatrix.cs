using System;
using System.Collections.Generic;
using Paradigms.Model.Facts;
using F = Paradigms.Model.Facts.ResourceFacts;
using P = Paradigms.Model.Paradigm;
using Rt = Paradigms.Model.Resources.Rating;

namespace Paradigms.Model.Decisions;

/// <summary>
/// The trade-off matrix of Res §7 (综合资源权衡决策矩阵): seven dimensions, a cell per paradigm, and
/// the best choice of each row.
/// </summary>
/// <remarks>
/// <para>Every entry is immutable and carries its citation; the class is safe to use from any thread.</para>
/// <para>
/// The figures are the readings §7 gives, which are not always those of the resource's own chapter:
/// the network row has full virtualization at <see cref="ResourceFacts.VirtualizationNetworkModelLatencyOverhead"/>
/// and containers at <see cref="ResourceFacts.ContainerizationNetworkModelLatencyOverhead"/> (the §5.1
/// readings), but paravirtualization at <see cref="ResourceFacts.ParavirtualizationNetworkLatencyOverhead"/>
/// (the §5.2 reading) (docs/seed-consistency.md, items 27–29). Paravirtualization's storage loss,
/// <see cref="ResourceFacts.ParavirtualizationStoragePerformanceLoss"/>, is given by §7 alone (item 40).
/// The sandbox is the best choice on the five resource rows and full virtualization on isolation and
/// compatibility, as the document says; §2.3 nevertheless sends CPU-intensive work to containers (item 43).
/// </para>
/// </remarks>
public static class TradeOffMatrix
{
    private static readonly TradeOffRow[] Matrix =
    [
        // CPU 利用率 | 70-80% | 75-85% | 85-95% | 90-98% | 沙盒化
        new(
            TradeOffDimension.CpuUtilization, "CPU utilization", "CPU 利用率",
            [
                new(P.Virtualization, null, F.VirtualizationCpuUtilization, null, "{0}"),
                new(P.Paravirtualization, null, F.ParavirtualizationCpuUtilization, null, "{0}"),
                new(P.Containerization, null, F.ContainerizationCpuUtilization, null, "{0}"),
                new(P.Sandboxing, null, F.SandboxingCpuUtilization, null, "{0}"),
            ],
            P.Sandboxing, higherRatingIsBetter: null, higherFigureIsBetter: true),

        // 内存开销 | 高（+Guest OS） | 高（+Guest OS + Grant） | 中（仅应用） | 低（最小） | 沙盒化
        new(
            TradeOffDimension.MemoryOverhead, "memory overhead", "内存开销",
            [
                new(P.Virtualization, Rt.High, null, "高（+Guest OS）", "high (+ guest OS)"),
                new(P.Paravirtualization, Rt.High, null, "高（+Guest OS + Grant）", "high (+ guest OS + grant table)"),
                new(P.Containerization, Rt.Medium, null, "中（仅应用）", "medium (application only)"),
                new(P.Sandboxing, Rt.Low, null, "低（最小）", "low (minimal)"),
            ],
            P.Sandboxing, higherRatingIsBetter: false, higherFigureIsBetter: null),

        // IO 性能 | 中等（10-30%损失） | 中高（5-15%损失） | 较高（< 5%损失） | 最高（< 1%损失） | 沙盒化
        new(
            TradeOffDimension.IoPerformance, "IO performance", "IO 性能",
            [
                new(P.Virtualization, Rt.Medium, F.VirtualizationIoPerformanceLoss, "中等（…损失）", "medium ({0} loss)"),
                new(P.Paravirtualization, Rt.MediumHigh, F.ParavirtualizationIoPerformanceLoss, "中高（…损失）", "medium-high ({0} loss)"),
                new(P.Containerization, Rt.FairlyHigh, F.ContainerizationIoPerformanceLoss, "较高（…损失）", "fairly high ({0} loss)"),
                new(P.Sandboxing, Rt.Highest, F.SandboxingIoPerformanceLoss, "最高（…损失）", "highest ({0} loss)"),
            ],
            P.Sandboxing, higherRatingIsBetter: true, higherFigureIsBetter: false),

        // 网络延迟 | 高（10-50μs） | 中高（11-28μs） | 中（1-10μs） | 低（< 1μs） | 沙盒化
        new(
            TradeOffDimension.NetworkLatency, "network latency", "网络延迟",
            [
                new(P.Virtualization, Rt.High, F.VirtualizationNetworkModelLatencyOverhead, "高（…）", "high ({0})"),
                new(P.Paravirtualization, Rt.MediumHigh, F.ParavirtualizationNetworkLatencyOverhead, "中高（…）", "medium-high ({0})"),
                new(P.Containerization, Rt.Medium, F.ContainerizationNetworkModelLatencyOverhead, "中（…）", "medium ({0})"),
                new(P.Sandboxing, Rt.Low, F.SandboxingNetworkLatencyOverhead, "低（…）", "low ({0})"),
            ],
            P.Sandboxing, higherRatingIsBetter: false, higherFigureIsBetter: false),

        // 存储 IO | 中等（15-25%损失） | 中高（8-18%损失） | 较高（5-10%损失） | 最高（< 2%损失） | 沙盒化
        new(
            TradeOffDimension.StorageIo, "storage IO", "存储 IO",
            [
                new(P.Virtualization, Rt.Medium, F.VirtualizationStoragePerformanceLoss, "中等（…损失）", "medium ({0} loss)"),
                new(P.Paravirtualization, Rt.MediumHigh, F.ParavirtualizationStoragePerformanceLoss, "中高（…损失）", "medium-high ({0} loss)"),
                new(P.Containerization, Rt.FairlyHigh, F.ContainerizationStoragePerformanceLoss, "较高（…损失）", "fairly high ({0} loss)"),
                new(P.Sandboxing, Rt.Highest, F.SandboxingStoragePerformanceLoss, "最高（…损失）", "highest ({0} loss)"),
            ],
            P.Sandboxing, higherRatingIsBetter: true, higherFigureIsBetter: false),

        // 隔离强度 | 最高（硬件级） | 高（内核级） | 中等（进程级） | 较低（应用级） | 虚拟化
        new(
            TradeOffDimension.IsolationStrength, "isolation strength", "隔离强度",
            [
                new(P.Virtualization, Rt.Highest, null, "最高（硬件级）", "highest (hardware level)"),
                new(P.Paravirtualization, Rt.High, null, "高（内核级）", "high (kernel level)"),
                new(P.Containerization, Rt.Medium, null, "中等（进程级）", "medium (process level)"),
                new(P.Sandboxing, Rt.FairlyLow, null, "较低（应用级）", "fairly low (application level)"),
            ],
            P.Virtualization, higherRatingIsBetter: true, higherFigureIsBetter: null),

        // 兼容性 | 最高（多 OS） | 高（需修改 Guest OS） | 高（Linux） | 低（应用特定） | 虚拟化
        new(
            TradeOffDimension.Compatibility, "compatibility", "兼容性",
            [
                new(P.Virtualization, Rt.Highest, null, "最高（多 OS）", "highest (several operating systems)"),
                new(P.Paravirtualization, Rt.High, null, "高（需修改 Guest OS）", "high (the guest OS must be modified)"),
                new(P.Containerization, Rt.High, null, "高（Linux）", "high (Linux)"),
                new(P.Sandboxing, Rt.Low, null, "低（应用特定）", "low (application-specific)"),
            ],
            P.Virtualization, higherRatingIsBetter: true, higherFigureIsBetter: null),
    ];

    /// <summary>Gets the seven rows, in the document's order (the order of <see cref="TradeOffDimension"/>).</summary>
    public static IReadOnlyList<TradeOffRow> Rows { get; } = Array.AsReadOnly(Matrix);

    /// <summary>The row of one dimension.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is not defined.</exception>
    public static TradeOffRow Row(TradeOffDimension dimension) => Matrix[(int)Preconditions.Defined(dimension, nameof(dimension)) - 1];

    /// <summary>The cell of one paradigm on one dimension.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="paradigm">The paradigm.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> or <paramref name="paradigm"/> is not defined.</exception>
    public static TradeOffCell Cell(TradeOffDimension dimension, Paradigm paradigm)
    {
        var row = Row(dimension);
        return row.Cell(paradigm);
    }
}
