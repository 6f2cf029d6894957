using System.Text.Json.Serialization;

namespace Paradigms.Model.Json.Documents;

/// <summary>The written form of a <see cref="Networking.PhysicalNic"/>: quantities as text with units.</summary>
internal sealed class PhysicalNicDocument
{
    [JsonPropertyName(JsonNames.Speed)]
    public string Speed { get; set; } = string.Empty;

    [JsonPropertyName(JsonNames.Duplex)]
    public string Duplex { get; set; } = string.Empty;

    [JsonPropertyName(JsonNames.InterfaceType)]
    public string? InterfaceType { get; set; }

    [JsonPropertyName(JsonNames.Medium)]
    public string? Medium { get; set; }

    [JsonPropertyName(JsonNames.CableLength)]
    public string? CableLength { get; set; }

    [JsonPropertyName(JsonNames.Topology)]
    public string Topology { get; set; } = string.Empty;

    [JsonPropertyName(JsonNames.MacAddress)]
    public string? MacAddress { get; set; }

    [JsonPropertyName(JsonNames.Driver)]
    public string? Driver { get; set; }
}
