using Paradigms.Model.Networking;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Tests.Reliability;

/// <summary>The network model's factories and constructors: NICs, channels, encapsulations and stacks, physical NICs, socket grants.</summary>
public sealed partial class BadInputCensus
{
    private static IEnumerable<CensusCase> NetworkingCases() =>
        NicCases().Concat(ChannelCases()).Concat(EncapsulationCases()).Concat(PhysicalNicCases()).Concat(SocketCases());

    /// <summary>A protocol value outside its standard is PM0004 (docs/diagnostics/PM0004.md), thrown as <see cref="InvalidModelException"/> naming the parameter.</summary>
    private static Expectation Pm0004(string parameter, string finding) =>
        Refused<InvalidModelException>(parameter, "PM0004: " + finding);

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<CensusCase> NicCases()
    {
        const string Group = "Nic";
        var vlanInterface = EntryPoints.Of(() => Nic.VlanInterface(0));
        var srIov = EntryPoints.Of(() => Nic.SrIov(0, null));
        foreach (var (name, value) in BadInputs.Integers)
        {
            // 802.1Q: VLAN ids 1–4094. SR-IOV: index 0 to count − 1, the count 1–65,535 (65,535 when not given).
            yield return Case(Group, vlanInterface, name, Pm0004("vlanId", $"VLAN id {Number(value)} is outside 1–4094"), () => Nic.VlanInterface(value));
            yield return Case(Group, srIov, "virtualFunctionIndex " + name, value == 0
                ? Accepted("function 0", r => r is Nic { Kind: NicKind.SrIovVirtualFunction, VirtualFunctionIndex: 0 })
                : Pm0004("virtualFunctionIndex", $"SR-IOV virtual function index {Number(value)} is outside 0–65,534"), () => Nic.SrIov(value));
            yield return Case(Group, srIov, "virtualFunctionCount " + name, Pm0004("virtualFunctionCount", $"SR-IOV virtual function count {Number(value)} is outside 1–65,535"), () => Nic.SrIov(0, value));
        }

        yield return Case(Group, vlanInterface, "4095 (reserved)", Pm0004("vlanId", "VLAN id 4095 is outside 1–4094"), () => Nic.VlanInterface(4095));
        var of = EntryPoints.Of(() => Nic.Of(default));
        yield return Case(Group, of, "a kind that needs a value", Refused<ArgumentOutOfRangeException>("kind", "kind was VlanInterface; allowed: a kind that needs no further values"), () => Nic.Of(NicKind.VlanInterface));
    }

    private static IEnumerable<CensusCase> ChannelCases()
    {
        const string Group = "LogicalChannel";
        var vlan = EntryPoints.Of(() => LogicalChannel.Vlan(0));
        var vxlan = EntryPoints.Of(() => LogicalChannel.Vxlan(0));
        foreach (var (name, value) in BadInputs.Integers)
        {
            // 802.1Q: 1–4094; RFC 7348: a VNI is 24 bits, 0–16,777,215.
            yield return Case(Group, vlan, name, Pm0004("vlanId", $"VLAN id {Number(value)} is outside 1–4094"), () => LogicalChannel.Vlan(value));
            yield return Case(Group, vxlan, name, value == 0
                ? Accepted("VNI 0", r => r is LogicalChannel { Kind: LogicalChannelKind.Vxlan, Identifier: 0 })
                : Pm0004("vni", $"VXLAN VNI {Number(value)} is outside 0–16,777,215"), () => LogicalChannel.Vxlan(value));
        }

        yield return Case(Group, vxlan, "2^24", Pm0004("vni", "VXLAN VNI 16777216 is outside 0–16,777,215"), () => LogicalChannel.Vxlan(1 << 24));
        var of = EntryPoints.Of(() => LogicalChannel.Of(default));
        yield return Case(Group, of, "a kind that needs an identifier", Refused<ArgumentOutOfRangeException>("kind", "kind was Vxlan; allowed: a kind without an identifier"), () => LogicalChannel.Of(LogicalChannelKind.Vxlan));
    }

