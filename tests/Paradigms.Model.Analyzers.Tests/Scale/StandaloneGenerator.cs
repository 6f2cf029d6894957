using System.Globalization;
using Paradigms.Model.Decisions;
using Paradigms.Model.Networking;
using Paradigms.Model.Quantities;
using Paradigms.Model.Resources;

namespace Paradigms.Model.Analyzers.Tests.Scale;

/// <summary>
/// Generates the constructions other than deployments: factories given values in and out of their
/// protocol's range, physical links, encapsulation stacks, Wasm memories, IO and storage equations
/// and workloads. The expected diagnostics are what the library reports when it builds the same
/// value: an <see cref="InvalidModelException"/>'s diagnostics, a rule's refusal of an input, or
/// what <see cref="ModelValidator"/> returns.
/// </summary>
internal sealed class StandaloneGenerator(ValueForms forms, NetworkParts parts)
{
    private static readonly int[] Vlans = [int.MinValue, -1, 0, 1, 100, 4094, 4095, 4096, 5000, int.MaxValue];
    private static readonly int[] Vnis = [-1, 0, 1, 16_777_215, 16_777_216, 1 << 25, int.MaxValue];
    private static readonly int[] FunctionIndexes = [-1, 0, 3, 7, 8, 65_534, 65_535];
    private static readonly int[] FunctionCounts = [-1, 0, 1, 8, 65_535, 65_536];
    private static readonly int[] GeneveOptions = [-4, 0, 3, 4, 8, 252, 253, 256];
    private static readonly int[] Underlays = [0, 40, 67, 68, 100, 120, 576, 1280, 1500, 9000];
    private static readonly int[] Pages = [-1, 0, 1, 1024, 65_535, 65_536, 65_537, int.MaxValue];
    private static readonly double[] Percents = [0, 0.5, 5, 30, 99.9, 100, 150, 1000];
    private static readonly double[] Gibibytes = [0.5, 1, 4, 4.5, 5, 64];

    private Random Random => forms.Random;

    /// <summary>A construction of one of the kinds, with its expected diagnostics; never one the library refuses for a reason that is no rule.</summary>
    public Construction Next()
    {
        while (true)
        {
            var construction = Random.Next(10) switch
            {
                0 => Vlan(),
                1 => Vxlan(),
                2 => SrIov(),
                3 => Geneve(),
                4 => Link(),
                5 => Stack(),
                6 => WasmMemory(),
                7 => Io(),
                8 => Storage(),
                _ => Workload(),
            };
            if (construction is not null)
            {
                return construction;
            }
        }
    }

    private static Construction? Expect(string code, Func<object> build)
    {
        var expected = RuntimeOutcome.Of(build, out var errorsOnly);
        return expected is null ? null : new Construction(code, expected, ErrorsOnly: errorsOnly);
    }

    private Construction? Vlan()
    {
        var vlan = forms.Pick(Vlans);
        return Random.Next(2) == 0
            ? Expect($"Nic.VlanInterface({forms.Int(vlan)})", () => Nic.VlanInterface(vlan))
            : Expect($"LogicalChannel.Vlan(vlanId: {forms.Int(vlan)})", () => LogicalChannel.Vlan(vlan));
    }

    private Construction? Vxlan()
    {
        var vni = forms.Pick(Vnis);
        return Expect($"LogicalChannel.Vxlan({forms.Int(vni)})", () => LogicalChannel.Vxlan(vni));
    }

    private Construction? SrIov()
    {
        var index = forms.Pick(FunctionIndexes);
        int? count = forms.Chance(70) ? forms.Pick(FunctionCounts) : null;
        var code = count is { } c
            ? Random.Next(2) == 0
                ? $"Nic.SrIov({forms.Int(index)}, {forms.Int(c)})"
                : $"Nic.SrIov(virtualFunctionCount: {forms.Int(c)}, virtualFunctionIndex: {forms.Int(index)})"
            : Random.Next(2) == 0 ? $"Nic.SrIov({forms.Int(index)})" : $"Nic.SrIov(virtualFunctionCount: null, virtualFunctionIndex: {forms.Int(index)})";
        return Expect(code, () => Nic.SrIov(index, count));
    }

    private Construction? Geneve()
    {
        var options = forms.Pick(GeneveOptions);
        return Random.Next(2) == 0
            ? Expect($"Encapsulation.GeneveOverIpv4({forms.Int(options)})", () => Encapsulation.GeneveOverIpv4(options))
            : Expect($"Encapsulation.GeneveOverIpv6(optionBytes: {forms.Int(options)})", () => Encapsulation.GeneveOverIpv6(options));
    }

    private Construction? Link()
    {
        var (code, _, expected, errorsOnly) = parts.Link();
        return expected is null ? null : new Construction(code, expected, ErrorsOnly: errorsOnly);
    }

    private Construction? Stack()
    {
        var underlay = forms.Pick(Underlays);
        var layers = Enumerable.Range(0, Random.Next(5)).Select(_ => parts.Layer()).ToList();
        return Expect(parts.StackCode(forms.Int(underlay), layers.Select(l => l.Code).ToList()), () => new EncapsulationStack(underlay, layers.Select(l => l.Value).ToList()));
    }

