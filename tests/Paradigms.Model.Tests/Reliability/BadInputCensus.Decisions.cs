using Paradigms.Model.Decisions;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Tests.Reliability;

/// <summary>The decisions layer: <see cref="Workload"/> (its constructor and the application case's strings), <see cref="Requirements"/>, the facade and the algorithm.</summary>
public sealed partial class BadInputCensus
{
    private static IEnumerable<CensusCase> DecisionCases() => WorkloadCases().Concat(WorkloadParseCases()).Concat(FacadeCases());

    private static IEnumerable<CensusCase> WorkloadCases()
    {
        const string Group = "Workload";
        const RequirementLevel Low = RequirementLevel.Low;
        var constructor = EntryPoints.Of(() => new Workload(default, default, default, default, default));
        var twoCores = CpuCores.FromCores(2);
        var gibibyte = Information.FromGibibytes(1);
        yield return Case(Group, constructor, "cpuRequest 0", Refused<ArgumentOutOfRangeException>("cpuRequest", "cpuRequest was 0", "allowed: more than 0 cores"), () => new Workload(Paradigm.Containerization, CpuCores.Zero, gibibyte, Low, Low));
        yield return Case(Group, constructor, "memoryRequest 0", Refused<ArgumentOutOfRangeException>("memoryRequest", "memoryRequest was 0", "allowed: more than 0 B"), () => new Workload(Paradigm.Containerization, twoCores, Information.Zero, Low, Low));
        yield return Case(Group, constructor, "cpuRequest 1e308 m", Accepted("a request above zero", r => r is Workload w && w.CpuRequest.Millicores == 1e308), () => new Workload(Paradigm.Containerization, CpuCores.FromMillicores(1e308), gibibyte, Low, Low));
        yield return Case(Group, constructor, "memoryRequest 1e308 B", Accepted("a request above zero; a container has no 4 GiB limit", r => r is Workload w && w.MemoryRequest.Bytes == 1e308), () => new Workload(Paradigm.Containerization, twoCores, Information.FromBytes(1e308), Low, Low));
        yield return Case(Group, constructor, "memoryRequest 4 GiB under sandboxing", Accepted("all of wasm32's 65,536 pages", r => r is Workload w && w.MemoryRequest.Bytes == 4294967296), () => new Workload(Paradigm.Sandboxing, twoCores, Information.FromGibibytes(4), Low, Low));
        yield return Case(Group, constructor, "memoryRequest 1e308 B under sandboxing", Refused<ArgumentOutOfRangeException>("memoryRequest", "PM0011: memoryRequest was "), () => new Workload(Paradigm.Sandboxing, twoCores, Information.FromBytes(1e308), Low, Low));
        foreach (var raw in new[] { 0, 99 })
        {
            yield return Case(Group, constructor, $"paradigm undefined enum {raw}", Refused<ArgumentOutOfRangeException>("paradigm", $"paradigm was {raw}; allowed: "), () => new Workload((Paradigm)raw, twoCores, gibibyte, Low, Low));
            yield return Case(Group, constructor, $"ioRequirement undefined enum {raw}", Refused<ArgumentOutOfRangeException>("ioRequirement", $"ioRequirement was {raw}; allowed: Low, Medium, High."), () => new Workload(Paradigm.Containerization, twoCores, gibibyte, (RequirementLevel)raw, Low));
            yield return Case(Group, constructor, $"networkRequirement undefined enum {raw}", Refused<ArgumentOutOfRangeException>("networkRequirement", $"networkRequirement was {raw}; allowed: Low, Medium, High."), () => new Workload(Paradigm.Containerization, twoCores, gibibyte, Low, (RequirementLevel)raw));
        }
    }

    /// <summary>
    /// The application case's strings (Res after §8): the type and the levels among their spellings, the requests
    /// Kubernetes quantities above zero, a sandbox's memory at most 4Gi; every refusal a <see cref="FormatException"/>
    /// naming the parameter and the text.
    /// </summary>
    private static IEnumerable<CensusCase> WorkloadParseCases()
    {
        const string Group = "Workload.Parse";
        var parse = EntryPoints.Of(() => Workload.Parse(null!, null!, null!, null!, null!));
        string[] Ordinary() => ["container", "2", "4Gi", "high", "medium"];
        object? Call(int at, string text)
        {
            var arguments = Ordinary();
            arguments[at] = text;
            return Workload.Parse(arguments[0], arguments[1], arguments[2], arguments[3], arguments[4]);
        }

        var names = parse.GetParameters().Select(p => p.Name!).ToArray();
        for (var i = 0; i < names.Length; i++)
        {
            var at = i;
            var parameter = names[i];
            var allowed = parameter switch
            {
                "type" => "allowed: vm, virtualization, pv, paravirtualization, container, containerization, wasm, sandbox, sandboxing (in any case).",
                "cpuRequests" => "allowed: a Kubernetes CPU quantity above zero, such as '2', '0.5' or '500m'.",
                "memoryRequests" => "allowed: a Kubernetes memory quantity above zero, such as '4Gi', '512Mi' or '2G'.",
                _ => "allowed: low, medium, high (in any case).",
            };
            foreach (var (input, text) in BadInputs.Texts)
            {
                yield return Case(Group, parse, $"{parameter} {input}", Refused<FormatException>(null, $"{parameter} was '{text}'; {allowed}"), () => Call(at, text));
            }

            yield return Case(Group, parse, $"{parameter} null", Refused<ArgumentNullException>(parameter), () => Call(at, null!));
            if (parameter is "cpuRequests" or "memoryRequests")
            {
                // A bare number is cores or bytes; NaN and infinity are no number, a negative or zero no request, 1e308 cores too many millicores.
                foreach (var (input, text) in new[] { ("NaN", "NaN"), ("+∞", "Infinity"), ("−∞", "-Infinity"), ("−1", "-1"), ("0", "0"), ("1e308", "1e308") })
                {
                    var expected = parameter == "memoryRequests" && input == "1e308"
                        ? Accepted("1e308 bytes for a container", r => r is Workload w && w.MemoryRequest.Bytes == 1e308)
                        : Refused<FormatException>(null, $"{parameter} was '{text}'; {allowed}");
                    yield return Case(Group, parse, $"{parameter} {input}", expected, () => Call(at, text));
                }
            }
        }

        yield return Case(Group, parse, "memoryRequests 5Gi under sandboxing", Refused<FormatException>(null, "memoryRequests was '5Gi'; allowed under sandboxing: at most 4Gi"), () => Workload.Parse("wasm", "2", "5Gi", "low", "low"));
        yield return Case(Group, parse, "type in capitals with spaces", Accepted("the spellings are compared in any case, space ignored", r => r is Workload { Paradigm: Paradigm.Sandboxing }), () => Workload.Parse("  WASM ", "2", "4Gi", "low", "low"));
    }

