namespace Paradigms.Model.Cli.Json;

/// <summary>A figure in the JSON output: its value with its unit, where it comes from, and its name in the facts catalog.</summary>
/// <param name="Value">The value with its unit, as the library writes it (<c>15–40 μs</c>, <c>434 MB</c>); <c>Range&lt;T&gt;.Parse</c> reads it back.</param>
/// <param name="Citation">Where it comes from, for example <c>Res §5.2 (…)</c>, or how it is derived.</param>
/// <param name="Figure">Its name in the facts catalog (<c>paradigms sources --figure NAME</c>), or null for a figure computed here.</param>
internal sealed record FigureJson(string Value, string Citation, string? Figure);
