using Paradigms.Model.Quantities;

namespace Paradigms.Model.Resources;

/// <summary>
/// A paradigm's storage performance against native, from Res §6.2's
/// P_storage = IOPS × Throughput / Latency with each factor's change typed: an IOPS loss and a
/// throughput loss (<see cref="Ratio"/>s) and an added latency (a <see cref="Duration"/>). Made by
/// <see cref="StorageModel.Performance"/>.
/// </summary>
/// <remarks>
/// <para>
/// Against native the IOPS and throughput factors keep (1 − IOPS loss) and (1 − throughput loss) and
/// the latency grows from L_raw to L_raw + added, so
/// P / P_native = (1 − IOPS loss) × (1 − throughput loss) × L_raw / (L_raw + added): above 0 and at
/// most 1 whenever the native latency is above zero. docs/equations.md states the reading.
/// </para>
/// <para><c>default</c> is all zeros, its relative performance included. Immutable.</para>
/// </remarks>
public readonly record struct StoragePerformance
{
    internal StoragePerformance(Ratio iopsLoss, Ratio throughputLoss, Duration rawLatency, Duration addedLatency)
    {
        IopsLoss = iopsLoss;
        ThroughputLoss = throughputLoss;
        RawLatency = rawLatency;
        AddedLatency = addedLatency;
        var kept = (1 - iopsLoss.DecimalFractions) * (1 - throughputLoss.DecimalFractions);
        RelativePerformance = Relative.Performance(kept, rawLatency.Nanoseconds, addedLatency.Nanoseconds);
    }

    /// <summary>Gets the share of native IOPS lost, 0 % to below 100 %.</summary>
    public Ratio IopsLoss { get; }

    /// <summary>Gets the share of native throughput lost, 0 % to below 100 %.</summary>
    public Ratio ThroughputLoss { get; }

    /// <summary>Gets the native storage latency, L_raw.</summary>
    public Duration RawLatency { get; }

    /// <summary>Gets the latency the paradigm adds to each operation.</summary>
    public Duration AddedLatency { get; }

    /// <summary>Gets the storage latency under the paradigm, L_raw + <see cref="AddedLatency"/>.</summary>
    public Duration Latency => RawLatency + AddedLatency;

    /// <summary>Gets the storage performance against native, (1 − IOPS loss) × (1 − throughput loss) × L_raw / (L_raw + added).</summary>
    public Ratio RelativePerformance { get; }

    /// <summary>The IOPS the paradigm leaves of a native rate: <paramref name="rawIops"/> × (1 − IOPS loss).</summary>
    /// <param name="rawIops">The native rate.</param>
    /// <returns>The rate under the paradigm.</returns>
    public IoOperationRate Iops(IoOperationRate rawIops) => rawIops * (1 - IopsLoss.DecimalFractions);

    /// <summary>The throughput the paradigm leaves of a native throughput: <paramref name="rawThroughput"/> × (1 − throughput loss).</summary>
    /// <param name="rawThroughput">The native throughput.</param>
    /// <returns>The throughput under the paradigm.</returns>
    public BitRate Throughput(BitRate rawThroughput) => rawThroughput * (1 - ThroughputLoss.DecimalFractions);
}
