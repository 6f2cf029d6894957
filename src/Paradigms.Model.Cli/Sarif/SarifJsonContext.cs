using System.Text.Json.Serialization;

namespace Paradigms.Model.Cli.Sarif;

/// <summary>
/// The source-generated JSON contract of the SARIF log: camelCase names, as SARIF spells its properties, and absent values
/// left out rather than written as null (SARIF's schema allows no null).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(SarifLog))]
internal sealed partial class SarifJsonContext : JsonSerializerContext;
