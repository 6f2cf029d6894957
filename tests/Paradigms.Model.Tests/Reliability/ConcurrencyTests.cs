using System.Collections.Concurrent;
using Paradigms.Model.Decisions;
using Paradigms.Model.Facts;
using Paradigms.Model.Json;
using Paradigms.Model.Networking;
using Paradigms.Model.Quantities;
using Paradigms.Model.Resources;
using Paradigms.Model.Tests.Quantities;

namespace Paradigms.Model.Tests.Reliability;

/// <summary>
/// The model is immutable and the equations are pure (docs/reliability.md, "Concurrency"): the facade, the
/// decision algorithm, the equations, the validator and the model-file reader, evaluated from many threads at
/// once, give exactly the answers they give on one thread.
/// </summary>
/// <remarks>
/// Each piece of work turns its answer into text that holds every value exactly (a quantity's text parses back to
/// the same double, docs/quantities.md). The answers are computed on one thread first; then
/// <see cref="Threads"/> threads, released together by a barrier at the start of every round, each compute every
/// answer <see cref="Rounds"/> times, in an order rotated per thread so that different work overlaps, and every
/// answer is compared with the single-threaded one. Nothing is timed.
/// </remarks>
public sealed class ConcurrencyTests
{
    /// <summary>Threads started together; more than the machine's cores, so the scheduler interleaves them.</summary>
    private const int Threads = 8;

    /// <summary>Rounds per thread: 8 threads × 8 rounds = 64 evaluations of every piece of work.</summary>
    private const int Rounds = 8;

    [Fact]
    public void Many_threads_at_once_get_the_single_threaded_answers()
    {
        var work = Work().ToList();
        var expected = work.Select(w => w.Answer()).ToList();
        var mismatches = new ConcurrentQueue<string>();
        var evaluations = 0;
        using var barrier = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(index => new Thread(() =>
        {
            for (var round = 0; round < Rounds; round++)
            {
                barrier.SignalAndWait();
                for (var step = 0; step < work.Count; step++)
                {
                    var at = (step + (index * work.Count / Threads) + round) % work.Count;
                    string answer;
                    try
                    {
                        answer = work[at].Answer();
                    }
#pragma warning disable CA1031 // Any exception on one thread is a difference from the single-threaded answer, reported with the rest.
                    catch (Exception error)
#pragma warning restore CA1031
                    {
                        answer = "threw " + error;
                    }

                    if (answer != expected[at])
                    {
                        mismatches.Enqueue($"{work[at].Name} on thread {index}, round {round}:\n  expected {expected[at]}\n  got      {answer}");
                    }

                    Interlocked.Increment(ref evaluations);
                }
            }
        })).ToList();

        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());

