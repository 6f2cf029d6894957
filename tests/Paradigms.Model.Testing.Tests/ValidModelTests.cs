using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Paradigms.Model.Decisions;
using Paradigms.Model.Networking;
using Paradigms.Model.Quantities;
using Paradigms.Model.Resources;
using Xunit;

namespace Paradigms.Model.Testing.Tests;

/// <summary>
/// Valid by default: every generated model builds and <see cref="ModelValidator"/> finds nothing in it, and its
/// values stay inside the ranges of the documents and standards, written here by hand.
/// </summary>
public class ValidModelTests
{
    private const double GiB = 1024.0 * 1024 * 1024;

    [Property(Arbitrary = new[] { typeof(ParadigmsArbitraries) }, MaxTest = 300)]
    public void Every_generated_deployment_validates_with_no_finding(Deployment deployment) =>
        Assert.True(ModelValidator.Validate(deployment).Count == 0, $"{DeploymentParts.From(deployment)}: {string.Join("; ", ModelValidator.Validate(deployment))}");

    [Property(Arbitrary = new[] { typeof(ParadigmsArbitraries) }, MaxTest = 300)]
    public void Every_generated_physical_NIC_validates_with_no_finding(PhysicalNic nic) =>
        Assert.True(ModelValidator.Validate(nic).Count == 0, $"{PhysicalNicParts.From(nic)}: {string.Join("; ", ModelValidator.Validate(nic))}");

    [Property(Arbitrary = new[] { typeof(ParadigmsArbitraries) }, MaxTest = 200)]
    public bool Every_generated_deployment_can_be_changed_with_with_to_itself(Deployment deployment) =>
        deployment with { Channels = deployment.Channels, NetworkMode = deployment.NetworkMode, Mtu = deployment.Mtu, GuestModifiable = deployment.GuestModifiable } == deployment;

    [Property(Arbitrary = new[] { typeof(ParadigmsArbitraries) }, MaxTest = 200)]
    public bool Protocol_values_stay_inside_their_standards(Nic nic, LogicalChannel channel, Encapsulation layer)
    {
        var vlanOk = nic.VlanId is null or (>= 1 and <= 4094); // IEEE 802.1Q: 12 bits, 0 and 4095 reserved
        var functionOk = nic.VirtualFunctionIndex is null || (nic.VirtualFunctionIndex >= 0 && nic.VirtualFunctionIndex < (nic.VirtualFunctionCount ?? 65_535));
        var countOk = nic.VirtualFunctionCount is null or (>= 1 and <= 65_535); // PCI-SIG SR-IOV: TotalVFs is 16 bits
        var identifierOk = channel.Kind switch
        {
            LogicalChannelKind.Vlan => channel.Identifier is >= 1 and <= 4094,
            LogicalChannelKind.Vxlan => channel.Identifier is >= 0 and <= 16_777_215, // RFC 7348: 24 bits
            _ => channel.Identifier is null,
        };
        var optionsOk = layer.OptionBytes is >= 0 and <= 252 && layer.OptionBytes % 4 == 0; // RFC 8926: 63 words of 4 bytes
        return vlanOk && functionOk && countOk && identifierOk && optionsOk;
    }

    [Property(Arbitrary = new[] { typeof(ParadigmsArbitraries) }, MaxTest = 200)]
    public bool A_declared_MTU_carries_IPv6_and_fits_its_stack(Deployment deployment) =>
        deployment.Mtu is null || (deployment.Mtu >= 1280 && deployment.Mtu <= (deployment.Encapsulation?.InnerMtu ?? int.MaxValue)); // RFC 8200: 1280 bytes

    [Property(Arbitrary = new[] { typeof(ParadigmsArbitraries) }, MaxTest = 200)]
    public bool A_stack_leaves_IPv6_its_minimum(EncapsulationStack stack) => stack.InnerMtu >= 1280;

    [Property(Arbitrary = new[] { typeof(ParadigmsArbitraries) }, MaxTest = 300)]
    public bool A_link_stays_inside_the_network_document_s_range_for_its_medium(PhysicalNic nic)
    {
        var (slowest, fastest) = nic.Medium switch
        {
            null => (1e9, 100e9), // physical NICs: 1–100 Gbit/s (Net §05.1.2)
            PhysicalMedium.Cat5 => (100e6, 1e9), // twisted pair 100 Mbit/s–10 Gbit/s (Net §04.1.1), 1000BASE-T at most (IEEE 802.3ab)
            PhysicalMedium.Cat5e => (100e6, 5e9), // 5GBASE-T at most (IEEE 802.3bz)
            PhysicalMedium.Cat6 or PhysicalMedium.Cat6a => (100e6, 10e9), // 10GBASE-T (IEEE 802.3an)
            PhysicalMedium.SingleModeFiber or PhysicalMedium.MultiModeFiber => (10e9, 400e9), // Net §04.1.1
            PhysicalMedium.CoaxRg6 or PhysicalMedium.CoaxRg11 => (100e6, 1e9), // Net §04.1.1
            PhysicalMedium.Wifi80211n => (150e6, 600e6), // Net §04.1.1; IEEE 802.11n tops out at 600 Mbit/s
            PhysicalMedium.Wifi80211ac => (150e6, 6_933.3e6), // IEEE 802.11ac
            PhysicalMedium.Wifi80211ax => (150e6, 9_607.8e6), // IEEE 802.11ax
            _ => (100e6, 10e9), // cellular, Net §04.1.1
        };
        var rate = nic.Speed.BitsPerSecond;
        var reach = nic.Medium == PhysicalMedium.Cat6 && rate > 5e9 ? 55 : 100; // TIA TSB-155; IEEE 802.3, TIA-568
        return rate >= slowest && rate <= fastest && (nic.CableLength is null || nic.CableLength.Value.Meters <= reach);
    }

