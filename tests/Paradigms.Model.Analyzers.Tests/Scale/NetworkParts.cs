using Paradigms.Model.Networking;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Analyzers.Tests.Scale;

/// <summary>
/// Generates the valid pieces a deployment is built from: NICs, logical channels and their
/// collections, encapsulation stacks and physical uplinks, each in one of its many spellings, some
/// hidden from the compiler. Every value here is one the library accepts.
/// </summary>
internal sealed class NetworkParts(ValueForms forms)
{
    private static readonly int[] ValidVlans = [1, 2, 10, 100, 1000, 4000, 4094];
    private static readonly int[] ValidVnis = [0, 1, 5000, 65_536, 16_777_215];
    private static readonly int[] Underlays = [576, 1280, 1500, 1600, 9000];
    private static readonly int[] GeneveOptions = [0, 4, 8, 64, 252];
    private static readonly double[] Gigabits = [0.1, 1, 2.5, 5, 10, 25, 40, 100];
    private static readonly double[] Meters = [1, 5, 37, 55, 70, 100, 101, 150];

    private static readonly (string Name, string? Default)[] LinkParameters =
    [
        ("speed", null), ("duplex", "DuplexMode.Full"), ("interfaceType", null), ("medium", null),
        ("cableLength", null), ("topology", "PhysicalTopology.Star"), ("macAddress", null), ("driver", null),
    ];

    private Random Random => forms.Random;

    /// <summary>A NIC built in place (known kind) or hidden from the compiler.</summary>
    public Part<Nic> Nic(NicKind kind, bool known)
    {
        var (code, nic) = NicFactory(kind);
        if (known)
        {
            return Part<Nic>.Of(code, nic, true);
        }

        return Random.Next(3) switch
        {
            0 when kind is not (NicKind.VlanInterface or NicKind.SrIovVirtualFunction) => Part<Nic>.Of($"Nic.Of({forms.RuntimeEnum(kind)})", nic, false),
            1 => Part<Nic>.Of($"(Environment.ProcessorCount > 0 ? {code} : null!)", nic, false),
            _ => Part<Nic>.Of($"{ValueForms.Support}.Value({code})", nic, false),
        };
    }

    /// <summary>A logical channel built in place (known kind) or hidden from the compiler.</summary>
    public Part<LogicalChannel> Channel(LogicalChannelKind kind, bool known)
    {
        var (code, channel) = kind switch
        {
            LogicalChannelKind.Vlan => Vlan(),
            LogicalChannelKind.Vxlan => Vxlan(),
            _ => (Random.Next(3) == 0 ? $"LogicalChannel.Of({forms.Enum(kind)})" : $"LogicalChannel.{kind}()", LogicalChannel.Of(kind)),
        };
        return known ? Part<LogicalChannel>.Of(code, channel, true) : Part<LogicalChannel>.Of($"{ValueForms.Support}.Value({code})", channel, false);
    }

    /// <summary>
    /// Up to three channels in a collection a constructor's <c>IEnumerable&lt;LogicalChannel&gt;</c>
    /// takes (<paramref name="immutable"/> false) or <c>Channels</c>' <c>ImmutableArray</c> does; the
    /// value lists the channels the compiler can see, the code may hide some, or the whole collection.
    /// </summary>
    public Part<IReadOnlyList<LogicalChannel>> Channels(bool immutable, Func<LogicalChannelKind> kinds)
    {
        var count = Random.Next(4);
        var parts = Enumerable.Range(0, count).Select(_ => Channel(kinds(), !forms.Chance(10))).ToList();
        var elements = string.Join(", ", parts.Select(p => p.Code));
        var visible = parts.Where(p => p.Known).Select(p => p.Value).ToList();
        var hidden = forms.Chance(8);
        string code;
        if (immutable)
        {
            code = Random.Next(3) switch
            {
                0 => count == 0 ? "ImmutableArray<LogicalChannel>.Empty" : $"ImmutableArray.Create({elements})",
                1 when count > 0 && !hidden => $"[{elements}, .. {ValueForms.Support}.Value(new LogicalChannel[0])]",
                _ => $"[{elements}]",
            };
            if (code == "ImmutableArray<LogicalChannel>.Empty")
            {
                visible = [];
            }
        }
        else
        {
            code = Random.Next(7) switch
            {
                0 when count > 0 => $"new[] {{ {elements} }}",
                1 => $"new LogicalChannel[] {{ {elements} }}",
                2 => $"new List<LogicalChannel> {{ {elements} }}",
                3 => count == 0 ? "ImmutableArray.Create<LogicalChannel>()" : $"ImmutableArray.Create({elements})",
                4 when count > 0 => $"[.. {ValueForms.Support}.Value(new List<LogicalChannel>()), {elements}]",
                _ => $"[{elements}]",
            };
        }

        if (hidden)
        {
            code = immutable ? $"{ValueForms.Support}.Value<ImmutableArray<LogicalChannel>>({code})" : $"{ValueForms.Support}.Value<IEnumerable<LogicalChannel>>({code})";
            visible = [];
        }

        return Part<IReadOnlyList<LogicalChannel>>.Of(code, visible, !hidden);
    }

