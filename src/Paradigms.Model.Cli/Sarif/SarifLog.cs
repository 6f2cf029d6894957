using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Paradigms.Model.Cli.Sarif;

/// <summary>A SARIF 2.1.0 log (SARIF's sarifLog object): the schema, the version and the runs; <c>paradigms check</c> writes one run.</summary>
/// <param name="Schema">The schema's URI, <see cref="SarifLogBuilder.SchemaUri"/>.</param>
/// <param name="Version">The SARIF version, always <c>2.1.0</c>.</param>
/// <param name="Runs">The runs.</param>
internal sealed record SarifLog(
    [property: JsonPropertyName("$schema")] string Schema,
    string Version,
    IReadOnlyList<SarifRun> Runs);

/// <summary>One run of the tool (SARIF's run object).</summary>
/// <param name="Tool">The tool and its rules.</param>
/// <param name="OriginalUriBaseIds">Where the relative file URIs start: <c>%SRCROOT%</c>, the current folder.</param>
/// <param name="Results">One result per finding; empty when there is none.</param>
/// <param name="ColumnKind">How columns count: <c>utf16CodeUnits</c>, as <see cref="Paradigms.Model.Json.FileDiagnostic.Column"/> does.</param>
internal sealed record SarifRun(
    SarifTool Tool,
    IReadOnlyDictionary<string, SarifArtifactLocation> OriginalUriBaseIds,
    IReadOnlyList<SarifResult> Results,
    string ColumnKind);
