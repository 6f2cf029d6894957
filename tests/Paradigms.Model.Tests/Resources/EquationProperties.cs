using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;
using Paradigms.Model.Resources;

namespace Paradigms.Model.Tests.Resources;

/// <summary>
/// The equations over the document's ranges: never NaN, ratios above 0 and at most 1, each result
/// monotone in each parameter (which makes corner evaluation exact), and the ordering of paradigms
/// the document claims, where it holds.
/// </summary>
[Properties(Arbitrary = new[] { typeof(EquationProperties) }, MaxTest = 500)]
public class EquationProperties
{
    public static Arbitrary<EquationCase> Cases() => Arb.From(
        from equation in Gen.Elements(Equation.All.ToArray())
        from point in Point(equation)
        from index in Gen.Choose(0, equation.Parameters.Count - 1)
        from grown in Value(equation.Parameters[index])
        select new EquationCase(equation, point, index, Math.Max(grown, point[index])));

    [Property]
    public bool Results_are_finite_and_ratios_lie_in_0_exclusive_to_1(EquationCase c)
    {
        var result = c.Equation.Evaluate(c.Point);
        return double.IsFinite(result) && (c.Equation.IsRatio ? result > 0 && result <= 1 : result >= 0);
    }

    [Property]
    public bool Each_result_moves_one_way_as_a_parameter_grows(EquationCase c)
    {
        var before = c.Equation.Evaluate(c.Point);
        var after = c.Equation.Evaluate(c.Grown);
        return c.Equation.Parameters[c.Index].Direction > 0 ? after >= before : after <= before;
    }

    // Res §2.2's per-event costs, one event of each kind per interval, over the documented cost
    // ranges: the sandbox's utilization is at least the container's, and so on down to full
    // virtualization, at both ends of the ranges.
    [Property]
    public bool CPU_utilization_orders_the_paradigms_at_one_event_of_each_kind(PositiveInt workloadCycles)
    {
        var w = Cycles.FromCycles(workloadCycles.Get);
        var vm = Corners.Evaluate(ResourceFacts.VmExitCost.Value, ResourceFacts.InstructionEmulationCost.Value, ResourceFacts.HypervisorSchedulingCost.Value,
            (e, m, s) => CpuModel.Virtualization(w, 1, e, 1, m, 1, s).Utilization);
        var pv = Corners.Evaluate(ResourceFacts.HypercallCost.Value, ResourceFacts.FrontEndBackEndCollaborationCost.Value, ResourceFacts.HypervisorSchedulingCost.Value,
            (h, c, s) => CpuModel.Paravirtualization(w, 1, h, 1, c, 1, s).Utilization);
        var container = Corners.Evaluate(ResourceFacts.NamespaceSwitchCost.Value, ResourceFacts.CgroupUpdateCost.Value, ResourceFacts.ContainerRuntimeCpuCost.Value,
            (n, g, r) => CpuModel.Containerization(w, 1, n, 1, g, 1, r).Utilization);
        var sandbox = Corners.Evaluate(ResourceFacts.WasmRuntimeCpuCost.Value, ResourceFacts.WasiSyscallInterceptionCost.Value,
            (r, s) => CpuModel.Sandboxing(w, 1, r, 1, s).Utilization);
        return Ordered(vm, pv) && Ordered(pv, container) && Ordered(container, sandbox);
    }

    // Res §3.2 over its component ranges: the sandbox needs the least and the container less than
    // either VM, but paravirtualization needs more than full virtualization (its grant table), so the
    // claimed order sandbox ≤ container ≤ paravirtualization ≤ virtualization fails between the last two.
    // At the lower ends every "typically under" range starts at 0, so sandbox and container both start
    // at the workload itself, and the sandbox's whole 64 KiB pages can put it up to one page above.
    [Property]
    public bool Memory_orders_sandbox_container_then_virtualization_then_paravirtualization(PositiveInt workloadMegabytes)
    {
        var workload = Information.FromMegabytes(Math.Min(workloadMegabytes.Get, 4000));
        var sandbox = MemoryModel.Footprint(Paradigm.Sandboxing, workload);
        var container = MemoryModel.Footprint(Paradigm.Containerization, workload);
        var vm = MemoryModel.Footprint(Paradigm.Virtualization, workload);
        var pv = MemoryModel.Footprint(Paradigm.Paravirtualization, workload);
        return sandbox.Max <= container.Max
            && sandbox.Min <= container.Min + WasmLinearMemory.FromPages(1).Size
            && Ordered(container, vm)
            && Ordered(vm, pv);
    }

    // Overheads the document reports or its terms add up to: sandbox ≤ container ≤ paravirtualization ≤ virtualization.
    [Fact]
    public void IO_network_and_storage_overheads_order_the_paradigms_at_the_documented_figures()
    {
        Assert.True(OrderedOverParadigms(p => ResourceFacts.IoPerformanceLoss(p).Value));
        Assert.True(OrderedOverParadigms(p => IoModel.AddedLatency(p)));
        Assert.True(OrderedOverParadigms(NetworkModel.Overhead));
        Assert.True(OrderedOverParadigms(p => ResourceFacts.NetworkLatencyOverhead(p).Value));
        Assert.True(OrderedOverParadigms(p => ResourceFacts.StoragePerformanceLoss(p).Value));
        Assert.True(Ordered(ResourceFacts.VirtualizationCpuUtilization.Value, ResourceFacts.ParavirtualizationCpuUtilization.Value));
        Assert.True(Ordered(ResourceFacts.ParavirtualizationCpuUtilization.Value, ResourceFacts.ContainerizationCpuUtilization.Value));
        Assert.True(Ordered(ResourceFacts.ContainerizationCpuUtilization.Value, ResourceFacts.SandboxingCpuUtilization.Value));
    }

    private static bool OrderedOverParadigms<T>(Func<Paradigm, Range<T>> overhead)
        where T : struct, IQuantity<T> =>
        Ordered(overhead(Paradigm.Sandboxing), overhead(Paradigm.Containerization))
        && Ordered(overhead(Paradigm.Containerization), overhead(Paradigm.Paravirtualization))
        && Ordered(overhead(Paradigm.Paravirtualization), overhead(Paradigm.Virtualization));

    // Lower end not above the other's lower end, upper end not above the other's upper end.
    private static bool Ordered<T>(Range<T> lower, Range<T> higher)
        where T : struct, IQuantity<T> => lower.Min <= higher.Min && lower.Max <= higher.Max;

    private static Gen<double[]> Point(Equation equation) => Gen.CollectToArray(equation.Parameters, Value);

    // Either end of the range (corners matter most) or a point inside it.
    private static Gen<double> Value(Parameter parameter) =>
        Gen.Frequency(
            (1, Gen.Constant(parameter.Min)),
            (1, Gen.Constant(parameter.Max)),
            (4, Gen.Choose(0, 1_000_000).Select(t => parameter.Min + ((parameter.Max - parameter.Min) * t / 1_000_000))))
        .Select(v => parameter.Whole ? Math.Floor(v) : v);
}

/// <summary>A point inside an equation's ranges, and the same point with one parameter grown.</summary>
public sealed record EquationCase(Equation Equation, double[] Point, int Index, double GrownValue)
{
    public double[] Grown
    {
        get
        {
            var grown = (double[])Point.Clone();
            grown[Index] = GrownValue;
            return grown;
        }
    }

    public override string ToString() =>
        $"{Equation.Name} at [{string.Join(", ", Point)}], parameter {Index} grown to {GrownValue}";
}
