namespace Paradigms.Model.Decisions;

/// <summary>
/// A paradigm a <see cref="Decision"/> did not choose, with its rank and why it lost.
/// </summary>
/// <remarks>
/// Immutable; from <see cref="Decision.Alternatives"/>. The rank orders the three paradigms not
/// chosen: first those whose own branch also held (they lost only to the order of the branches),
/// then by the share of their branch's conditions that held, then by branch order.
/// </remarks>
public sealed record Alternative
{
    internal Alternative(Paradigm paradigm, int rank, int branch, bool branchHeld, int conditionsHeld, int conditionCount, string reason)
    {
        Paradigm = paradigm;
        Rank = rank;
        Branch = branch;
        BranchHeld = branchHeld;
        ConditionsHeld = conditionsHeld;
        ConditionCount = conditionCount;
        Reason = reason;
    }

    /// <summary>Gets the paradigm.</summary>
    public Paradigm Paradigm { get; }

    /// <summary>Gets the rank, 1 to 3; 1 is the closest to being chosen.</summary>
    public int Rank { get; }

    /// <summary>Gets the number of the branch that names this paradigm (Res §7): 1 sandboxing, 2 paravirtualization, 3 full virtualization, 4 containerization.</summary>
    public int Branch { get; }

    /// <summary>Gets whether that branch's conditions all held, so that the paradigm lost only because an earlier branch came first.</summary>
    public bool BranchHeld { get; }

    /// <summary>Gets how many of the branch's conditions held, 0 to <see cref="ConditionCount"/>.</summary>
    public int ConditionsHeld { get; }

    /// <summary>Gets how many conditions the branch has: 2, or 3 for branch 2.</summary>
    public int ConditionCount { get; }

    /// <summary>
    /// Gets why the paradigm lost, in English, for example <c>Branch 2 (Res §7) needs 'guest OS modifiable'
    /// (Guest OS 可修改), which does not hold (conditions held: 2 of 3).</c>
    /// </summary>
    public string Reason { get; }

    /// <summary>Writes the alternative, for example <c>1. Virtualization: Branch 3 (Res §7) would choose it too, but branch 1 came first.</c></summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Rank}. {Paradigm}: {Reason}";
}
