using System.Text.Json.Serialization;

namespace Paradigms.Model.Json.Documents;

/// <summary>The written form of <see cref="Decisions.Requirements"/>: every condition, true or false.</summary>
internal sealed class RequirementsDocument
{
    [JsonPropertyName(JsonNames.ResourceConstrained)]
    public bool ResourceConstrained { get; set; }

    [JsonPropertyName(JsonNames.HighPerformance)]
    public bool HighPerformance { get; set; }

    [JsonPropertyName(JsonNames.HighIsolation)]
    public bool HighIsolation { get; set; }

    [JsonPropertyName(JsonNames.HighCompatibility)]
    public bool HighCompatibility { get; set; }

    [JsonPropertyName(JsonNames.GuestOsModifiable)]
    public bool GuestOsModifiable { get; set; }

    [JsonPropertyName(JsonNames.ResourceSharing)]
    public bool ResourceSharing { get; set; }

    [JsonPropertyName(JsonNames.Standardization)]
    public bool Standardization { get; set; }
}