    private Construction? WasmMemory()
    {
        if (Random.Next(2) == 0)
        {
            var pages = forms.Pick(Pages);
            return Expect($"WasmLinearMemory.FromPages({forms.Int(pages)})", () => WasmLinearMemory.FromPages(pages));
        }

        var (code, size) = Size();
        return Expect($"WasmLinearMemory.Covering({code})", () => WasmLinearMemory.Covering(size));
    }

    private Construction? Io()
    {
        var (lossCode, loss) = RatioOf(forms.Pick(Percents));
        var latencies = Enumerable.Range(0, 3).Select(_ => Latency()).ToList();
        return Random.Next(4) switch
        {
            0 => Expect(
                $"IoModel.Virtualization({latencies[0].Code}, {lossCode}, {latencies[1].Code}, {latencies[2].Code})",
                () => IoModel.Virtualization(latencies[0].Value, loss, latencies[1].Value, latencies[2].Value)),
            1 => Expect(
                $"IoModel.Paravirtualization(throughputLoss: {lossCode}, rawLatency: {latencies[0].Code}, collaborationLatency: {latencies[1].Code}, hypercallLatency: {latencies[2].Code})",
                () => IoModel.Paravirtualization(latencies[0].Value, loss, latencies[2].Value, latencies[1].Value)),
            2 => Expect(
                $"IoModel.Containerization({latencies[0].Code}, containerOverhead: {lossCode}, namespaceLatency: {latencies[1].Code})",
                () => IoModel.Containerization(latencies[0].Value, loss, latencies[1].Value)),
            _ => Expect(
                $"IoModel.Sandboxing({latencies[0].Code}, {lossCode}, {latencies[1].Code})",
                () => IoModel.Sandboxing(latencies[0].Value, loss, latencies[1].Value)),
        };
    }

    /// <summary>The storage equation with one loss out of range at most: the runtime refuses the first it meets, the analyzer reports each.</summary>
    private Construction? Storage()
    {
        var (badCode, bad) = RatioOf(forms.Pick(Percents));
        var (goodCode, good) = RatioOf(5);
        var (rawCode, raw) = Latency();
        var (addedCode, added) = Latency();
        return Random.Next(2) == 0
            ? Expect($"StorageModel.Performance({rawCode}, {badCode}, {goodCode}, {addedCode})", () => StorageModel.Performance(raw, bad, good, added))
            : Expect($"StorageModel.Performance(addedLatency: {addedCode}, throughputLoss: {badCode}, iopsLoss: {goodCode}, rawLatency: {rawCode})", () => StorageModel.Performance(raw, good, bad, added));
    }

    private Construction? Workload()
    {
        var paradigm = forms.Pick(Enum.GetValues<Paradigm>());
        var (sizeCode, size) = Size();
        var io = forms.Pick(Enum.GetValues<RequirementLevel>());
        var network = forms.Pick(Enum.GetValues<RequirementLevel>());
        var known = !forms.Chance(15);
        var code = $"new Workload({(known ? forms.Enum(paradigm) : forms.RuntimeEnum(paradigm))}, CpuCores.FromCores(2), {sizeCode}, {forms.Enum(io)}, {forms.Enum(network)})";
        var construction = Expect(code, () => new Workload(paradigm, CpuCores.FromCores(2), size, io, network));
        return known || construction is null ? construction : construction with { Expected = [], ErrorsOnly = false };
    }

    private (string Code, Information Value) Size()
    {
        var gibibytes = forms.Pick(Gibibytes);
        return Random.Next(4) switch
        {
            0 => ($"Information.FromMebibytes({ValueForms.Double(gibibytes * 1024)})", Information.FromMebibytes(gibibytes * 1024)),
            1 => ($"Information.FromBytes({ValueForms.Double(gibibytes * 1024 * 1024 * 1024)})", Information.FromBytes(gibibytes * 1024 * 1024 * 1024)),
            2 => ($"Information.FromGigabytes({ValueForms.Double(gibibytes)})", Information.FromGigabytes(gibibytes)),
            _ => ($"Information.FromGibibytes({ValueForms.Double(gibibytes)})", Information.FromGibibytes(gibibytes)),
        };
    }

    private (string Code, Ratio Value) RatioOf(double percent) => Random.Next(3) switch
    {
        0 => ($"Ratio.FromDecimalFractions({ValueForms.Double(percent / 100)})", Ratio.FromDecimalFractions(percent / 100)),
        _ => ($"Ratio.FromPercent({ValueForms.Double(percent)})", Ratio.FromPercent(percent)),
    };

    private (string Code, Duration Value) Latency()
    {
        var microseconds = Random.Next(0, 50);
        return Random.Next(3) == 0
            ? ($"Duration.FromNanoseconds({(microseconds * 1000).ToString(CultureInfo.InvariantCulture)})", Duration.FromNanoseconds(microseconds * 1000))
            : ($"Duration.FromMicroseconds({microseconds.ToString(CultureInfo.InvariantCulture)})", Duration.FromMicroseconds(microseconds));
    }
}
