namespace Paradigms.Model.Decisions;

/// <summary>One condition of a branch of the decision algorithm of Res §7, with the value it had for the requirements decided on.</summary>
/// <remarks>Immutable; part of a <see cref="DecisionStep"/>.</remarks>
public sealed record ConditionCheck
{
    internal ConditionCheck(DecisionCondition condition, bool holds)
    {
        Condition = condition;
        Holds = holds;
        Name = NameOf(condition);
        Words = WordsOf(condition);
    }

    /// <summary>Gets the condition.</summary>
    public DecisionCondition Condition { get; }

    /// <summary>Gets the condition's name in English, for example <c>resource-constrained</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the condition as the algorithm writes it, for example <c>资源受限</c>.</summary>
    public string Words { get; }

    /// <summary>Gets whether the condition held.</summary>
    public bool Holds { get; }

    /// <summary>Writes the check, for example <c>resource-constrained (资源受限) = yes</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} ({Words}) = {(Holds ? "yes" : "no")}";

    internal static string NameOf(DecisionCondition condition) => condition switch
    {
        DecisionCondition.ResourceConstrained => "resource-constrained",
        DecisionCondition.HighPerformance => "high performance",
        DecisionCondition.HighIsolation => "high isolation",
        DecisionCondition.HighCompatibility => "high compatibility",
        DecisionCondition.GuestOsModifiable => "guest OS modifiable",
        DecisionCondition.ResourceSharing => "resource sharing",
        _ => "standardization",
    };

    internal static string WordsOf(DecisionCondition condition) => condition switch
    {
        DecisionCondition.ResourceConstrained => "资源受限",
        DecisionCondition.HighPerformance => "性能要求高",
        DecisionCondition.HighIsolation => "隔离要求高",
        DecisionCondition.HighCompatibility => "兼容性要求高",
        DecisionCondition.GuestOsModifiable => "Guest OS 可修改",
        DecisionCondition.ResourceSharing => "资源共享需求",
        _ => "标准化需求",
    };
}
