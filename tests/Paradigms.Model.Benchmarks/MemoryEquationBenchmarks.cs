using BenchmarkDotNet.Attributes;
using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;
using Paradigms.Model.Resources;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Benchmarks;

/// <summary>
/// The four memory equations of Res §3.2 (<see cref="MemoryModel"/>), typed and as doubles.
/// Every component is drawn inside its documented range (<see cref="ResourceFacts.GuestOsMemory"/>,
/// <see cref="ResourceFacts.HypervisorMemory"/>, …); the workload, which the document leaves to the
/// user, is drawn between its two worked examples' workloads (128 MB and 512 MB), and the Wasm
/// linear memory is that workload in whole 64 KiB pages. Each call sums the total.
/// </summary>
public class MemoryEquationBenchmarks : EquationBenchmarks
{
    private const string Virtualization = "Memory.Virtualization";
    private const string Paravirtualization = "Memory.Paravirtualization";
    private const string Containerization = "Memory.Containerization";
    private const string Sandboxing = "Memory.Sandboxing";

    private MemoryInput<Information>[] _virtualization = [];
    private MemoryInput<Information>[] _paravirtualization = [];
    private MemoryInput<Information>[] _containerization = [];
    private SandboxingMemoryInput<Information, WasmLinearMemory>[] _sandboxing = [];
    private MemoryInput<double>[] _virtualizationRaw = [];
    private MemoryInput<double>[] _paravirtualizationRaw = [];
    private MemoryInput<double>[] _containerizationRaw = [];
    private SandboxingMemoryInput<double, int>[] _sandboxingRaw = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20240603);
        var workload = new Range<Information>(ResourceFacts.MinimumExampleWorkload.Value, ResourceFacts.StandardExampleWorkload.Value);
        _virtualization = new MemoryInput<Information>[Count];
        _paravirtualization = new MemoryInput<Information>[Count];
        _containerization = new MemoryInput<Information>[Count];
        _sandboxing = new SandboxingMemoryInput<Information, WasmLinearMemory>[Count];
        for (var i = 0; i < Count; i++)
        {
            _virtualization[i] = new(
                Draw(random, ResourceFacts.GuestOsMemory.Value), Draw(random, workload), Draw(random, ResourceFacts.HypervisorMemory.Value), Information.Zero);
            _paravirtualization[i] = new(
                Draw(random, ResourceFacts.GuestOsMemory.Value), Draw(random, workload), Draw(random, ResourceFacts.HypervisorMemory.Value),
                Draw(random, ResourceFacts.GrantTableMemory.Value));
            _containerization[i] = new(
                Draw(random, workload), Draw(random, ResourceFacts.NamespaceMemory.Value), Draw(random, ResourceFacts.ContainerRuntimeMemory.Value), Information.Zero);
            _sandboxing[i] = new(
                Draw(random, ResourceFacts.WasmModuleMemory.Value), Draw(random, ResourceFacts.WasmRuntimeMemory.Value), WasmLinearMemory.Covering(Draw(random, workload)));
        }

        _virtualizationRaw = Array.ConvertAll(_virtualization, ToRaw);
        _paravirtualizationRaw = Array.ConvertAll(_paravirtualization, ToRaw);
        _containerizationRaw = Array.ConvertAll(_containerization, ToRaw);
        _sandboxingRaw = Array.ConvertAll(_sandboxing, x => new SandboxingMemoryInput<double, int>(x.Module.Bytes, x.Runtime.Bytes, x.LinearMemory.Pages));

        CheckIdentical(Virtualization, VirtualizationTyped().First, VirtualizationDouble().First);
        CheckIdentical(Paravirtualization, ParavirtualizationTyped().First, ParavirtualizationDouble().First);
        CheckIdentical(Containerization, ContainerizationTyped().First, ContainerizationDouble().First);
        CheckIdentical(Sandboxing, SandboxingTyped().First, SandboxingDouble().First);

        // Both versions refuse a total too large for a double.
        var huge = Information.FromBytes(double.MaxValue);
        CheckRefuses<OverflowException>("An overflowing total (typed)", () => MemoryModel.Containerization(huge, huge, Information.Zero));
        CheckRefuses<OverflowException>("An overflowing total (double)", () => ContainerizationRaw(double.MaxValue, double.MaxValue, 0));
    }

    [Benchmark(OperationsPerInvoke = Count, Baseline = true)]
    [BenchmarkCategory(Virtualization)]
    public Sums VirtualizationDouble()
    {
        double total = 0;
        foreach (ref readonly var x in _virtualizationRaw.AsSpan())
        {
            total += VirtualizationRaw(x.First, x.Second, x.Third).Total;
        }

        return new Sums(total, 0);
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory(Virtualization)]
    public Sums VirtualizationTyped()
    {
        double total = 0;
        foreach (ref readonly var x in _virtualization.AsSpan())
        {
            total += MemoryModel.Virtualization(x.First, x.Second, x.Third).Total.Bytes;
        }

        return new Sums(total, 0);
    }

    [Benchmark(OperationsPerInvoke = Count, Baseline = true)]
    [BenchmarkCategory(Paravirtualization)]
    public Sums ParavirtualizationDouble()
    {
        double total = 0;
        foreach (ref readonly var x in _paravirtualizationRaw.AsSpan())
        {
            total += ParavirtualizationRaw(x.First, x.Second, x.Third, x.Fourth).Total;
        }

        return new Sums(total, 0);
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory(Paravirtualization)]
    public Sums ParavirtualizationTyped()
    {
        double total = 0;
        foreach (ref readonly var x in _paravirtualization.AsSpan())
        {
            total += MemoryModel.Paravirtualization(x.First, x.Second, x.Third, x.Fourth).Total.Bytes;
        }

        return new Sums(total, 0);
    }

    [Benchmark(OperationsPerInvoke = Count, Baseline = true)]
    [BenchmarkCategory(Containerization)]
    public Sums ContainerizationDouble()
    {
        double total = 0;
        foreach (ref readonly var x in _containerizationRaw.AsSpan())
        {
            total += ContainerizationRaw(x.First, x.Second, x.Third).Total;
        }

        return new Sums(total, 0);
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory(Containerization)]
    public Sums ContainerizationTyped()
    {
        double total = 0;
        foreach (ref readonly var x in _containerization.AsSpan())
        {
            total += MemoryModel.Containerization(x.First, x.Second, x.Third).Total.Bytes;
        }

        return new Sums(total, 0);
    }

    [Benchmark(OperationsPerInvoke = Count, Baseline = true)]
    [BenchmarkCategory(Sandboxing)]
    public Sums SandboxingDouble()
    {
        double total = 0;
        foreach (ref readonly var x in _sandboxingRaw.AsSpan())
        {
            total += SandboxingRaw(x.Module, x.Runtime, x.LinearMemory).Total;
        }

        return new Sums(total, 0);
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory(Sandboxing)]
    public Sums SandboxingTyped()
    {
        double total = 0;
        foreach (ref readonly var x in _sandboxing.AsSpan())
        {
            total += MemoryModel.Sandboxing(x.Module, x.Runtime, x.LinearMemory).Total.Bytes;
        }

        return new Sums(total, 0);
    }

    // The double versions: sums in bytes, added in the breakdowns' order; sizes are finite and not
    // negative by construction, so the only check left is that the total did not overflow.
    private static RawMemory VirtualizationRaw(double guestOs, double workload, double hypervisor) =>
        new(guestOs, workload, hypervisor, 0, NotOverflowed(guestOs + workload + hypervisor));

    private static RawMemory ParavirtualizationRaw(double guestOs, double workload, double hypervisor, double grantTable) =>
        new(guestOs, workload, hypervisor, grantTable, NotOverflowed(guestOs + workload + hypervisor + grantTable));

    private static RawMemory ContainerizationRaw(double workload, double namespaces, double runtime) =>
        new(workload, namespaces, runtime, 0, NotOverflowed(workload + namespaces + runtime));

    private static RawSandboxingMemory SandboxingRaw(double module, double runtime, int linearMemoryPages) =>
        new(module, runtime, linearMemoryPages, NotOverflowed(module + runtime + ((double)linearMemoryPages * ProtocolLimits.WasmPageBytes)));

    private static double NotOverflowed(double total)
    {
        if (!(total <= double.MaxValue))
        {
            Refuse.Overflow("The memory total");
        }

        return total;
    }

    private static MemoryInput<double> ToRaw(MemoryInput<Information> x) => new(x.First.Bytes, x.Second.Bytes, x.Third.Bytes, x.Fourth.Bytes);

    /// <summary>One input of a memory equation: up to four sizes, in the equation's parameter order.</summary>
    public readonly record struct MemoryInput<T>(T First, T Second, T Third, T Fourth);

    /// <summary>One input of the sandbox's memory equation.</summary>
    public readonly record struct SandboxingMemoryInput<TSize, TPages>(TSize Module, TSize Runtime, TPages LinearMemory);

    /// <summary>The double version of a memory breakdown, in bytes (the fourth term is 0 where the equation has three).</summary>
    public readonly record struct RawMemory(double First, double Second, double Third, double Fourth, double Total);

    /// <summary>The double version of the sandbox's memory breakdown, in bytes and pages.</summary>
    public readonly record struct RawSandboxingMemory(double Module, double Runtime, int LinearMemoryPages, double Total);
}
