using System;
using System.Collections.Generic;

namespace Paradigms.Model.Testing;

/// <summary>
/// A model written as the raw values its constructor or factory takes, which may or may not form a valid
/// model: a <see cref="DeploymentParts"/> can hold SR-IOV on a Wasm sandbox, which no <see cref="Deployment"/>
/// can. Each kind of parts builds its model, says what the library reports for it at run time, and writes
/// itself as the C# that builds it.
/// </summary>
/// <remarks>
/// Parts are plain immutable records: they check nothing, and <c>with</c> changes any value. The checks are
/// the library's, run by <see cref="Validate"/> and by each kind's <c>Build</c>. The kinds are the ones this
/// package defines; the constructor is not public.
/// </remarks>
public abstract record ModelParts
{
    /// <summary>
    /// The <c>using</c> directives the C# of <see cref="ToCSharp"/> needs, one per line:
    /// <c>Paradigms.Model</c> and its Decisions, Networking, Quantities and Resources namespaces.
    /// </summary>
    public const string Usings =
        "using Paradigms.Model;\nusing Paradigms.Model.Decisions;\nusing Paradigms.Model.Networking;\nusing Paradigms.Model.Quantities;\nusing Paradigms.Model.Resources;\n";

    /// <summary>Creates parts; only the kinds of this package derive from it.</summary>
    private protected ModelParts()
    {
    }

    /// <summary>
    /// Builds the model as the library would and returns every finding, errors and warnings: those the
    /// constructors and factories throw (an <see cref="InvalidModelException"/>, or an input refused with a
    /// rule's id), else those <see cref="ModelValidator"/> returns. Valid parts with nothing to note return none.
    /// </summary>
    /// <returns>The findings, in the order the library reports them.</returns>
    /// <exception cref="ArgumentException">A value is bad input rather than a broken rule (an undefined enum value, a null part, a zero request); the library's message names it.</exception>
    public abstract IReadOnlyList<ModelDiagnostic> Validate();

    /// <summary>
    /// Writes the C# expression that builds the model from these parts, for example
    /// <c>new Deployment(Paradigm.Sandboxing, Nic.SrIov())</c>. It compiles with the directives of
    /// <see cref="Usings"/>; quantities are written in their base unit
    /// (<c>BitRate.FromBitsPerSecond(10000000000)</c>) so that every value reads back exactly.
    /// </summary>
    /// <returns>The expression.</returns>
    public abstract string ToCSharp();

    /// <summary>Writes the parts as <see cref="ToCSharp"/> does, which is how FsCheck shows a counterexample.</summary>
    /// <returns>The C# expression.</returns>
    public sealed override string ToString() => ToCSharp();

    /// <summary>Simpler parts to try when shrinking, valid or not; the arbitraries keep those that still are what the original was.</summary>
    /// <returns>The candidates, simplest first.</returns>
    internal abstract IEnumerable<ModelParts> Shrink();
}
