using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Paradigms.Model.Json.Documents;

/// <summary>The written form of a <see cref="Json.ModelFile"/>; properties in the order they are written.</summary>
internal sealed class ModelFileDocument
{
    [JsonPropertyName(JsonNames.Schema)]
    public string? Schema { get; set; }

    [JsonPropertyName(JsonNames.Deployments)]
    public List<DeploymentDocument>? Deployments { get; set; }

    [JsonPropertyName(JsonNames.Workloads)]
    public List<WorkloadDocument>? Workloads { get; set; }

    [JsonPropertyName(JsonNames.Requirements)]
    public RequirementsDocument? Requirements { get; set; }
}
