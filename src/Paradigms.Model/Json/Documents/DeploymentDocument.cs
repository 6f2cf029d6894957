using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Paradigms.Model.Json.Documents;

/// <summary>The written form of a <see cref="Model.Deployment"/>, with the name of a model file's entry.</summary>
internal sealed class DeploymentDocument
{
    [JsonPropertyName(JsonNames.Name)]
    public string? Name { get; set; }

    [JsonPropertyName(JsonNames.Paradigm)]
    public string Paradigm { get; set; } = string.Empty;

    [JsonPropertyName(JsonNames.Nic)]
    public NicDocument Nic { get; set; } = new();

    [JsonPropertyName(JsonNames.Channels)]
    public List<ChannelDocument>? Channels { get; set; }

    [JsonPropertyName(JsonNames.NetworkMode)]
    public string? NetworkMode { get; set; }

    [JsonPropertyName(JsonNames.Mtu)]
    public int? Mtu { get; set; }

    [JsonPropertyName(JsonNames.Encapsulation)]
    public EncapsulationDocument? Encapsulation { get; set; }

    [JsonPropertyName(JsonNames.Uplink)]
    public PhysicalNicDocument? Uplink { get; set; }

    [JsonPropertyName(JsonNames.GuestModifiable)]
    public bool? GuestModifiable { get; set; }
}
