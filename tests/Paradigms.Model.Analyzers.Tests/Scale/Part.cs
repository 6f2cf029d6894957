namespace Paradigms.Model.Analyzers.Tests.Scale;

/// <summary>
/// A piece of a construction: its code, the value it builds at run time, whether the compiler can
/// know that value, and the diagnostics the piece earns by itself wherever it is written.
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Code">The C# expression.</param>
/// <param name="Value">The value the expression has at run time.</param>
/// <param name="Known">Whether the analyzer can know the value (constants and in-place factory calls on constants).</param>
/// <param name="Own">What the piece earns by itself, for example an uplink's cable beyond its reach.</param>
internal sealed record Part<T>(string Code, T Value, bool Known, IReadOnlyList<ExpectedDiagnostic> Own)
{
    /// <summary>A piece that earns nothing by itself.</summary>
    public static Part<T> Of(string code, T value, bool known) => new(code, value, known, []);
}
