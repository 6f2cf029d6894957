using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Analyzers;

/// <summary>
/// One diagnostic descriptor per id of the rule table, with the id's default severity (its most
/// severe row), the title of its docs page and a help link to it. Each finding is reported with its
/// own row's severity, title and message: PM0005, PM0006 and PM0008 have warning rows beside their
/// error rows, and <c>.editorconfig</c> configures both by id.
/// </summary>
internal static class Descriptors
{
    /// <summary>The category of every Paradigms.Model diagnostic.</summary>
    public const string Category = "Paradigms.Model";

    /// <summary>The descriptor of <see cref="DiagnosticIds.NicNotAttachable"/>.</summary>
    public static readonly DiagnosticDescriptor NicNotAttachable = new(
        DiagnosticIds.NicNotAttachable,
        RuleTable.NicNotAttachable.Title,
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: Rule.HelpLinkBase + DiagnosticIds.NicNotAttachable + ".md");

    /// <summary>The descriptor of <see cref="DiagnosticIds.ChannelNotAvailable"/>.</summary>
    public static readonly DiagnosticDescriptor ChannelNotAvailable = new(
        DiagnosticIds.ChannelNotAvailable,
        RuleTable.ChannelNotAvailable.Title,
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: Rule.HelpLinkBase + DiagnosticIds.ChannelNotAvailable + ".md");

