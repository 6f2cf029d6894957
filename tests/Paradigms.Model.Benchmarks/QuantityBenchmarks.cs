using BenchmarkDotNet.Attributes;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Benchmarks;

/// <summary>
/// The same small model expression computed on the unit-safe quantities and on raw doubles.
/// Per element: a latency made of three durations (queueing + service + wire, about
/// 10 μs + 25 μs + 1.5 μs), the throughput of a transfer over that latency
/// (Information / Duration = BitRate) and the time a cycle count takes at a clock
/// (Cycles / Frequency = Duration); the latencies, CPU times and throughputs are summed over the array.
/// The double version does exactly the same arithmetic in the same base units
/// (nanoseconds, bytes, bit/s, hertz) with the same constants, so both give bit-identical sums.
/// </summary>
[MemoryDiagnoser]
public class QuantityBenchmarks
{
    private const int Count = 1024;

    // Bytes × bits per byte × nanoseconds per second, as Information / Duration uses it.
    private const double BitsPerByteTimesNanosecondsPerSecond = 8e9;

    private const double NanosecondsPerSecond = 1e9;

    private Duration[] _queueing = [];
    private Duration[] _service = [];
    private Duration[] _wire = [];
    private Information[] _sizes = [];
    private Cycles[] _cycles = [];
    private Frequency _clock;

    private double[] _queueingNanoseconds = [];
    private double[] _serviceNanoseconds = [];
    private double[] _wireNanoseconds = [];
    private double[] _sizeBytes = [];
    private double[] _cycleCounts = [];
    private double _clockHertz;

    [GlobalSetup]
    public void Setup()
    {
        // Fixed seed: every run sees the same inputs; varied values keep the JIT from folding the loop.
        var random = new Random(20240601);
        _queueing = new Duration[Count];
        _service = new Duration[Count];
        _wire = new Duration[Count];
        _sizes = new Information[Count];
        _cycles = new Cycles[Count];
        for (var i = 0; i < Count; i++)
        {
            _queueing[i] = Duration.FromMicroseconds(10 + random.NextDouble());
            _service[i] = Duration.FromMicroseconds(25 + random.NextDouble());
            _wire[i] = Duration.FromMicroseconds(1.5 + random.NextDouble());
            _sizes[i] = Information.FromMegabytes(1 + random.NextDouble());
            _cycles[i] = Cycles.FromCycles(3000 + random.Next(1000));
        }

        _clock = Frequency.FromGigahertz(3);

        _queueingNanoseconds = Array.ConvertAll(_queueing, d => d.Nanoseconds);
        _serviceNanoseconds = Array.ConvertAll(_service, d => d.Nanoseconds);
        _wireNanoseconds = Array.ConvertAll(_wire, d => d.Nanoseconds);
        _sizeBytes = Array.ConvertAll(_sizes, s => s.Bytes);
        _cycleCounts = Array.ConvertAll(_cycles, c => c.Count);
        _clockHertz = _clock.Hertz;

        // The comparison is only fair if both versions compute the same thing.
        var typed = Quantities();
        var raw = RawDoubles();
        if (typed.LatencyNanoseconds != raw.LatencyNanoseconds || typed.BitsPerSecond != raw.BitsPerSecond)
        {
            throw new InvalidOperationException($"The two versions differ: {typed} vs {raw}.");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public Totals RawDoubles()
    {
        var queueing = _queueingNanoseconds;
        var service = _serviceNanoseconds;
        var wire = _wireNanoseconds;
        var sizes = _sizeBytes;
        var cycles = _cycleCounts;
        var clockHertz = _clockHertz;
        var totalLatency = 0.0;
        var totalRate = 0.0;
        for (var i = 0; i < queueing.Length; i++)
        {
            var latency = queueing[i] + service[i] + wire[i];
            totalRate += sizes[i] * BitsPerByteTimesNanosecondsPerSecond / latency;
            totalLatency += latency + (cycles[i] * NanosecondsPerSecond / clockHertz);
        }

        return new Totals(totalLatency, totalRate);
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public Totals Quantities()
    {
        var queueing = _queueing;
        var service = _service;
        var wire = _wire;
        var sizes = _sizes;
        var cycles = _cycles;
        var clock = _clock;
        var totalLatency = Duration.Zero;
        var totalRate = BitRate.Zero;
        for (var i = 0; i < queueing.Length; i++)
        {
            var latency = queueing[i] + service[i] + wire[i];
            totalRate += sizes[i] / latency;
            totalLatency += latency + (cycles[i] / clock);
        }

        return new Totals(totalLatency.Nanoseconds, totalRate.BitsPerSecond);
    }

    /// <summary>The summed latency in nanoseconds and the summed throughput in bit/s.</summary>
    public readonly record struct Totals(double LatencyNanoseconds, double BitsPerSecond);
}
