using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace Paradigms.Model.Analyzers.Tests.Docs;

/// <summary>
/// A diagnostic the documentation shows for a C# block, as an IDE underlines it or as <c>dotnet build</c>
/// prints it, to be compared with what the analyzers report on the block.
/// </summary>
/// <param name="Line">The 0-based line of the block the diagnostic is on.</param>
/// <param name="Column">The 0-based column it starts at.</param>
/// <param name="Length">The length of the underlined span, or null when only the start is shown.</param>
/// <param name="Severity">"error", "warning" or "info".</param>
/// <param name="Id">The diagnostic id.</param>
/// <param name="Message">The message shown: its beginning when <paramref name="IsMessageStart"/>, else all of it.</param>
/// <param name="IsMessageStart">Whether <paramref name="Message"/> is only the beginning of the message.</param>
/// <param name="HelpLink">The help link shown after the message, in parentheses, as <c>dotnet build</c> prints it; null when none is shown.</param>
internal sealed partial record ShownDiagnostic(int Line, int Column, int? Length, string Severity, string Id, string Message, bool IsMessageStart, string? HelpLink = null)
{
    /// <summary>
    /// The diagnostics a block underlines in comments, each under the line it is on:
    /// <c>//            ~~~~~~~~~~~ error PM0001: SR-IOV cannot be attached to a Wasm sandbox</c>.
    /// </summary>
    public static IReadOnlyList<ShownDiagnostic> Underlined(string code)
    {
        var lines = code.Split('\n');
        var shown = new List<ShownDiagnostic>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (Squiggle().Match(lines[i]) is { Success: true } match)
            {
                shown.Add(new ShownDiagnostic(
                    i - 1,
                    match.Groups["squiggle"].Index,
                    match.Groups["squiggle"].Length,
                    match.Groups["severity"].Value,
                    match.Groups["id"].Value,
                    match.Groups["message"].Value.TrimEnd().TrimEnd('…').TrimEnd(),
                    IsMessageStart: true));
            }
        }

        return shown;
    }

    /// <summary>
    /// The diagnostics a <c>text</c> block shows in the compiler's format, one a line:
    /// <c>/tmp/Hello/Program.cs(3,48): error PM0001: message (help link) [/tmp/Hello/Hello.csproj]</c>; null when a
    /// non-blank line of the block is not in that format.
    /// </summary>
    public static IReadOnlyList<ShownDiagnostic>? Printed(FencedBlock textBlock)
    {
        var shown = new List<ShownDiagnostic>();
        foreach (var line in textBlock.Code.Split('\n').Where(line => line.Trim().Length > 0))
        {
            if (CompilerLine().Match(line) is not { Success: true } match)
            {
                return null;
            }

            shown.Add(new ShownDiagnostic(
                int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture) - 1,
                int.Parse(match.Groups["column"].Value, CultureInfo.InvariantCulture) - 1,
                null,
                match.Groups["severity"].Value,
                match.Groups["id"].Value,
                match.Groups["message"].Value,
                IsMessageStart: false,
                match.Groups["help"].Success ? match.Groups["help"].Value : null));
        }

        return shown.Count == 0 ? null : shown;
    }

    /// <summary>Whether <paramref name="diagnostic"/>, reported on the block's file, is this one.</summary>
    public bool Is(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        return diagnostic.Id == Id
            && SeverityName(diagnostic.Severity) == Severity
            && start.Line == Line
            && start.Character == Column
            && (Length is null || diagnostic.Location.SourceSpan.Length == Length)
            && (HelpLink is null || diagnostic.Descriptor.HelpLinkUri == HelpLink)
            && (IsMessageStart ? message.StartsWith(Message, StringComparison.Ordinal) : message == Message);
    }

    /// <summary>The word the compiler prints for <paramref name="severity"/>.</summary>
    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };

    /// <inheritdoc/>
    public override string ToString() =>
        $"({Line + 1},{Column + 1}){(Length is { } length ? $" length {length}" : "")}: {Severity} {Id}: {Message}{(IsMessageStart ? "…" : "")}{(HelpLink is null ? "" : $" ({HelpLink})")}";

    [GeneratedRegex(@"^\s*//\s*(?<squiggle>~+)\s+(?<severity>error|warning|info)\s+(?<id>[A-Z]+\d{4}):\s*(?<message>.*)$")]
    private static partial Regex Squiggle();

    [GeneratedRegex(@"^\S*\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning|info) (?<id>[A-Z]+\d{4}): (?<message>.*?)(?: \((?<help>https?://[^ ()]+)\))?(?: \[[^\]]*\])?\s*$")]
    private static partial Regex CompilerLine();
}