    /// <summary>An encapsulation stack the library accepts, built in place from constants (known) or hidden.</summary>
    public Part<EncapsulationStack> Stack(bool known)
    {
        while (true)
        {
            var underlay = forms.Pick(Underlays);
            var layers = Enumerable.Range(0, Random.Next(4)).Select(_ => Layer()).ToList();
            EncapsulationStack stack;
            try
            {
                stack = new EncapsulationStack(underlay, layers.Select(l => l.Value).ToList());
            }
            catch (InvalidModelException)
            {
                continue;
            }

            var code = StackCode(forms.Int(underlay), layers.Select(l => l.Code).ToList());
            return known ? Part<EncapsulationStack>.Of(code, stack, true) : Part<EncapsulationStack>.Of($"{ValueForms.Support}.Value({code})", stack, false);
        }
    }

    /// <summary>One encapsulation a factory makes from valid constants.</summary>
    public Part<Encapsulation> Layer()
    {
        var kind = forms.Pick(Enum.GetValues<EncapsulationKind>());
        return kind switch
        {
            EncapsulationKind.GeneveOverIpv4 or EncapsulationKind.GeneveOverIpv6 when forms.Chance(60) => Geneve(kind),
            EncapsulationKind.MplsLabels when forms.Chance(60) => Mpls(),
            _ => Part<Encapsulation>.Of(Random.Next(3) == 0 ? $"Encapsulation.Of({forms.Enum(kind)})" : $"Encapsulation.{kind}()", Encapsulation.Of(kind), true),
        };
    }

    /// <summary>The code of <c>new EncapsulationStack(underlay, layers)</c> with the layers written in place or in one of the collection spellings.</summary>
    public string StackCode(string underlay, IReadOnlyList<string> layers)
    {
        var elements = string.Join(", ", layers);
        if (Random.Next(6) == 0)
        {
            return layers.Count == 0 ? $"new EncapsulationStack({underlay})" : $"new EncapsulationStack({underlay}, {elements})";
        }

        var collection = Random.Next(5) switch
        {
            0 when layers.Count > 0 => $"new[] {{ {elements} }}",
            1 => $"new Encapsulation[] {{ {elements} }}",
            2 => $"new List<Encapsulation> {{ {elements} }}",
            3 => layers.Count == 0 ? "ImmutableArray.Create<Encapsulation>()" : $"ImmutableArray.Create({elements})",
            _ => $"[{elements}]",
        };
        return Random.Next(3) == 0 ? $"new EncapsulationStack(layers: {collection}, underlayMtu: {underlay})" : $"new EncapsulationStack({underlay}, {collection})";
    }

    /// <summary>
    /// A physical uplink the library accepts (no error; a warning may be), built in place from constants:
    /// its <see cref="Part{T}.Own"/> diagnostics are what <see cref="ModelValidator"/> says of it.
    /// </summary>
    public Part<PhysicalNic> Uplink()
    {
        while (true)
        {
            var link = Link();
            if (link.Expected is { } expected && !link.ErrorsOnly)
            {
                return new Part<PhysicalNic>(link.Code, link.Nic!, true, expected);
            }
        }
    }

