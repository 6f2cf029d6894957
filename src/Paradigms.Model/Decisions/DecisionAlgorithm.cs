using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.Contracts;
using System.Linq;
using Paradigms.Model.Facts;

namespace Paradigms.Model.Decisions;

/// <summary>
/// The decision algorithm of Res §7 (资源权衡决策规则) as a total function: four branches evaluated
/// in order, the first that holds chooses, and a documented default when none holds.
/// </summary>
/// <remarks>
/// <para>The document's algorithm:</para>
/// <code>
/// if 资源受限 and 性能要求高:
///     return 沙盒化
/// elif 隔离要求高 and 兼容性要求高 and Guest OS 可修改:
///     return 半虚拟化（性能优于全虚拟化）
/// elif 隔离要求高 and 兼容性要求高:
///     return 虚拟化（全虚拟化，无需修改 Guest OS）
/// elif 资源共享需求 and 标准化需求:
///     return 容器化
/// </code>
/// <para>
/// It has no final <c>else</c> (docs/seed-consistency.md, item 43): requirements that meet no branch
/// get no answer from the document. The library answers <see cref="DefaultParadigm"/>,
/// containerization, and marks the answer as a default (<see cref="Decision.IsDefault"/>). The
/// choice rests on the document's own words: its per-resource tables name containers the balanced
/// choice for the general case, large-scale deployment (大规模部署 → 容器化, "平衡性能与成本", balances
/// performance and cost, Res §2.3; "成本效益高", cost-effective, Res §3.3) and resource sharing
/// (资源共享 → 容器化, "平衡开销与隔离", balances overhead and isolation, Res §3.3), while every other
/// paradigm is recommended for a specific need (the sandbox for constrained resources and latency,
/// virtual machines for several operating systems or devices).
/// </para>
/// <para>The conditions are words with no thresholds; no figure of the catalog decides them.</para>
/// </remarks>
public static class DecisionAlgorithm
{
    private static readonly Citation DefaultCitation = Citation.Res("§2.3, §3.3");

    private static readonly Citation DefaultDecisionCitation = Citation.Res("§7, §2.3, §3.3");

    /// <summary>Gets the four branches, in the order they are evaluated.</summary>
    public static IReadOnlyList<DecisionBranch> Branches => DecisionBranch.All;

    /// <summary>
    /// Gets the paradigm returned when no branch holds, containerization: the library's default, not
    /// the document's (which has no final <c>else</c>); see the remarks of <see cref="DecisionAlgorithm"/>.
    /// </summary>
    public static Paradigm DefaultParadigm => Paradigm.Containerization;

    /// <summary>
    /// Decides: evaluates the branches in order and returns the paradigm of the first that holds, or
    /// <see cref="DefaultParadigm"/> when none does, with the trail and the ranked alternatives.
    /// </summary>
    /// <param name="requirements">The requirements.</param>
    /// <returns>The decision; defined for every combination of requirements.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="requirements"/> is null.</exception>
    /// <remarks>
    /// The seven conditions allow 128 combinations, so every decision is worked out once, on first use,
    /// and looked up afterwards: a decision is immutable, and one equal to the requirements given is
    /// returned (records compare by value).
    /// </remarks>
    [Pure]
    public static Decision Decide(Requirements requirements)
    {
        Preconditions.NotNull(requirements, nameof(requirements));
        var index = 0;
        foreach (var condition in Conditions)
        {
            index = (index << 1) | (requirements.Holds(condition) ? 1 : 0);
        }

        return Table.Decisions[index];
    }

