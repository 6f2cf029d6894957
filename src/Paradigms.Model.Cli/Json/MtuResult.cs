using System.Collections.Generic;

namespace Paradigms.Model.Cli.Json;

/// <summary>The answer of <c>paradigms mtu</c>: the MTU an encapsulation stack leaves, and the rule table's findings.</summary>
/// <param name="UnderlayMtu">The underlay's MTU, with its unit.</param>
/// <param name="Layers">The layers, from the workload outward.</param>
/// <param name="Overhead">The bytes all layers add, with the unit.</param>
/// <param name="InnerMtu">The MTU left for the workload's packets, with the unit.</param>
/// <param name="DeclaredMtu">The MTU the workload's interface declares (<c>--mtu</c>), or null.</param>
/// <param name="Diagnostics">The rule table's warnings about the declared MTU; empty when it fits.</param>
internal sealed record MtuResult(string UnderlayMtu, IReadOnlyList<LayerJson> Layers, string Overhead, string InnerMtu, string? DeclaredMtu, IReadOnlyList<DiagnosticJson> Diagnostics);

/// <summary>One encapsulation layer.</summary>
/// <param name="Layer">The layer as written in <c>--stack</c>.</param>
/// <param name="Description">The layer and its bytes, for example <c>VXLAN over IPv4 (50 B)</c>.</param>
/// <param name="Bytes">The bytes it adds, with the unit.</param>
/// <param name="Source">The figure its bytes come from, with its source.</param>
internal sealed record LayerJson(string Layer, string Description, string Bytes, FigureJson Source);

/// <summary>A finding of the rule table.</summary>
/// <param name="Id">The rule's id, for example <c>PM0008</c>.</param>
/// <param name="Severity">error, warning or info.</param>
/// <param name="Message">What is wrong, with the values.</param>
/// <param name="Citation">Where the rule comes from.</param>
/// <param name="HelpLink">The rule's page.</param>
internal sealed record DiagnosticJson(string Id, string Severity, string Message, string Citation, string HelpLink);
