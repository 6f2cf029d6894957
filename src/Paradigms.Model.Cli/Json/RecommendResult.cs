using System.Collections.Generic;

namespace Paradigms.Model.Cli.Json;

/// <summary>The answer of <c>paradigms recommend</c>: the decision of the algorithm of Res §7 with its trail and the ranked alternatives.</summary>
/// <param name="Paradigm">The paradigm recommended.</param>
/// <param name="Branch">The branch that chose it (1 to 4), or null when none held and the library's default applied.</param>
/// <param name="IsDefault">Whether no branch held, so the answer is the library's default rather than the document's.</param>
/// <param name="Citation">Where the answer comes from.</param>
/// <param name="Requirements">The conditions that hold, as the options set them.</param>
/// <param name="Trail">The branches evaluated, in order, up to the one that held (or the default step).</param>
/// <param name="Alternatives">The three paradigms not chosen, ranked, each with why it lost.</param>
/// <param name="Explanation">The decision explained in English, one statement per line.</param>
internal sealed record RecommendResult(
    string Paradigm,
    int? Branch,
    bool IsDefault,
    string Citation,
    IReadOnlyList<ConditionJson> Requirements,
    IReadOnlyList<StepJson> Trail,
    IReadOnlyList<AlternativeJson> Alternatives,
    IReadOnlyList<string> Explanation);

/// <summary>A condition of the algorithm.</summary>
/// <param name="Name">Its name in English, for example <c>resource-constrained</c>.</param>
/// <param name="Words">As the algorithm writes it, for example <c>资源受限</c>.</param>
/// <param name="Holds">Whether it holds.</param>
internal sealed record ConditionJson(string Name, string Words, bool Holds);

/// <summary>One step of the trail: a branch evaluated, or the default step.</summary>
/// <param name="Branch">The branch's number, or null for the default step.</param>
/// <param name="Conditions">The branch's conditions with their values; empty for the default step.</param>
/// <param name="Held">Whether the branch held.</param>
/// <param name="Paradigm">The paradigm the branch names.</param>
/// <param name="Rule">The branch as the document writes it; null for the default step, which the document does not have.</param>
/// <param name="Description">The step in English.</param>
/// <param name="Citation">Where the step comes from.</param>
internal sealed record StepJson(int? Branch, IReadOnlyList<ConditionJson> Conditions, bool Held, string Paradigm, string? Rule, string Description, string Citation);

/// <summary>A paradigm not chosen.</summary>
/// <param name="Rank">1 to 3; 1 is the closest to being chosen.</param>
/// <param name="Paradigm">The paradigm.</param>
/// <param name="Branch">The branch that names it.</param>
/// <param name="BranchHeld">Whether that branch held too (it lost only to the order of the branches).</param>
/// <param name="ConditionsHeld">How many of the branch's conditions held.</param>
/// <param name="ConditionCount">How many conditions the branch has.</param>
/// <param name="Reason">Why it lost.</param>
internal sealed record AlternativeJson(int Rank, string Paradigm, int Branch, bool BranchHeld, int ConditionsHeld, int ConditionCount, string Reason);
