using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Paradigms.Model.Json;
using Paradigms.Model.Networking;
using Paradigms.Model.Quantities;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Tests.Json;

/// <summary>
/// The checker reports what the model reports: for parts drawn at random, valid or not together, the
/// findings of the file are exactly those of <see cref="ModelValidator"/>, or of the constructors that
/// refuse the parts, with the same ids, severities and messages.
/// </summary>
public class AgreementProperties
{
    public static Arbitrary<DeploymentParts> Deployments() => Arb.From(
        from paradigm in ModelArbitraries.Any<Paradigm>()
        from nic in ModelArbitraries.NicGen
        from channelCount in Gen.Choose(0, 3)
        from channels in ModelArbitraries.ChannelGen.ArrayOf(channelCount)
        from mode in ModelArbitraries.OrNone(ModelArbitraries.Any<NetworkMode>())
        from uplink in ModelArbitraries.OrNoneReference(ModelArbitraries.PhysicalNicGen)
        from mtu in ModelArbitraries.OrNone(Gen.Frequency((1, Gen.Choose(-100, 10_000)), (1, Gen.Elements(67, 68, 1279, 1280, 1390, 1391, 1500))))
        from encapsulation in ModelArbitraries.OrNoneReference(ModelArbitraries.StackGen)
        from guest in ModelArbitraries.OrNone(Gen.Elements(true, false))
        select new DeploymentParts(paradigm, nic, channels, mode, uplink, mtu, encapsulation, guest));

    public static Arbitrary<LinkParts> Links() => Arb.From(
        from speed in Gen.Elements("10 Mbit/s", "100 Mbit/s", "600 Mbit/s", "1 Gbit/s", "2.5 Gbit/s", "5 Gbit/s", "10 Gbit/s", "25 Gbit/s", "40 Gbit/s", "100 Gbit/s", "400 Gbit/s")
        from duplex in ModelArbitraries.OrNone(ModelArbitraries.Any<DuplexMode>())
        from interfaceType in ModelArbitraries.OrNone(ModelArbitraries.Any<InterfaceType>())
        from medium in ModelArbitraries.OrNone(ModelArbitraries.Any<PhysicalMedium>())
        from length in ModelArbitraries.OrNone(Gen.Elements(1, 30, 37, 55, 56, 100, 101, 500))
        from topology in ModelArbitraries.OrNone(ModelArbitraries.Any<PhysicalTopology>())
        select new LinkParts(speed, duplex, interfaceType, medium, length, topology));

    public static Arbitrary<StackParts> Stacks() => Arb.From(
        from underlay in Gen.Elements(-1, 0, 40, 67, 68, 100, 150, 1500, 9000)
        from count in Gen.Choose(0, 4)
        from layers in ModelArbitraries.LayerGen.ArrayOf(count)
        select new StackParts(underlay, layers));

    [Property(Arbitrary = new[] { typeof(AgreementProperties) }, MaxTest = 500)]
    public bool A_deployments_findings_are_the_validators(DeploymentParts parts)
    {
        var expected = ModelValidator.Validate(parts.Paradigm, parts.Nic, parts.Channels, parts.Mode, parts.Uplink, parts.Mtu, parts.Encapsulation, parts.Guest)
            .Select(d => (d.Id, d.Severity, d.Message));
        var result = ModelFileReader.ReadText("{ \"deployments\": [ " + parts.ToJson() + " ] }");
        var errors = expected.Any(d => d.Severity == RuleSeverity.Error);
        return Same(result.Diagnostics.Select(d => (d.Id, d.Severity, d.Message)), expected)
            && result.Status == (errors ? ModelFileStatus.BreaksRules : ModelFileStatus.Valid)
            && (result.Model is null) == errors;
    }

    [Property(Arbitrary = new[] { typeof(AgreementProperties) }, MaxTest = 500)]
    public bool A_links_findings_are_the_physical_NICs(LinkParts parts)
    {
        var result = ModelFileReader.ReadText(
            "{ \"deployments\": [ { \"paradigm\": \"Containerization\", \"nic\": { \"kind\": \"Veth\" }, \"uplink\": " + parts.ToJson() + " } ] }");
        var found = result.Diagnostics.Select(d => (d.Id, d.Severity, d.Message));
        try
        {
            var nic = parts.Build();
            return Same(found, ModelValidator.Validate(nic).Select(d => (d.Id, d.Severity, d.Message)));
        }
        catch (InvalidModelException refused)
        {
            // The constructor reports the errors; the checker reports them too, and warnings besides.
            return Same(found.Where(d => d.Severity == RuleSeverity.Error), refused.Diagnostics.Select(d => (d.Id, d.Severity, d.Message)))
                && result.Status == ModelFileStatus.BreaksRules;
        }
    }

