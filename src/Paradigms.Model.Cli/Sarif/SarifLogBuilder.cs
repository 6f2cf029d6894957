using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Paradigms.Model.Json;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Cli.Sarif;

/// <summary>
/// Builds the SARIF 2.1.0 log of a check: one run whose driver, <c>paradigms</c>, lists every id it can report (the rule
/// table's PM ids, then the input errors' PMF ids) and one result per finding, at the file and the line and column of the
/// JSON value. A file named relative to the current folder gets a relative URI from <c>%SRCROOT%</c>, the current folder
/// (which <c>originalUriBaseIds</c> gives), so code-scanning tools run from the repository's root place the findings.
/// </summary>
internal static class SarifLogBuilder
{
    /// <summary>The URI of the SARIF 2.1.0 JSON schema the log names in <c>$schema</c>.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The SARIF version written.</summary>
    public const string Version = "2.1.0";

    /// <summary>The base id of relative file URIs: the folder the command ran in.</summary>
    public const string SourceRoot = "%SRCROOT%";

    /// <summary>Gets the rules of the driver: one per id of the rule table, in id order, then one per input error id.</summary>
    public static IReadOnlyList<SarifRule> Rules { get; } = [.. RuleTableRules(), .. InputErrorRules()];

    /// <summary>Builds the log.</summary>
    /// <param name="results">What the reader found in each file; no file may be unreadable.</param>
    /// <param name="currentFolder">The folder relative file names start from.</param>
    /// <returns>The log.</returns>
    public static SarifLog Build(IReadOnlyList<ModelFileResult> results, string currentFolder)
    {
        var index = Rules.Select((rule, i) => (rule.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var findings = results
            .SelectMany(r => r.Diagnostics.Select(d => new SarifResult(
                d.Id,
                index[d.Id],
                Level(d.Severity),
                new SarifMessage(d.Message),
                [new SarifLocation(new SarifPhysicalLocation(Artifact(r.FileName ?? string.Empty), new SarifRegion(d.Line, d.Column)))],
                new SarifResultProperties(d.Path))))
            .ToList();
        var assembly = typeof(SarifLogBuilder).Assembly;
        var driver = new SarifDriver(
            CliApplication.Name,
            ToolVersion(assembly),
            assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryUrl").Value!,
            Rules);
        var run = new SarifRun(
            new SarifTool(driver),
            new Dictionary<string, SarifArtifactLocation> { [SourceRoot] = new(FolderUri(currentFolder), null) },
            findings,
            "utf16CodeUnits");
        return new SarifLog(SchemaUri, Version, [run]);
    }

    /// <summary>The SARIF level of a severity: <c>error</c>, <c>warning</c>, <c>note</c>.</summary>
    private static string Level(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        _ => "note",
    };

    private static IEnumerable<SarifRule> RuleTableRules() =>
        RuleTable.All
            .GroupBy(row => row.Id, StringComparer.Ordinal)
            .OrderBy(rows => rows.Key, StringComparer.Ordinal)
            .Select(rows =>
            {
                // An id with several rows (PM0005, PM0006, PM0008) has each row's title; its default is its most severe row's.
                var title = string.Join("; ", rows.Select(r => r.Title).Distinct(StringComparer.Ordinal));
                var sources = string.Join("; ", rows.Select(r => r.Citation).Distinct(StringComparer.Ordinal));
                return new SarifRule(
                    rows.Key,
                    new SarifMessage(title),
                    new SarifMessage($"{title}. Source: {sources}."),
                    rows.First().HelpLink,
                    new SarifConfiguration(Level(rows.Max(r => r.Severity))));
            });

    private static IEnumerable<SarifRule> InputErrorRules() =>
        InputErrorIds.All.Select(id => new SarifRule(
            id,
            new SarifMessage(InputErrorIds.Title(id)),
            new SarifMessage($"{InputErrorIds.Title(id)}: an input error, the file is not a readable model file."),
            InputErrorIds.HelpLink(id),
            new SarifConfiguration("error")));

    /// <summary>The URI of a file: relative, its segments percent-encoded, when named relative to the current folder; else absolute.</summary>
    private static SarifArtifactLocation Artifact(string file)
    {
        if (Path.IsPathRooted(file))
        {
            return new SarifArtifactLocation(new Uri(Path.GetFullPath(file)).AbsoluteUri, null);
        }

        var segments = file.Split(Path.DirectorySeparatorChar == '/' ? ['/'] : ['/', Path.DirectorySeparatorChar]);
        return new SarifArtifactLocation(string.Join('/', segments.Select(Uri.EscapeDataString)), SourceRoot);
    }

    /// <summary>The <c>file:</c> URI of a folder, ending with a slash as a base URI must.</summary>
    private static string FolderUri(string folder)
    {
        var full = Path.GetFullPath(folder);
        return new Uri(Path.EndsInDirectorySeparator(full) ? full : full + Path.DirectorySeparatorChar).AbsoluteUri;
    }

    /// <summary>The tool's version as the package is versioned, without the commit the build adds after a <c>+</c>.</summary>
    private static string ToolVersion(Assembly assembly)
    {
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
