using System.Collections.Generic;

namespace Paradigms.Model.Cli.Sarif;

/// <summary>One finding (SARIF's result object).</summary>
/// <param name="RuleId">The id.</param>
/// <param name="RuleIndex">The id's place in the driver's rules, from 0.</param>
/// <param name="Level">The finding's own level: a rule row may warn where the id's default is an error.</param>
/// <param name="Message">What is wrong, with the values.</param>
/// <param name="Locations">Where: one location.</param>
/// <param name="Properties">The JSON path of the value (a SARIF property bag), for tools that read it.</param>
internal sealed record SarifResult(string RuleId, int RuleIndex, string Level, SarifMessage Message, IReadOnlyList<SarifLocation> Locations, SarifResultProperties Properties);

/// <summary>A location (SARIF's location object).</summary>
/// <param name="PhysicalLocation">The file and the place in it.</param>
internal sealed record SarifLocation(SarifPhysicalLocation PhysicalLocation);

/// <summary>A place in a file (SARIF's physicalLocation object).</summary>
/// <param name="ArtifactLocation">The file.</param>
/// <param name="Region">The place.</param>
internal sealed record SarifPhysicalLocation(SarifArtifactLocation ArtifactLocation, SarifRegion Region);

/// <summary>A file (SARIF's artifactLocation object).</summary>
/// <param name="Uri">
/// The file's URI: relative, with <c>/</c> between its percent-encoded segments, for a file named relative to the
/// current folder; an absolute <c>file:</c> URI for a file named by an absolute path, and for the base itself.
/// </param>
/// <param name="UriBaseId">The base a relative URI starts from, <c>%SRCROOT%</c>; null (left out) for an absolute URI.</param>
internal sealed record SarifArtifactLocation(string Uri, string? UriBaseId);

/// <summary>A place in a file (SARIF's region object): where the JSON value starts.</summary>
/// <param name="StartLine">The line, from 1.</param>
/// <param name="StartColumn">The column, from 1, in UTF-16 code units (the run's column kind).</param>
internal sealed record SarifRegion(int StartLine, int StartColumn);

/// <summary>The result's property bag (SARIF's propertyBag object).</summary>
/// <param name="JsonPath">The JSON path of the value the finding is about, for example <c>$.deployments[0].nic.kind</c>.</param>
internal sealed record SarifResultProperties(string JsonPath);
