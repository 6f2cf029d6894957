using System.Reflection;
using Paradigms.Model.Quantities;
using Paradigms.Model.Resources;

namespace Paradigms.Model.Tests.Reliability;

/// <summary>
/// The equations of the resource document (Res §2–§6): every input of every equation, one at a time, at its
/// extremes, the others at ordinary values; and the wasm32 linear memory and the corner evaluation they use.
/// </summary>
/// <remarks>
/// The ordinary values: a workload of 1,000,000 cycles, 10 events of 100 cycles per term (1,000 cycles), latencies
/// of 10 μs, losses of 10 %, sizes of 1 MB and a linear memory of 16 pages (1 MiB). Each accepted case checks the
/// equation's total, worked out by hand from those values.
/// </remarks>
public sealed partial class BadInputCensus
{
    private const double WorkloadCycles = 1e6;
    private const double Events = 10;
    private const double CostPerEvent = 100;
    private const double LatencyNanoseconds = 10_000;
    private const double SizeBytes = 1e6;
    private const int LinearPages = 16;

    private static IEnumerable<CensusCase> ResourceCases() =>
        CpuCases().Concat(LatencyEquationCases()).Concat(MemoryCases()).Concat(PerformanceCases()).Concat(CornerCases());

    /// <summary>The CPU equations (Res §2.2): C = C_workload + Σ count × cost; counts finite and not negative, the workload above zero.</summary>
    private static IEnumerable<CensusCase> CpuCases()
    {
        const string Group = "CpuModel";
        var terms = new Dictionary<string, int> { ["Virtualization"] = 3, ["Paravirtualization"] = 3, ["Containerization"] = 3, ["Sandboxing"] = 2 };
        foreach (var (name, termCount) in terms)
        {
            var equation = typeof(CpuModel).GetMethod(name)!;
            var parameters = equation.GetParameters();
            object[] Ordinary() => [.. parameters.Select(p => p.ParameterType == typeof(double) ? Events : (object)Cycles.FromCycles(p.Name == "workload" ? WorkloadCycles : CostPerEvent))];
            Expectation Total(double expected, string why) => Accepted(why, r => Measure(r, "Total", q => ((Cycles)q).Count) is { } total && Close(total, expected));
            for (var i = 0; i < parameters.Length; i++)
            {
                var at = i;
                var parameter = parameters[i].Name!;
                object[] With(object value)
                {
                    var arguments = Ordinary();
                    arguments[at] = value;
                    return arguments;
                }

                if (parameters[i].ParameterType == typeof(double))
                {
                    foreach (var (input, count) in BadInputs.Doubles)
                    {
                        var expected = input switch
                        {
                            "0" => Total(WorkloadCycles + ((termCount - 1) * Events * CostPerEvent), "a term of no events"),
                            "1e308" => Refused<OverflowException>(null, "the CPU cost's total gives +infinity"), // 1e308 × 100 cycles
                            _ => Refused<ArgumentOutOfRangeException>(parameter, $"{parameter} was {BadInputs.Written(count)}; allowed: a finite count, 0 or more."),
                        };
                        yield return Case(Group, equation, $"{parameter} {input}", expected, () => equation.Invoke(null, With(count)));
                    }
                }
                else if (parameter == "workload")
                {
                    yield return Case(Group, equation, "workload 0", Refused<ArgumentOutOfRangeException>("workload", "workload was 0 cycles; allowed: above 0 cycles."), () => equation.Invoke(null, With(Cycles.Zero)));
                    yield return Case(Group, equation, "workload 1e308", Total(1e308, "a workload that swamps the terms"), () => equation.Invoke(null, With(Cycles.FromCycles(1e308))));
                }
                else
                {
                    yield return Case(Group, equation, $"{parameter} 0", Total(WorkloadCycles + ((termCount - 1) * Events * CostPerEvent), "events that cost nothing"), () => equation.Invoke(null, With(Cycles.Zero)));
                    yield return Case(Group, equation, $"{parameter} 1e308", Refused<OverflowException>(null, "the CPU cost's total gives +infinity"), () => equation.Invoke(null, With(Cycles.FromCycles(1e308)))); // 10 × 1e308
                }
            }
        }

        var vmExits = EntryPoints.Of(() => CpuModel.VmExitCount(0));
        foreach (var (input, instructions) in BadInputs.Doubles)
        {
            // Res §2.2: one VM exit about every 1000 instructions.
            var expected = input switch
            {
                "0" => Accepted("no instructions, no exits", r => r is 0.0),
                "1e308" => Accepted("1e308 / 1000", r => r is double exits && Close(exits, 1e305)),
                _ => Refused<ArgumentOutOfRangeException>("instructions", $"instructions was {BadInputs.Written(instructions)}; allowed: a finite count, 0 or more."),
            };
            yield return Case(Group, vmExits, input, expected, () => CpuModel.VmExitCount(instructions));
        }
    }

