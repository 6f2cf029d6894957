using System;
using System.Collections.Generic;
using System.Globalization;
using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Resources;

/// <summary>
/// Every equation of the resource document evaluated at the document's own inputs and compared
/// with the figure the document reports for the same thing (DESIGN.md "Reported figures and derived
/// figures"). The equations are never tuned to meet the tables: where they disagree, both stay, and
/// docs/seed-consistency.md prints this list.
/// </summary>
/// <remarks>
/// <para>
/// Ranges are compared end to end: <see cref="Agreement.Equal"/> when both ends match,
/// <see cref="Agreement.Within"/> when the derived range lies inside the reported one,
/// <see cref="Agreement.Disagrees"/> otherwise. A single printed figure (a worked example) is equal when
/// the derived figure, rounded to as many significant digits as the document prints, is that figure.
/// </para>
/// <para>Immutable, and so safe to share between threads.</para>
/// </remarks>
public static class DerivedFigures
{
    // Res §2.2 counts a VM exit per 1000 instructions but never says how many cycles an instruction
    // takes; the comparison assumes one, the most favourable to the workload short of superscalar issue.
    private const double CyclesPerInstruction = 1;

    private const string NoEventRate = "The document gives a cost per event but no event rate, so no utilization follows from its figures.";

    /// <summary>Gets every comparison, by resource (CPU, memory, IO, network, storage) and paradigm.</summary>
    public static IReadOnlyList<DerivedFigure> All { get; } = Array.AsReadOnly(Build());

    private static DerivedFigure[] Build()
    {
        var rows = new List<DerivedFigure>();
        Cpu(rows);
        Memory(rows);
        Io(rows);
        Network(rows);
        Storage(rows);
        return rows.ToArray();
    }

    private static void Cpu(List<DerivedFigure> rows)
    {
        var instructions = ResourceFacts.InstructionsPerVmExit.Value;
        var workload = Cycles.FromCycles(instructions * CyclesPerInstruction);
        var vm = Corners.Evaluate(
            ResourceFacts.VmExitCost.Value,
            exit => CpuModel.Virtualization(workload, CpuModel.VmExitCount(instructions), exit, 0, Cycles.Zero, 0, Cycles.Zero).Utilization);
        rows.Add(Compare(
            Resource.Cpu, Paradigm.Virtualization, "CPU utilization", ResourceFacts.VirtualizationCpuUtilization, vm,
            string.Create(CultureInfo.InvariantCulture, $"C_workload / C_VM with one VM exit (1000–5000 cycles) per {instructions} instructions at {CyclesPerInstruction} cycle per instruction, no emulation or scheduling counted (Res §2.2)")));
        foreach (var paradigm in new[] { Paradigm.Paravirtualization, Paradigm.Containerization, Paradigm.Sandboxing })
        {
            rows.Add(new(Resource.Cpu, paradigm, "CPU utilization", ResourceFacts.CpuUtilization(paradigm), "—", NoEventRate, Agreement.NotComparable));
        }
    }

