namespace Paradigms.Model.Cli.Options;

/// <summary>One spelling an option accepts and the value it stands for, for example <c>vm</c> for full virtualization.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Name">The spelling, matched in any case.</param>
/// <param name="Value">The value.</param>
internal sealed record NamedValue<T>(string Name, T Value);