    /// <summary>
    /// The IO, network and storage equations (Res §4.2, §5.2, §6): latencies 0 or more, losses from 0 % to below
    /// 100 % (PM0010); the latency, native plus added, checked once for overflow.
    /// </summary>
    private static IEnumerable<CensusCase> LatencyEquationCases()
    {
        var equations = new[]
        {
            ("IoModel", typeof(IoModel).GetMethod(nameof(IoModel.Virtualization))!),
            ("IoModel", typeof(IoModel).GetMethod(nameof(IoModel.Paravirtualization))!),
            ("IoModel", typeof(IoModel).GetMethod(nameof(IoModel.Containerization))!),
            ("IoModel", typeof(IoModel).GetMethod(nameof(IoModel.Sandboxing))!),
            ("NetworkModel", typeof(NetworkModel).GetMethod(nameof(NetworkModel.Virtualization))!),
            ("NetworkModel", typeof(NetworkModel).GetMethod(nameof(NetworkModel.Paravirtualization))!),
            ("NetworkModel", typeof(NetworkModel).GetMethod(nameof(NetworkModel.Containerization))!),
            ("NetworkModel", typeof(NetworkModel).GetMethod(nameof(NetworkModel.Sandboxing))!),
            ("StorageModel", typeof(StorageModel).GetMethod(nameof(StorageModel.Performance))!),
        };
        foreach (var (group, equation) in equations)
        {
            var parameters = equation.GetParameters();
            var latencies = parameters.Count(p => p.ParameterType == typeof(Duration));
            object[] Ordinary() => [.. parameters.Select(p => p.ParameterType == typeof(Duration) ? Duration.FromNanoseconds(LatencyNanoseconds) : (object)Ratio.FromPercent(10))];
            Expectation Latency(double expected, string why) => Accepted(why, r => Close(TotalLatency(r), expected));
            for (var i = 0; i < parameters.Length; i++)
            {
                var at = i;
                var parameter = parameters[i].Name!;
                object[] With(object value)
                {
                    var arguments = Ordinary();
                    arguments[at] = value;
                    return arguments;
                }

                if (parameters[i].ParameterType == typeof(Duration))
                {
                    yield return Case(group, equation, $"{parameter} −1", Refused<ArgumentOutOfRangeException>(parameter, $"{parameter} was -1 ns; allowed: 0 or more."), () => equation.Invoke(null, With(Duration.FromNanoseconds(-1))));
                    yield return Case(group, equation, $"{parameter} 0", Latency((latencies - 1) * LatencyNanoseconds, "a latency of zero"), () => equation.Invoke(null, With(Duration.Zero)));
                    yield return Case(group, equation, $"{parameter} 1e308", Latency(1e308, "one latency that swamps the others"), () => equation.Invoke(null, With(Duration.FromNanoseconds(1e308))));
                }
                else
                {
                    foreach (var (input, percent) in new[] { ("−1", -1.0), ("100 %", 100), ("1e308", 1e308) })
                    {
                        yield return Case(group, equation, $"{parameter} {input}", Refused<ArgumentOutOfRangeException>(parameter, $"PM0010: {parameter} was ", "; allowed: 0 % or more and below 100 %"), () => equation.Invoke(null, With(Ratio.FromPercent(percent))));
                    }

                    yield return Case(group, equation, $"{parameter} 0", Latency(latencies * LatencyNanoseconds, "no loss"), () => equation.Invoke(null, With(Ratio.Zero)));
                }
            }

            // Two latencies of 1e308 ns add up beyond a double; the equations refuse the total (docs/equations.md).
            object[] TwoHuge()
            {
                var arguments = Ordinary();
                var durations = parameters.Select((p, i) => (p, i)).Where(x => x.p.ParameterType == typeof(Duration)).ToList();
                arguments[durations[0].i] = Duration.FromNanoseconds(1e308);
                arguments[durations[^1].i] = Duration.FromNanoseconds(1e308);
                return arguments;
            }

            yield return Case(group, equation, "two latencies of 1e308", Refused<OverflowException>(null, "the latency's total gives +infinity"), () => equation.Invoke(null, TwoHuge()));
        }
    }