    [Property(Arbitrary = new[] { typeof(AgreementProperties) }, MaxTest = 300)]
    public bool A_stacks_findings_are_the_constructors(StackParts parts)
    {
        var json = ModelJson.Serialize(new EncapsulationStack(1500, parts.Layers)).Replace("\"underlayMtu\": 1500", "\"underlayMtu\": " + parts.UnderlayMtu, StringComparison.Ordinal);
        var result = ModelFileReader.ReadText(
            "{ \"deployments\": [ { \"paradigm\": \"Containerization\", \"nic\": { \"kind\": \"Veth\" }, \"encapsulation\": " + json + " } ] }");
        var found = result.Diagnostics.Select(d => (d.Id, d.Severity, d.Message));
        try
        {
            _ = new EncapsulationStack(parts.UnderlayMtu, parts.Layers);
            return !found.Any();
        }
        catch (InvalidModelException refused)
        {
            return Same(found, refused.Diagnostics.Select(d => (d.Id, d.Severity, d.Message)));
        }
    }

    private static bool Same(IEnumerable<(string, RuleSeverity, string)> actual, IEnumerable<(string, RuleSeverity, string)> expected) =>
        actual.Order().SequenceEqual(expected.Order());

    /// <summary>The parts of a deployment, valid on their own, in any combination.</summary>
    public sealed record DeploymentParts(
        Paradigm Paradigm, Nic Nic, LogicalChannel[] Channels, NetworkMode? Mode, PhysicalNic? Uplink, int? Mtu, EncapsulationStack? Encapsulation, bool? Guest)
    {
        public string ToJson()
        {
            var members = new List<string> { $"\"paradigm\": \"{Paradigm}\"", "\"nic\": " + ModelJson.Serialize(Nic) };
            if (Channels.Length > 0)
            {
                members.Add("\"channels\": [ " + string.Join(", ", Channels.Select(ModelJson.Serialize)) + " ]");
            }

            if (Mode is { } mode)
            {
                members.Add($"\"networkMode\": \"{mode}\"");
            }

            if (Uplink is not null)
            {
                members.Add("\"uplink\": " + ModelJson.Serialize(Uplink));
            }

            if (Mtu is { } mtu)
            {
                members.Add("\"mtu\": " + mtu.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            if (Encapsulation is not null)
            {
                members.Add("\"encapsulation\": " + ModelJson.Serialize(Encapsulation));
            }

            if (Guest is { } guest)
            {
                members.Add("\"guestModifiable\": " + (guest ? "true" : "false"));
            }

            return "{ " + string.Join(", ", members) + " }";
        }

        public override string ToString() => ToJson();
    }

    /// <summary>The parts of a link, in any combination, the defaults of <see cref="PhysicalNic"/> where null.</summary>
    public sealed record LinkParts(string Speed, DuplexMode? Duplex, InterfaceType? InterfaceType, PhysicalMedium? Medium, int? Meters, PhysicalTopology? Topology)
    {
        public PhysicalNic Build() => new(
            BitRate.Parse(Speed),
            Duplex ?? DuplexMode.Full,
            InterfaceType,
            Medium,
            Meters is { } m ? Length.FromMeters(m) : null,
            Topology ?? PhysicalTopology.Star);

        public string ToJson()
        {
            var members = new List<string> { $"\"speed\": \"{Speed}\"" };
            members.AddRange(new (string Name, object? Value)[]
            {
                ("duplex", Duplex), ("interfaceType", InterfaceType), ("medium", Medium), ("cableLength", Meters is { } m ? $"{m} m" : null), ("topology", Topology),
            }.Where(p => p.Value is not null).Select(p => $"\"{p.Name}\": \"{p.Value}\""));
            return "{ " + string.Join(", ", members) + " }";
        }

        public override string ToString() => ToJson();
    }

    /// <summary>An underlay MTU and layers, valid or not together.</summary>
    public sealed record StackParts(int UnderlayMtu, Encapsulation[] Layers)
    {
        public override string ToString() => $"{UnderlayMtu}: {string.Join(" + ", Layers.Select(l => l.ToString()))}";
    }
}
