using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;
using Paradigms.Model.Resources;

namespace Paradigms.Model.Tests.Resources;

/// <summary>
/// One equation of the library seen as a function of plain numbers, for the properties: each
/// parameter with the range it is drawn from (the document's range where it gives one) and the
/// direction the result must move when the parameter grows (+1 up, −1 down).
/// </summary>
public sealed record Equation(string Name, bool IsRatio, Func<double[], double> Evaluate, IReadOnlyList<Parameter> Parameters)
{
    public override string ToString() => Name;

    public static IReadOnlyList<Equation> All { get; } =
    [
        new("CPU virtualization utilization", true,
            x => CpuModel.Virtualization(C(x[0]), x[1], C(x[2]), x[3], C(x[4]), x[5], C(x[6])).Utilization.DecimalFractions,
            [Work(+1), Count(-1), Cost(ResourceFacts.VmExitCost, -1), Count(-1), Cost(ResourceFacts.InstructionEmulationCost, -1), Count(-1), Cost(ResourceFacts.HypervisorSchedulingCost, -1)]),
        new("CPU virtualization total", false,
            x => CpuModel.Virtualization(C(x[0]), x[1], C(x[2]), x[3], C(x[4]), x[5], C(x[6])).Total.Count,
            [Work(+1), Count(+1), Cost(ResourceFacts.VmExitCost, +1), Count(+1), Cost(ResourceFacts.InstructionEmulationCost, +1), Count(+1), Cost(ResourceFacts.HypervisorSchedulingCost, +1)]),
        new("CPU paravirtualization utilization", true,
            x => CpuModel.Paravirtualization(C(x[0]), x[1], C(x[2]), x[3], C(x[4]), x[5], C(x[6])).Utilization.DecimalFractions,
            [Work(+1), Count(-1), Cost(ResourceFacts.HypercallCost, -1), Count(-1), Cost(ResourceFacts.FrontEndBackEndCollaborationCost, -1), Count(-1), Cost(ResourceFacts.HypervisorSchedulingCost, -1)]),
        new("CPU containerization utilization", true,
            x => CpuModel.Containerization(C(x[0]), x[1], C(x[2]), x[3], C(x[4]), x[5], C(x[6])).Utilization.DecimalFractions,
            [Work(+1), Count(-1), Cost(ResourceFacts.NamespaceSwitchCost, -1), Count(-1), Cost(ResourceFacts.CgroupUpdateCost, -1), Count(-1), Cost(ResourceFacts.ContainerRuntimeCpuCost, -1)]),
        new("CPU sandboxing utilization", true,
            x => CpuModel.Sandboxing(C(x[0]), x[1], C(x[2]), x[3], C(x[4])).Utilization.DecimalFractions,
            [Work(+1), Count(-1), Cost(ResourceFacts.WasmRuntimeCpuCost, -1), Count(-1), Cost(ResourceFacts.WasiSyscallInterceptionCost, -1)]),
        new("Memory virtualization total", false,
            x => MemoryModel.Virtualization(M(x[0]), M(x[1]), M(x[2])).Total.Bytes,
            [Size(ResourceFacts.GuestOsMemory), Workload(), Size(ResourceFacts.HypervisorMemory)]),
        new("Memory paravirtualization total", false,
            x => MemoryModel.Paravirtualization(M(x[0]), M(x[1]), M(x[2]), M(x[3])).Total.Bytes,
            [Size(ResourceFacts.GuestOsMemory), Workload(), Size(ResourceFacts.HypervisorMemory), Size(ResourceFacts.GrantTableMemory)]),
        new("Memory containerization total", false,
            x => MemoryModel.Containerization(M(x[0]), M(x[1]), M(x[2])).Total.Bytes,
            [Workload(), Size(ResourceFacts.NamespaceMemory), Size(ResourceFacts.ContainerRuntimeMemory)]),
        new("Memory sandboxing total", false,
            x => MemoryModel.Sandboxing(M(x[0]), M(x[1]), WasmLinearMemory.FromPages((int)x[2])).Total.Bytes,
            [Size(ResourceFacts.WasmModuleMemory), Size(ResourceFacts.WasmRuntimeMemory), new Parameter(0, 65536, +1, Whole: true)]),
        new("IO virtualization relative performance", true,
            x => IoModel.Virtualization(D(x[0]), R(x[1]), D(x[2]), D(x[3])).RelativePerformance.DecimalFractions,
            [Raw(), Loss(ResourceFacts.VirtualizationIoThroughputLoss), Latency(ResourceFacts.IoVmExitLatency), Latency(ResourceFacts.IoDeviceEmulationLatency)]),
        new("IO paravirtualization relative performance", true,
            x => IoModel.Paravirtualization(D(x[0]), R(x[1]), D(x[2]), D(x[3])).RelativePerformance.DecimalFractions,
            [Raw(), Loss(ResourceFacts.ParavirtualizationIoThroughputLoss), Latency(ResourceFacts.IoHypercallLatency), Latency(ResourceFacts.IoCollaborationLatency)]),
        new("IO containerization relative performance", true,
            x => IoModel.Containerization(D(x[0]), R(x[1]), D(x[2])).RelativePerformance.DecimalFractions,
            [Raw(), Loss(ResourceFacts.ContainerIoOverhead), Latency(ResourceFacts.IoNamespaceFilterLatency)]),
        new("IO sandboxing relative performance", true,
            x => IoModel.Sandboxing(D(x[0]), R(x[1]), D(x[2])).RelativePerformance.DecimalFractions,
            [Raw(), Loss(ResourceFacts.WasmIoRuntimeOverhead), Latency(ResourceFacts.WasiIoInterceptionLatency)]),
        new("Network virtualization relative performance", true,
            x => NetworkModel.Virtualization(D(x[0]), D(x[1]), D(x[2]), D(x[3])).RelativePerformance.DecimalFractions,
            [Raw(), Raw(), Latency(ResourceFacts.VirtualizationHypervisorNetworkLatency), Latency(ResourceFacts.GuestKernelNetworkStackLatency)]),
        new("Network paravirtualization relative performance", true,
            x => NetworkModel.Paravirtualization(D(x[0]), D(x[1]), D(x[2]), D(x[3]), D(x[4])).RelativePerformance.DecimalFractions,
            [Raw(), Raw(), Latency(ResourceFacts.ParavirtualizationHypervisorNetworkLatency), Latency(ResourceFacts.NetworkHypercallLatency), Latency(ResourceFacts.GuestKernelNetworkStackLatency)]),
        new("Network paravirtualization total", false,
            x => NetworkModel.Paravirtualization(D(x[0]), D(x[1]), D(x[2]), D(x[3]), D(x[4])).Total.Nanoseconds,
            [Raw(+1), Raw(+1), Latency(ResourceFacts.ParavirtualizationHypervisorNetworkLatency, +1), Latency(ResourceFacts.NetworkHypercallLatency, +1), Latency(ResourceFacts.GuestKernelNetworkStackLatency, +1)]),
        new("Network containerization relative performance", true,
            x => NetworkModel.Containerization(D(x[0]), D(x[1]), D(x[2])).RelativePerformance.DecimalFractions,
            [Raw(), Raw(), Latency(ResourceFacts.NetworkNamespaceFilterLatency)]),
        new("Network sandboxing relative performance", true,
            x => NetworkModel.Sandboxing(D(x[0]), D(x[1]), D(x[2])).RelativePerformance.DecimalFractions,
            [Raw(), Raw(), Latency(ResourceFacts.WasiSocketInterceptionLatency)]),
        new("Storage relative performance", true,
            x => StorageModel.Performance(D(x[0]), R(x[1]), R(x[2]), D(x[3])).RelativePerformance.DecimalFractions,
            [Raw(), Loss(ResourceFacts.VirtualizationStorageIopsLoss), Loss(ResourceFacts.VirtualizationStorageThroughputLoss), Latency(ResourceFacts.VirtualizationStorageLatencyIncrease)]),
    ];