    /// <summary>The memory equations (Res §3.2): sums of sizes, refused when the sum is too large for a double.</summary>
    private static IEnumerable<CensusCase> MemoryCases()
    {
        const string Group = "MemoryModel";
        foreach (var name in new[] { nameof(MemoryModel.Virtualization), nameof(MemoryModel.Paravirtualization), nameof(MemoryModel.Containerization), nameof(MemoryModel.Sandboxing) })
        {
            var equation = typeof(MemoryModel).GetMethod(name)!;
            var parameters = equation.GetParameters();
            var sizes = parameters.Count(p => p.ParameterType == typeof(Information));
            var linear = parameters.Any(p => p.ParameterType == typeof(WasmLinearMemory)) ? LinearPages * 65536.0 : 0;
            object[] Ordinary() => [.. parameters.Select(p => p.ParameterType == typeof(Information) ? Information.FromBytes(SizeBytes) : (object)WasmLinearMemory.FromPages(LinearPages))];
            Expectation Total(double expected, string why) => Accepted(why, r => Measure(r, "Total", q => ((Information)q).Bytes) is { } total && Close(total, expected));
            for (var i = 0; i < parameters.Length; i++)
            {
                var at = i;
                var parameter = parameters[i].Name!;
                object[] With(object value)
                {
                    var arguments = Ordinary();
                    arguments[at] = value;
                    return arguments;
                }

                if (parameters[i].ParameterType == typeof(Information))
                {
                    yield return Case(Group, equation, $"{parameter} 0", Total(((sizes - 1) * SizeBytes) + linear, "a size of zero"), () => equation.Invoke(null, With(Information.Zero)));
                    yield return Case(Group, equation, $"{parameter} 1e308", Total(1e308, "one size that swamps the others"), () => equation.Invoke(null, With(Information.FromBytes(1e308))));
                }
                else
                {
                    yield return Case(Group, equation, $"{parameter} 0 pages", Total(sizes * SizeBytes, "an empty linear memory"), () => equation.Invoke(null, With(WasmLinearMemory.FromPages(0))));
                }
            }

            object[] TwoHuge()
            {
                var arguments = Ordinary();
                var first = parameters.Select((p, i) => (p, i)).Where(x => x.p.ParameterType == typeof(Information)).Take(2).Select(x => x.i).ToList();
                first.ForEach(index => arguments[index] = Information.FromBytes(1e308));
                return arguments;
            }

            yield return Case(Group, equation, "two sizes of 1e308 B", Refused<OverflowException>(null, "the memory total gives +infinity"), () => equation.Invoke(null, TwoHuge()));
        }

        var footprint = EntryPoints.Of(() => MemoryModel.Footprint(default, default, null));
        yield return Case(Group, footprint, "paradigm undefined enum 0", Refused<ArgumentOutOfRangeException>("paradigm", "paradigm was 0; allowed: "), () => MemoryModel.Footprint(0, Information.FromGigabytes(1)));
        yield return Case(Group, footprint, "guestOs undefined enum 99", Refused<ArgumentOutOfRangeException>("guestOs", "guestOs was 99; allowed: MinimalLinux, StandardLinux, Windows."), () => MemoryModel.Footprint(Paradigm.Virtualization, Information.FromGigabytes(1), (GuestOsKind)99));
        yield return Case(Group, footprint, "workload 0", Accepted("a container's own overhead, from 0 B + 0 B + 0 B", r => r is Range<Information> { Min.Bytes: 0 }), () => MemoryModel.Footprint(Paradigm.Containerization, Information.Zero));
        yield return Case(Group, footprint, "workload 1e308", Accepted("a workload that swamps the overhead", r => r is Range<Information> range && Close(range.Max.Bytes, 1e308)), () => MemoryModel.Footprint(Paradigm.Virtualization, Information.FromBytes(1e308)));
        yield return Case(Group, footprint, "workload above 4 GiB under sandboxing", Refused<ArgumentOutOfRangeException>("workload", "PM0011: workload was "), () => MemoryModel.Footprint(Paradigm.Sandboxing, Information.FromBytes(1e308)));

        var pages = EntryPoints.Of(() => WasmLinearMemory.FromPages(0));
        foreach (var (input, count) in BadInputs.Integers.Append(("65537", 65_537)))
        {
            // wasm32: 0 to 65,536 pages of 64 KiB (PM0011).
            yield return Case(Group, pages, input, count == 0
                ? Accepted("no pages", r => r is WasmLinearMemory { Pages: 0 })
                : Refused<ArgumentOutOfRangeException>("pages", $"PM0011: pages was {Number(count)}; allowed: 0 to 65536 pages of 65536 bytes (wasm32)."), () => WasmLinearMemory.FromPages(count));
        }

        var covering = EntryPoints.Of(() => WasmLinearMemory.Covering(default));
        yield return Case(Group, covering, "0", Accepted("no pages", r => r is WasmLinearMemory { Pages: 0 }), () => WasmLinearMemory.Covering(Information.Zero));
        yield return Case(Group, covering, "4 GiB", Accepted("all 65,536 pages", r => r is WasmLinearMemory { Pages: 65_536 }), () => WasmLinearMemory.Covering(Information.FromGibibytes(4)));
        yield return Case(Group, covering, "4 GiB + 1 B", Refused<ArgumentOutOfRangeException>("size", "PM0011: size was "), () => WasmLinearMemory.Covering(Information.FromBytes(4294967297)));
        yield return Case(Group, covering, "1e308", Refused<ArgumentOutOfRangeException>("size", "PM0011: size was "), () => WasmLinearMemory.Covering(Information.FromBytes(1e308)));
    }

