using System.Text.Json.Serialization;

namespace Paradigms.Model.Json.Documents;

/// <summary>The written form of a <see cref="Decisions.Workload"/>: quantities as text with units.</summary>
internal sealed class WorkloadDocument
{
    [JsonPropertyName(JsonNames.Paradigm)]
    public string Paradigm { get; set; } = string.Empty;

    [JsonPropertyName(JsonNames.Cpu)]
    public string Cpu { get; set; } = string.Empty;

    [JsonPropertyName(JsonNames.Memory)]
    public string Memory { get; set; } = string.Empty;

    [JsonPropertyName(JsonNames.Io)]
    public string Io { get; set; } = string.Empty;

    [JsonPropertyName(JsonNames.Network)]
    public string Network { get; set; } = string.Empty;
}
