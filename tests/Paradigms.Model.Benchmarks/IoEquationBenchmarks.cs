using BenchmarkDotNet.Attributes;
using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;
using Paradigms.Model.Resources;

namespace Paradigms.Model.Benchmarks;

/// <summary>
/// The four IO performance equations of Res §4.2 (<see cref="IoModel"/>), typed and as doubles:
/// P / P_native = (1 − loss) × L_raw / (L_raw + added latency). Losses and latency terms are drawn
/// inside the documented ranges (<see cref="ResourceFacts.VirtualizationIoThroughputLoss"/>,
/// <see cref="ResourceFacts.IoVmExitLatency"/>, …); the native latency, which the document leaves
/// to the device, is drawn from 10 to 1000 μs. Each call sums the added latency and the relative performance.
/// </summary>
public class IoEquationBenchmarks : EquationBenchmarks
{
    private const string Virtualization = "Io.Virtualization";
    private const string Paravirtualization = "Io.Paravirtualization";
    private const string Containerization = "Io.Containerization";
    private const string Sandboxing = "Io.Sandboxing";

    private IoInput<Duration, Ratio>[] _virtualization = [];
    private IoInput<Duration, Ratio>[] _paravirtualization = [];
    private IoInput<Duration, Ratio>[] _containerization = [];
    private IoInput<Duration, Ratio>[] _sandboxing = [];
    private IoInput<double, double>[] _virtualizationRaw = [];
    private IoInput<double, double>[] _paravirtualizationRaw = [];
    private IoInput<double, double>[] _containerizationRaw = [];
    private IoInput<double, double>[] _sandboxingRaw = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20240604);
        _virtualization = Draw(random, ResourceFacts.VirtualizationIoThroughputLoss, ResourceFacts.IoVmExitLatency, ResourceFacts.IoDeviceEmulationLatency);
        _paravirtualization = Draw(random, ResourceFacts.ParavirtualizationIoThroughputLoss, ResourceFacts.IoHypercallLatency, ResourceFacts.IoCollaborationLatency);
        _containerization = Draw(random, ResourceFacts.ContainerIoOverhead, ResourceFacts.IoNamespaceFilterLatency, null);
        _sandboxing = Draw(random, ResourceFacts.WasmIoRuntimeOverhead, ResourceFacts.WasiIoInterceptionLatency, null);

        _virtualizationRaw = Array.ConvertAll(_virtualization, ToRaw);
        _paravirtualizationRaw = Array.ConvertAll(_paravirtualization, ToRaw);
        _containerizationRaw = Array.ConvertAll(_containerization, ToRaw);
        _sandboxingRaw = Array.ConvertAll(_sandboxing, ToRaw);

        Check(Virtualization, VirtualizationTyped(), VirtualizationDouble());
        Check(Paravirtualization, ParavirtualizationTyped(), ParavirtualizationDouble());
        Check(Containerization, ContainerizationTyped(), ContainerizationDouble());
        Check(Sandboxing, SandboxingTyped(), SandboxingDouble());

        // Both versions refuse the same inputs.
        var one = Duration.FromMicroseconds(1);
        CheckRefuses<ArgumentOutOfRangeException>("A loss of 100 % (typed)", () => IoModel.Virtualization(one, Ratio.FromPercent(100), one, one));
        CheckRefuses<ArgumentOutOfRangeException>("A loss of 100 % (double)", () => VirtualizationRaw(1000, 100, 1000, 1000));
        CheckRefuses<ArgumentOutOfRangeException>("A negative loss (typed)", () => IoModel.Sandboxing(one, Ratio.FromPercent(-1), one));
        CheckRefuses<ArgumentOutOfRangeException>("A negative loss (double)", () => SandboxingRaw(1000, -1, 1000));
        CheckRefuses<ArgumentOutOfRangeException>("A negative latency (typed)", () => IoModel.Paravirtualization(one, Ratio.Zero, one, -one));
        CheckRefuses<ArgumentOutOfRangeException>("A negative latency (double)", () => ParavirtualizationRaw(1000, 0, 1000, -1000));
        CheckRefuses<ArgumentOutOfRangeException>("A negative native latency (typed)", () => IoModel.Containerization(-one, Ratio.Zero, one));
        CheckRefuses<ArgumentOutOfRangeException>("A negative native latency (double)", () => ContainerizationRaw(-1000, 0, 1000));
    }

    [Benchmark(OperationsPerInvoke = Count, Baseline = true)]
    [BenchmarkCategory(Virtualization)]
    public Sums VirtualizationDouble()
    {
        double added = 0, relative = 0;
        foreach (ref readonly var x in _virtualizationRaw.AsSpan())
        {
            var io = VirtualizationRaw(x.RawLatency, x.Loss, x.FirstLatency, x.SecondLatency);
            added += io.AddedLatency;
            relative += io.RelativePerformancePercent;
        }

        return new Sums(added, relative);
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory(Virtualization)]
    public Sums VirtualizationTyped()
    {
        double added = 0, relative = 0;
        foreach (ref readonly var x in _virtualization.AsSpan())
        {
            var io = IoModel.Virtualization(x.RawLatency, x.Loss, x.FirstLatency, x.SecondLatency);
            added += io.AddedLatency.Nanoseconds;
            relative += io.RelativePerformance.Percent;
        }

        return new Sums(added, relative);
    }

    [Benchmark(OperationsPerInvoke = Count, Baseline = true)]
    [BenchmarkCategory(Paravirtualization)]
    public Sums ParavirtualizationDouble()
    {
        double added = 0, relative = 0;
        foreach (ref readonly var x in _paravirtualizationRaw.AsSpan())
        {
            var io = ParavirtualizationRaw(x.RawLatency, x.Loss, x.FirstLatency, x.SecondLatency);
            added += io.AddedLatency;
            relative += io.RelativePerformancePercent;
        }

        return new Sums(added, relative);
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory(Paravirtualization)]
    public Sums ParavirtualizationTyped()
    {
        double added = 0, relative = 0;
        foreach (ref readonly var x in _paravirtualization.AsSpan())
        {
            var io = IoModel.Paravirtualization(x.RawLatency, x.Loss, x.FirstLatency, x.SecondLatency);
            added += io.AddedLatency.Nanoseconds;
            relative += io.RelativePerformance.Percent;
        }

        return new Sums(added, relative);
    }

    [Benchmark(OperationsPerInvoke = Count, Baseline = true)]
    [BenchmarkCategory(Containerization)]
    public Sums ContainerizationDouble()
    {
        double added = 0, relative = 0;
        foreach (ref readonly var x in _containerizationRaw.AsSpan())
        {
            var io = ContainerizationRaw(x.RawLatency, x.Loss, x.FirstLatency);
            added += io.AddedLatency;
            relative += io.RelativePerformancePercent;
        }

        return new Sums(added, relative);
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory(Containerization)]
    public Sums ContainerizationTyped()
    {
        double added = 0, relative = 0;
        foreach (ref readonly var x in _containerization.AsSpan())
        {
            var io = IoModel.Containerization(x.RawLatency, x.Loss, x.FirstLatency);
            added += io.AddedLatency.Nanoseconds;
            relative += io.RelativePerformance.Percent;
        }

        return new Sums(added, relative);
    }

    [Benchmark(OperationsPerInvoke = Count, Baseline = true)]
    [BenchmarkCategory(Sandboxing)]
    public Sums SandboxingDouble()
    {
        double added = 0, relative = 0;
        foreach (ref readonly var x in _sandboxingRaw.AsSpan())
        {
            var io = SandboxingRaw(x.RawLatency, x.Loss, x.FirstLatency);
            added += io.AddedLatency;
            relative += io.RelativePerformancePercent;
        }

        return new Sums(added, relative);
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory(Sandboxing)]
    public Sums SandboxingTyped()
    {
        double added = 0, relative = 0;
        foreach (ref readonly var x in _sandboxing.AsSpan())
        {
            var io = IoModel.Sandboxing(x.RawLatency, x.Loss, x.FirstLatency);
            added += io.AddedLatency.Nanoseconds;
            relative += io.RelativePerformance.Percent;
        }

        return new Sums(added, relative);
    }

    // The double versions, in nanoseconds and percent, checking their inputs in the typed
    // equations' order: the loss, the native latency, then each added latency.
    private static RawIoPerformance VirtualizationRaw(double rawLatency, double throughputLossPercent, double vmExitLatency, double emulationLatency) =>
        Performance(
            Loss(throughputLossPercent, nameof(throughputLossPercent)),
            NotNegative(rawLatency, nameof(rawLatency)),
            NotNegative(vmExitLatency, nameof(vmExitLatency)) + NotNegative(emulationLatency, nameof(emulationLatency)));

    private static RawIoPerformance ParavirtualizationRaw(double rawLatency, double throughputLossPercent, double hypercallLatency, double collaborationLatency) =>
        Performance(
            Loss(throughputLossPercent, nameof(throughputLossPercent)),
            NotNegative(rawLatency, nameof(rawLatency)),
            NotNegative(hypercallLatency, nameof(hypercallLatency)) + NotNegative(collaborationLatency, nameof(collaborationLatency)));

    private static RawIoPerformance ContainerizationRaw(double rawLatency, double containerOverheadPercent, double namespaceLatency) =>
        Performance(
            Loss(containerOverheadPercent, nameof(containerOverheadPercent)),
            NotNegative(rawLatency, nameof(rawLatency)),
            NotNegative(namespaceLatency, nameof(namespaceLatency)));

    private static RawIoPerformance SandboxingRaw(double rawLatency, double runtimeOverheadPercent, double wasiLatency) =>
        Performance(
            Loss(runtimeOverheadPercent, nameof(runtimeOverheadPercent)),
            NotNegative(rawLatency, nameof(rawLatency)),
            NotNegative(wasiLatency, nameof(wasiLatency)));

    // (1 − loss) × native / (native + added), in percent; both latencies zero means nothing is slower.
    private static RawIoPerformance Performance(double lossPercent, double rawLatency, double addedLatency)
    {
        var total = rawLatency + addedLatency;
        if (!(total <= double.MaxValue))
        {
            Refuse.Overflow("The IO latency");
        }

        var latencyShare = total == 0 ? 1 : rawLatency / total;
        return new RawIoPerformance(lossPercent, rawLatency, addedLatency, (1 - (lossPercent / 100)) * latencyShare * 100);
    }



    private static IoInput<Duration, Ratio>[] Draw(Random random, Sourced<Range<Ratio>> loss, Sourced<Range<Duration>> first, Sourced<Range<Duration>>? second)
    {
        var rawLatency = new Range<Duration>(Duration.FromMicroseconds(10), Duration.FromMicroseconds(1000));
        var inputs = new IoInput<Duration, Ratio>[Count];
        for (var i = 0; i < inputs.Length; i++)
        {
            inputs[i] = new IoInput<Duration, Ratio>(
                Draw(random, rawLatency), Draw(random, loss.Value), Draw(random, first.Value), second is null ? Duration.Zero : Draw(random, second.Value));
        }

        return inputs;
    }

    private static IoInput<double, double> ToRaw(IoInput<Duration, Ratio> x) =>
        new(x.RawLatency.Nanoseconds, x.Loss.Percent, x.FirstLatency.Nanoseconds, x.SecondLatency.Nanoseconds);

    private static void Check(string equation, Sums typed, Sums raw)
    {
        CheckIdentical(equation + " added latency", typed.First, raw.First);
        CheckIdentical(equation + " relative performance", typed.Second, raw.Second);
    }

    /// <summary>One input of an IO equation: the native latency, the loss and up to two added latencies.</summary>
    public readonly record struct IoInput<TDuration, TRatio>(TDuration RawLatency, TRatio Loss, TDuration FirstLatency, TDuration SecondLatency);

    /// <summary>The double version of <see cref="IoPerformance"/>, in nanoseconds and percent.</summary>
    public readonly record struct RawIoPerformance(double ThroughputLossPercent, double RawLatency, double AddedLatency, double RelativePerformancePercent);
}
