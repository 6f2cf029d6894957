namespace Paradigms.Model.Analyzers.Tests.Scale;

/// <summary>
/// One piece of generated code that builds (part of) a model, with the diagnostics the runtime gives
/// for the values the compiler can know in it.
/// </summary>
/// <param name="Code">The C# expression.</param>
/// <param name="Expected">The diagnostics the analyzer must report inside the code, and no others.</param>
/// <param name="TargetType">The type a target-typed <c>new(…)</c> in <paramref name="Code"/> needs from its context; null when the code names its type.</param>
/// <param name="ErrorsOnly">
/// True when the runtime only tells the errors (a constructor that throws returns no warnings):
/// then only the analyzer's errors are compared.
/// </param>
internal sealed record Construction(string Code, IReadOnlyList<ExpectedDiagnostic> Expected, string? TargetType = null, bool ErrorsOnly = false)
{
    /// <summary>Code that earns no diagnostic.</summary>
    public static Construction Clean(string code, string? targetType = null) => new(code, [], targetType);
}