    private static IEnumerable<CensusCase> EncapsulationCases()
    {
        const string Group = "Encapsulation";
        var geneve4 = EntryPoints.Of(() => Encapsulation.GeneveOverIpv4(0));
        var geneve6 = EntryPoints.Of(() => Encapsulation.GeneveOverIpv6(0));
        var mpls = EntryPoints.Of(() => Encapsulation.MplsLabels(0));
        var stack = EntryPoints.Of(() => new EncapsulationStack(0, (IEnumerable<Encapsulation>)null!));
        var stackInPlace = EntryPoints.Of(() => new EncapsulationStack(0, (Encapsulation[])null!));
        foreach (var (name, value) in BadInputs.Integers)
        {
            // RFC 8926: Geneve options are 0–252 bytes in 4-byte words; RFC 3032: an MPLS stack has 1 label or more.
            var geneve = value == 0
                ? Accepted("no options", r => r is Encapsulation { OptionBytes: 0 } layer && layer.OverheadBytes == (layer.Kind == EncapsulationKind.GeneveOverIpv4 ? 50 : 70))
                : Pm0004("optionBytes", $"Geneve option bytes {Number(value)} is outside 0–252 in steps of 4");
            yield return Case(Group, geneve4, name, geneve, () => Encapsulation.GeneveOverIpv4(value));
            yield return Case(Group, geneve6, name, geneve, () => Encapsulation.GeneveOverIpv6(value));
            yield return Case(Group, mpls, name, value < 1
                ? Refused<ArgumentOutOfRangeException>("labelCount", $"labelCount was {Number(value)}; allowed: 1 or more labels.")
                : Refused<ArgumentOutOfRangeException>("labelCount", $"labelCount was {Number(value)}; allowed: at most 536870911 labels"), () => Encapsulation.MplsLabels(value));

            // RFC 791: no IP packet crosses an MTU below 68 bytes; no upper bound is documented.
            var underlay = value == int.MaxValue
                ? Accepted("an underlay of int.MaxValue bytes and no layer", r => r is EncapsulationStack { InnerMtu: int.MaxValue, OverheadBytes: 0 })
                : Refused<InvalidModelException>("underlayMtu", $"PM0008: The underlay MTU of {Number(value)} bytes is below the 68 bytes IPv4 needs");
            yield return Case(Group, stackInPlace, "underlayMtu " + name, underlay, () => new EncapsulationStack(value));
            yield return Case(Group, stack, "underlayMtu " + name, underlay, () => new EncapsulationStack(value, new List<Encapsulation>()));
        }

        // The most labels whose bytes an int holds: 536,870,911 × 4 = 2,147,483,644.
        yield return Case(Group, mpls, "536870911 (the most)", Accepted("536,870,911 labels of 4 bytes", r => r is Encapsulation { LabelCount: 536_870_911, OverheadBytes: 2_147_483_644 }), () => Encapsulation.MplsLabels(536_870_911));
        yield return Case(Group, stackInPlace, "layers adding more bytes than the underlay holds", Refused<InvalidModelException>("layers", "PM0008: The MTU the stack leaves, 536870911 MPLS labels (2147483644 B), of -2147482144 bytes is below the 68 bytes IPv4 needs"), () => new EncapsulationStack(1500, Encapsulation.MplsLabels(536_870_911)));
        yield return Case(Group, stackInPlace, "layers adding more bytes than an int holds", Refused<InvalidModelException>("layers", "PM0008: The MTU the stack leaves", "of -2147483641 bytes is below the 68 bytes IPv4 needs"), () => new EncapsulationStack(int.MaxValue, Encapsulation.MplsLabels(536_870_911), Encapsulation.MplsLabels(536_870_911)));
        yield return Case(Group, stack, "null layers", Refused<ArgumentNullException>("layers"), () => new EncapsulationStack(1500, (IEnumerable<Encapsulation>)null!));
        yield return Case(Group, stackInPlace, "null layers", Refused<ArgumentNullException>("layers"), () => new EncapsulationStack(1500, (Encapsulation[])null!));
        yield return Case(Group, stackInPlace, "a null layer", Refused<ArgumentNullException>("layers[1]"), () => new EncapsulationStack(1500, Encapsulation.VxlanOverIpv4(), null!));
        yield return Case(Group, stack, "a null layer", Refused<ArgumentNullException>("layers[1]"), () => new EncapsulationStack(1500, new List<Encapsulation> { Encapsulation.VxlanOverIpv4(), null! }));
    }