    private static void Memory(List<DerivedFigure> rows)
    {
        rows.Add(Example(Paradigm.Virtualization, "minimum", ResourceFacts.VirtualizationMinimumExampleTotal,
            MemoryModel.Virtualization(ResourceFacts.MinimumExampleGuestOs.Value, ResourceFacts.MinimumExampleWorkload.Value, ResourceFacts.MinimumExampleHypervisor.Value).Total));
        rows.Add(Example(Paradigm.Virtualization, "standard", ResourceFacts.VirtualizationStandardExampleTotal,
            MemoryModel.Virtualization(ResourceFacts.StandardExampleGuestOs.Value, ResourceFacts.StandardExampleWorkload.Value, ResourceFacts.StandardExampleHypervisor.Value).Total));
        rows.Add(Example(Paradigm.Paravirtualization, "minimum", ResourceFacts.ParavirtualizationMinimumExampleTotal,
            MemoryModel.Paravirtualization(ResourceFacts.MinimumExampleGuestOs.Value, ResourceFacts.MinimumExampleWorkload.Value, ResourceFacts.MinimumExampleHypervisor.Value, ResourceFacts.MinimumExampleGrantTable.Value).Total));
        rows.Add(Example(Paradigm.Paravirtualization, "standard", ResourceFacts.ParavirtualizationStandardExampleTotal,
            MemoryModel.Paravirtualization(ResourceFacts.StandardExampleGuestOs.Value, ResourceFacts.StandardExampleWorkload.Value, ResourceFacts.StandardExampleHypervisor.Value, ResourceFacts.StandardExampleGrantTable.Value).Total));
        rows.Add(Example(Paradigm.Containerization, "minimum", ResourceFacts.ContainerizationMinimumExampleTotal,
            MemoryModel.Containerization(ResourceFacts.MinimumExampleWorkload.Value, Information.Zero, ResourceFacts.MinimumExampleContainerRuntime.Value).Total));
        rows.Add(Example(Paradigm.Containerization, "standard", ResourceFacts.ContainerizationStandardExampleTotal,
            MemoryModel.Containerization(ResourceFacts.StandardExampleWorkload.Value, Information.Zero, ResourceFacts.StandardExampleContainerRuntime.Value).Total));
        rows.Add(Example(Paradigm.Sandboxing, "minimum", ResourceFacts.SandboxingMinimumExampleTotal,
            MemoryModel.Sandboxing(ResourceFacts.MinimumExampleWasmModule.Value, ResourceFacts.MinimumExampleWasmRuntime.Value, WasmLinearMemory.Covering(ResourceFacts.WasmDefaultLinearMemory.Value)).Total));
        rows.Add(Example(Paradigm.Sandboxing, "standard", ResourceFacts.SandboxingStandardExampleTotal,
            MemoryModel.Sandboxing(ResourceFacts.StandardExampleWasmModule.Value, ResourceFacts.StandardExampleWasmRuntime.Value, WasmLinearMemory.Covering(ResourceFacts.StandardExampleWasmLinearMemory.Value)).Total));
    }

    private static void Io(List<DerivedFigure> rows)
    {
        foreach (var paradigm in Enum.GetValues<Paradigm>())
        {
            rows.Add(Compare(
                Resource.Io, paradigm, "IO added latency", ResourceFacts.IoLatencyIncrease(paradigm), IoModel.AddedLatency(paradigm),
                "the sum of the paradigm's latency terms at their documented ranges (Res §4.2)"));
        }

        foreach (var paradigm in Enum.GetValues<Paradigm>())
        {
            rows.Add(Compare(
                Resource.Io, paradigm, "IO performance loss", ResourceFacts.IoPerformanceLoss(paradigm), IoModel.ThroughputLoss(paradigm).Value,
                "the equation's throughput loss: with no added latency relative performance is 1 − loss, the least loss the equation allows (Res §4.2)"));
        }
    }

    private static void Network(List<DerivedFigure> rows)
    {
        foreach (var paradigm in Enum.GetValues<Paradigm>())
        {
            var overhead = NetworkModel.Overhead(paradigm);
            const string Terms = "the sum of the paradigm's latency terms at their documented ranges (Res §5.2)";
            rows.Add(Compare(Resource.Network, paradigm, "network latency overhead", ResourceFacts.NetworkLatencyOverhead(paradigm), overhead, Terms));
            if (ModelTableLatency(paradigm) is { } table)
            {
                rows.Add(Compare(Resource.Network, paradigm, "network latency overhead", table, overhead, Terms));
            }

            rows.Add(Compare(Resource.Network, paradigm, "network latency overhead", NetworkFacts.LatencyOverhead(paradigm), overhead, Terms));
        }
    }

