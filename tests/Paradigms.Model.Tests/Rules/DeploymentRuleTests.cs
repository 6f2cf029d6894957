using Paradigms.Model.Networking;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Tests.Rules;

public class DeploymentRuleTests
{
    [Fact]
    public void Headline_SR_IOV_on_a_Wasm_sandbox_is_PM0001()
    {
        var error = Assert.Throws<InvalidModelException>(() => new Deployment(Paradigm.Sandboxing, Nic.SrIov()));

        Assert.Equal("PM0001", error.Id);
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(RuleSeverity.Error, diagnostic.Severity);
        Assert.StartsWith("SR-IOV cannot be attached to a Wasm sandbox: ", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("Nic", diagnostic.Member);
        Assert.EndsWith("docs/diagnostics/PM0001.md", diagnostic.HelpLink, StringComparison.Ordinal);
    }

    [Fact]
    public void SR_IOV_in_a_container_is_real_and_valid()
    {
        // SR-IOV CNI hands a virtual function to a pod's network namespace.
        var deployment = new Deployment(Paradigm.Containerization, Nic.SrIov());

        Assert.Empty(ModelValidator.Validate(deployment));
    }

    // Hand-written verdicts, one row per paradigm, one column per NIC kind in this order:
    // Physical, E1000, VirtioNet, XenPvNet, SrIovVirtualFunction, Veth, VlanInterface, BridgeInterface, TunnelInterface, WasiSocket.
    private static readonly Dictionary<Paradigm, string[]> NicVerdicts = new()
    {
        [Paradigm.Virtualization] = ["ok", "ok", "PM0003", "PM0003", "ok", "PM0001", "ok", "ok", "ok", "PM0001"],
        [Paradigm.Paravirtualization] = ["ok", "PM0003", "ok", "ok", "ok", "PM0001", "ok", "ok", "ok", "PM0001"],
        [Paradigm.Containerization] = ["ok", "PM0001", "PM0001", "PM0001", "ok", "ok", "ok", "ok", "ok", "PM0001"],
        [Paradigm.Sandboxing] = ["PM0001", "PM0001", "PM0001", "PM0001", "PM0001", "PM0001", "PM0001", "PM0001", "PM0001", "ok"],
    };

    // Columns: Vlan, Vxlan, Gre, Geneve, Vpn, Cni, ServiceMesh, IngressEgress, NetworkNamespace, WasiSocket.
    private static readonly Dictionary<Paradigm, string[]> ChannelVerdicts = new()
    {
        [Paradigm.Virtualization] = ["ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok", "PM0002"],
        [Paradigm.Paravirtualization] = ["ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok", "PM0002"],
        [Paradigm.Containerization] = ["ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok", "PM0002"],
        [Paradigm.Sandboxing] = ["PM0002", "PM0002", "PM0002", "PM0002", "ok", "ok", "ok", "ok", "PM0002", "ok"],
    };

    private static readonly NicKind[] NicColumns =
    [
        NicKind.Physical, NicKind.E1000, NicKind.VirtioNet, NicKind.XenPvNet, NicKind.SrIovVirtualFunction,
        NicKind.Veth, NicKind.VlanInterface, NicKind.BridgeInterface, NicKind.TunnelInterface, NicKind.WasiSocket,
    ];

    private static readonly LogicalChannelKind[] ChannelColumns =
    [
        LogicalChannelKind.Vlan, LogicalChannelKind.Vxlan, LogicalChannelKind.Gre, LogicalChannelKind.Geneve, LogicalChannelKind.Vpn,
        LogicalChannelKind.Cni, LogicalChannelKind.ServiceMesh, LogicalChannelKind.IngressEgress, LogicalChannelKind.NetworkNamespace, LogicalChannelKind.WasiSocket,
    ];

    public static TheoryData<Paradigm, NicKind, LogicalChannelKind> EveryCombination()
    {
        var data = new TheoryData<Paradigm, NicKind, LogicalChannelKind>();
        foreach (var paradigm in Enum.GetValues<Paradigm>())
        {
            foreach (var nic in Enum.GetValues<NicKind>())
            {
                foreach (var channel in Enum.GetValues<LogicalChannelKind>())
                {
                    data.Add(paradigm, nic, channel);
                }
            }
        }

        return data;
    }

    [Fact]
    public void The_verdict_tables_cover_every_kind()
    {
        Assert.Equal(Enum.GetValues<NicKind>().Order(), NicColumns.Order());
        Assert.Equal(Enum.GetValues<LogicalChannelKind>().Order(), ChannelColumns.Order());
        Assert.Equal(400, EveryCombination().Count);
    }

    [Theory]
    [MemberData(nameof(EveryCombination))]
    public void Every_combination_gets_its_hand_written_verdict(Paradigm paradigm, NicKind nicKind, LogicalChannelKind channelKind)
    {
        var nicVerdict = NicVerdicts[paradigm][Array.IndexOf(NicColumns, nicKind)];
        var channelVerdict = ChannelVerdicts[paradigm][Array.IndexOf(ChannelColumns, channelKind)];
        var nic = MakeNic(nicKind);
        var channel = MakeChannel(channelKind);

        // The validator reports everything without throwing.
        var expectedAll = new[] { nicVerdict, channelVerdict }.Where(v => v != "ok").ToArray();
        Assert.Equal(expectedAll, ModelValidator.Validate(paradigm, nic, [channel]).Select(d => d.Id).ToArray());

        // The constructor throws the first error; warnings do not throw.
        var expectedThrow = nicVerdict == "PM0001" ? "PM0001" : channelVerdict == "PM0002" ? "PM0002" : null;
        if (expectedThrow is null)
        {
            var deployment = new Deployment(paradigm, nic, [channel]);
            Assert.Equal(nicVerdict == "PM0003" ? ["PM0003"] : Array.Empty<string>(), ModelValidator.Validate(deployment).Select(d => d.Id).ToArray());
        }
        else
        {
            var error = Assert.Throws<InvalidModelException>(() => new Deployment(paradigm, nic, [channel]));
            Assert.Equal(expectedThrow, error.Id);
        }
    }

    [Fact]
    public void Channels_replaced_with_with_are_checked_like_the_constructor_s()
    {
        var sandbox = new Deployment(Paradigm.Sandboxing, Nic.WasiSocket(), [LogicalChannel.WasiSocket()]);

        var error = Assert.Throws<InvalidModelException>(() => sandbox with { Channels = [LogicalChannel.Vxlan(42)] });

        Assert.Equal("PM0002", error.Id);
        Assert.Equal("Channels[0]", error.Diagnostics[0].Member);
        Assert.StartsWith("A VXLAN channel cannot be terminated inside a Wasm sandbox", error.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deployments_with_equal_parts_are_equal()
    {
        var a = new Deployment(Paradigm.Containerization, Nic.Veth(), [LogicalChannel.Cni(), LogicalChannel.Vlan(100)]);
        var b = new Deployment(Paradigm.Containerization, Nic.Veth(), [LogicalChannel.Cni(), LogicalChannel.Vlan(100)]);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { Channels = [LogicalChannel.Vlan(100), LogicalChannel.Cni()] });
    }

    internal static Nic MakeNic(NicKind kind) => kind switch
    {
        NicKind.VlanInterface => Nic.VlanInterface(100),
        NicKind.SrIovVirtualFunction => Nic.SrIov(3, 64),
        _ => Nic.Of(kind),
    };

    internal static LogicalChannel MakeChannel(LogicalChannelKind kind) => kind switch
    {
        LogicalChannelKind.Vlan => LogicalChannel.Vlan(100),
        LogicalChannelKind.Vxlan => LogicalChannel.Vxlan(5000),
        _ => LogicalChannel.Of(kind),
    };
}
