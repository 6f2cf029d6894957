using Paradigms.Model.Networking;

namespace Paradigms.Model.Analyzers.Tests.Scale;

/// <summary>
/// Generates <c>Deployment</c> constructions: every combination of paradigm, NIC, channels, network
/// mode, uplink, MTU, encapsulation and guest, written positionally, by name, mixed or target-typed,
/// with an object initializer or a chain of <c>with</c>, some values hidden from the compiler. The
/// expected diagnostics are what <see cref="ModelValidator"/> returns for the values the compiler can
/// see, each property set in an initializer or <c>with</c> validated as its <c>init</c> accessor does.
/// </summary>
internal sealed class DeploymentGenerator(ValueForms forms, NetworkParts parts)
{
    private static readonly int[] Mtus = [40, 67, 68, 576, 1279, 1280, 1400, 1450, 1480, 1500, 8950, 9000];

    private static readonly (string Name, string? Default)[] Parameters =
    [
        ("paradigm", null), ("nic", null), ("channels", null), ("networkMode", null),
        ("uplink", null), ("mtu", null), ("encapsulation", null), ("guestModifiable", null),
    ];

    private Random Random => forms.Random;

    /// <summary>A deployment construction with its expected diagnostics.</summary>
    public Construction Next()
    {
        var paradigm = forms.Pick(Enum.GetValues<Paradigm>());
        var paradigmKnown = !forms.Chance(8);
        var paradigmCode = paradigmKnown ? forms.Enum(paradigm) : forms.RuntimeEnum(paradigm);
        var nic = parts.Nic(NicKindFor(paradigm), !forms.Chance(8));

        var arguments = new List<(string Name, string Code)> { ("paradigm", paradigmCode), ("nic", nic.Code) };
        var ctor = new Properties();
        var own = new List<ExpectedDiagnostic>();
        if (forms.Chance(40))
        {
            ctor.Channels = parts.Channels(immutable: false, () => ChannelKindFor(paradigm));
            arguments.Add(("channels", ctor.Channels.Code));
        }

        AddScalars(arguments, ctor, own, paradigm, withEncapsulation: true);

        var targetTyped = forms.Chance(20);
        var code = (targetTyped ? "new(" : "new Deployment(") + parts.Arguments(arguments, Parameters) + ")";
        var expected = new List<ExpectedDiagnostic>(own);
        expected.AddRange(Validate(paradigmKnown ? paradigm : null, nic.Known ? nic.Value : null, ctor));

        if (forms.Chance(25))
        {
            var (initializer, initialized, initOwn) = Initializer(paradigm);
            code += " " + initializer;
            expected.AddRange(initOwn);
            expected.AddRange(Validate(paradigmKnown ? paradigm : null, null, initialized));
        }

        if (!targetTyped && forms.Chance(20))
        {
            // with on the new deployment keeps its paradigm; with on a value the compiler cannot follow does not.
            var fresh = !forms.Chance(25);
            if (!fresh)
            {
                code = $"{ValueForms.Support}.Value({code})";
            }

            for (var chain = Random.Next(1, 4); chain > 0; chain--)
            {
                var (initializer, initialized, initOwn) = Initializer(paradigm);
                code = $"({code}) with {initializer}";
                expected.AddRange(initOwn);
                expected.AddRange(Validate(paradigmKnown && fresh ? paradigm : null, null, initialized));
            }
        }

        return new Construction(code, expected, targetTyped ? "Deployment" : null);
    }

    /// <summary>
    /// What <see cref="ModelValidator"/> says of the values the compiler can see: with the paradigm
    /// unknown only the MTU rules apply, so a paradigm and NIC that earn nothing stand in; an unknown
    /// NIC is replaced by one that earns nothing under the paradigm.
    /// </summary>
    private static IEnumerable<ExpectedDiagnostic> Validate(Paradigm? paradigm, Nic? nic, Properties properties)
    {
        var p = paradigm ?? Paradigm.Containerization;
        var standIn = NicWithoutFinding(p);
        var diagnostics = ModelValidator.Validate(
            p,
            paradigm is null ? standIn : nic ?? standIn,
            paradigm is null ? null : properties.Channels?.Value,
            paradigm is null ? null : properties.NetworkMode,
            uplink: null,
            properties.Mtu,
            properties.Encapsulation,
            paradigm is null ? null : properties.GuestModifiable);
        return RuntimeOutcome.Validated(diagnostics);
    }

    private static Nic NicWithoutFinding(Paradigm paradigm) => paradigm switch
    {
        Paradigm.Virtualization => Nic.E1000(),
        Paradigm.Paravirtualization => Nic.VirtioNet(),
        Paradigm.Containerization => Nic.Veth(),
        _ => Nic.WasiSocket(),
    };

