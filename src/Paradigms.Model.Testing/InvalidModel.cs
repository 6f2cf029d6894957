using System;
using System.Collections.Generic;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Testing;

/// <summary>
/// Parts that break exactly one rule of the table, and the id and severity of the one finding they must produce:
/// <see cref="ModelParts.Validate"/> returns that finding and no other, and the analyzer reports that id for
/// <see cref="ToCSharp"/>. From <see cref="InvalidModels"/>.
/// </summary>
/// <remarks>
/// An invalid <see cref="Deployment"/> cannot be constructed, so an invalid model is its parts. Warnings
/// count: parts that build a model the validator warns about (PM0003, and the warnings of PM0005, PM0006 and
/// PM0008) are invalid models of severity <see cref="RuleSeverity.Warning"/>; their <c>Build</c> succeeds.
/// Errors throw from <c>Build</c>.
/// </remarks>
/// <param name="Parts">The parts.</param>
/// <param name="ExpectedId">The id of the rule they break, for example <c>PM0001</c>.</param>
/// <param name="ExpectedSeverity">The severity of the finding.</param>
public sealed record InvalidModel(ModelParts Parts, string ExpectedId, RuleSeverity ExpectedSeverity)
{
    /// <summary>Writes the C# that builds the model, as <see cref="ModelParts.ToCSharp"/> does.</summary>
    /// <returns>The C# expression.</returns>
    public string ToCSharp() => Parts.ToCSharp();

    /// <summary>Writes the expected finding and the C#, for example <c>PM0001 (error): new Deployment(Paradigm.Sandboxing, Nic.SrIov())</c>, which is how FsCheck shows it.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{ExpectedId} ({ExpectedSeverity.ToString().ToLowerInvariant()}): {Parts.ToCSharp()}";

    /// <summary>Whether <paramref name="parts"/> produce exactly one finding, with this model's id and severity.</summary>
    /// <param name="parts">The parts, these or a shrunk version of them.</param>
    /// <returns>True when they do; false when they produce another finding, none, or refuse a value as bad input.</returns>
    internal bool IsProducedBy(ModelParts parts)
    {
        IReadOnlyList<ModelDiagnostic> findings;
        try
        {
            findings = parts.Validate();
        }
        catch (ArgumentException)
        {
            return false;
        }

        return findings.Count == 1 && findings[0].Id == ExpectedId && findings[0].Severity == ExpectedSeverity;
    }
}
