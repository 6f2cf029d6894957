using System.Collections.Generic;

namespace Paradigms.Model.Cli.Sarif;

/// <summary>The tool that made the run (SARIF's tool object).</summary>
/// <param name="Driver">The tool's main component.</param>
internal sealed record SarifTool(SarifDriver Driver);

/// <summary>The tool's main component (SARIF's toolComponent object): <c>paradigms</c>, its version, its home page and its rules.</summary>
/// <param name="Name">The tool's name, <c>paradigms</c>.</param>
/// <param name="Version">The tool's version, as the package is versioned.</param>
/// <param name="InformationUri">The tool's home page.</param>
/// <param name="Rules">Every id the tool reports: the rule table's, then the input errors'.</param>
internal sealed record SarifDriver(string Name, string Version, string InformationUri, IReadOnlyList<SarifRule> Rules);

/// <summary>One id the tool reports (SARIF's reportingDescriptor object).</summary>
/// <param name="Id">The id, for example <c>PM0001</c> or <c>PMF002</c>.</param>
/// <param name="ShortDescription">Its title.</param>
/// <param name="FullDescription">Its title and where the rule comes from.</param>
/// <param name="HelpUri">Its docs page.</param>
/// <param name="DefaultConfiguration">Its default level: the most severe of its rule rows.</param>
internal sealed record SarifRule(string Id, SarifMessage ShortDescription, SarifMessage FullDescription, string HelpUri, SarifConfiguration DefaultConfiguration);

/// <summary>A rule's default configuration (SARIF's reportingConfiguration object).</summary>
/// <param name="Level">The level: <c>error</c>, <c>warning</c> or <c>note</c>.</param>
internal sealed record SarifConfiguration(string Level);
