using Paradigms.Model.Networking;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Tests.Reliability;

/// <summary><see cref="Deployment"/>'s constructor and <see cref="ModelValidator"/>: the same values, thrown by one and reported by the other.</summary>
public sealed partial class BadInputCensus
{
    private static IEnumerable<CensusCase> DeploymentCases()
    {
        const string Group = "Deployment, ModelValidator";
        const Paradigm Container = Paradigm.Containerization;
        var constructor = EntryPoints.Of(() => new Deployment(default, null!, null, null, null, null, null, null));
        var validate = EntryPoints.Of(() => ModelValidator.Validate(default, null!, null, null, null, null, null, null));
        var validateDeployment = EntryPoints.Of(() => ModelValidator.Validate((Deployment)null!));
        var validateLink = EntryPoints.Of(() => ModelValidator.Validate((PhysicalNic)null!));
        foreach (var (name, mtu) in BadInputs.Integers)
        {
            // RFC 791: an MTU below 68 bytes carries no IP packet (PM0008, an error); none above is refused, IPv6
            // jumbograms (RFC 2675) carrying packets up to 2^32 − 1 bytes.
            var accepted = mtu == int.MaxValue;
            yield return Case(Group, constructor, "mtu " + name, accepted
                ? Accepted("an MTU above 68 bytes", r => r is Deployment { Mtu: int.MaxValue })
                : Refused<InvalidModelException>("Mtu", $"PM0008: The declared MTU of {Number(mtu)} bytes is below the 68 bytes IPv4 needs"), () => new Deployment(Container, Nic.Veth(), mtu: mtu));
            yield return Case(Group, validate, "mtu " + name, accepted ? Reported() : Reported("PM0008"), () => ModelValidator.Validate(Container, Nic.Veth(), mtu: mtu));
        }

        foreach (var raw in new[] { 0, 99 })
        {
            var paradigm = Refused<ArgumentOutOfRangeException>("paradigm", $"paradigm was {raw}; allowed: Virtualization, Paravirtualization, Containerization, Sandboxing.");
            yield return Case(Group, constructor, $"paradigm undefined enum {raw}", paradigm, () => new Deployment((Paradigm)raw, Nic.Veth()));
            yield return Case(Group, validate, $"paradigm undefined enum {raw}", paradigm, () => ModelValidator.Validate((Paradigm)raw, Nic.Veth()));
            var mode = Refused<ArgumentOutOfRangeException>("networkMode", $"networkMode was {raw}; allowed: Bridge, Nat, HostOnly, Overlay, Cni, SharedHostStack.");
            yield return Case(Group, constructor, $"networkMode undefined enum {raw}", mode, () => new Deployment(Container, Nic.Veth(), networkMode: (NetworkMode)raw));
            yield return Case(Group, validate, $"networkMode undefined enum {raw}", mode, () => ModelValidator.Validate(Container, Nic.Veth(), networkMode: (NetworkMode)raw));
        }

        yield return Case(Group, constructor, "nic null", Refused<ArgumentNullException>("nic"), () => new Deployment(Container, null!));
        yield return Case(Group, validate, "nic null", Refused<ArgumentNullException>("nic"), () => ModelValidator.Validate(Container, null!));
        yield return Case(Group, constructor, "a null channel", Refused<ArgumentNullException>("Channels[0]"), () => new Deployment(Container, Nic.Veth(), [null!]));
        yield return Case(Group, validate, "a null channel", Refused<ArgumentNullException>("Channels[0]"), () => ModelValidator.Validate(Container, Nic.Veth(), [null!]));
        yield return Case(Group, constructor, "no channels (empty)", Accepted("a deployment with no channel", r => r is Deployment { Channels.IsEmpty: true }), () => new Deployment(Container, Nic.Veth(), []));
        yield return Case(Group, validateDeployment, "null", Refused<ArgumentNullException>("deployment"), () => ModelValidator.Validate((Deployment)null!));
        yield return Case(Group, validateLink, "null", Refused<ArgumentNullException>("nic"), () => ModelValidator.Validate((PhysicalNic)null!));

        // A link the standards do not promise is a warning the validator returns, not an error: Cat6 at 1e308 m (PM0005).
        var farCable = new PhysicalNic(BitRate.FromGigabitsPerSecond(1), medium: PhysicalMedium.Cat6, cableLength: Length.FromMeters(1e308));
        yield return Case(Group, validateLink, "cable of 1e308 m", Reported("PM0005"), () => ModelValidator.Validate(farCable));
    }
}
