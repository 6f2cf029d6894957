namespace Paradigms.Model.Json;

/// <summary>
/// The property names of model files, written once: the reader looks them up and the writer's
/// documents carry them in <c>[JsonPropertyName]</c>. Names are case-sensitive, as in the schema
/// (docs/schema/paradigms-model.schema.json).
/// </summary>
internal static class JsonNames
{
    public const string Schema = "$schema";
    public const string Deployments = "deployments";
    public const string Workloads = "workloads";
    public const string Requirements = "requirements";

    public const string Name = "name";
    public const string Paradigm = "paradigm";
    public const string Nic = "nic";
    public const string Channels = "channels";
    public const string NetworkMode = "networkMode";
    public const string Uplink = "uplink";
    public const string Mtu = "mtu";
    public const string Encapsulation = "encapsulation";
    public const string GuestModifiable = "guestModifiable";

    public const string Kind = "kind";
    public const string VirtualFunctionIndex = "virtualFunctionIndex";
    public const string VirtualFunctionCount = "virtualFunctionCount";
    public const string VlanId = "vlanId";
    public const string Id = "id";

    public const string Speed = "speed";
    public const string Duplex = "duplex";
    public const string InterfaceType = "interfaceType";
    public const string Medium = "medium";
    public const string CableLength = "cableLength";
    public const string Topology = "topology";
    public const string MacAddress = "macAddress";
    public const string Driver = "driver";

    public const string UnderlayMtu = "underlayMtu";
    public const string Layers = "layers";
    public const string OptionBytes = "optionBytes";
    public const string LabelCount = "labelCount";

    public const string Cpu = "cpu";
    public const string Memory = "memory";
    public const string Io = "io";
    public const string Network = "network";

    public const string ResourceConstrained = "resourceConstrained";
    public const string HighPerformance = "highPerformance";
    public const string HighIsolation = "highIsolation";
    public const string HighCompatibility = "highCompatibility";
    public const string GuestOsModifiable = "guestOsModifiable";
    public const string ResourceSharing = "resourceSharing";
    public const string Standardization = "standardization";
}
