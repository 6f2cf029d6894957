using Paradigms.Model.Networking;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Tests.Rules;

/// <summary>PM0007 (paravirtualization of an unmodifiable guest) and PM0009 (network mode per paradigm).</summary>
public class GuestAndModeRuleTests
{
    [Fact]
    public void Paravirtualization_of_an_unmodifiable_guest_is_PM0007()
    {
        var error = Assert.Throws<InvalidModelException>(() => new Deployment(Paradigm.Paravirtualization, Nic.VirtioNet(), guestModifiable: false));

        Assert.Equal("PM0007", error.Id);
        Assert.Equal("GuestModifiable", error.ParamName);
        Assert.EndsWith("this guest cannot be modified: run it under full Virtualization, which needs no change to the guest", error.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Paradigm.Virtualization, false)]
    [InlineData(Paradigm.Virtualization, true)]
    [InlineData(Paradigm.Paravirtualization, true)]
    public void Other_guests_have_no_finding(Paradigm paradigm, bool modifiable)
    {
        var nic = paradigm == Paradigm.Virtualization ? Nic.E1000() : Nic.VirtioNet();

        Assert.Empty(ModelValidator.Validate(new Deployment(paradigm, nic, guestModifiable: modifiable)));
    }

    [Fact]
    public void With_cannot_make_a_paravirtualized_guest_unmodifiable()
    {
        var deployment = new Deployment(Paradigm.Paravirtualization, Nic.VirtioNet(), guestModifiable: true);

        Assert.Equal("PM0007", Assert.Throws<InvalidModelException>(() => deployment with { GuestModifiable = false }).Id);
        Assert.Null((deployment with { GuestModifiable = null }).GuestModifiable);
    }

    // Hand-written verdicts. Columns: Bridge, Nat, HostOnly, Overlay, Cni, SharedHostStack.
    // VMs have every mode of Net §07.1.1, and CNI too (KubeVirt attaches VMs to pod networks), but not the host's stack.
    // Containers have the types of Net §08.1.1, NAT and host-only (Docker's masquerading bridge, internal networks) and the host's stack (Docker's host network).
    // Wasm modules have only the host's shared stack (Net §09.1.1).
    private static readonly Dictionary<Paradigm, string[]> ModeVerdicts = new()
    {
        [Paradigm.Virtualization] = ["ok", "ok", "ok", "ok", "ok", "PM0009"],
        [Paradigm.Paravirtualization] = ["ok", "ok", "ok", "ok", "ok", "PM0009"],
        [Paradigm.Containerization] = ["ok", "ok", "ok", "ok", "ok", "ok"],
        [Paradigm.Sandboxing] = ["PM0009", "PM0009", "PM0009", "PM0009", "PM0009", "ok"],
    };

    public static TheoryData<Paradigm, NetworkMode, string> ModeCases()
    {
        var data = new TheoryData<Paradigm, NetworkMode, string>();
        foreach (var (paradigm, verdicts) in ModeVerdicts)
        {
            var modes = Enum.GetValues<NetworkMode>();
            Assert.Equal(modes.Length, verdicts.Length);
            for (var i = 0; i < modes.Length; i++)
            {
                data.Add(paradigm, modes[i], verdicts[i]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ModeCases))]
    public void Network_mode_verdicts_match_the_table(Paradigm paradigm, NetworkMode mode, string expected)
    {
        var nic = paradigm switch
        {
            Paradigm.Virtualization => Nic.E1000(),
            Paradigm.Paravirtualization => Nic.VirtioNet(),
            Paradigm.Containerization => Nic.Veth(),
            _ => Nic.WasiSocket(),
        };

        var found = ModelValidator.Validate(paradigm, nic, networkMode: mode);

        Assert.Equal(expected, found.Count == 0 ? "ok" : Assert.Single(found).Id);
        if (expected != "ok")
        {
            Assert.Equal(RuleSeverity.Error, found[0].Severity);
            Assert.Equal("PM0009", Assert.Throws<InvalidModelException>(() => new Deployment(paradigm, nic, networkMode: mode)).Id);
        }
        else
        {
            Assert.Equal(mode, new Deployment(paradigm, nic, networkMode: mode).NetworkMode);
        }
    }

    [Fact]
    public void The_constructor_reports_every_error_at_once()
    {
        var error = Assert.Throws<InvalidModelException>(() => new Deployment(
            Paradigm.Sandboxing,
            Nic.SrIov(),
            [LogicalChannel.Vlan(10)],
            NetworkMode.Bridge,
            mtu: 40));

        Assert.Equal(["PM0001", "PM0002", "PM0009", "PM0008"], error.Diagnostics.Select(d => d.Id));
        Assert.Equal(["Nic", "Channels[0]", "NetworkMode", "Mtu"], error.Diagnostics.Select(d => d.Member));
    }

    [Fact]
    public void An_undefined_network_mode_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Deployment(Paradigm.Containerization, Nic.Veth(), networkMode: (NetworkMode)42));

        Assert.Equal("networkMode", error.ParamName);
        Assert.Contains("networkMode was 42; allowed: Bridge, Nat, HostOnly, Overlay, Cni, SharedHostStack.", error.Message, StringComparison.Ordinal);
    }
}