    [Property(Arbitrary = new[] { typeof(ParadigmsArbitraries) }, MaxTest = 300)]
    public bool A_workload_asks_for_something_and_a_sandbox_for_at_most_4_GiB(Workload workload) =>
        workload.CpuRequest > CpuCores.Zero
        && workload.MemoryRequest > Information.Zero
        && (workload.Paradigm != Paradigm.Sandboxing || workload.MemoryRequest.Bytes <= 4 * GiB); // wasm32: 65,536 pages of 64 KiB

    [Property(Arbitrary = new[] { typeof(ParadigmsArbitraries) }, MaxTest = 100)]
    public void A_generated_workload_can_be_modelled_analysed_and_decided(Workload workload, Requirements requirements)
    {
        var estimate = ResourceModelTool.ModelResources(workload);
        Assert.NotNull(ResourceModelTool.AnalyzePerformance(estimate));
        Assert.NotNull(ResourceModelTool.MakeTradeOff(workload, requirements).Decision);
    }

    [Property(Arbitrary = new[] { typeof(ParadigmsArbitraries) }, MaxTest = 200)]
    public bool A_wasm32_memory_has_at_most_65536_pages(WasmLinearMemory memory) => memory.Pages is >= 0 and <= 65_536;

    [Property(Arbitrary = new[] { typeof(ParadigmsArbitraries) }, MaxTest = 300)]
    public bool Quantities_stay_between_zero_and_the_largest_figure_of_their_kind(
        Duration duration, BitRate rate, Length length, Frequency frequency, IoOperationRate iops, CpuCores cores) =>
        duration >= Duration.Zero
        && rate >= BitRate.Zero && rate <= BitRate.FromGigabitsPerSecond(400) // fiber's 400 Gbit/s (Net §04.1.1)
        && length >= Length.Zero && length <= Length.FromMeters(100) // twisted pair's 100 m (IEEE 802.3)
        && frequency >= Frequency.Zero && frequency <= Frequency.FromGigahertz(6) // the kit's bound; the documents give none
        && iops >= IoOperationRate.Zero && iops <= IoOperationRate.FromOperationsPerSecond(10_000_000) // the kit's bound
        && cores >= CpuCores.Zero && cores <= CpuCores.FromCores(256); // the kit's bound

    [Fact]
    public void Quantities_include_the_figures_of_the_documents()
    {
        var rates = ParadigmsArbitraries.BitRate.Generator.Sample(2000).ToHashSet();
        // The server NIC rates of Net §05.1.1 and the ends of the media ranges of Net §04.1.1.
        foreach (var gigabits in new[] { 1, 10, 25, 100, 400 })
        {
            Assert.Contains(BitRate.FromGigabitsPerSecond(gigabits), rates);
        }

        var cores = ParadigmsArbitraries.CpuCores.Generator.Sample(500).ToHashSet();
        Assert.Contains(CpuCores.FromCores(2), cores); // the application case's 'cpu_requests': '2' (Res after §8)
    }

    /// <summary>
    /// The pairs of paradigm and NIC that can exist with nothing to note, from docs/diagnostics/PM0001.md and PM0003.md:
    /// a sandbox attaches WASI sockets only; a container attaches no emulated or paravirtual NIC; a VM attaches no veth
    /// pair; no one but a sandbox a WASI socket; VirtIO and Xen PV under full virtualization, and E1000 under
    /// paravirtualization, draw a warning.
    /// </summary>
    public static TheoryData<Paradigm, NicKind[]> AttachableNics => new()
    {
        { Paradigm.Virtualization, [NicKind.Physical, NicKind.E1000, NicKind.SrIovVirtualFunction, NicKind.VlanInterface, NicKind.BridgeInterface, NicKind.TunnelInterface] },
        { Paradigm.Paravirtualization, [NicKind.Physical, NicKind.VirtioNet, NicKind.XenPvNet, NicKind.SrIovVirtualFunction, NicKind.VlanInterface, NicKind.BridgeInterface, NicKind.TunnelInterface] },
        { Paradigm.Containerization, [NicKind.Physical, NicKind.SrIovVirtualFunction, NicKind.Veth, NicKind.VlanInterface, NicKind.BridgeInterface, NicKind.TunnelInterface] },
        { Paradigm.Sandboxing, [NicKind.WasiSocket] },
    };

    [Theory]
    [MemberData(nameof(AttachableNics))]
    public void Valid_deployments_attach_every_NIC_their_paradigm_can_and_no_other(Paradigm paradigm, NicKind[] expected)
    {
        var drawn = ParadigmsArbitraries.Deployment.Generator.Sample(3000)
            .Where(deployment => deployment.Paradigm == paradigm)
            .Select(deployment => deployment.Nic.Kind)
            .ToHashSet();
        Assert.Equal(expected.Order(), drawn.Order());
    }

    [Fact]
    public void Valid_deployments_have_every_optional_part_both_present_and_absent()
    {
        var drawn = ParadigmsArbitraries.Deployment.Generator.Sample(1000);
        var parts = new Dictionary<string, Func<Deployment, bool>>
        {
            ["channels"] = d => d.Channels.Length > 0,
            ["network mode"] = d => d.NetworkMode is not null,
            ["uplink"] = d => d.Uplink is not null,
            ["MTU"] = d => d.Mtu is not null,
            ["encapsulation"] = d => d.Encapsulation is not null,
            ["guest"] = d => d.GuestModifiable is not null,
        };
        foreach (var (name, present) in parts)
        {
            Assert.True(drawn.Any(present) && !drawn.All(present), $"{name} is always present or always absent");
        }
    }
}