    private static Decision Compute(Requirements requirements)
    {
        var trail = new List<DecisionStep>();
        DecisionBranch? chosen = null;
        foreach (var branch in DecisionBranch.All)
        {
            var checks = Check(branch, requirements);
            var held = checks.All(check => check.Holds);
            var description = $"Branch {branch.Number}: {string.Join(", ", checks)}; " + (held ? $"held: {branch.Paradigm}." : "not held.");
            trail.Add(new DecisionStep(branch.Number, checks, held, branch.Paradigm, branch.Words, description, branch.Citation));
            if (held)
            {
                chosen = branch;
                break;
            }
        }

        if (chosen is null)
        {
            trail.Add(new DecisionStep(
                null,
                Array.AsReadOnly(Array.Empty<ConditionCheck>()),
                true,
                DefaultParadigm,
                null,
                $"No branch held; default: {DefaultParadigm}, the document's balanced choice for large-scale deployment and resource sharing ({DefaultCitation}).",
                DefaultCitation));
        }

        var paradigm = chosen?.Paradigm ?? DefaultParadigm;
        return new Decision(
            requirements,
            paradigm,
            chosen?.Number,
            trail.AsReadOnly(),
            Rank(requirements, paradigm, chosen),
            chosen is null ? DefaultDecisionCitation : chosen.Citation);
    }

    private static DecisionCondition[] Conditions { get; } = Enum.GetValues<DecisionCondition>();

    private static ReadOnlyCollection<ConditionCheck> Check(DecisionBranch branch, Requirements requirements) =>
        Array.AsReadOnly(branch.Conditions.Select(condition => new ConditionCheck(condition, requirements.Holds(condition))).ToArray());

    private static ReadOnlyCollection<Alternative> Rank(Requirements requirements, Paradigm paradigm, DecisionBranch? chosen)
    {
        var candidates = DecisionBranch.All
            .Where(branch => branch.Paradigm != paradigm)
            .Select(branch => (Branch: branch, Met: branch.Conditions.Count(requirements.Holds)))
            .Select(c => (c.Branch, c.Met, Held: c.Met == c.Branch.Conditions.Count))
            .ToList();

        // Held branches first; then the larger share of conditions met (compared exactly, by cross
        // multiplication); then branch order.
        candidates.Sort((a, b) =>
        {
            if (a.Held != b.Held)
            {
                return a.Held ? -1 : 1;
            }

            var share = (b.Met * a.Branch.Conditions.Count).CompareTo(a.Met * b.Branch.Conditions.Count);
            return share != 0 ? share : a.Branch.Number.CompareTo(b.Branch.Number);
        });

        var alternatives = new Alternative[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var (branch, met, held) = candidates[i];
            alternatives[i] = new Alternative(branch.Paradigm, i + 1, branch.Number, held, met, branch.Conditions.Count, Reason(requirements, branch, met, held, chosen));
        }

        return Array.AsReadOnly(alternatives);
    }

    private static string Reason(Requirements requirements, DecisionBranch branch, int met, bool held, DecisionBranch? chosen)
    {
        // An alternative exists only when another paradigm was chosen; a held branch lost to an earlier one.
        if (held)
        {
            return $"Branch {branch.Number} ({branch.Citation}) would choose it too, but branch {chosen!.Number} came first.";
        }

        var missing = branch.Conditions.Where(condition => !requirements.Holds(condition))
            .Select(condition => $"'{ConditionCheck.NameOf(condition)}' ({ConditionCheck.WordsOf(condition)})")
            .ToList();
        var list = missing.Count == 1 ? missing[0] : string.Join(", ", missing.Take(missing.Count - 1)) + " and " + missing[^1];
        var reason = $"Branch {branch.Number} ({branch.Citation}) needs {list}, which {(missing.Count == 1 ? "does" : "do")} not hold "
            + $"(conditions held: {met} of {branch.Conditions.Count}).";
        if (branch.Paradigm == DefaultParadigm && chosen is not null)
        {
            reason += $" It is also the default, but only when no branch holds, and branch {chosen.Number} held.";
        }

        return reason;
    }

    /// <summary>Every decision, indexed by the conditions that hold, one bit each in the order of <see cref="DecisionCondition"/>; built on first use.</summary>
    private static class Table
    {
        public static readonly Decision[] Decisions = Enumerable.Range(0, 1 << Conditions.Length)
            .Select(index => Compute(Requirements.Of(Conditions.Where((_, bit) => (index & (1 << (Conditions.Length - 1 - bit))) != 0).ToArray())))
            .ToArray();
    }
}
