using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.Linq;
using System.Text;
using Paradigms.Model.Facts;

namespace Paradigms.Model.Decisions;

/// <summary>
/// What the decision algorithm of Res §7 recommends for a set of <see cref="Requirements"/>: the
/// paradigm, the trail of branches evaluated, and the three paradigms not chosen, ranked, each with
/// the reason it lost. From <see cref="DecisionAlgorithm.Decide"/>.
/// </summary>
/// <remarks>
/// Immutable. Every paradigm appears exactly once: as <see cref="Paradigm"/> or in
/// <see cref="Alternatives"/>. When no branch holds, the document gives no answer; the library
/// answers containerization and says so (<see cref="IsDefault"/>, and the last step of
/// <see cref="Trail"/>).
/// </remarks>
public sealed record Decision
{
    internal Decision(Requirements requirements, Paradigm paradigm, int? branch, IReadOnlyList<DecisionStep> trail, IReadOnlyList<Alternative> alternatives, Citation citation)
    {
        Requirements = requirements;
        Paradigm = paradigm;
        Branch = branch;
        Trail = trail;
        Alternatives = alternatives;
        Citation = citation;
    }

    /// <summary>Gets the requirements decided on.</summary>
    public Requirements Requirements { get; }

    /// <summary>Gets the recommended paradigm.</summary>
    public Paradigm Paradigm { get; }

    /// <summary>Gets the number of the branch that chose (1 to 4), or null when none held and the default applied.</summary>
    public int? Branch { get; }

    /// <summary>
    /// Gets whether no branch held, so that the paradigm is the library's default
    /// (<see cref="DecisionAlgorithm.DefaultParadigm"/>, containerization) rather than an answer of the document.
    /// </summary>
    public bool IsDefault => Branch is null;

    /// <summary>
    /// Gets the steps, in order: the branches evaluated, each not held, up to and including the one
    /// that held; or all four branches and then the default step.
    /// </summary>
    public IReadOnlyList<DecisionStep> Trail { get; }

    /// <summary>Gets the three paradigms not chosen, by <see cref="Alternative.Rank"/> (1 first).</summary>
    public IReadOnlyList<Alternative> Alternatives { get; }

    /// <summary>Gets where the answer comes from: Res §7; with Res §2.3, §3.3 for the default.</summary>
    public Citation Citation { get; }

    /// <summary>
    /// Explains the decision in English, one statement per line (lines separated by <c>\n</c>): the
    /// recommendation, the requirements that hold, each step of the trail with the document's line,
    /// and the alternatives with their reasons.
    /// </summary>
    /// <returns>The explanation; the same text for the same requirements.</returns>
    [Pure]
    public string Explain()
    {
        var text = new StringBuilder();
        text.Append("Recommendation: ").Append(Paradigm).Append(IsDefault
            ? " (the library's default: no branch of the decision algorithm of Res §7 held)."
            : $" (branch {Branch} of the decision algorithm of Res §7).").Append('\n');

        var required = System.Enum.GetValues<DecisionCondition>().Where(Requirements.Holds)
            .Select(c => $"{ConditionCheck.NameOf(c)} ({ConditionCheck.WordsOf(c)})").ToList();
        text.Append("Requirements that hold: ").Append(required.Count == 0 ? "none" : string.Join(", ", required)).Append(".\n");

        text.Append("Trail:\n");
        foreach (var step in Trail)
        {
            text.Append("  ").Append(step.Description).Append('\n');
            if (step.Words is not null)
            {
                text.Append("    ").Append(step.Words).Append('\n');
            }
        }

        text.Append("Alternatives:\n");
        foreach (var alternative in Alternatives)
        {
            text.Append("  ").Append(alternative).Append('\n');
        }

        return text.ToString().TrimEnd('\n');
    }

    /// <summary>Writes the decision in one line, for example <c>Sandboxing (branch 1, Res §7)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsDefault ? $"{Paradigm} (default, {Citation})" : $"{Paradigm} (branch {Branch}, {Citation})";
}
