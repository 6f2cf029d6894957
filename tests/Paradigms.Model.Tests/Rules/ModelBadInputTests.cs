using Paradigms.Model.Networking;

namespace Paradigms.Model.Tests.Rules;

/// <summary>Out-of-range protocol values are refused where they enter, with PM0004 and the range.</summary>
public class ModelBadInputTests
{
    public static TheoryData<string, Func<object>, string, string> ProtocolRangeViolations => new()
    {
        { "VLAN 0", () => LogicalChannel.Vlan(0), "vlanId", "VLAN id 0 is outside 1–4094" },
        { "VLAN 4095", () => LogicalChannel.Vlan(4095), "vlanId", "VLAN id 4095 is outside 1–4094" },
        { "VLAN 5000 interface", () => Nic.VlanInterface(5000), "vlanId", "VLAN id 5000 is outside 1–4094" },
        { "VLAN -1 interface", () => Nic.VlanInterface(-1), "vlanId", "VLAN id -1 is outside 1–4094" },
        { "VNI 2^24", () => LogicalChannel.Vxlan(16_777_216), "vni", "VXLAN VNI 16777216 is outside 0–16,777,215" },
        { "VNI -1", () => LogicalChannel.Vxlan(-1), "vni", "VXLAN VNI -1 is outside 0–16,777,215" },
        { "VF index = VF count", () => Nic.SrIov(64, 64), "virtualFunctionIndex", "SR-IOV virtual function index 64 is outside 0–63 (the device has 64 virtual functions)" },
        { "VF index negative", () => Nic.SrIov(-1, 64), "virtualFunctionIndex", "SR-IOV virtual function index -1 is outside 0–63" },
        { "VF count 0", () => Nic.SrIov(0, 0), "virtualFunctionCount", "SR-IOV virtual function count 0 is outside 1–65,535" },
        { "VF count 2^16", () => Nic.SrIov(0, 65_536), "virtualFunctionCount", "SR-IOV virtual function count 65536 is outside 1–65,535" },
    };

    [Theory]
    [MemberData(nameof(ProtocolRangeViolations))]
    public void Protocol_range_violations_are_PM0004(string description, Func<object> create, string parameter, string expected)
    {
        var error = Assert.Throws<InvalidModelException>(create);

        Assert.Equal("PM0004", error.Id);
        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.NotNull(description);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4094)]
    public void The_ends_of_the_VLAN_range_are_usable(int vlanId)
    {
        Assert.Equal(vlanId, LogicalChannel.Vlan(vlanId).Identifier);
        Assert.Equal(vlanId, Nic.VlanInterface(vlanId).VlanId);
    }

    [Fact]
    public void The_ends_of_the_VNI_and_VF_ranges_are_usable()
    {
        Assert.Equal(0, LogicalChannel.Vxlan(0).Identifier);
        Assert.Equal(16_777_215, LogicalChannel.Vxlan(16_777_215).Identifier);
        Assert.Equal(63, Nic.SrIov(63, 64).VirtualFunctionIndex);
        Assert.Equal(65_534, Nic.SrIov(65_534).VirtualFunctionIndex);
    }

    [Fact]
    public void An_undefined_paradigm_is_refused_naming_the_allowed_ones()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Deployment(default, Nic.Veth()));

        Assert.Equal("paradigm", error.ParamName);
        Assert.Contains("paradigm was 0; allowed: Virtualization, Paravirtualization, Containerization, Sandboxing.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_parts_are_refused_by_name()
    {
        Assert.Equal("nic", Assert.Throws<ArgumentNullException>(() => new Deployment(Paradigm.Containerization, null!)).ParamName);
        Assert.Equal("Channels[1]", Assert.Throws<ArgumentNullException>(
            () => new Deployment(Paradigm.Containerization, Nic.Veth(), [LogicalChannel.Cni(), null!])).ParamName);
    }

    [Fact]
    public void Kinds_that_need_values_cannot_be_made_without_them()
    {
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => Nic.Of(NicKind.VlanInterface)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => Nic.Of((NicKind)99)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => LogicalChannel.Of(LogicalChannelKind.Vxlan)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => LogicalChannel.Of(default)).ParamName);
    }
}