    /// <summary>Performance against native for a device or a path of the caller's: 0 or more, for a defined paradigm.</summary>
    private static IEnumerable<CensusCase> PerformanceCases()
    {
        var equations = new (string Group, MethodBase Member, Func<Paradigm, Duration, object?> Call)[]
        {
            ("IoModel", EntryPoints.Of(() => IoModel.RelativePerformance(default, default)), (p, d) => IoModel.RelativePerformance(p, d)),
            ("NetworkModel", EntryPoints.Of(() => NetworkModel.RelativePerformance(default, default)), (p, d) => NetworkModel.RelativePerformance(p, d)),
            ("StorageModel", EntryPoints.Of(() => StorageModel.RelativePerformance(default, default)), (p, d) => StorageModel.RelativePerformance(p, d)),
        };
        foreach (var (group, member, call) in equations)
        {
            var parameter = member.GetParameters()[1].Name!;
            yield return Case(group, member, $"{parameter} −1", Refused<ArgumentOutOfRangeException>(parameter, $"{parameter} was -1 ns; allowed: 0 or more."), () => call(Paradigm.Containerization, Duration.FromNanoseconds(-1)));
            yield return Case(group, member, $"{parameter} 0", Accepted("a performance from 0 % to 100 %", InPercentRange), () => call(Paradigm.Containerization, Duration.Zero));
            yield return Case(group, member, $"{parameter} 1e308", Accepted("a performance from 0 % to 100 %", InPercentRange), () => call(Paradigm.Containerization, Duration.FromNanoseconds(1e308)));
            yield return Case(group, member, "paradigm undefined enum 0", Refused<ArgumentOutOfRangeException>("paradigm", "paradigm was 0; allowed: "), () => call(0, Duration.FromMicroseconds(10)));
        }
    }