    private static Cycles C(double cycles) => Cycles.FromCycles(cycles);

    private static Information M(double bytes) => Information.FromBytes(bytes);

    private static Duration D(double nanoseconds) => Duration.FromNanoseconds(nanoseconds);

    private static Ratio R(double fraction) => Ratio.FromDecimalFractions(fraction);

    // A workload of 1 to 10^9 cycles; event counts of 0 to 10^6.
    private static Parameter Work(int direction) => new(1, 1e9, direction);

    private static Parameter Count(int direction) => new(0, 1e6, direction);

    private static Parameter Cost(Sourced<Range<Cycles>> cost, int direction) => new(cost.Value.Min.Count, cost.Value.Max.Count, direction);

    private static Parameter Size(Sourced<Range<Information>> size) => new(size.Value.Min.Bytes, size.Value.Max.Bytes, +1);

    // A workload's memory: 1 MB to 64 GB.
    private static Parameter Workload() => new(1e6, 64e9, +1);

    // A native latency of 1 ns to 10 ms: above zero, so relative performance is defined.
    private static Parameter Raw(int direction = +1) => new(1, 1e7, direction);

    private static Parameter Loss(Sourced<Range<Ratio>> loss) => new(loss.Value.Min.DecimalFractions, loss.Value.Max.DecimalFractions, -1);

    private static Parameter Latency(Sourced<Range<Duration>> latency, int direction = -1) =>
        new(latency.Value.Min.Nanoseconds, latency.Value.Max.Nanoseconds, direction);
}

/// <summary>A parameter's range and the direction the result moves when it grows.</summary>
public sealed record Parameter(double Min, double Max, int Direction, bool Whole = false);
