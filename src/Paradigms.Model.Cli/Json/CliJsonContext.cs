using System.Text.Json.Serialization;

namespace Paradigms.Model.Cli.Json;

/// <summary>
/// The source-generated JSON contracts of the command's answers: no reflection at run time. Property names are
/// camelCase; absent values are written as null.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(CompareResult))]
[JsonSerializable(typeof(EstimateResult))]
[JsonSerializable(typeof(RecommendResult))]
[JsonSerializable(typeof(MtuResult))]
[JsonSerializable(typeof(SourcesResult))]
[JsonSerializable(typeof(ChartResult))]
[JsonSerializable(typeof(CheckResult))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