    private static IEnumerable<CensusCase> FacadeCases()
    {
        const string Group = "ResourceModelTool, DecisionAlgorithm";
        var ordinary = Workload.Parse("container", "2", "4Gi", "high", "medium");
        var modelResources = EntryPoints.Of(() => ResourceModelTool.ModelResources(null!));
        var analyze = EntryPoints.Of(() => ResourceModelTool.AnalyzePerformance(null!));
        var tradeOff = EntryPoints.Of(() => ResourceModelTool.MakeTradeOff(null!));
        var tradeOffWith = EntryPoints.Of(() => ResourceModelTool.MakeTradeOff(null!, null!));
        var decide = EntryPoints.Of(() => DecisionAlgorithm.Decide(null!));
        var of = EntryPoints.Of(() => Requirements.Of(null!));
        yield return Case(Group, modelResources, "null", Refused<ArgumentNullException>("workload"), () => ResourceModelTool.ModelResources(null!));
        yield return Case(Group, analyze, "null", Refused<ArgumentNullException>("estimate"), () => ResourceModelTool.AnalyzePerformance(null!));
        yield return Case(Group, tradeOff, "null", Refused<ArgumentNullException>("workload"), () => ResourceModelTool.MakeTradeOff(null!));
        yield return Case(Group, tradeOffWith, "workload null", Refused<ArgumentNullException>("workload"), () => ResourceModelTool.MakeTradeOff(null!, new Requirements()));
        yield return Case(Group, tradeOffWith, "requirements null", Refused<ArgumentNullException>("requirements"), () => ResourceModelTool.MakeTradeOff(ordinary, null!));
        yield return Case(Group, decide, "null", Refused<ArgumentNullException>("requirements"), () => DecisionAlgorithm.Decide(null!));
        yield return Case(Group, of, "null", Refused<ArgumentNullException>("conditions"), () => Requirements.Of(null!));
        yield return Case(Group, of, "none (empty)", Accepted("every condition false", r => r is Requirements req && req == new Requirements()), () => Requirements.Of());
        yield return Case(Group, of, "undefined enum 99", Refused<ArgumentOutOfRangeException>("conditions", "conditions was 99; allowed: ResourceConstrained, HighPerformance"), () => Requirements.Of((DecisionCondition)99));

        // The largest requests: 1e308 millicores over a utilization of 60–80 % or more would be above 1.8e308 millicores of host CPU.
        var largest = new Workload(Paradigm.Virtualization, CpuCores.FromMillicores(1.7e308), Information.FromBytes(1.7e308), RequirementLevel.High, RequirementLevel.High);
        var large = new Workload(Paradigm.Virtualization, CpuCores.FromMillicores(1e300), Information.FromBytes(1.7e308), RequirementLevel.High, RequirementLevel.High);
        yield return Case(Group, modelResources, "a CPU request whose host CPU is beyond a double", Refused<OverflowException>(null, "workload.CpuRequest was ", "allowed: "), () => ResourceModelTool.ModelResources(largest));
        yield return Case(Group, modelResources, "1e297 cores and 1.7e308 B", Accepted("the request over the utilization; the memory swamps the overhead", r => r is ResourceEstimate e && e.HostCpu.Min.Millicores > 1e300 && Close(e.Memory.Max.Bytes, 1.7e308)), () => ResourceModelTool.ModelResources(large));
        yield return Case(Group, analyze, "1e297 cores and 1.7e308 B", Accepted("shares from 0 % to 100 %", r => r is PerformanceAnalysis a && a.Memory.Max.Percent <= 100 && a.Memory.Min.Percent > 99), () => ResourceModelTool.AnalyzePerformance(ResourceModelTool.ModelResources(large)));
        yield return Case(Group, tradeOff, "the largest requests", Accepted("the decision does not read the requests: high IO alone is the library's default, containerization (README, docs/decisions.md)", r => r is TradeOff t && t.Decision.Paradigm == Paradigm.Containerization), () => ResourceModelTool.MakeTradeOff(largest));
    }
}
