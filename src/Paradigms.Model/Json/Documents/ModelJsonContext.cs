using System.Text.Json.Serialization;

namespace Paradigms.Model.Json.Documents;

/// <summary>
/// The source-generated System.Text.Json metadata of the written forms: no reflection at run time,
/// so writing is trim-safe. <see cref="ModelJson"/> creates it with its own options.
/// </summary>
[JsonSerializable(typeof(ModelFileDocument))]
[JsonSerializable(typeof(DeploymentDocument))]
[JsonSerializable(typeof(NicDocument))]
[JsonSerializable(typeof(ChannelDocument))]
[JsonSerializable(typeof(PhysicalNicDocument))]
[JsonSerializable(typeof(EncapsulationDocument))]
[JsonSerializable(typeof(LayerDocument))]
[JsonSerializable(typeof(WorkloadDocument))]
[JsonSerializable(typeof(RequirementsDocument))]
[JsonSerializable(typeof(string))]
internal sealed partial class ModelJsonContext : JsonSerializerContext;