    /// <summary>
    /// A physical NIC of random rate, duplex, interface, medium, length and topology, in a random
    /// spelling, with what the runtime says of it; <c>Expected</c> is null when the library refuses it
    /// for a reason that is no rule.
    /// </summary>
    public (string Code, PhysicalNic? Nic, IReadOnlyList<ExpectedDiagnostic>? Expected, bool ErrorsOnly) Link()
    {
        var gigabits = forms.Pick(Gigabits);
        var (speedCode, speed) = Random.Next(4) switch
        {
            0 when gigabits >= 1 => ($"BitRate.FromMegabitsPerSecond({ValueForms.Double(gigabits * 1000)})", BitRate.FromMegabitsPerSecond(gigabits * 1000)),
            1 when gigabits * 1000 % 8 == 0 => ($"BitRate.FromMegabytesPerSecond({ValueForms.Double(gigabits * 1000 / 8)})", BitRate.FromMegabytesPerSecond(gigabits * 1000 / 8)),
            _ => ($"BitRate.FromGigabitsPerSecond({ValueForms.Double(gigabits)})", BitRate.FromGigabitsPerSecond(gigabits)),
        };
        DuplexMode? duplex = forms.Chance(70) ? forms.Pick(Enum.GetValues<DuplexMode>()) : null;
        InterfaceType? interfaceType = forms.Chance(70) ? forms.Pick(Enum.GetValues<InterfaceType>()) : null;
        PhysicalMedium? medium = forms.Chance(70) ? forms.Pick(Enum.GetValues<PhysicalMedium>()) : null;
        (string Code, Length Value)? length = forms.Chance(50) ? LengthOf(forms.Pick(Meters)) : null;
        PhysicalTopology? topology = forms.Chance(50) ? forms.Pick(Enum.GetValues<PhysicalTopology>()) : null;
        var driver = forms.Chance(10) ? "\"ixgbe\"" : null;

        var arguments = new List<(string Name, string Code)> { ("speed", speedCode) };
        AddIf(arguments, "duplex", duplex is { } d ? forms.Enum(d) : null);
        AddIf(arguments, "interfaceType", interfaceType is { } i ? forms.Enum(i) : null);
        AddIf(arguments, "medium", medium is { } m ? forms.Enum(m) : null);
        AddIf(arguments, "cableLength", length?.Code);
        AddIf(arguments, "topology", topology is { } t ? forms.Enum(t) : null);
        AddIf(arguments, "driver", driver);
        var code = "new PhysicalNic(" + Arguments(arguments, LinkParameters) + ")";

        PhysicalNic? nic = null;
        var expected = RuntimeOutcome.Of(
            () => nic = new PhysicalNic(speed, duplex ?? DuplexMode.Full, interfaceType, medium, length?.Value, topology ?? PhysicalTopology.Star, driver: driver is null ? null : "ixgbe"),
            out var errorsOnly);
        if (expected is not null && !errorsOnly)
        {
            expected = RuntimeOutcome.Validated(ModelValidator.Validate(nic!));
        }

        return (code, nic, expected, errorsOnly);
    }

    /// <summary>
    /// Writes arguments in one of the call spellings: positional (a skipped optional parameter passed
    /// as <c>null</c> or <c>default</c> when nullable, as its default value otherwise), named in any
    /// order, or positional then named.
    /// </summary>
    /// <param name="arguments">The arguments given, by parameter name.</param>
    /// <param name="parameters">Every parameter of the method, in declaration order, with the code of its default value when it is not nullable.</param>
    public string Arguments(List<(string Name, string Code)> arguments, IReadOnlyList<(string Name, string? Default)> parameters)
    {
        var given = arguments.ToDictionary(a => a.Name, a => a.Code);
        var last = parameters.Select((parameter, index) => (parameter.Name, index)).Where(p => given.ContainsKey(p.Name)).Max(p => p.index);
        var positional = Random.Next(3) switch
        {
            0 => last + 1,
            1 => 0,
            _ => Random.Next(last + 2),
        };
        var written = new List<string>();
        for (var i = 0; i < positional; i++)
        {
            var (name, defaultCode) = parameters[i];
            written.Add(given.TryGetValue(name, out var code) ? code : defaultCode ?? (Random.Next(2) == 0 ? "null" : "default"));
        }

        var named = parameters.Skip(positional).Where(p => given.ContainsKey(p.Name)).Select(p => $"{p.Name}: {given[p.Name]}").ToList();
        written.AddRange(forms.Shuffle(named));
        return string.Join(", ", written);
    }

