using Paradigms.Model.Decisions;
using Paradigms.Model.Networking;
using Paradigms.Model.Quantities;
using Xunit;

namespace Paradigms.Model.Testing.Tests;

/// <summary>The C# the parts write, checked against text written by hand; the analyzer tests compile it.</summary>
public class CSharpTests
{
    [Fact]
    public void A_deployment_is_written_with_named_arguments_for_what_it_declares()
    {
        var parts = new DeploymentParts(
            Paradigm.Containerization,
            new NicParts(NicKind.SrIovVirtualFunction, 3, 8),
            [new LogicalChannelParts(LogicalChannelKind.Vxlan, 5000), new LogicalChannelParts(LogicalChannelKind.Cni)],
            NetworkMode.Overlay,
            new PhysicalNicParts(BitRate.FromGigabitsPerSecond(25), InterfaceType: InterfaceType.Sfp28, Medium: PhysicalMedium.MultiModeFiber, CableLength: Length.FromMeters(30), MacAddress: MacAddress.Parse("02:00:5e:10:00:01"), Driver: "mlx5_core"),
            1450,
            new EncapsulationStackParts(1500, [new EncapsulationParts(EncapsulationKind.VxlanOverIpv4)]),
            true);
        Assert.Equal(
            "new Deployment(Paradigm.Containerization, Nic.SrIov(3, 8), channels: [LogicalChannel.Vxlan(5000), LogicalChannel.Cni()], networkMode: NetworkMode.Overlay, "
            + "uplink: new PhysicalNic(BitRate.FromBitsPerSecond(25000000000), DuplexMode.Full, interfaceType: InterfaceType.Sfp28, medium: PhysicalMedium.MultiModeFiber, cableLength: Length.FromMeters(30), macAddress: MacAddress.FromUInt64(0x02005E100001), driver: \"mlx5_core\"), "
            + "mtu: 1450, encapsulation: new EncapsulationStack(1500, [Encapsulation.VxlanOverIpv4()]), guestModifiable: true)",
            parts.ToCSharp());
        Assert.Equal(parts.ToCSharp(), parts.ToString());
    }

    [Theory]
    [InlineData(NicKind.Physical, null, null, null, "Nic.Physical()")]
    [InlineData(NicKind.SrIovVirtualFunction, null, null, null, "Nic.SrIov()")]
    [InlineData(NicKind.SrIovVirtualFunction, 5, null, null, "Nic.SrIov(5)")]
    [InlineData(NicKind.SrIovVirtualFunction, 70000, 0, null, "Nic.SrIov(70000, 0)")]
    [InlineData(NicKind.VlanInterface, null, null, 5000, "Nic.VlanInterface(5000)")]
    [InlineData(NicKind.VlanInterface, null, null, null, "Nic.Of(NicKind.VlanInterface)")]
    [InlineData((NicKind)99, null, null, null, "Nic.Of((NicKind)99)")]
    public void A_NIC_is_written_as_its_factory_call(NicKind kind, int? index, int? count, int? vlan, string expected) =>
        Assert.Equal(expected, new NicParts(kind, index, count, vlan).ToCSharp());

    [Fact]
    public void Other_parts_are_written_as_their_constructors_and_factories()
    {
        Assert.Equal("LogicalChannel.Vlan(0)", new LogicalChannelParts(LogicalChannelKind.Vlan, 0).ToCSharp());
        Assert.Equal("LogicalChannel.WasiSocket()", new LogicalChannelParts(LogicalChannelKind.WasiSocket).ToCSharp());
        Assert.Equal("Encapsulation.GeneveOverIpv6(6)", new EncapsulationParts(EncapsulationKind.GeneveOverIpv6, 6).ToCSharp());
        Assert.Equal("Encapsulation.MplsLabels(2)", new EncapsulationParts(EncapsulationKind.MplsLabels, LabelCount: 2).ToCSharp());
        Assert.Equal("new EncapsulationStack(60, [])", new EncapsulationStackParts(60, []).ToCSharp());
        Assert.Equal("WasmLinearMemory.FromPages(-1)", new WasmLinearMemoryParts(-1).ToCSharp());
        Assert.Equal(
            "new Workload(Paradigm.Sandboxing, CpuCores.FromMillicores(2000), Information.FromBytes(8589934592), RequirementLevel.High, RequirementLevel.Medium)",
            new WorkloadParts(Paradigm.Sandboxing, CpuCores.FromCores(2), Information.FromGibibytes(8), RequirementLevel.High, RequirementLevel.Medium).ToCSharp());
        Assert.Equal(
            "new PhysicalNic(BitRate.FromBitsPerSecond(100000000000), DuplexMode.Half, topology: PhysicalTopology.Bus, driver: \"a \\\"quoted\\\" \\\\ name\\u0009\")",
            new PhysicalNicParts(BitRate.FromGigabitsPerSecond(100), DuplexMode.Half, Topology: PhysicalTopology.Bus, Driver: "a \"quoted\" \\ name\t").ToCSharp());
    }

    [Fact]
    public void A_loss_is_written_as_the_IO_equation_with_the_documented_lower_latencies()
    {
        // Res §4.2: VM exit 10–50 μs, device emulation 5–20 μs; the lower ends, in nanoseconds.
        Assert.Equal(
            "IoModel.Virtualization(Duration.FromNanoseconds(100000), Ratio.FromPercent(150), Duration.FromNanoseconds(10000), Duration.FromNanoseconds(5000))",
            new IoLossParts(Paradigm.Virtualization, Duration.FromMicroseconds(100), Ratio.FromPercent(150)).ToCSharp());
    }
}