    private static IEnumerable<CensusCase> PhysicalNicCases()
    {
        const string Group = "PhysicalNic";
        var constructor = EntryPoints.Of(() => new PhysicalNic(default, default, null, null, null, default, null, null));
        var tenGigabit = BitRate.FromGigabitsPerSecond(10);
        yield return Case(Group, constructor, "speed 0", Refused<ArgumentOutOfRangeException>("speed", "speed was 0", "allowed: a rate above 0 bit/s."), () => new PhysicalNic(BitRate.Zero));
        yield return Case(Group, constructor, "speed 1e308 bit/s", Accepted("a rate above zero, with no medium to bound it", r => r is PhysicalNic nic && nic.Speed.BitsPerSecond == 1e308), () => new PhysicalNic(BitRate.FromBitsPerSecond(1e308)));
        yield return Case(Group, constructor, "cableLength 0", Refused<ArgumentOutOfRangeException>("cableLength", "cableLength was 0", "allowed: a length above 0 m, or null."), () => new PhysicalNic(tenGigabit, cableLength: Length.Zero));
        yield return Case(Group, constructor, "cableLength 1e308 m", Accepted("a length above zero; beyond the reach of Cat6a is a PM0005 warning, not an error", r => r is PhysicalNic nic && nic.CableLength == Length.FromMeters(1e308)), () => new PhysicalNic(tenGigabit, medium: PhysicalMedium.Cat6a, cableLength: Length.FromMeters(1e308)));
        yield return Case(Group, constructor, "duplex undefined enum 0", Refused<ArgumentOutOfRangeException>("duplex", "duplex was 0; allowed: Simplex, Half, Full."), () => new PhysicalNic(tenGigabit, (DuplexMode)0));
        yield return Case(Group, constructor, "interfaceType undefined enum 99", Refused<ArgumentOutOfRangeException>("interfaceType", "interfaceType was 99; allowed: "), () => new PhysicalNic(tenGigabit, interfaceType: (InterfaceType)99));
        yield return Case(Group, constructor, "medium undefined enum 99", Refused<ArgumentOutOfRangeException>("medium", "medium was 99; allowed: "), () => new PhysicalNic(tenGigabit, medium: (PhysicalMedium)99));
        yield return Case(Group, constructor, "topology undefined enum 0", Refused<ArgumentOutOfRangeException>("topology", "topology was 0; allowed: Bus, Star, Ring, Mesh."), () => new PhysicalNic(tenGigabit, topology: 0));
        foreach (var (name, text) in BadInputs.Texts)
        {
            // The driver's name is any text that is not blank.
            yield return Case(Group, constructor, "driver " + name, string.IsNullOrWhiteSpace(text)
                ? Refused<ArgumentException>("driver", $"driver was '{text}'; allowed: a non-blank text.")
                : Accepted("a name that is not blank", r => r is PhysicalNic nic && nic.Driver == text), () => new PhysicalNic(tenGigabit, driver: text));
        }
    }

