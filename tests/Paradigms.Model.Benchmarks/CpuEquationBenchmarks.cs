using BenchmarkDotNet.Attributes;
using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;
using Paradigms.Model.Resources;

namespace Paradigms.Model.Benchmarks;

/// <summary>
/// The four CPU cost equations of Res §2.2 (<see cref="CpuModel"/>), typed and as doubles.
/// Per-event costs are drawn inside the documented ranges (<see cref="ResourceFacts.VmExitCost"/>, …);
/// the document gives no workload size and no event rates, so the workload is drawn from 1 to 10
/// million cycles and every event count from 0 to 10,000. Each call sums the total and the utilization.
/// </summary>
public class CpuEquationBenchmarks : EquationBenchmarks
{
    private const string Virtualization = "Cpu.Virtualization";
    private const string Paravirtualization = "Cpu.Paravirtualization";
    private const string Containerization = "Cpu.Containerization";
    private const string Sandboxing = "Cpu.Sandboxing";

    private CpuInput<Cycles>[] _virtualization = [];
    private CpuInput<Cycles>[] _paravirtualization = [];
    private CpuInput<Cycles>[] _containerization = [];
    private CpuInput<Cycles>[] _sandboxing = [];
    private CpuInput<double>[] _virtualizationRaw = [];
    private CpuInput<double>[] _paravirtualizationRaw = [];
    private CpuInput<double>[] _containerizationRaw = [];
    private CpuInput<double>[] _sandboxingRaw = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20240602);
        _virtualization = Draw(random, ResourceFacts.VmExitCost, ResourceFacts.InstructionEmulationCost, ResourceFacts.HypervisorSchedulingCost);
        _paravirtualization = Draw(random, ResourceFacts.HypercallCost, ResourceFacts.FrontEndBackEndCollaborationCost, ResourceFacts.HypervisorSchedulingCost);
        _containerization = Draw(random, ResourceFacts.NamespaceSwitchCost, ResourceFacts.CgroupUpdateCost, ResourceFacts.ContainerRuntimeCpuCost);

        // The sandbox equation has two terms; its third event count and cost are left at zero.
        _sandboxing = Draw(random, ResourceFacts.WasmRuntimeCpuCost, ResourceFacts.WasiSyscallInterceptionCost, ResourceFacts.WasiSyscallInterceptionCost);
        _sandboxing = Array.ConvertAll(_sandboxing, x => x with { ThirdEvents = 0, ThirdCost = Cycles.Zero });

        _virtualizationRaw = Array.ConvertAll(_virtualization, ToRaw);
        _paravirtualizationRaw = Array.ConvertAll(_paravirtualization, ToRaw);
        _containerizationRaw = Array.ConvertAll(_containerization, ToRaw);
        _sandboxingRaw = Array.ConvertAll(_sandboxing, ToRaw);

        Check(Virtualization, VirtualizationTyped(), VirtualizationDouble());
        Check(Paravirtualization, ParavirtualizationTyped(), ParavirtualizationDouble());
        Check(Containerization, ContainerizationTyped(), ContainerizationDouble());
        Check(Sandboxing, SandboxingTyped(), SandboxingDouble());

        // Both versions refuse the same inputs.
        var one = Cycles.FromCycles(1);
        CheckRefuses<ArgumentOutOfRangeException>("A negative count (typed)", () => CpuModel.Virtualization(one, -1, one, 0, one, 0, one));
        CheckRefuses<ArgumentOutOfRangeException>("A negative count (double)", () => VirtualizationRaw(1, -1, 1, 0, 1, 0, 1));
        CheckRefuses<ArgumentOutOfRangeException>("An infinite count (typed)", () => CpuModel.Sandboxing(one, 0, one, double.PositiveInfinity, one));
        CheckRefuses<ArgumentOutOfRangeException>("An infinite count (double)", () => SandboxingRaw(1, 0, 1, double.PositiveInfinity, 1));
        CheckRefuses<ArgumentOutOfRangeException>("A zero workload (typed)", () => CpuModel.Containerization(Cycles.Zero, 0, one, 0, one, 0, one));
        CheckRefuses<ArgumentOutOfRangeException>("A zero workload (double)", () => ContainerizationRaw(0, 0, 1, 0, 1, 0, 1));
        CheckRefuses<OverflowException>("An overflowing term (typed)", () => CpuModel.Paravirtualization(one, double.MaxValue, Cycles.FromCycles(2), 0, one, 0, one));
        CheckRefuses<OverflowException>("An overflowing term (double)", () => ParavirtualizationRaw(1, double.MaxValue, 2, 0, 1, 0, 1));
    }

    [Benchmark(OperationsPerInvoke = Count, Baseline = true)]
    [BenchmarkCategory(Virtualization)]
    public Sums VirtualizationDouble()
    {
        double total = 0, utilization = 0;
        foreach (ref readonly var x in _virtualizationRaw.AsSpan())
        {
            var cost = VirtualizationRaw(x.Workload, x.FirstEvents, x.FirstCost, x.SecondEvents, x.SecondCost, x.ThirdEvents, x.ThirdCost);
            total += cost.Total;
            utilization += cost.UtilizationPercent;
        }

        return new Sums(total, utilization);
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory(Virtualization)]
    public Sums VirtualizationTyped()
    {
        double total = 0, utilization = 0;
        foreach (ref readonly var x in _virtualization.AsSpan())
        {
            var cost = CpuModel.Virtualization(x.Workload, x.FirstEvents, x.FirstCost, x.SecondEvents, x.SecondCost, x.ThirdEvents, x.ThirdCost);
            total += cost.Total.Count;
            utilization += cost.Utilization.Percent;
        }

        return new Sums(total, utilization);
    }

    [Benchmark(OperationsPerInvoke = Count, Baseline = true)]
    [BenchmarkCategory(Paravirtualization)]
    public Sums ParavirtualizationDouble()
    {
        double total = 0, utilization = 0;
        foreach (ref readonly var x in _paravirtualizationRaw.AsSpan())
        {
            var cost = ParavirtualizationRaw(x.Workload, x.FirstEvents, x.FirstCost, x.SecondEvents, x.SecondCost, x.ThirdEvents, x.ThirdCost);
            total += cost.Total;
            utilization += cost.UtilizationPercent;
        }

        return new Sums(total, utilization);
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory(Paravirtualization)]
    public Sums ParavirtualizationTyped()
    {
        double total = 0, utilization = 0;
        foreach (ref readonly var x in _paravirtualization.AsSpan())
        {
            var cost = CpuModel.Paravirtualization(x.Workload, x.FirstEvents, x.FirstCost, x.SecondEvents, x.SecondCost, x.ThirdEvents, x.ThirdCost);
            total += cost.Total.Count;
            utilization += cost.Utilization.Percent;
        }

        return new Sums(total, utilization);
    }

    [Benchmark(OperationsPerInvoke = Count, Baseline = true)]
    [BenchmarkCategory(Containerization)]
    public Sums ContainerizationDouble()
    {
        double total = 0, utilization = 0;
        foreach (ref readonly var x in _containerizationRaw.AsSpan())
        {
            var cost = ContainerizationRaw(x.Workload, x.FirstEvents, x.FirstCost, x.SecondEvents, x.SecondCost, x.ThirdEvents, x.ThirdCost);
            total += cost.Total;
            utilization += cost.UtilizationPercent;
        }

        return new Sums(total, utilization);
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory(Containerization)]
    public Sums ContainerizationTyped()
    {
        double total = 0, utilization = 0;
        foreach (ref readonly var x in _containerization.AsSpan())
        {
            var cost = CpuModel.Containerization(x.Workload, x.FirstEvents, x.FirstCost, x.SecondEvents, x.SecondCost, x.ThirdEvents, x.ThirdCost);
            total += cost.Total.Count;
            utilization += cost.Utilization.Percent;
        }

        return new Sums(total, utilization);
    }

    [Benchmark(OperationsPerInvoke = Count, Baseline = true)]
    [BenchmarkCategory(Sandboxing)]
    public Sums SandboxingDouble()
    {
        double total = 0, utilization = 0;
        foreach (ref readonly var x in _sandboxingRaw.AsSpan())
        {
            var cost = SandboxingRaw(x.Workload, x.FirstEvents, x.FirstCost, x.SecondEvents, x.SecondCost);
            total += cost.Total;
            utilization += cost.UtilizationPercent;
        }

        return new Sums(total, utilization);
    }

    [Benchmark(OperationsPerInvoke = Count)]
    [BenchmarkCategory(Sandboxing)]
    public Sums SandboxingTyped()
    {
        double total = 0, utilization = 0;
        foreach (ref readonly var x in _sandboxing.AsSpan())
        {
            var cost = CpuModel.Sandboxing(x.Workload, x.FirstEvents, x.FirstCost, x.SecondEvents, x.SecondCost);
            total += cost.Total.Count;
            utilization += cost.Utilization.Percent;
        }

        return new Sums(total, utilization);
    }

    // The double versions: C = C_workload + (term + term) + term, each term cost × count, as the
    // breakdowns add them (workload + isolation + overhead), utilization C_workload / C in percent.
    private static RawCpuCost VirtualizationRaw(
        double workload, double vmExits, double vmExitCost, double emulatedInstructions, double emulationCost, double schedulingEvents, double schedulingCost) =>
        FourTerms(
            PositiveWork(workload),
            vmExitCost * CountOf(vmExits, nameof(vmExits)),
            emulationCost * CountOf(emulatedInstructions, nameof(emulatedInstructions)),
            schedulingCost * CountOf(schedulingEvents, nameof(schedulingEvents)));

    private static RawCpuCost ParavirtualizationRaw(
        double workload, double hypercalls, double hypercallCost, double collaborations, double collaborationCost, double schedulingEvents, double schedulingCost) =>
        FourTerms(
            PositiveWork(workload),
            hypercallCost * CountOf(hypercalls, nameof(hypercalls)),
            collaborationCost * CountOf(collaborations, nameof(collaborations)),
            schedulingCost * CountOf(schedulingEvents, nameof(schedulingEvents)));

    private static RawCpuCost ContainerizationRaw(
        double workload, double namespaceSwitches, double namespaceSwitchCost, double cgroupUpdates, double cgroupUpdateCost, double runtimeEvents, double runtimeCost) =>
        FourTerms(
            PositiveWork(workload),
            namespaceSwitchCost * CountOf(namespaceSwitches, nameof(namespaceSwitches)),
            cgroupUpdateCost * CountOf(cgroupUpdates, nameof(cgroupUpdates)),
            runtimeCost * CountOf(runtimeEvents, nameof(runtimeEvents)));

    private static RawSandboxingCpuCost SandboxingRaw(double workload, double runtimeEvents, double runtimeCost, double syscalls, double syscallInterceptionCost)
    {
        PositiveWork(workload);
        var runtime = runtimeCost * CountOf(runtimeEvents, nameof(runtimeEvents));
        var interception = syscallInterceptionCost * CountOf(syscalls, nameof(syscalls));
        var total = NotOverflowed(workload + interception + runtime);
        return new RawSandboxingCpuCost(workload, runtime, interception, total, workload / total * 100);
    }

    private static RawCpuCost FourTerms(double workload, double first, double second, double third)
    {
        var total = NotOverflowed(workload + (first + second) + third);
        return new RawCpuCost(workload, first, second, third, total, workload / total * 100);
    }

    private static double PositiveWork(double workload)
    {
        if (!(workload > 0))
        {
            Refuse.OutOfRange(nameof(workload), workload, "above 0 cycles");
        }

        return workload;
    }

    private static double CountOf(double count, string paramName)
    {
        if (!(count >= 0 && count <= double.MaxValue))
        {
            Refuse.OutOfRange(paramName, count, "a finite count, 0 or more");
        }

        return count;
    }

    // One check covers every term: an overflowing product makes the sum infinite too.
    private static double NotOverflowed(double total)
    {
        if (!(total <= double.MaxValue))
        {
            Refuse.Overflow("The CPU cost");
        }

        return total;
    }

    private static CpuInput<Cycles>[] Draw(Random random, Sourced<Range<Cycles>> first, Sourced<Range<Cycles>> second, Sourced<Range<Cycles>> third)
    {
        var workload = new Range<Cycles>(Cycles.FromMegacycles(1), Cycles.FromMegacycles(10));
        var inputs = new CpuInput<Cycles>[Count];
        for (var i = 0; i < inputs.Length; i++)
        {
            inputs[i] = new CpuInput<Cycles>(
                Draw(random, workload),
                Events(random, 0, 10_000), Draw(random, first.Value),
                Events(random, 0, 10_000), Draw(random, second.Value),
                Events(random, 0, 10_000), Draw(random, third.Value));
        }

        return inputs;
    }

    private static CpuInput<double> ToRaw(CpuInput<Cycles> x) =>
        new(x.Workload.Count, x.FirstEvents, x.FirstCost.Count, x.SecondEvents, x.SecondCost.Count, x.ThirdEvents, x.ThirdCost.Count);

    private static void Check(string equation, Sums typed, Sums raw)
    {
        CheckIdentical(equation + " total", typed.First, raw.First);
        CheckIdentical(equation + " utilization", typed.Second, raw.Second);
    }

    /// <summary>One input of a CPU equation: the workload and up to three event counts with their per-event costs.</summary>
    public readonly record struct CpuInput<T>(T Workload, double FirstEvents, T FirstCost, double SecondEvents, T SecondCost, double ThirdEvents, T ThirdCost);

    /// <summary>The double version of a four-term CPU breakdown, in cycles and percent.</summary>
    public readonly record struct RawCpuCost(double Workload, double First, double Second, double Third, double Total, double UtilizationPercent);

    /// <summary>The double version of the sandbox's CPU breakdown, in cycles and percent.</summary>
    public readonly record struct RawSandboxingCpuCost(double Workload, double Runtime, double SyscallInterception, double Total, double UtilizationPercent);
}
