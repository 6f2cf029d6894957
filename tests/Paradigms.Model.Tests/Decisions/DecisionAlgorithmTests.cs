using Paradigms.Model.Decisions;
using C = Paradigms.Model.Decisions.DecisionCondition;

namespace Paradigms.Model.Tests.Decisions;

/// <summary>
/// The decision algorithm of Res §7: each branch, the order of the branches, the default the
/// library adds (the document has no final else), every one of the 128 combinations of the seven
/// conditions, and three worked recommendations whose explanations are written out by hand.
/// </summary>
public class DecisionAlgorithmTests
{
    // Res §7, line by line: the branch's line, the conditions it needs, its paradigm, its number.
    public static TheoryData<string, string, C[], Paradigm, int> BranchLines => new()
    {
        { "Res §7", "if 资源受限 and 性能要求高: return 沙盒化", [C.ResourceConstrained, C.HighPerformance], Paradigm.Sandboxing, 1 },
        { "Res §7", "elif 隔离要求高 and 兼容性要求高 and Guest OS 可修改: return 半虚拟化（性能优于全虚拟化）", [C.HighIsolation, C.HighCompatibility, C.GuestOsModifiable], Paradigm.Paravirtualization, 2 },
        { "Res §7", "elif 隔离要求高 and 兼容性要求高: return 虚拟化（全虚拟化，无需修改 Guest OS）", [C.HighIsolation, C.HighCompatibility], Paradigm.Virtualization, 3 },
        { "Res §7", "elif 资源共享需求 and 标准化需求: return 容器化", [C.ResourceSharing, C.Standardization], Paradigm.Containerization, 4 },
    };

    [Theory]
    [MemberData(nameof(BranchLines))]
    public void Every_branch_fires_on_exactly_its_conditions(string section, string line, C[] conditions, Paradigm paradigm, int number)
    {
        var branch = DecisionAlgorithm.Branches[number - 1];
        Assert.Equal(number, branch.Number);
        Assert.Equal(line, branch.Words);
        Assert.Equal(conditions, branch.Conditions);
        Assert.Equal(paradigm, branch.Paradigm);
        Assert.Equal(section, branch.Citation.ToString());

        var decision = DecisionAlgorithm.Decide(Requirements.Of(conditions));

        Assert.Equal(paradigm, decision.Paradigm);
        Assert.Equal(number, decision.Branch);
        Assert.False(decision.IsDefault);
        Assert.Equal(number, decision.Trail.Count);
        var last = decision.Trail[^1];
        Assert.True(last.Held);
        Assert.Equal(line, last.Words);
        Assert.Equal(number, last.Branch);
        Assert.Equal(paradigm, last.Paradigm);
        Assert.Equal(section, last.Citation.ToString());
        Assert.Equal(conditions, last.Conditions.Select(c => c.Condition));
        Assert.All(last.Conditions, c => Assert.True(c.Holds));
        Assert.All(decision.Trail.Take(number - 1), step => Assert.False(step.Held));
    }

    [Fact]
    public void The_branches_name_each_paradigm_once()
    {
        Assert.Equal(4, DecisionAlgorithm.Branches.Count);
        Assert.Equal(Enum.GetValues<Paradigm>().Order(), DecisionAlgorithm.Branches.Select(b => b.Paradigm).Order());
        Assert.Equal(Paradigm.Containerization, DecisionAlgorithm.DefaultParadigm);
    }

    [Fact]
    public void Order_matters_branch_1_wins_over_branch_3_and_virtualization_lost_only_to_order()
    {
        var decision = DecisionAlgorithm.Decide(Requirements.Of(C.ResourceConstrained, C.HighPerformance, C.HighIsolation, C.HighCompatibility));

        Assert.Equal(Paradigm.Sandboxing, decision.Paradigm);
        Assert.Single(decision.Trail);
        var virtualization = decision.Alternatives[0];
        Assert.Equal(Paradigm.Virtualization, virtualization.Paradigm);
        Assert.Equal(1, virtualization.Rank);
        Assert.True(virtualization.BranchHeld);
        Assert.Equal("Branch 3 (Res §7) would choose it too, but branch 1 came first.", virtualization.Reason);

        // Paravirtualization met 2 of its 3 conditions; containerization none of its 2.
        Assert.Equal(Paradigm.Paravirtualization, decision.Alternatives[1].Paradigm);
        Assert.Equal(2, decision.Alternatives[1].ConditionsHeld);
        Assert.Equal(
            "Branch 2 (Res §7) needs 'guest OS modifiable' (Guest OS 可修改), which does not hold (conditions held: 2 of 3).",
            decision.Alternatives[1].Reason);
        Assert.Equal(Paradigm.Containerization, decision.Alternatives[2].Paradigm);
    }

