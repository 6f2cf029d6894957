using BenchmarkDotNet.Attributes;
using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;
using Paradigms.Model.Resources;

namespace Paradigms.Model.Benchmarks;

/// <summary>
/// The storage equation of Res §6.2 (<see cref="StorageModel.Performance"/>), typed and as doubles:
/// P / P_native = (1 − IOPS loss) × (1 − throughput loss) × L_raw / (L_raw + added latency). The
/// inputs cycle through the three rows of the §6.2 table (full virtualization, containers, sandboxes),
/// each drawn inside that row's ranges (<see cref="ResourceFacts.VirtualizationStorageIopsLoss"/>, …);
/// the native latency, which the document leaves to the device, is drawn from 10 to 1000 μs. Each call
/// sums the relative performance.
/// </summary>
public class StorageEquationBenchmarks : EquationBenchmarks
{
    private const string Performance = "Storage.Performance";

    private StorageInput<Duration, Ratio>[] _inputs = [];
    private StorageInput<double, double>[] _inputsRaw = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20240606);
        var rawLatency = new Range<Duration>(Duration.FromMicroseconds(10), Duration.FromMicroseconds(1000));
        (Sourced<Range<Ratio>> Iops, Sourced<Range<Ratio>> Throughput, Sourced<Range<Duration>> Latency)[] rows =
        [
            (ResourceFacts.VirtualizationStorageIopsLoss, ResourceFacts.VirtualizationStorageThroughputLoss, ResourceFacts.VirtualizationStorageLatencyIncrease),
            (ResourceFacts.ContainerizationStorageIopsLoss, ResourceFacts.ContainerizationStorageThroughputLoss, ResourceFacts.ContainerizationStorageLatencyIncrease),
            (ResourceFacts.SandboxingStorageIopsLoss, ResourceFacts.SandboxingStorageThroughputLoss, ResourceFacts.SandboxingStorageLatencyIncrease),
        ];
        _inputs = new StorageInput<Duration, Ratio>[Count];
        for (var i = 0; i < _inputs.Length; i++)
        {
            var row = rows[i % rows.Length];
            _inputs[i] = new StorageInput<Duration, Ratio>(
                Draw(random, rawLatency), Draw(random, row.Iops.Value), Draw(random, row.Throughput.Value), Draw(random, row.Latency.Value));
        }

        _inputsRaw = Array.ConvertAll(
            _inputs, x => new StorageInput<double, double>(x.RawLatency.Nanoseconds, x.IopsLoss.Percent, x.ThroughputLoss.Percent, x.AddedLatency.Nanoseconds));

        CheckIdentical(Performance, PerformanceTyped().First, PerformanceDouble().First);

        // Both versions refuse the same inputs.
        var one = Duration.FromMicroseconds(1);
        CheckRefuses<ArgumentOutOfRangeException>("An IOPS loss of 100 % (typed)", () => StorageModel.Performance(one, Ratio.FromPercent(100), Ratio.Zero, one));
        CheckRefuses<ArgumentOutOfRangeException>("An IOPS loss of 100 % (double)", () => PerformanceRaw(1000, 100, 0, 1000));
        CheckRefuses<ArgumentOutOfRangeException>("A throughput loss above 100 % (typed)", () => StorageModel.Performance(one, Ratio.Zero, Ratio.FromPercent(150), one));
        CheckRefuses<ArgumentOutOfRangeException>("A throughput loss above 100 % (double)", () => PerformanceRaw(1000, 0, 150, 1000));
        CheckRefuses<ArgumentOutOfRangeException>("A negative added latency (typed)", () => StorageModel.Performance(one, Ratio.Zero, Ratio.Zero, -one));
        CheckRefuses<ArgumentOutOfRangeException>("A negative added latency (double)", () => PerformanceRaw(1000, 0, 0, -1000));
    }

    [Benchmark(OperationsPerInvoke = Count, Baseline = true)]
    [BenchmarkCategory(Performance)]
    public Sums PerformanceDouble()
    {
        double relative = 0;
        foreach (ref readonly var x in _inputsRaw.AsSpan())
        {
            relative += PerformanceRaw(x.RawLatency, x.IopsLoss, x.ThroughputLoss, x.AddedLatency).RelativePerformancePercent;
        }

        return new Sums(relative, 0);
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory(Performance)]
    public Sums PerformanceTyped()
    {
        double relative = 0;
        foreach (ref readonly var x in _inputs.AsSpan())
        {
            relative += StorageModel.Performance(x.RawLatency, x.IopsLoss, x.ThroughputLoss, x.AddedLatency).RelativePerformance.Percent;
        }

        return new Sums(relative, 0);
    }

    // The double version, in nanoseconds and percent, checking its inputs in the typed equation's order.
    private static RawStoragePerformance PerformanceRaw(double rawLatency, double iopsLossPercent, double throughputLossPercent, double addedLatency)
    {
        Loss(iopsLossPercent, nameof(iopsLossPercent));
        Loss(throughputLossPercent, nameof(throughputLossPercent));
        NotNegative(rawLatency, nameof(rawLatency));
        NotNegative(addedLatency, nameof(addedLatency));
        var total = rawLatency + addedLatency;
        if (!(total <= double.MaxValue))
        {
            Refuse.Overflow("The storage latency");
        }

        var kept = (1 - (iopsLossPercent / 100)) * (1 - (throughputLossPercent / 100));
        var latencyShare = total == 0 ? 1 : rawLatency / total;
        return new RawStoragePerformance(iopsLossPercent, throughputLossPercent, rawLatency, addedLatency, kept * latencyShare * 100);
    }



    /// <summary>One input of the storage equation.</summary>
    public readonly record struct StorageInput<TDuration, TRatio>(TDuration RawLatency, TRatio IopsLoss, TRatio ThroughputLoss, TDuration AddedLatency);

    /// <summary>The double version of <see cref="StoragePerformance"/>, in nanoseconds and percent.</summary>
    public readonly record struct RawStoragePerformance(
        double IopsLossPercent, double ThroughputLossPercent, double RawLatency, double AddedLatency, double RelativePerformancePercent);
}
