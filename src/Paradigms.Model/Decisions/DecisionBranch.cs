using System;
using System.Collections.Generic;
using Paradigms.Model.Facts;
using C = Paradigms.Model.Decisions.DecisionCondition;

namespace Paradigms.Model.Decisions;

/// <summary>
/// One branch of the decision algorithm of Res §7: the conditions that must all hold, and the
/// paradigm it returns. The branches are evaluated in order and the first that holds chooses.
/// </summary>
/// <remarks>
/// Immutable; from <see cref="DecisionAlgorithm.Branches"/>. Each paradigm is named by exactly one
/// branch: sandboxing by 1, paravirtualization by 2, full virtualization by 3, containerization by 4.
/// </remarks>
public sealed record DecisionBranch
{
    private static readonly DecisionBranch[] Branches =
    [
        new(1, [C.ResourceConstrained, C.HighPerformance], Paradigm.Sandboxing,
            "if 资源受限 and 性能要求高: return 沙盒化",
            "if resource-constrained and high performance: return sandboxing"),
        new(2, [C.HighIsolation, C.HighCompatibility, C.GuestOsModifiable], Paradigm.Paravirtualization,
            "elif 隔离要求高 and 兼容性要求高 and Guest OS 可修改: return 半虚拟化（性能优于全虚拟化）",
            "elif high isolation and high compatibility and guest OS modifiable: return paravirtualization (performs better than full virtualization)"),
        new(3, [C.HighIsolation, C.HighCompatibility], Paradigm.Virtualization,
            "elif 隔离要求高 and 兼容性要求高: return 虚拟化（全虚拟化，无需修改 Guest OS）",
            "elif high isolation and high compatibility: return full virtualization (no change to the guest OS)"),
        new(4, [C.ResourceSharing, C.Standardization], Paradigm.Containerization,
            "elif 资源共享需求 and 标准化需求: return 容器化",
            "elif resource sharing and standardization: return containerization"),
    ];

    private DecisionBranch(int number, DecisionCondition[] conditions, Paradigm paradigm, string words, string gloss)
    {
        Number = number;
        Conditions = Array.AsReadOnly(conditions);
        Paradigm = paradigm;
        Words = words;
        Gloss = gloss;
    }

    /// <summary>Gets the branch's number, 1 to 4, in the order the algorithm evaluates them.</summary>
    public int Number { get; }

    /// <summary>Gets the conditions that must all hold (the document joins them with <c>and</c>).</summary>
    public IReadOnlyList<DecisionCondition> Conditions { get; }

    /// <summary>Gets the paradigm the branch returns.</summary>
    public Paradigm Paradigm { get; }

    /// <summary>Gets the branch as the document writes it, its two lines joined by a space, for example <c>if 资源受限 and 性能要求高: return 沙盒化</c>.</summary>
    public string Words { get; }

    /// <summary>Gets the branch in English, for example <c>if resource-constrained and high performance: return sandboxing</c>.</summary>
    public string Gloss { get; }

    /// <summary>Gets where the branch comes from: Res §7.</summary>
    public Citation Citation { get; } = Citation.Res("§7");

    internal static IReadOnlyList<DecisionBranch> All { get; } = Array.AsReadOnly(Branches);

    /// <summary>Writes the branch, for example <c>Branch 1 (Res §7): if resource-constrained and high performance: return sandboxing</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"Branch {Number} ({Citation}): {Gloss}";
}
