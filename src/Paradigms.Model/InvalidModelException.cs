using System;
using System.Collections.Generic;
using System.Linq;

namespace Paradigms.Model;

/// <summary>
/// Thrown when a model would break an error-severity rule. It carries every error found,
/// with the same ids the analyzer reports at compile time.
/// </summary>
public sealed class InvalidModelException : ArgumentException
{
    /// <summary>Creates the exception for the errors found in a model.</summary>
    /// <param name="diagnostics">The errors; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="diagnostics"/> is empty: an invalid model breaks at least one rule.</exception>
    public InvalidModelException(IReadOnlyList<ModelDiagnostic> diagnostics)
        : base(Describe(diagnostics), FirstMember(Preconditions.NotNull(diagnostics, nameof(diagnostics))))
    {
        if (diagnostics.Count == 0)
        {
            throw new ArgumentException($"{nameof(diagnostics)} was empty; allowed: at least one error.", nameof(diagnostics));
        }

        Diagnostics = diagnostics;
    }

    /// <summary>Gets every error found, in the order the model was checked.</summary>
    public IReadOnlyList<ModelDiagnostic> Diagnostics { get; }

    /// <summary>Gets the id of the first error, for example <c>PM0001</c>.</summary>
    public string Id => Diagnostics.Count == 0 ? string.Empty : Diagnostics[0].Id;

    private static string? FirstMember(IReadOnlyList<ModelDiagnostic> diagnostics) =>
        diagnostics.Count == 0 ? null : diagnostics[0].Member;

    private static string Describe(IReadOnlyList<ModelDiagnostic> diagnostics) =>
        diagnostics is null || diagnostics.Count == 0
            ? "The model is invalid."
            : string.Join(Environment.NewLine, diagnostics.Select(d => $"{d.Id}: {d.Message} [{d.HelpLink}]"));
}