        Assert.True(mismatches.IsEmpty, string.Join("\n", mismatches.Take(10)));
        Assert.Equal(work.Count * Threads * Rounds, evaluations);
    }

    [Fact]
    public void The_work_covers_the_facade_the_algorithm_the_equations_the_validator_and_the_reader()
    {
        var names = Work().Select(w => w.Name.Split(' ')[0]).ToHashSet();
        Assert.Superset(
            new HashSet<string>
            {
                "ModelResources", "AnalyzePerformance", "MakeTradeOff", "Decide", "CpuModel", "MemoryModel", "IoModel",
                "NetworkModel", "StorageModel", "ModelValidator", "ModelFileReader",
            },
            names);
        Assert.Equal(Enum.GetValues<Paradigm>().Length * Levels.Length * Levels.Length, Work().Count(w => w.Name.StartsWith("ModelResources", StringComparison.Ordinal)));
        Assert.Equal(128, Work().Count(w => w.Name.StartsWith("Decide", StringComparison.Ordinal))); // 2^7 combinations of the conditions of Res §7
    }

    private static readonly RequirementLevel[] Levels = Enum.GetValues<RequirementLevel>();

    /// <summary>One piece of work and how its answer is written.</summary>
    private sealed record Piece(string Name, Func<string> Answer);

    private static IEnumerable<Piece> Work()
    {
        foreach (var paradigm in Enum.GetValues<Paradigm>())
        {
            foreach (var io in Levels)
            {
                foreach (var network in Levels)
                {
                    var workload = new Workload(paradigm, CpuCores.FromMillicores(1500), Information.FromMebibytes(768), io, network);
                    yield return new($"ModelResources {paradigm} {io} {network}", () => Text(ResourceModelTool.ModelResources(workload)));
                    yield return new($"AnalyzePerformance {paradigm} {io} {network}", () => Text(ResourceModelTool.AnalyzePerformance(ResourceModelTool.ModelResources(workload))));
                    yield return new($"MakeTradeOff {paradigm} {io} {network}", () => Text(ResourceModelTool.MakeTradeOff(workload)));
                }
            }

            yield return new($"MemoryModel {paradigm}", () => string.Join(" | ", Enum.GetValues<GuestOsKind>().Select(kind => MemoryModel.Footprint(paradigm, Information.FromGibibytes(1), kind))));
            yield return new($"IoModel {paradigm}", () => $"{IoModel.RelativePerformance(paradigm, Duration.FromMicroseconds(100))} | {IoModel.AddedLatency(paradigm)}");
            yield return new($"NetworkModel {paradigm}", () => $"{NetworkModel.RelativePerformance(paradigm, Duration.FromMicroseconds(50))} | {NetworkModel.Overhead(paradigm)}");
            yield return new($"StorageModel {paradigm}", () => $"{StorageModel.RelativePerformance(paradigm, Duration.FromMicroseconds(100))}");
            foreach (var nic in Enum.GetValues<NicKind>().Where(kind => kind != NicKind.VlanInterface).Select(Nic.Of).Append(Nic.VlanInterface(100)))
            {
                var channels = Enum.GetValues<LogicalChannelKind>().Select(kind => kind switch
                {
                    LogicalChannelKind.Vlan => LogicalChannel.Vlan(100),
                    LogicalChannelKind.Vxlan => LogicalChannel.Vxlan(5000),
                    _ => LogicalChannel.Of(kind),
                }).ToList();
                yield return new($"ModelValidator {paradigm} {nic.Kind}", () => Text(ModelValidator.Validate(paradigm, nic, channels, NetworkMode.Bridge, Uplink, 1450, Stack, guestModifiable: false)));
            }
        }

        for (var mask = 0; mask < 128; mask++)
        {
            var requirements = Requirements.Of([.. Enum.GetValues<DecisionCondition>().Where((_, bit) => (mask & (1 << bit)) != 0)]);
            yield return new($"Decide {mask}", () => DecisionAlgorithm.Decide(requirements).Explain());
        }

        yield return new("CpuModel Virtualization", () => Corners.Evaluate(
            ResourceFacts.VmExitCost.Value, ResourceFacts.InstructionEmulationCost.Value, ResourceFacts.HypervisorSchedulingCost.Value,
            (exit, emulation, scheduling) => CpuModel.Virtualization(Cycles.FromCycles(1e9), CpuModel.VmExitCount(1e9), exit, 1e5, emulation, 1e4, scheduling).Utilization).ToString());
        yield return new("CpuModel Paravirtualization", () => Corners.Evaluate(
            ResourceFacts.HypercallCost.Value, ResourceFacts.FrontEndBackEndCollaborationCost.Value, ResourceFacts.HypervisorSchedulingCost.Value,
            (hypercall, collaboration, scheduling) => CpuModel.Paravirtualization(Cycles.FromCycles(1e9), 1e5, hypercall, 1e5, collaboration, 1e4, scheduling).Utilization).ToString());
        yield return new("CpuModel Containerization", () => Corners.Evaluate(
            ResourceFacts.NamespaceSwitchCost.Value, ResourceFacts.CgroupUpdateCost.Value, ResourceFacts.ContainerRuntimeCpuCost.Value,
            (switches, cgroups, runtime) => CpuModel.Containerization(Cycles.FromCycles(1e9), 1e5, switches, 1e5, cgroups, 1e4, runtime).Utilization).ToString());
        yield return new("CpuModel Sandboxing", () => Corners.Evaluate(
            ResourceFacts.WasmRuntimeCpuCost.Value, ResourceFacts.WasiSyscallInterceptionCost.Value,
            (runtime, syscalls) => CpuModel.Sandboxing(Cycles.FromCycles(1e9), 1e5, runtime, 1e5, syscalls).Utilization).ToString());

        foreach (var path in Directory.GetFiles(Path.Combine(QuantityConventionTests.RepositoryRoot(), "docs", "examples"), "*.json").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(path);
            var name = Path.GetFileName(path);
            yield return new($"ModelFileReader {name}", () => Text(ModelFileReader.ReadText(text, name)));
        }
    }

    private static readonly PhysicalNic Uplink = new(BitRate.FromGigabitsPerSecond(10), medium: PhysicalMedium.Cat6, cableLength: Length.FromMeters(80));

    private static readonly EncapsulationStack Stack = new(1500, Encapsulation.VxlanOverIpv4(), Encapsulation.WireGuardOverIpv4());

    private static string Text(ResourceEstimate estimate) => string.Join(
        " | ",
        estimate.HostCpu,
        estimate.Memory,
        estimate.IoAddedLatency,
        estimate.CpuUtilization.Value,
        estimate.IoLoss.Value,
        estimate.NetworkLatencyOverhead.Value,
        estimate.NetworkThroughputLoss.Value,
        estimate.StorageLoss.Value,
        string.Join(", ", estimate.OutsideFigures.Select(f => f.ToString())));

    private static string Text(PerformanceAnalysis analysis) =>
        string.Join(" | ", analysis.Cpu, analysis.Memory, analysis.Io, analysis.Network, analysis.Storage, analysis.Weakest);

    private static string Text(TradeOff tradeOff) =>
        tradeOff.Decision.Explain() + " | " + string.Join(", ", tradeOff.Scenarios.Select(s => s.ToString()));

    private static string Text(IEnumerable<ModelDiagnostic> diagnostics) =>
        string.Join(" | ", diagnostics.Select(d => $"{d.Id} {d.Severity} {d.Member}: {d.Message}"));

    private static string Text(ModelFileResult result) =>
        $"{result.Status} | {(result.Model is { } model ? ModelJson.Serialize(model) : "no model")} | "
        + string.Join(" | ", result.Diagnostics.Select(d => d.ToString()));
}