    /// <summary>The descriptor of <see cref="DiagnosticIds.NicFromAnotherParadigm"/>.</summary>
    public static readonly DiagnosticDescriptor NicFromAnotherParadigm = new(
        DiagnosticIds.NicFromAnotherParadigm,
        RuleTable.NicFromAnotherParadigm.Title,
        "{0}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: Rule.HelpLinkBase + DiagnosticIds.NicFromAnotherParadigm + ".md");

    /// <summary>The descriptor of <see cref="DiagnosticIds.ValueOutOfProtocolRange"/>.</summary>
    public static readonly DiagnosticDescriptor ValueOutOfProtocolRange = new(
        DiagnosticIds.ValueOutOfProtocolRange,
        RuleTable.ValueOutOfProtocolRange.Title,
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: Rule.HelpLinkBase + DiagnosticIds.ValueOutOfProtocolRange + ".md");

    /// <summary>The descriptor of <see cref="DiagnosticIds.PhysicalLink"/>.</summary>
    public static readonly DiagnosticDescriptor PhysicalLink = new(
        DiagnosticIds.PhysicalLink,
        "Physical link cannot carry the declared rate, medium or length",
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: Rule.HelpLinkBase + DiagnosticIds.PhysicalLink + ".md");

    /// <summary>The descriptor of <see cref="DiagnosticIds.Duplex"/>.</summary>
    public static readonly DiagnosticDescriptor Duplex = new(
        DiagnosticIds.Duplex,
        "Duplex mode the link cannot have",
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: Rule.HelpLinkBase + DiagnosticIds.Duplex + ".md");

    /// <summary>The descriptor of <see cref="DiagnosticIds.GuestNotModifiable"/>.</summary>
    public static readonly DiagnosticDescriptor GuestNotModifiable = new(
        DiagnosticIds.GuestNotModifiable,
        RuleTable.GuestNotModifiable.Title,
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: Rule.HelpLinkBase + DiagnosticIds.GuestNotModifiable + ".md");

    /// <summary>The descriptor of <see cref="DiagnosticIds.Mtu"/>.</summary>
    public static readonly DiagnosticDescriptor Mtu = new(
        DiagnosticIds.Mtu,
        "MTU below the IP minimum, or larger than the encapsulation stack leaves",
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: Rule.HelpLinkBase + DiagnosticIds.Mtu + ".md");

    /// <summary>The descriptor of <see cref="DiagnosticIds.NetworkModeNotAvailable"/>.</summary>
    public static readonly DiagnosticDescriptor NetworkModeNotAvailable = new(
        DiagnosticIds.NetworkModeNotAvailable,
        RuleTable.NetworkModeNotAvailable.Title,
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: Rule.HelpLinkBase + DiagnosticIds.NetworkModeNotAvailable + ".md");

    /// <summary>The descriptor of <see cref="DiagnosticIds.LossOutOfRange"/>.</summary>
    public static readonly DiagnosticDescriptor LossOutOfRange = new(
        DiagnosticIds.LossOutOfRange,
        RuleTable.LossOutOfRange.Title,
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: Rule.HelpLinkBase + DiagnosticIds.LossOutOfRange + ".md");

    /// <summary>The descriptor of <see cref="DiagnosticIds.Wasm32MemoryTooLarge"/>.</summary>
    public static readonly DiagnosticDescriptor Wasm32MemoryTooLarge = new(
        DiagnosticIds.Wasm32MemoryTooLarge,
        RuleTable.Wasm32MemoryTooLarge.Title,
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: Rule.HelpLinkBase + DiagnosticIds.Wasm32MemoryTooLarge + ".md");

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new()
    {
        [DiagnosticIds.NicNotAttachable] = NicNotAttachable,
        [DiagnosticIds.ChannelNotAvailable] = ChannelNotAvailable,
        [DiagnosticIds.NicFromAnotherParadigm] = NicFromAnotherParadigm,
        [DiagnosticIds.ValueOutOfProtocolRange] = ValueOutOfProtocolRange,
        [DiagnosticIds.PhysicalLink] = PhysicalLink,
        [DiagnosticIds.Duplex] = Duplex,
        [DiagnosticIds.GuestNotModifiable] = GuestNotModifiable,
        [DiagnosticIds.Mtu] = Mtu,
        [DiagnosticIds.NetworkModeNotAvailable] = NetworkModeNotAvailable,
        [DiagnosticIds.LossOutOfRange] = LossOutOfRange,
        [DiagnosticIds.Wasm32MemoryTooLarge] = Wasm32MemoryTooLarge,
    };

    /// <summary>Gets the descriptor of every id, as the analyzer lists them in <c>SupportedDiagnostics</c>.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ById.Values.ToImmutableArray();

    /// <summary>
    /// One descriptor per row of the rule table, made on first use: the row's severity, title,
    /// message format and citation under the id's help link. Reporting through a shared descriptor
    /// keeps the compiler's handling of many diagnostics cheap (a descriptor made per diagnostic made
    /// the compiler's de-duplication compare them field by field).
    /// </summary>
    private static readonly ConcurrentDictionary<Rule, DiagnosticDescriptor> ByRow = new();

    /// <summary>Creates the diagnostic of a finding at <paramref name="location"/>, with the severity, title and message of the finding's rule row.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="location">Where to report it: the offending argument.</param>
    /// <param name="additionalLocations">Further locations a code fix needs, or null.</param>
    /// <param name="properties">What a code fix needs to know, or null.</param>
    public static Diagnostic Create(
        RuleFinding finding,
        Location location,
        IEnumerable<Location>? additionalLocations = null,
        ImmutableDictionary<string, string?>? properties = null)
    {
        var descriptor = ByRow.GetOrAdd(finding.Rule, Describe);
        var arguments = new object[finding.Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = finding.Arguments[i];
        }

        return Diagnostic.Create(descriptor, location, additionalLocations, properties, arguments);
    }

    private static DiagnosticDescriptor Describe(Rule row)
    {
        var byId = ById[row.Id];
        return new DiagnosticDescriptor(
            byId.Id,
            row.Title,
            row.MessageFormat,
            byId.Category,
            Severity(row.Severity),
            byId.IsEnabledByDefault,
            description: "Source: " + row.Citation + ".",
            helpLinkUri: byId.HelpLinkUri);
    }

    /// <summary>Reports a finding, when there is one, on <paramref name="at"/>; see <see cref="Report(OperationAnalysisContext, Diagnostic)"/>.</summary>
    /// <param name="context">The operation's context.</param>
    /// <param name="finding">The rule table's finding, or null.</param>
    /// <param name="at">The offending operation: an argument, an initializer's value, an element.</param>
    public static void Report(OperationAnalysisContext context, RuleFinding? finding, IOperation at)
    {
        if (finding is not null)
        {
            Report(context, Create(finding, at.Syntax.GetLocation()));
        }
    }

    /// <summary>
    /// Reports <paramref name="diagnostic"/>, unless the construction the compiler handed over does not parse yet: one
    /// being typed is checked once it parses, so that <c>mtu: checked(640</c>, on its way to <c>checked(640 * 2)</c>,
    /// is not reported. The test costs nothing on code that earns no diagnostic.
    /// </summary>
    /// <param name="context">The operation's context.</param>
    /// <param name="diagnostic">The diagnostic.</param>
    public static void Report(OperationAnalysisContext context, Diagnostic diagnostic)
    {
        if (!context.Operation.Syntax.ContainsDiagnostics)
        {
            context.ReportDiagnostic(diagnostic);
        }
    }

    /// <summary>The Roslyn severity of a rule row's severity.</summary>
    public static DiagnosticSeverity Severity(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => DiagnosticSeverity.Error,
        RuleSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };
}