    private static void Storage(List<DerivedFigure> rows)
    {
        foreach (var paradigm in Enum.GetValues<Paradigm>())
        {
            if (StorageRow(paradigm) is not var (iops, throughput))
            {
                rows.Add(new(Resource.Storage, paradigm, "storage performance loss", ResourceFacts.StoragePerformanceLoss(paradigm), "—",
                    "§6 gives paravirtualization no IOPS loss, throughput loss or latency; only §7 gives an overall loss.", Agreement.NotComparable));
                continue;
            }

            var loss = Corners.Evaluate(
                iops.Value, throughput.Value,
                static (i, t) => Ratio.FromPercent(100) - StorageModel.Performance(Duration.FromNanoseconds(1), i, t, Duration.Zero).RelativePerformance);
            rows.Add(Compare(
                Resource.Storage, paradigm, "storage performance loss", ResourceFacts.StoragePerformanceLoss(paradigm), loss,
                "1 − (1 − IOPS loss) × (1 − throughput loss) from the §6.2 table, with no added latency, the least loss P = IOPS × Throughput / Latency allows (Res §6.2)"));
        }
    }

    private static Sourced<Range<Duration>>? ModelTableLatency(Paradigm paradigm) => paradigm switch
    {
        Paradigm.Virtualization => ResourceFacts.VirtualizationNetworkModelLatencyOverhead,
        Paradigm.Paravirtualization => ResourceFacts.ParavirtualizationNetworkModelLatencyOverhead,
        Paradigm.Containerization => ResourceFacts.ContainerizationNetworkModelLatencyOverhead,
        _ => null,
    };

    private static (Sourced<Range<Ratio>> Iops, Sourced<Range<Ratio>> Throughput)? StorageRow(Paradigm paradigm) => paradigm switch
    {
        Paradigm.Virtualization => (ResourceFacts.VirtualizationStorageIopsLoss, ResourceFacts.VirtualizationStorageThroughputLoss),
        Paradigm.Containerization => (ResourceFacts.ContainerizationStorageIopsLoss, ResourceFacts.ContainerizationStorageThroughputLoss),
        Paradigm.Sandboxing => (ResourceFacts.SandboxingStorageIopsLoss, ResourceFacts.SandboxingStorageThroughputLoss),
        _ => null,
    };

    private static DerivedFigure Example(Paradigm paradigm, string size, Sourced<Information> reported, Information derived)
    {
        var digits = SignificantDigits(reported.Value.Bytes);
        var agreement = RoundToSignificant(derived.Bytes, digits) == reported.Value.Bytes ? Agreement.Equal : Agreement.Disagrees;
        return new(
            Resource.Memory, paradigm, $"memory, {size} example", reported, derived.ToString("MB:0.######", CultureInfo.InvariantCulture),
            string.Create(CultureInfo.InvariantCulture, $"the paradigm's equation over the example's own terms (Res §3.2), compared to {digits} significant digits as printed"),
            agreement);
    }

    private static DerivedFigure Compare<T>(Resource resource, Paradigm paradigm, string quantity, Sourced<Range<T>> reported, Range<T> derived, string derivation)
        where T : struct, IQuantity<T>
    {
        var r = reported.Value;
        var agreement = derived == r ? Agreement.Equal
            : r.Contains(derived) ? Agreement.Within
            : Agreement.Disagrees;
        return new(resource, paradigm, quantity, reported, derived.ToString((reported.Format ?? "G") + ":0.##", CultureInfo.InvariantCulture), derivation, agreement);
    }

    private static int SignificantDigits(double value)
    {
        var digits = value.ToString("E15", CultureInfo.InvariantCulture);
        var mantissa = digits[..digits.IndexOf('E', StringComparison.Ordinal)].Replace(".", string.Empty, StringComparison.Ordinal).TrimEnd('0');
        return Math.Max(1, mantissa.Length);
    }

    private static double RoundToSignificant(double value, int digits)
    {
        var scale = Math.Pow(10, Math.Floor(Math.Log10(value)) + 1 - digits);
        return Math.Round(value / scale) * scale;
    }
}