    [Fact]
    public void Branch_2_always_leaves_branch_3_held_so_virtualization_ranks_first()
    {
        var decision = DecisionAlgorithm.Decide(Requirements.Of(C.HighIsolation, C.HighCompatibility, C.GuestOsModifiable, C.ResourceSharing, C.Standardization));

        Assert.Equal(Paradigm.Paravirtualization, decision.Paradigm);
        Assert.Equal([Paradigm.Virtualization, Paradigm.Containerization, Paradigm.Sandboxing], decision.Alternatives.Select(a => a.Paradigm));
        Assert.Equal("Branch 4 (Res §7) would choose it too, but branch 2 came first.", decision.Alternatives[1].Reason);
    }

    [Fact]
    public void When_no_branch_holds_containerization_is_the_marked_default()
    {
        var decision = DecisionAlgorithm.Decide(new Requirements());

        Assert.Equal(Paradigm.Containerization, decision.Paradigm);
        Assert.True(decision.IsDefault);
        Assert.Null(decision.Branch);
        Assert.Equal([1, 2, 3, 4, null], decision.Trail.Select(s => s.Branch));
        var step = decision.Trail[^1];
        Assert.True(step.IsDefault);
        Assert.True(step.Held);
        Assert.Empty(step.Conditions);
        Assert.Null(step.Words);
        Assert.Equal(Paradigm.Containerization, step.Paradigm);
        Assert.StartsWith("No branch held; default: Containerization", step.Description, StringComparison.Ordinal);
        Assert.Equal("Res §2.3, §3.3", step.Citation.ToString());
        Assert.Equal("Res §7, §2.3, §3.3", decision.Citation.ToString());
        Assert.Equal([Paradigm.Sandboxing, Paradigm.Paravirtualization, Paradigm.Virtualization], decision.Alternatives.Select(a => a.Paradigm));
    }

    public static TheoryData<int> AllCombinations => new(Enumerable.Range(0, 128));

