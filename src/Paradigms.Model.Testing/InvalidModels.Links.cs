using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Paradigms.Model.Facts;
using Paradigms.Model.Networking;
using Paradigms.Model.Quantities;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Testing;

/// <summary>The invalid physical links of PM0005 and PM0006, alone or as a valid deployment's uplink.</summary>
public static partial class InvalidModels
{
    /// <summary>
    /// PM0005: a link that cannot carry its rate over its medium (Cat5e at 10 Gbit/s) or through its interface
    /// (SFP+ at 25 Gbit/s), an interface that does not take the medium (RJ-45 on fiber, any cage on radio) —
    /// errors — or, a warning, a twisted-pair cable beyond its reach.
    /// </summary>
    private static Gen<InvalidModel> PhysicalLink() => Gen.OneOf(
        Link("PM0005", RuleSeverity.Error, MediumTooSlow()),
        Link("PM0005", RuleSeverity.Error, InterfaceTooSlow()),
        Link("PM0005", RuleSeverity.Error, InterfaceNotForMedium()),
        Link("PM0005", RuleSeverity.Warning, CableBeyondReach()));

    /// <summary>PM0006: half duplex at 10 Gbit/s or more on a cable (error), full duplex on a bus or on Wi-Fi (warnings).</summary>
    private static Gen<InvalidModel> Duplex() => Gen.OneOf(
        Link("PM0006", RuleSeverity.Error, HalfDuplexAtFullDuplexOnlyRate()),
        Link("PM0006", RuleSeverity.Warning, FullDuplexOn(Gen.Elements(Enum.GetValues<PhysicalMedium>().Where(m => !LinkLimits.IsWifi(m)).ToArray()), bus: true)),
        Link("PM0006", RuleSeverity.Warning, FullDuplexOn(Gen.Elements(Enum.GetValues<PhysicalMedium>().Where(LinkLimits.IsWifi).ToArray()), bus: false)));

    /// <summary>The invalid links alone, or as the uplink of a valid deployment.</summary>
    private static Gen<InvalidModel> Link(string id, RuleSeverity severity, Gen<PhysicalNicParts> links) => Gen.OneOf(
        links.Select(link => new InvalidModel(link, id, severity)),
        from link in links
        from deployment in ValidParts.Deployment
        select new InvalidModel(deployment with { Uplink = link }, id, severity));

    /// <summary>A medium with a ceiling, at a rate above it: Cat5 at 2.5 Gbit/s, 802.11n at 1 Gbit/s.</summary>
    private static Gen<PhysicalNicParts> MediumTooSlow() =>
        from medium in Gen.Elements(Enum.GetValues<PhysicalMedium>().Where(m => LinkLimits.Ceiling(m) is not null).ToArray())
        from speed in Above(LinkLimits.Ceiling(medium)!.Value)
        select new PhysicalNicParts(speed, LinkLimits.IsRadio(medium) ? DuplexMode.Half : DuplexMode.Full, Medium: medium);

    /// <summary>An interface at a rate above what it carries, on fiber or no declared medium (RJ-45 on no declared medium).</summary>
    private static Gen<PhysicalNicParts> InterfaceTooSlow() =>
        from connector in Gen.Elements(Enum.GetValues<InterfaceType>())
        from medium in connector == InterfaceType.Rj45
            ? Gen.Constant<PhysicalMedium?>(null)
            : Generate.Optional(Gen.Elements(PhysicalMedium.SingleModeFiber, PhysicalMedium.MultiModeFiber))
        from speed in Above(LinkLimits.Ceiling(connector))
        select new PhysicalNicParts(speed, DuplexMode.Full, connector, medium);

    /// <summary>RJ-45 on fiber or coax, or any interface on radio, at a rate both carry.</summary>
    private static Gen<PhysicalNicParts> InterfaceNotForMedium() =>
        from pair in Gen.Elements(
            (from connector in Enum.GetValues<InterfaceType>()
             from medium in Enum.GetValues<PhysicalMedium>()
             where LinkLimits.IsRadio(medium) || (connector == InterfaceType.Rj45 && !LinkLimits.IsTwistedPair(medium))
             select (Connector: connector, Medium: medium)).ToArray())
        from speed in ValidParts.Rate(pair.Medium, pair.Connector)
        select new PhysicalNicParts(speed, LinkLimits.IsRadio(pair.Medium) ? DuplexMode.Half : DuplexMode.Full, pair.Connector, pair.Medium);

    /// <summary>A twisted-pair link at a rate its cable carries, with the cable longer than the standard's reach at that rate.</summary>
    private static Gen<PhysicalNicParts> CableBeyondReach() =>
        from medium in Gen.Elements(Enum.GetValues<PhysicalMedium>().Where(LinkLimits.IsTwistedPair).ToArray())
        from connector in ValidParts.Connector(medium)
        from speed in ValidParts.Rate(medium, connector)
        from duplex in Gen.Elements(ValidParts.Duplexes(medium, speed))
        let reach = LinkLimits.Reach(medium, speed)
        from decimetres in Gen.Choose((int)(reach.Meters * 10) + 1, (int)(reach.Meters * 10 * KitBounds.BeyondReachFactor))
        select new PhysicalNicParts(speed, duplex, connector, medium, Length.FromMeters(decimetres / 10.0));

    /// <summary>Half duplex on a cable (or no declared medium) at 10 Gbit/s or more, at a rate the medium and interface carry.</summary>
    private static Gen<PhysicalNicParts> HalfDuplexAtFullDuplexOnlyRate() =>
        from medium in Gen.Elements(
            new PhysicalMedium?[] { null }.Concat(Enum.GetValues<PhysicalMedium>().Where(m => !LinkLimits.IsRadio(m)).Select(m => (PhysicalMedium?)m))
                .Where(m => ValidParts.RateSpan(m, null).Fastest >= LinkLimits.FullDuplexOnly)
                .ToArray())
        from connector in Generate.Optional(Gen.Elements(
            ValidParts.Connectors(medium).Where(c => LinkLimits.Ceiling(c) >= LinkLimits.FullDuplexOnly).ToArray()))
        let span = ValidParts.RateSpan(medium, connector)
        from speed in Generate.Quantity(
            span.Slowest > LinkLimits.FullDuplexOnly ? span.Slowest : LinkLimits.FullDuplexOnly, span.Fastest, BitRate.FromBitsPerSecond, rate => rate.BitsPerSecond)
        from length in ValidParts.CableLength(medium, speed)
        select new PhysicalNicParts(speed, DuplexMode.Half, connector, medium, length);

    /// <summary>Full duplex on a bus, or on Wi-Fi, on an otherwise valid link.</summary>
    private static Gen<PhysicalNicParts> FullDuplexOn(Gen<PhysicalMedium> media, bool bus) =>
        from medium in media
        from connector in ValidParts.Connector(medium)
        from speed in ValidParts.Rate(medium, connector)
        from topology in bus ? Gen.Constant(PhysicalTopology.Bus) : Gen.Elements(ValidParts.Topologies(DuplexMode.Full))
        from length in ValidParts.CableLength(medium, speed)
        select new PhysicalNicParts(speed, DuplexMode.Full, connector, medium, length, topology);

    /// <summary>Rates above <paramref name="ceiling"/>, up to the fastest the documents give any medium (Net §04.1.1, fiber's 400 Gbit/s).</summary>
    private static Gen<BitRate> Above(BitRate ceiling) =>
        Generate.Quantity(ceiling, NetworkFacts.FiberRate.Value.Max, BitRate.FromBitsPerSecond, rate => rate.BitsPerSecond).Where(rate => rate > ceiling);
}