    private (string Code, LogicalChannel Channel) Vlan()
    {
        var vlan = forms.Pick(ValidVlans);
        return ($"LogicalChannel.Vlan({forms.Int(vlan)})", LogicalChannel.Vlan(vlan));
    }

    private (string Code, LogicalChannel Channel) Vxlan()
    {
        var vni = forms.Pick(ValidVnis);
        return ($"LogicalChannel.Vxlan({(Random.Next(3) == 0 ? "vni: " : string.Empty)}{forms.Int(vni)})", LogicalChannel.Vxlan(vni));
    }

    private Part<Encapsulation> Geneve(EncapsulationKind kind)
    {
        var options = forms.Pick(GeneveOptions);
        return Part<Encapsulation>.Of(
            $"Encapsulation.{kind}({(Random.Next(2) == 0 ? "optionBytes: " : string.Empty)}{forms.Int(options)})",
            kind == EncapsulationKind.GeneveOverIpv4 ? Encapsulation.GeneveOverIpv4(options) : Encapsulation.GeneveOverIpv6(options),
            true);
    }

    private Part<Encapsulation> Mpls()
    {
        var labels = Random.Next(1, 6);
        return Part<Encapsulation>.Of($"Encapsulation.MplsLabels({forms.Int(labels)})", Encapsulation.MplsLabels(labels), true);
    }

    private static void AddIf(List<(string Name, string Code)> arguments, string name, string? code)
    {
        if (code is not null)
        {
            arguments.Add((name, code));
        }
    }

    private (string Code, Length Value) LengthOf(double meters) => Random.Next(4) switch
    {
        0 => ($"Length.FromCentimeters({ValueForms.Double(meters * 100)})", Length.FromCentimeters(meters * 100)),
        1 when meters >= 100 => ($"Length.FromKilometers({ValueForms.Double(meters / 1000)})", Length.FromKilometers(meters / 1000)),
        _ => ($"Length.FromMeters({ValueForms.Double(meters)})", Length.FromMeters(meters)),
    };

    private (string Code, Nic Nic) NicFactory(NicKind kind)
    {
        switch (kind)
        {
            case NicKind.VlanInterface:
                var vlan = forms.Pick(ValidVlans);
                return ($"Nic.VlanInterface({(Random.Next(3) == 0 ? "vlanId: " : string.Empty)}{forms.Int(vlan)})", Model.Nic.VlanInterface(vlan));
            case NicKind.SrIovVirtualFunction:
                var count = Random.Next(1, 65);
                var index = Random.Next(count);
                return Random.Next(5) switch
                {
                    0 => ("Nic.SrIov()", Model.Nic.SrIov()),
                    1 => ($"Nic.SrIov({forms.Int(index)})", Model.Nic.SrIov(index)),
                    2 => ($"Nic.SrIov(virtualFunctionCount: {forms.Int(count)}, virtualFunctionIndex: {forms.Int(index)})", Model.Nic.SrIov(index, count)),
                    3 => ($"Nic.SrIov({forms.Int(index)}, {forms.Int(count)})", Model.Nic.SrIov(index, count)),
                    _ => ($"Nic.Of({forms.Enum(kind)})", Model.Nic.Of(kind)),
                };
            default:
                return (Random.Next(3) == 0 ? $"Nic.Of({forms.Enum(kind)})" : $"Nic.{kind}()", Model.Nic.Of(kind));
        }
    }
}