    /// <summary>An object initializer or <c>with</c> body setting some of the checked properties, and the uplink.</summary>
    private (string Code, Properties Values, List<ExpectedDiagnostic> Own) Initializer(Paradigm paradigm)
    {
        var values = new Properties();
        var own = new List<ExpectedDiagnostic>();
        var assignments = new List<(string Name, string Code)>();
        if (forms.Chance(35))
        {
            values.Channels = parts.Channels(immutable: true, () => ChannelKindFor(paradigm));
            assignments.Add(("Channels", values.Channels.Code));
        }

        var scalars = new List<(string Name, string Code)>();
        AddScalars(scalars, values, own, paradigm, withEncapsulation: false);
        assignments.AddRange(scalars.Select(s => (char.ToUpperInvariant(s.Name[0]) + s.Name[1..], s.Code)));
        if (assignments.Count == 0)
        {
            values.Mtu = forms.Pick(Mtus);
            assignments.Add(("Mtu", forms.Int(values.Mtu.Value)));
        }

        var body = string.Join(", ", forms.Shuffle(assignments).Select(a => $"{a.Name} = {a.Code}"));
        return (Random.Next(4) == 0 ? $"{{ {body}, }}" : $"{{ {body} }}", values, own);
    }

    /// <summary>Adds the network mode, uplink, MTU, encapsulation and guest, each with some chance, known or not.</summary>
    private void AddScalars(List<(string Name, string Code)> arguments, Properties values, List<ExpectedDiagnostic> own, Paradigm paradigm, bool withEncapsulation)
    {
        if (forms.Chance(30))
        {
            var mode = forms.Pick(Enum.GetValues<NetworkMode>());
            var known = !forms.Chance(15);
            arguments.Add(("networkMode", known ? forms.Enum(mode) : forms.RuntimeEnum(mode)));
            values.NetworkMode = known ? mode : null;
        }

        if (forms.Chance(15))
        {
            var uplink = parts.Uplink();
            arguments.Add(("uplink", uplink.Code));
            own.AddRange(uplink.Own);
        }

        if (forms.Chance(35))
        {
            var mtu = forms.Pick(Mtus);
            var known = !forms.Chance(15);
            arguments.Add(("mtu", known ? forms.Int(mtu) : forms.RuntimeInt(mtu)));
            values.Mtu = known ? mtu : null;
        }

        if (forms.Chance(withEncapsulation ? 25 : 10))
        {
            var stack = parts.Stack(!forms.Chance(15));
            arguments.Add(("encapsulation", stack.Code));

            // An initializer's Mtu is checked when set, without the stack (its init accessor does not see it).
            values.Encapsulation = withEncapsulation && stack.Known ? stack.Value : null;
        }

        if (forms.Chance(25))
        {
            var guest = forms.Chance(50);
            var known = !forms.Chance(15);
            arguments.Add(("guestModifiable", known ? forms.Bool(guest) : forms.RuntimeBool(guest)));
            values.GuestModifiable = known ? guest : null;
        }
    }

    /// <summary>A NIC kind, mostly one that fits the paradigm so that most constructions earn nothing.</summary>
    private NicKind NicKindFor(Paradigm paradigm) =>
        forms.Chance(50)
            ? forms.Pick(Enum.GetValues<NicKind>())
            : paradigm switch
            {
                Paradigm.Sandboxing => NicKind.WasiSocket,
                Paradigm.Containerization => forms.Pick([NicKind.Veth, NicKind.SrIovVirtualFunction, NicKind.VlanInterface, NicKind.BridgeInterface, NicKind.Physical]),
                Paradigm.Paravirtualization => forms.Pick([NicKind.VirtioNet, NicKind.XenPvNet, NicKind.SrIovVirtualFunction]),
                _ => forms.Pick([NicKind.E1000, NicKind.SrIovVirtualFunction, NicKind.Physical]),
            };

    private LogicalChannelKind ChannelKindFor(Paradigm paradigm) =>
        forms.Chance(30) || paradigm != Paradigm.Sandboxing
            ? forms.Pick(Enum.GetValues<LogicalChannelKind>())
            : LogicalChannelKind.WasiSocket;

    /// <summary>The values a constructor call or an initializer sets that the compiler can see; null when not set or hidden.</summary>
    private sealed class Properties
    {
        public Part<IReadOnlyList<LogicalChannel>>? Channels { get; set; }

        public NetworkMode? NetworkMode { get; set; }

        public int? Mtu { get; set; }

        public EncapsulationStack? Encapsulation { get; set; }

        public bool? GuestModifiable { get; set; }
    }
}
