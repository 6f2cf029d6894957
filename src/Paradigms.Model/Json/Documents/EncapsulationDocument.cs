using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Paradigms.Model.Json.Documents;

/// <summary>The written form of an <see cref="Networking.EncapsulationStack"/>.</summary>
internal sealed class EncapsulationDocument
{
    [JsonPropertyName(JsonNames.UnderlayMtu)]
    public int UnderlayMtu { get; set; }

    /// <summary>Each layer is its kind's name (a string) when it has its kind's defaults, else a <see cref="LayerDocument"/>.</summary>
    [JsonPropertyName(JsonNames.Layers)]
    public List<object> Layers { get; set; } = [];
}
