using System.Collections.Generic;

namespace Paradigms.Model.Cli.Json;

/// <summary>The answer of <c>paradigms check --format json</c>: every file read, with its findings, and the counts.</summary>
/// <param name="Files">The files, in the order they were named.</param>
/// <param name="FilesChecked">How many files were read.</param>
/// <param name="Errors">How many findings are errors.</param>
/// <param name="Warnings">How many findings are warnings.</param>
internal sealed record CheckResult(IReadOnlyList<CheckedFileJson> Files, int FilesChecked, int Errors, int Warnings);

/// <summary>One file read.</summary>
/// <param name="Path">The file, as named on the command line or relative to its glob's folder, with <c>/</c> between folders.</param>
/// <param name="Status"><c>valid</c> (no error; warnings allowed) or <c>breaksRules</c> (at least one rule error).</param>
/// <param name="Diagnostics">The findings, in file order; empty when there is none.</param>
internal sealed record CheckedFileJson(string Path, string Status, IReadOnlyList<FileDiagnosticJson> Diagnostics);

/// <summary>One finding, located.</summary>
/// <param name="Id">The rule's id, for example <c>PM0001</c>.</param>
/// <param name="Severity">error, warning or info.</param>
/// <param name="Message">What is wrong, with the values.</param>
/// <param name="Line">The line of the value, from 1.</param>
/// <param name="Column">The column of the value's first character, from 1, in UTF-16 code units.</param>
/// <param name="JsonPath">The JSON path of the value, for example <c>$.deployments[0].nic.kind</c>.</param>
/// <param name="Citation">Where the rule comes from.</param>
/// <param name="HelpLink">The rule's page.</param>
internal sealed record FileDiagnosticJson(string Id, string Severity, string Message, int Line, int Column, string JsonPath, string? Citation, string HelpLink);
