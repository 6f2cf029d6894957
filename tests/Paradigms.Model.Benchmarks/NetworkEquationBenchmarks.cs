using BenchmarkDotNet.Attributes;
using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;
using Paradigms.Model.Resources;

namespace Paradigms.Model.Benchmarks;

/// <summary>
/// The four network latency equations of Res §5.2 (<see cref="NetworkModel"/>), typed and as doubles:
/// L = L_hardware + L_host_kernel + the paradigm's terms, and native / L as relative performance. The
/// paradigm's terms are drawn inside their documented ranges
/// (<see cref="ResourceFacts.VirtualizationHypervisorNetworkLatency"/>, …); L_hardware and L_host_kernel,
/// which the document leaves as symbols, are drawn from 1 to 10 μs and from 5 to 20 μs. Each call sums
/// the overhead and the relative performance.
/// </summary>
public class NetworkEquationBenchmarks : EquationBenchmarks
{
    private const string Virtualization = "Network.Virtualization";
    private const string Paravirtualization = "Network.Paravirtualization";
    private const string Containerization = "Network.Containerization";
    private const string Sandboxing = "Network.Sandboxing";

    private NetworkInput<Duration>[] _virtualization = [];
    private NetworkInput<Duration>[] _paravirtualization = [];
    private NetworkInput<Duration>[] _containerization = [];
    private NetworkInput<Duration>[] _sandboxing = [];
    private NetworkInput<double>[] _virtualizationRaw = [];
    private NetworkInput<double>[] _paravirtualizationRaw = [];
    private NetworkInput<double>[] _containerizationRaw = [];
    private NetworkInput<double>[] _sandboxingRaw = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20240605);
        _virtualization = Draw(random, ResourceFacts.VirtualizationHypervisorNetworkLatency, ResourceFacts.GuestKernelNetworkStackLatency, null);
        _paravirtualization = Draw(
            random, ResourceFacts.ParavirtualizationHypervisorNetworkLatency, ResourceFacts.NetworkHypercallLatency, ResourceFacts.GuestKernelNetworkStackLatency);
        _containerization = Draw(random, ResourceFacts.NetworkNamespaceFilterLatency, null, null);
        _sandboxing = Draw(random, ResourceFacts.WasiSocketInterceptionLatency, null, null);

        _virtualizationRaw = Array.ConvertAll(_virtualization, ToRaw);
        _paravirtualizationRaw = Array.ConvertAll(_paravirtualization, ToRaw);
        _containerizationRaw = Array.ConvertAll(_containerization, ToRaw);
        _sandboxingRaw = Array.ConvertAll(_sandboxing, ToRaw);

        Check(Virtualization, VirtualizationTyped(), VirtualizationDouble());
        Check(Paravirtualization, ParavirtualizationTyped(), ParavirtualizationDouble());
        Check(Containerization, ContainerizationTyped(), ContainerizationDouble());
        Check(Sandboxing, SandboxingTyped(), SandboxingDouble());

        // Both versions refuse a negative latency, wherever it is.
        var one = Duration.FromMicroseconds(1);
        CheckRefuses<ArgumentOutOfRangeException>("A negative hardware latency (typed)", () => NetworkModel.Virtualization(-one, one, one, one));
        CheckRefuses<ArgumentOutOfRangeException>("A negative hardware latency (double)", () => VirtualizationRaw(-1000, 1000, 1000, 1000));
        CheckRefuses<ArgumentOutOfRangeException>("A negative hypercall latency (typed)", () => NetworkModel.Paravirtualization(one, one, one, -one, one));
        CheckRefuses<ArgumentOutOfRangeException>("A negative hypercall latency (double)", () => ParavirtualizationRaw(1000, 1000, 1000, -1000, 1000));
        CheckRefuses<ArgumentOutOfRangeException>("A negative WASI latency (typed)", () => NetworkModel.Sandboxing(one, one, -one));
        CheckRefuses<ArgumentOutOfRangeException>("A negative WASI latency (double)", () => SandboxingRaw(1000, 1000, -1000));
    }

    [Benchmark(OperationsPerInvoke = Count, Baseline = true)]
    [BenchmarkCategory(Virtualization)]
    public Sums VirtualizationDouble()
    {
        double overhead = 0, relative = 0;
        foreach (ref readonly var x in _virtualizationRaw.AsSpan())
        {
            var latency = VirtualizationRaw(x.Hardware, x.HostKernel, x.First, x.Second);
            overhead += latency.Overhead;
            relative += latency.RelativePerformancePercent;
        }

        return new Sums(overhead, relative);
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory(Virtualization)]
    public Sums VirtualizationTyped()
    {
        double overhead = 0, relative = 0;
        foreach (ref readonly var x in _virtualization.AsSpan())
        {
            var latency = NetworkModel.Virtualization(x.Hardware, x.HostKernel, x.First, x.Second);
            overhead += latency.Overhead.Nanoseconds;
            relative += latency.RelativePerformance.Percent;
        }

        return new Sums(overhead, relative);
    }

    [Benchmark(OperationsPerInvoke = Count, Baseline = true)]
    [BenchmarkCategory(Paravirtualization)]
    public Sums ParavirtualizationDouble()
    {
        double overhead = 0, relative = 0;
        foreach (ref readonly var x in _paravirtualizationRaw.AsSpan())
        {
            var latency = ParavirtualizationRaw(x.Hardware, x.HostKernel, x.First, x.Second, x.Third);
            overhead += latency.Overhead;
            relative += latency.RelativePerformancePercent;
        }

        return new Sums(overhead, relative);
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory(Paravirtualization)]
    public Sums ParavirtualizationTyped()
    {
        double overhead = 0, relative = 0;
        foreach (ref readonly var x in _paravirtualization.AsSpan())
        {
            var latency = NetworkModel.Paravirtualization(x.Hardware, x.HostKernel, x.First, x.Second, x.Third);
            overhead += latency.Overhead.Nanoseconds;
            relative += latency.RelativePerformance.Percent;
        }

        return new Sums(overhead, relative);
    }

    [Benchmark(OperationsPerInvoke = Count, Baseline = true)]
    [BenchmarkCategory(Containerization)]
    public Sums ContainerizationDouble()
    {
        double overhead = 0, relative = 0;
        foreach (ref readonly var x in _containerizationRaw.AsSpan())
        {
            var latency = ContainerizationRaw(x.Hardware, x.HostKernel, x.First);
            overhead += latency.Overhead;
            relative += latency.RelativePerformancePercent;
        }

        return new Sums(overhead, relative);
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory(Containerization)]
    public Sums ContainerizationTyped()
    {
        double overhead = 0, relative = 0;
        foreach (ref readonly var x in _containerization.AsSpan())
        {
            var latency = NetworkModel.Containerization(x.Hardware, x.HostKernel, x.First);
            overhead += latency.Overhead.Nanoseconds;
            relative += latency.RelativePerformance.Percent;
        }

        return new Sums(overhead, relative);
    }

    [Benchmark(OperationsPerInvoke = Count, Baseline = true)]
    [BenchmarkCategory(Sandboxing)]
    public Sums SandboxingDouble()
    {
        double overhead = 0, relative = 0;
        foreach (ref readonly var x in _sandboxingRaw.AsSpan())
        {
            var latency = SandboxingRaw(x.Hardware, x.HostKernel, x.First);
            overhead += latency.Overhead;
            relative += latency.RelativePerformancePercent;
        }

        return new Sums(overhead, relative);
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory(Sandboxing)]
    public Sums SandboxingTyped()
    {
        double overhead = 0, relative = 0;
        foreach (ref readonly var x in _sandboxing.AsSpan())
        {
            var latency = NetworkModel.Sandboxing(x.Hardware, x.HostKernel, x.First);
            overhead += latency.Overhead.Nanoseconds;
            relative += latency.RelativePerformance.Percent;
        }

        return new Sums(overhead, relative);
    }

    // The double versions, in nanoseconds and percent, checking every latency in parameter order.
    private static RawNetworkLatency VirtualizationRaw(double hardware, double hostKernel, double hypervisor, double guestKernel) =>
        Latency(
            NotNegative(hardware, nameof(hardware)),
            NotNegative(hostKernel, nameof(hostKernel)),
            NotNegative(hypervisor, nameof(hypervisor)) + NotNegative(guestKernel, nameof(guestKernel)));

    private static RawNetworkLatency ParavirtualizationRaw(double hardware, double hostKernel, double hypervisor, double hypercall, double guestKernel) =>
        Latency(
            NotNegative(hardware, nameof(hardware)),
            NotNegative(hostKernel, nameof(hostKernel)),
            NotNegative(hypervisor, nameof(hypervisor)) + NotNegative(hypercall, nameof(hypercall)) + NotNegative(guestKernel, nameof(guestKernel)));

    private static RawNetworkLatency ContainerizationRaw(double hardware, double hostKernel, double namespaceFilter) =>
        Latency(NotNegative(hardware, nameof(hardware)), NotNegative(hostKernel, nameof(hostKernel)), NotNegative(namespaceFilter, nameof(namespaceFilter)));

    private static RawNetworkLatency SandboxingRaw(double hardware, double hostKernel, double wasiSocket) =>
        Latency(NotNegative(hardware, nameof(hardware)), NotNegative(hostKernel, nameof(hostKernel)), NotNegative(wasiSocket, nameof(wasiSocket)));

    // Relative performance: native / (native + overhead) in percent; both zero means nothing is slower.
    private static RawNetworkLatency Latency(double hardware, double hostKernel, double overhead)
    {
        var native = hardware + hostKernel;
        var total = native + overhead;
        if (!(total <= double.MaxValue))
        {
            Refuse.Overflow("The network latency");
        }

        var share = total == 0 ? 1 : native / total;
        return new RawNetworkLatency(hardware, hostKernel, overhead, share * 100);
    }


    private static NetworkInput<Duration>[] Draw(
        Random random, Sourced<Range<Duration>> first, Sourced<Range<Duration>>? second, Sourced<Range<Duration>>? third)
    {
        var hardware = new Range<Duration>(Duration.FromMicroseconds(1), Duration.FromMicroseconds(10));
        var hostKernel = new Range<Duration>(Duration.FromMicroseconds(5), Duration.FromMicroseconds(20));
        var inputs = new NetworkInput<Duration>[Count];
        for (var i = 0; i < inputs.Length; i++)
        {
            inputs[i] = new NetworkInput<Duration>(
                Draw(random, hardware),
                Draw(random, hostKernel),
                Draw(random, first.Value),
                second is null ? Duration.Zero : Draw(random, second.Value),
                third is null ? Duration.Zero : Draw(random, third.Value));
        }

        return inputs;
    }

    private static NetworkInput<double> ToRaw(NetworkInput<Duration> x) =>
        new(x.Hardware.Nanoseconds, x.HostKernel.Nanoseconds, x.First.Nanoseconds, x.Second.Nanoseconds, x.Third.Nanoseconds);

    private static void Check(string equation, Sums typed, Sums raw)
    {
        CheckIdentical(equation + " overhead", typed.First, raw.First);
        CheckIdentical(equation + " relative performance", typed.Second, raw.Second);
    }

    /// <summary>One input of a network equation: the native path and up to three of the paradigm's terms.</summary>
    public readonly record struct NetworkInput<T>(T Hardware, T HostKernel, T First, T Second, T Third);

    /// <summary>The double version of <see cref="NetworkLatency"/>, in nanoseconds and percent.</summary>
    public readonly record struct RawNetworkLatency(double Hardware, double HostKernel, double Overhead, double RelativePerformancePercent);
}