    private static IEnumerable<CensusCase> CornerCases()
    {
        const string Group = "Corners";
        var range = Range<Duration>.Point(Duration.Zero);
        var evaluations = new (MethodBase Member, Func<object?> Call)[]
        {
            (EntryPoints.Of(() => Corners.Evaluate<Duration, Duration>(default, null!)), () => Corners.Evaluate<Duration, Duration>(range, null!)),
            (EntryPoints.Of(() => Corners.Evaluate<Duration, Duration, Duration>(default, default, null!)), () => Corners.Evaluate<Duration, Duration, Duration>(range, range, null!)),
            (EntryPoints.Of(() => Corners.Evaluate<Duration, Duration, Duration, Duration>(default, default, default, null!)), () => Corners.Evaluate<Duration, Duration, Duration, Duration>(range, range, range, null!)),
            (EntryPoints.Of(() => Corners.Evaluate<Duration, Duration, Duration, Duration, Duration>(default, default, default, default, null!)), () => Corners.Evaluate<Duration, Duration, Duration, Duration, Duration>(range, range, range, range, null!)),
            (EntryPoints.Of(() => Corners.Evaluate<Duration, Duration, Duration, Duration, Duration, Duration>(default, default, default, default, default, null!)), () => Corners.Evaluate<Duration, Duration, Duration, Duration, Duration, Duration>(range, range, range, range, range, null!)),
        };
        foreach (var (member, call) in evaluations)
        {
            yield return Case(Group, member, "null function", Refused<ArgumentNullException>("function"), call);
        }

        var one = evaluations[0].Member;
        yield return Case(Group, one, "a function that negates", Accepted("the ends in order, whichever corner gives which", r => r is Range<Duration> { Min.Nanoseconds: -40_000, Max.Nanoseconds: -15_000 }), () => Corners.Evaluate(Range<Duration>.Parse("15–40 μs"), d => -d));
    }

    private static bool InPercentRange(object? result) =>
        result is Range<Ratio> range && range.Min.Percent >= 0 && range.Max.Percent <= 100;

    private static double? Measure(object? result, string property, Func<object, double> value) =>
        result?.GetType().GetProperty(property)?.GetValue(result) is { } quantity ? value(quantity) : null;

    /// <summary>The whole latency of an IO, storage or network breakdown: native plus added, in nanoseconds.</summary>
    private static double TotalLatency(object? result) => result switch
    {
        IoPerformance io => io.RawLatency.Nanoseconds + io.AddedLatency.Nanoseconds,
        StoragePerformance storage => storage.RawLatency.Nanoseconds + storage.AddedLatency.Nanoseconds,
        NetworkLatency network => network.Hardware.Nanoseconds + network.HostKernel.Nanoseconds + network.Overhead.Nanoseconds,
        _ => double.NaN,
    };

    /// <summary>Equal within one part in 10^15: what rounding to a double leaves of a sum written by hand.</summary>
    private static bool Close(double actual, double expected) => Math.Abs(actual - expected) <= Math.Abs(expected) * 1e-15;
}
