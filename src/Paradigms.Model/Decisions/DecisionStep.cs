using System.Collections.Generic;
using Paradigms.Model.Facts;

namespace Paradigms.Model.Decisions;

/// <summary>
/// One step of a <see cref="Decision"/>'s trail: a branch of the algorithm of Res §7 as evaluated,
/// with each condition's value and whether the branch held; or the last step of a decision no
/// branch took, which returns the default (<see cref="DecisionAlgorithm.DefaultParadigm"/>).
/// </summary>
/// <remarks>Immutable; from <see cref="Decision.Trail"/>.</remarks>
public sealed record DecisionStep
{
    internal DecisionStep(int? branch, IReadOnlyList<ConditionCheck> conditions, bool held, Paradigm paradigm, string? words, string description, Citation citation)
    {
        Branch = branch;
        Conditions = conditions;
        Held = held;
        Paradigm = paradigm;
        Words = words;
        Description = description;
        Citation = citation;
    }

    /// <summary>Gets the branch's number, 1 to 4, or null for the default step.</summary>
    public int? Branch { get; }

    /// <summary>Gets whether this is the default step, taken when no branch held.</summary>
    public bool IsDefault => Branch is null;

    /// <summary>Gets the branch's conditions, in the document's order, each with the value it had; empty for the default step.</summary>
    public IReadOnlyList<ConditionCheck> Conditions { get; }

    /// <summary>Gets whether the branch held (every condition held); true for the default step, which always applies when reached.</summary>
    public bool Held { get; }

    /// <summary>Gets the paradigm the branch names (the one it returns when it holds); containerization for the default step.</summary>
    public Paradigm Paradigm { get; }

    /// <summary>Gets the branch as the document writes it, for example <c>if 资源受限 and 性能要求高: return 沙盒化</c>; null for the default step, which the document does not have.</summary>
    public string? Words { get; }

    /// <summary>Gets the step in English, for example <c>Branch 1: resource-constrained (资源受限) = yes, high performance (性能要求高) = no; not held.</c></summary>
    public string Description { get; }

    /// <summary>Gets where the step comes from: Res §7 for a branch; Res §2.3, §3.3 for the default, which the document's tables justify.</summary>
    public Citation Citation { get; }

    /// <summary>Writes the step: its description.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Description;
}
