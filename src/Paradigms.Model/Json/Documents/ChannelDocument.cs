using System.Text.Json.Serialization;

namespace Paradigms.Model.Json.Documents;

/// <summary>The written form of a <see cref="Networking.LogicalChannel"/>.</summary>
internal sealed class ChannelDocument
{
    [JsonPropertyName(JsonNames.Kind)]
    public string Kind { get; set; } = string.Empty;

    [JsonPropertyName(JsonNames.Id)]
    public int? Id { get; set; }
}
