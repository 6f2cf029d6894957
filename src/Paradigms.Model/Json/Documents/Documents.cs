using System.Globalization;
using System.Linq;
using Paradigms.Model.Decisions;
using Paradigms.Model.Networking;

namespace Paradigms.Model.Json.Documents;

/// <summary>
/// The written form of each model type: enum members by their C# names, quantities with their own
/// <c>ToString</c> (which their <c>Parse</c> reads back exactly), absent values left out. Text with an
/// unpaired surrogate (a name, a driver) is refused: UTF-8 cannot hold it, so no file could read it back.
/// </summary>
internal static class Documents
{
    public static ModelFileDocument From(ModelFile file) => new()
    {
        Schema = Utf16Text.Writable(file.Schema, "schema"),
        Deployments = file.Deployments.IsEmpty ? null : [.. file.Deployments.Select(entry => From(entry.Deployment, entry.Name))],
        Workloads = file.Workloads.IsEmpty ? null : [.. file.Workloads.Select(From)],
        Requirements = file.Requirements is null ? null : From(file.Requirements),
    };

    public static DeploymentDocument From(Deployment deployment, string? name = null) => new()
    {
        Name = Utf16Text.Writable(name, nameof(name)),
        Paradigm = deployment.Paradigm.ToString(),
        Nic = From(deployment.Nic),
        Channels = deployment.Channels.IsEmpty ? null : [.. deployment.Channels.Select(From)],
        NetworkMode = deployment.NetworkMode?.ToString(),
        Mtu = deployment.Mtu,
        Encapsulation = deployment.Encapsulation is null ? null : From(deployment.Encapsulation),
        Uplink = deployment.Uplink is null ? null : From(deployment.Uplink),
        GuestModifiable = deployment.GuestModifiable,
    };

    public static NicDocument From(Nic nic) => new()
    {
        Kind = nic.Kind.ToString(),
        VirtualFunctionIndex = nic.VirtualFunctionIndex,
        VirtualFunctionCount = nic.VirtualFunctionCount,
        VlanId = nic.VlanId,
    };

    public static ChannelDocument From(LogicalChannel channel) => new() { Kind = channel.Kind.ToString(), Id = channel.Identifier };

    public static PhysicalNicDocument From(PhysicalNic nic) => new()
    {
        Speed = nic.Speed.ToString(null, CultureInfo.InvariantCulture),
        Duplex = nic.Duplex.ToString(),
        InterfaceType = nic.InterfaceType?.ToString(),
        Medium = nic.Medium?.ToString(),
        CableLength = nic.CableLength?.ToString(null, CultureInfo.InvariantCulture),
        Topology = nic.Topology.ToString(),
        MacAddress = nic.MacAddress?.ToString(),
        Driver = Utf16Text.Writable(nic.Driver, "driver"),
    };

    public static EncapsulationDocument From(EncapsulationStack stack) => new()
    {
        UnderlayMtu = stack.UnderlayMtu,
        Layers = [.. stack.Layers.Select(Layer)],
    };

    public static WorkloadDocument From(Workload workload) => new()
    {
        Paradigm = workload.Paradigm.ToString(),
        Cpu = workload.CpuRequest.ToString(null, CultureInfo.InvariantCulture),
        Memory = workload.MemoryRequest.ToString(null, CultureInfo.InvariantCulture),
        Io = workload.IoRequirement.ToString(),
        Network = workload.NetworkRequirement.ToString(),
    };

    public static RequirementsDocument From(Requirements requirements) => new()
    {
        ResourceConstrained = requirements.ResourceConstrained,
        HighPerformance = requirements.HighPerformance,
        HighIsolation = requirements.HighIsolation,
        HighCompatibility = requirements.HighCompatibility,
        GuestOsModifiable = requirements.GuestOsModifiable,
        ResourceSharing = requirements.ResourceSharing,
        Standardization = requirements.Standardization,
    };

    /// <summary>A layer as its kind's name when it has the kind's defaults (no Geneve options, one MPLS label), else as an object.</summary>
    private static object Layer(Encapsulation layer) => layer == Encapsulation.Of(layer.Kind)
        ? layer.Kind.ToString()
        : new LayerDocument
        {
            Kind = layer.Kind.ToString(),
            OptionBytes = layer.Kind is EncapsulationKind.GeneveOverIpv4 or EncapsulationKind.GeneveOverIpv6 ? layer.OptionBytes : null,
            LabelCount = layer.Kind == EncapsulationKind.MplsLabels ? layer.LabelCount : null,
        };
}
