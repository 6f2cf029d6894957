using System.Diagnostics.Contracts;
using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Resources;

/// <summary>
/// The storage chapter of the resource document (Res §6): the storage IO model of §6.2 as a pure
/// function, and each paradigm's performance over the losses and latency its table gives.
/// </summary>
/// <remarks>
/// <para>
/// §6.2 gives one general equation, P_storage = IOPS × Throughput / Latency, and a table of each
/// paradigm's IOPS loss, throughput loss and added latency for full virtualization, containers and
/// sandboxes. Paravirtualization has no row anywhere in §6; only §7 gives it an overall loss of 8–18 %
/// (docs/seed-consistency.md item 40), so <see cref="RelativePerformance"/> returns null for it rather
/// than invent the three figures.
/// </para>
/// <para>Inputs are checked: losses from 0 % to below 100 %, latencies 0 or more. Allocates nothing. Pure and thread-safe.</para>
/// </remarks>
public static class StorageModel
{
    /// <summary>Storage performance against native, from P_storage = IOPS × Throughput / Latency (Res §6.2).</summary>
    /// <param name="rawLatency">The native storage latency; 0 or more.</param>
    /// <param name="iopsLoss">The share of native IOPS lost; documented 15–25 %, 5–10 %, under 2 % (<see cref="ResourceFacts.VirtualizationStorageIopsLoss"/>, …).</param>
    /// <param name="throughputLoss">The share of native throughput lost; documented as the IOPS loss (<see cref="ResourceFacts.VirtualizationStorageThroughputLoss"/>, …).</param>
    /// <param name="addedLatency">The latency added to each operation; documented 10–30 μs, 1–5 μs, under 1 μs (<see cref="ResourceFacts.VirtualizationStorageLatencyIncrease"/>, …).</param>
    /// <returns>The performance against native.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">An input is outside the range given above.</exception>
    /// <exception cref="System.OverflowException">The latency, native plus added, is too large for a <see cref="double"/>.</exception>
    [Pure]
    public static StoragePerformance Performance(Duration rawLatency, Ratio iopsLoss, Ratio throughputLoss, Duration addedLatency) =>
        new(
            EquationInput.Loss(iopsLoss, nameof(iopsLoss)),
            EquationInput.Loss(throughputLoss, nameof(throughputLoss)),
            EquationInput.NotNegative(rawLatency, nameof(rawLatency)),
            EquationInput.NotNegative(addedLatency, nameof(addedLatency)));

    /// <summary>A paradigm's storage performance against native over the ranges of its §6.2 table row, by <see cref="Corners"/>.</summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <param name="rawLatency">The native storage latency of the device; 0 or more. The document gives none.</param>
    /// <returns>The smallest to the largest relative performance, or null for paravirtualization, which §6 leaves out.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="paradigm"/> is not defined, or <paramref name="rawLatency"/> is negative.</exception>
    [Pure]
    public static Range<Ratio>? RelativePerformance(Paradigm paradigm, Duration rawLatency)
    {
        var raw = Range<Duration>.Point(EquationInput.NotNegative(rawLatency, nameof(rawLatency)));
        return paradigm switch
        {
            Paradigm.Virtualization => Evaluate(raw, ResourceFacts.VirtualizationStorageIopsLoss, ResourceFacts.VirtualizationStorageThroughputLoss, ResourceFacts.VirtualizationStorageLatencyIncrease),
            Paradigm.Paravirtualization => null,
            Paradigm.Containerization => Evaluate(raw, ResourceFacts.ContainerizationStorageIopsLoss, ResourceFacts.ContainerizationStorageThroughputLoss, ResourceFacts.ContainerizationStorageLatencyIncrease),
            Paradigm.Sandboxing => Evaluate(raw, ResourceFacts.SandboxingStorageIopsLoss, ResourceFacts.SandboxingStorageThroughputLoss, ResourceFacts.SandboxingStorageLatencyIncrease),
            _ => throw Preconditions.Undefined(paradigm, nameof(paradigm)),
        };
    }

    private static Range<Ratio> Evaluate(
        Range<Duration> raw, Sourced<Range<Ratio>> iopsLoss, Sourced<Range<Ratio>> throughputLoss, Sourced<Range<Duration>> addedLatency) =>
        Corners.Evaluate(raw, iopsLoss.Value, throughputLoss.Value, addedLatency.Value, static (r, i, t, a) => Performance(r, i, t, a).RelativePerformance);
}
