using System.Text.Json.Serialization;

namespace Paradigms.Model.Json.Documents;

/// <summary>The written form of an <see cref="Networking.Encapsulation"/> with values: Geneve option bytes, an MPLS label count.</summary>
internal sealed class LayerDocument
{
    [JsonPropertyName(JsonNames.Kind)]
    public string Kind { get; set; } = string.Empty;

    [JsonPropertyName(JsonNames.OptionBytes)]
    public int? OptionBytes { get; set; }

    [JsonPropertyName(JsonNames.LabelCount)]
    public int? LabelCount { get; set; }
}
