using System.Text.Json.Serialization;

namespace Paradigms.Model.Json.Documents;

/// <summary>The written form of a <see cref="Model.Nic"/>.</summary>
internal sealed class NicDocument
{
    [JsonPropertyName(JsonNames.Kind)]
    public string Kind { get; set; } = string.Empty;

    [JsonPropertyName(JsonNames.VirtualFunctionIndex)]
    public int? VirtualFunctionIndex { get; set; }

    [JsonPropertyName(JsonNames.VirtualFunctionCount)]
    public int? VirtualFunctionCount { get; set; }

    [JsonPropertyName(JsonNames.VlanId)]
    public int? VlanId { get; set; }
}