    [Theory]
    [MemberData(nameof(AllCombinations))]
    public void Every_combination_of_the_seven_conditions_gets_one_answer_with_a_complete_trail(int mask)
    {
        var requirements = new Requirements
        {
            ResourceConstrained = (mask & 1) != 0,
            HighPerformance = (mask & 2) != 0,
            HighIsolation = (mask & 4) != 0,
            HighCompatibility = (mask & 8) != 0,
            GuestOsModifiable = (mask & 16) != 0,
            ResourceSharing = (mask & 32) != 0,
            Standardization = (mask & 64) != 0,
        };

        // The document's algorithm, written out again here as the oracle, with the library's default.
        int? expectedBranch =
            requirements.ResourceConstrained && requirements.HighPerformance ? 1
            : requirements.HighIsolation && requirements.HighCompatibility && requirements.GuestOsModifiable ? 2
            : requirements.HighIsolation && requirements.HighCompatibility ? 3
            : requirements.ResourceSharing && requirements.Standardization ? 4
            : null;
        var expectedParadigm = expectedBranch switch
        {
            1 => Paradigm.Sandboxing,
            2 => Paradigm.Paravirtualization,
            3 => Paradigm.Virtualization,
            _ => Paradigm.Containerization,
        };

        var decision = DecisionAlgorithm.Decide(requirements);

        Assert.Equal(requirements, decision.Requirements);
        Assert.Equal(expectedParadigm, decision.Paradigm);
        Assert.Equal(expectedBranch, decision.Branch);
        Assert.Equal(expectedBranch is null, decision.IsDefault);

        // Four distinct paradigms, ranks 1 to 3.
        Assert.Equal(Enum.GetValues<Paradigm>().Order(), decision.Alternatives.Select(a => a.Paradigm).Append(decision.Paradigm).Order());
        Assert.Equal([1, 2, 3], decision.Alternatives.Select(a => a.Rank));

        // The trail: branches 1, 2, … up to the one that held; or all four and the default.
        var evaluated = expectedBranch ?? 4;
        Assert.Equal(Enumerable.Range(1, evaluated).Select(n => (int?)n).Concat(expectedBranch is null ? [null] : []), decision.Trail.Select(s => s.Branch));
        Assert.All(decision.Trail.Take(evaluated - (expectedBranch is null ? 0 : 1)), step => Assert.False(step.Held));
        Assert.True(decision.Trail[^1].Held);
        Assert.Equal(decision.Paradigm, decision.Trail[^1].Paradigm);
        Assert.All(decision.Trail.SelectMany(s => s.Conditions), check => Assert.Equal(requirements.Holds(check.Condition), check.Holds));

        // The ranking: held branches first, then the larger share of conditions held, then branch order.
        for (var i = 1; i < decision.Alternatives.Count; i++)
        {
            var (a, b) = (decision.Alternatives[i - 1], decision.Alternatives[i]);
            var key = (Held: a.BranchHeld ? 1 : 0, Share: (double)a.ConditionsHeld / a.ConditionCount, Order: -a.Branch);
            var next = (Held: b.BranchHeld ? 1 : 0, Share: (double)b.ConditionsHeld / b.ConditionCount, Order: -b.Branch);
            Assert.True(key.CompareTo(next) > 0, $"{a} before {b}");
            Assert.Equal(a.BranchHeld, a.ConditionsHeld == a.ConditionCount);
        }

        foreach (var a in decision.Alternatives)
        {
            if (a.BranchHeld)
            {
                Assert.Equal($"Branch {a.Branch} (Res §7) would choose it too, but branch {decision.Branch} came first.", a.Reason);
            }
            else
            {
                Assert.StartsWith($"Branch {a.Branch} (Res §7) needs '", a.Reason, StringComparison.Ordinal);
                Assert.Contains($"(conditions held: {a.ConditionsHeld} of {a.ConditionCount})", a.Reason, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("Res §7", 1, "if resource-constrained and high performance: return sandboxing")]
    [InlineData("Res §7", 2, "elif high isolation and high compatibility and guest OS modifiable: return paravirtualization (performs better than full virtualization)")]
    [InlineData("Res §7", 3, "elif high isolation and high compatibility: return full virtualization (no change to the guest OS)")]
    [InlineData("Res §7", 4, "elif resource sharing and standardization: return containerization")]
    public void Every_branch_is_translated(string section, int number, string gloss)
    {
        var branch = DecisionAlgorithm.Branches[number - 1];
        Assert.Equal(gloss, branch.Gloss);
        Assert.Equal($"Branch {number} ({section}): {gloss}", branch.ToString());
    }

    [Fact]
    public void Worked_recommendation_a_resource_constrained_and_high_performance_gives_sandboxing()
    {
        var decision = DecisionAlgorithm.Decide(new Requirements { ResourceConstrained = true, HighPerformance = true });

        Assert.Equal(Paradigm.Sandboxing, decision.Paradigm);
        Assert.Equal(
            """
            Recommendation: Sandboxing (branch 1 of the decision algorithm of Res §7).
            Requirements that hold: resource-constrained (资源受限), high performance (性能要求高).
            Trail:
              Branch 1: resource-constrained (资源受限) = yes, high performance (性能要求高) = yes; held: Sandboxing.
                if 资源受限 and 性能要求高: return 沙盒化
            Alternatives:
              1. Paravirtualization: Branch 2 (Res §7) needs 'high isolation' (隔离要求高), 'high compatibility' (兼容性要求高) and 'guest OS modifiable' (Guest OS 可修改), which do not hold (conditions held: 0 of 3).
              2. Virtualization: Branch 3 (Res §7) needs 'high isolation' (隔离要求高) and 'high compatibility' (兼容性要求高), which do not hold (conditions held: 0 of 2).
              3. Containerization: Branch 4 (Res §7) needs 'resource sharing' (资源共享需求) and 'standardization' (标准化需求), which do not hold (conditions held: 0 of 2). It is also the default, but only when no branch holds, and branch 1 held.
            """.ReplaceLineEndings("\n"),
            decision.Explain());
    }

    [Fact]
    public void Worked_recommendation_b_isolation_compatibility_and_a_modifiable_guest_give_paravirtualization()
    {
        var decision = DecisionAlgorithm.Decide(new Requirements { HighIsolation = true, HighCompatibility = true, GuestOsModifiable = true });

        Assert.Equal(Paradigm.Paravirtualization, decision.Paradigm);
        Assert.Equal(
            """
            Recommendation: Paravirtualization (branch 2 of the decision algorithm of Res §7).
            Requirements that hold: high isolation (隔离要求高), high compatibility (兼容性要求高), guest OS modifiable (Guest OS 可修改).
            Trail:
              Branch 1: resource-constrained (资源受限) = no, high performance (性能要求高) = no; not held.
                if 资源受限 and 性能要求高: return 沙盒化
              Branch 2: high isolation (隔离要求高) = yes, high compatibility (兼容性要求高) = yes, guest OS modifiable (Guest OS 可修改) = yes; held: Paravirtualization.
                elif 隔离要求高 and 兼容性要求高 and Guest OS 可修改: return 半虚拟化（性能优于全虚拟化）
            Alternatives:
              1. Virtualization: Branch 3 (Res §7) would choose it too, but branch 2 came first.
              2. Sandboxing: Branch 1 (Res §7) needs 'resource-constrained' (资源受限) and 'high performance' (性能要求高), which do not hold (conditions held: 0 of 2).
              3. Containerization: Branch 4 (Res §7) needs 'resource sharing' (资源共享需求) and 'standardization' (标准化需求), which do not hold (conditions held: 0 of 2). It is also the default, but only when no branch holds, and branch 2 held.
            """.ReplaceLineEndings("\n"),
            decision.Explain());
    }

    [Fact]
    public void Worked_recommendation_c_resource_sharing_without_standardization_falls_to_the_default()
    {
        var decision = DecisionAlgorithm.Decide(new Requirements { ResourceSharing = true });

        Assert.Equal(Paradigm.Containerization, decision.Paradigm);
        Assert.True(decision.IsDefault);
        Assert.Equal(
            """
            Recommendation: Containerization (the library's default: no branch of the decision algorithm of Res §7 held).
            Requirements that hold: resource sharing (资源共享需求).
            Trail:
              Branch 1: resource-constrained (资源受限) = no, high performance (性能要求高) = no; not held.
                if 资源受限 and 性能要求高: return 沙盒化
              Branch 2: high isolation (隔离要求高) = no, high compatibility (兼容性要求高) = no, guest OS modifiable (Guest OS 可修改) = no; not held.
                elif 隔离要求高 and 兼容性要求高 and Guest OS 可修改: return 半虚拟化（性能优于全虚拟化）
              Branch 3: high isolation (隔离要求高) = no, high compatibility (兼容性要求高) = no; not held.
                elif 隔离要求高 and 兼容性要求高: return 虚拟化（全虚拟化，无需修改 Guest OS）
              Branch 4: resource sharing (资源共享需求) = yes, standardization (标准化需求) = no; not held.
                elif 资源共享需求 and 标准化需求: return 容器化
              No branch held; default: Containerization, the document's balanced choice for large-scale deployment and resource sharing (Res §2.3, §3.3).
            Alternatives:
              1. Sandboxing: Branch 1 (Res §7) needs 'resource-constrained' (资源受限) and 'high performance' (性能要求高), which do not hold (conditions held: 0 of 2).
              2. Paravirtualization: Branch 2 (Res §7) needs 'high isolation' (隔离要求高), 'high compatibility' (兼容性要求高) and 'guest OS modifiable' (Guest OS 可修改), which do not hold (conditions held: 0 of 3).
              3. Virtualization: Branch 3 (Res §7) needs 'high isolation' (隔离要求高) and 'high compatibility' (兼容性要求高), which do not hold (conditions held: 0 of 2).
            """.ReplaceLineEndings("\n"),
            decision.Explain());
    }

    [Fact]
    public void Requirements_of_lists_conditions_and_holds_reads_them_back()
    {
        var requirements = Requirements.Of(C.GuestOsModifiable, C.Standardization, C.GuestOsModifiable);

        Assert.Equal(new Requirements { GuestOsModifiable = true, Standardization = true }, requirements);
        Assert.Equal([C.GuestOsModifiable, C.Standardization], Enum.GetValues<C>().Where(requirements.Holds));
        Assert.Equal(new Requirements(), Requirements.Of());
    }

    [Fact]
    public void Bad_input_is_refused_naming_the_parameter_and_the_value()
    {
        Assert.Equal("requirements", Assert.Throws<ArgumentNullException>(() => DecisionAlgorithm.Decide(null!)).ParamName);
        Assert.Equal("conditions", Assert.Throws<ArgumentNullException>(() => Requirements.Of(null!)).ParamName);

        var listed = Assert.Throws<ArgumentOutOfRangeException>(() => Requirements.Of(C.HighIsolation, (C)0));
        Assert.Equal("conditions", listed.ParamName);
        Assert.Contains("conditions was 0", listed.Message, StringComparison.Ordinal);
        Assert.Contains("Standardization", listed.Message, StringComparison.Ordinal);

        var holds = Assert.Throws<ArgumentOutOfRangeException>(() => new Requirements().Holds((C)8));
        Assert.Equal("condition", holds.ParamName);
        Assert.Contains("condition was 8", holds.Message, StringComparison.Ordinal);
    }
}