    private static IEnumerable<CensusCase> SocketCases()
    {
        const string Group = "SocketGrant";
        var range = EntryPoints.Of(() => SocketGrant.ForAddress(default, default, null!, 0, 0));
        var one = EntryPoints.Of(() => SocketGrant.ForAddress(default, default, null!, 0));
        var anyRange = EntryPoints.Of(() => SocketGrant.ForAnyAddress(default, default, 0, 0));
        var anyOne = EntryPoints.Of(() => SocketGrant.ForAnyAddress(default, default, 0));
        var unix = EntryPoints.Of(() => SocketGrant.ForUnixPath(default, null!));
        const SocketKind Tcp = SocketKind.Tcp;
        const SocketOperation Connect = SocketOperation.Connect;
        foreach (var (name, port) in BadInputs.Integers)
        {
            // Ports run 1–65535; 0 asks the system for any free port and is no port a grant can name.
            var refused = Refused<ArgumentOutOfRangeException>("port", $"port was {Number(port)}; allowed: 1–65535.");
            yield return Case(Group, one, "port " + name, refused, () => SocketGrant.ForAddress(Tcp, Connect, "10.0.0.5", port));
            yield return Case(Group, anyOne, "port " + name, refused, () => SocketGrant.ForAnyAddress(Tcp, Connect, port));
            yield return Case(Group, range, "firstPort " + name, Refused<ArgumentOutOfRangeException>("firstPort", $"firstPort was {Number(port)}; allowed: 1–65535."), () => SocketGrant.ForAddress(Tcp, Connect, "10.0.0.5", port, 65535));
            yield return Case(Group, anyRange, "lastPort " + name, Refused<ArgumentOutOfRangeException>("lastPort", $"lastPort was {Number(port)}; allowed: 1–65535 (firstPort to 65535)."), () => SocketGrant.ForAnyAddress(Tcp, Connect, 1, port));
        }

        yield return Case(Group, anyRange, "lastPort below firstPort", Refused<ArgumentOutOfRangeException>("lastPort", "lastPort was 80; allowed: 443–65535 (firstPort to 65535)."), () => SocketGrant.ForAnyAddress(Tcp, Connect, 443, 80));
        var undefinedKind = Refused<ArgumentOutOfRangeException>("kind", "kind was 99; allowed: Tcp, Udp");
        var undefinedOperation = Refused<ArgumentOutOfRangeException>("operation", "operation was 99; allowed: ");
        yield return Case(Group, one, "kind undefined enum 99", undefinedKind, () => SocketGrant.ForAddress((SocketKind)99, Connect, "10.0.0.5", 80));
        yield return Case(Group, range, "kind undefined enum 99", undefinedKind, () => SocketGrant.ForAddress((SocketKind)99, Connect, "10.0.0.5", 80, 81));
        yield return Case(Group, anyOne, "kind undefined enum 99", undefinedKind, () => SocketGrant.ForAnyAddress((SocketKind)99, Connect, 80));
        yield return Case(Group, anyRange, "kind undefined enum 99", undefinedKind, () => SocketGrant.ForAnyAddress((SocketKind)99, Connect, 80, 81));
        yield return Case(Group, one, "operation undefined enum 99", undefinedOperation, () => SocketGrant.ForAddress(Tcp, (SocketOperation)99, "10.0.0.5", 80));
        yield return Case(Group, range, "operation undefined enum 99", undefinedOperation, () => SocketGrant.ForAddress(Tcp, (SocketOperation)99, "10.0.0.5", 80, 81));
        yield return Case(Group, anyOne, "operation undefined enum 99", undefinedOperation, () => SocketGrant.ForAnyAddress(Tcp, (SocketOperation)99, 80));
        yield return Case(Group, anyRange, "operation undefined enum 99", undefinedOperation, () => SocketGrant.ForAnyAddress(Tcp, (SocketOperation)99, 80, 81));
        yield return Case(Group, unix, "operation undefined enum 99", Refused<ArgumentOutOfRangeException>("operation", "operation was 99; allowed: "), () => SocketGrant.ForUnixPath((SocketOperation)99, "/run/app.sock"));
        yield return Case(Group, one, "kind Unix", Refused<ArgumentOutOfRangeException>("kind", "kind was Unix; allowed: Tcp, Udp (a Unix socket is named by a path"), () => SocketGrant.ForAddress(SocketKind.Unix, Connect, "10.0.0.5", 80));
        foreach (var (name, text) in BadInputs.Texts)
        {
            // An address is an IPv4 or IPv6 address or a DNS host name ("abc" is one); a path is any text that is not blank.
            var address = name switch
            {
                "empty" or "white space" => Refused<ArgumentException>("address", $"address was '{text}'; allowed: a non-blank text."),
                "'abc'" => Accepted("the DNS host name abc", r => r is SocketGrant { Address: "abc" }),
                _ => Refused<ArgumentException>("address", $"address was '{text}'; allowed: an IPv4 address in dotted-decimal form (10.0.0.5), an IPv6 address (::1) or a DNS host name"),
            };
            yield return Case(Group, one, "address " + name, address, () => SocketGrant.ForAddress(Tcp, Connect, text, 80));
            yield return Case(Group, range, "address " + name, address, () => SocketGrant.ForAddress(Tcp, Connect, text, 80, 81));
            yield return Case(Group, unix, "path " + name, string.IsNullOrWhiteSpace(text)
                ? Refused<ArgumentException>("path", $"path was '{text}'; allowed: a non-blank text.")
                : Accepted("a path that is not blank, compared exactly", r => r is SocketGrant grant && grant.Path == text), () => SocketGrant.ForUnixPath(Connect, text));
        }

        foreach (var (name, text) in new[] { ("'999.1.1.1'", "999.1.1.1"), ("'[::1]:80'", "[::1]:80"), ("'-1'", "-1") })
        {
            yield return Case(Group, one, "address " + name, Refused<ArgumentException>("address", $"address was '{text}'; allowed: an IPv4 address"), () => SocketGrant.ForAddress(Tcp, Connect, text, 80));
        }

        // RFC 1123 lets a host name's labels start with a digit: "1e308" is a host name, not a number.
        yield return Case(Group, one, "address '1e308'", Accepted("the DNS host name 1e308", r => r is SocketGrant { Address: "1e308" }), () => SocketGrant.ForAddress(Tcp, Connect, "1e308", 80));

        yield return Case(Group, one, "address null", Refused<ArgumentNullException>("address"), () => SocketGrant.ForAddress(Tcp, Connect, null!, 80));
        yield return Case(Group, unix, "path null", Refused<ArgumentNullException>("path"), () => SocketGrant.ForUnixPath(Connect, null!));
        var capabilities = EntryPoints.Of(() => SocketCapabilities.Of((SocketGrant[])null!));
        var capabilitiesOfEnumerable = EntryPoints.Of(() => SocketCapabilities.Of((IEnumerable<SocketGrant>)null!));
        yield return Case(Group, capabilities, "null", Refused<ArgumentNullException>("grants"), () => SocketCapabilities.Of((SocketGrant[])null!));
        yield return Case(Group, capabilities, "a null grant", Refused<ArgumentNullException>(null), () => SocketCapabilities.Of(SocketGrant.ForAnyAddress(Tcp, Connect, 80), null!));
        yield return Case(Group, capabilitiesOfEnumerable, "null", Refused<ArgumentNullException>("grants"), () => SocketCapabilities.Of((IEnumerable<SocketGrant>)null!));
        yield return Case(Group, capabilitiesOfEnumerable, "empty", Accepted("no grant at all: nothing is allowed", r => r is SocketCapabilities c && c.Equals(SocketCapabilities.None)), () => SocketCapabilities.Of(Array.Empty<SocketGrant>().AsEnumerable()));
    }
}
