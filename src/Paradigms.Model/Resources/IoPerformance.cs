using Paradigms.Model.Quantities;

namespace Paradigms.Model.Resources;

/// <summary>
/// A paradigm's IO performance against native, from Res §4.2's equation
/// P = T_raw × (1 − L) / (L_raw + added latency), with its two uses of L split apart: a throughput
/// loss (a <see cref="Ratio"/>) and an added latency (a <see cref="Duration"/>). Made by <see cref="IoModel"/>.
/// </summary>
/// <remarks>
/// <para>
/// Native IO is P_native = T_raw / L_raw, so relative performance is
/// P / P_native = (1 − loss) × L_raw / (L_raw + added latency): dimensionless, above 0 and at most 1
/// whenever the native latency is above zero, and independent of T_raw. With a native latency of zero
/// it is 1 when nothing is added and 0 otherwise. docs/equations.md states the reading.
/// </para>
/// <para><c>default</c> is all zeros, its relative performance included. Immutable.</para>
/// </remarks>
public readonly record struct IoPerformance
{
    internal IoPerformance(Ratio throughputLoss, Duration rawLatency, double addedLatency)
    {
        // addedLatency is a sum of checked latencies in nanoseconds; Relative.Performance refuses it if it overflowed.
        RelativePerformance = Relative.Performance(1 - throughputLoss.DecimalFractions, rawLatency.Nanoseconds, addedLatency);
        ThroughputLoss = throughputLoss;
        RawLatency = rawLatency;
        AddedLatency = new Duration(addedLatency);
    }

    /// <summary>Gets the share of native throughput lost, 0 % to below 100 %.</summary>
    public Ratio ThroughputLoss { get; }

    /// <summary>Gets the native IO latency, L_raw.</summary>
    public Duration RawLatency { get; }

    /// <summary>Gets the latency the paradigm adds to each IO, the sum of its latency terms.</summary>
    public Duration AddedLatency { get; }

    /// <summary>Gets the IO latency under the paradigm, L_raw + <see cref="AddedLatency"/>.</summary>
    public Duration Latency => RawLatency + AddedLatency;

    /// <summary>Gets the IO performance against native, (1 − loss) × L_raw / (L_raw + added latency).</summary>
    public Ratio RelativePerformance { get; }

    /// <summary>The throughput the paradigm leaves of a native throughput: <paramref name="rawThroughput"/> × (1 − loss).</summary>
    /// <param name="rawThroughput">The native throughput, T_raw.</param>
    /// <returns>The throughput under the paradigm.</returns>
    public BitRate Throughput(BitRate rawThroughput) => rawThroughput * (1 - ThroughputLoss.DecimalFractions);
}
