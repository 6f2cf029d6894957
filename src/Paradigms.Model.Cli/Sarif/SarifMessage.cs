namespace Paradigms.Model.Cli.Sarif;

/// <summary>A plain-text message (SARIF's message object) or description (SARIF's multiformatMessageString object): its <c>text</c>.</summary>
/// <param name="Text">The text.</param>
internal sealed record SarifMessage(string Text);
