using System;
using System.Collections.Generic;

namespace Paradigms.Model.Decisions;

/// <summary>
/// What a workload requires, in the words of the decision algorithm of Res §7: seven yes-or-no
/// conditions, all false unless set. The document gives no threshold for any of them; whether a
/// workload is "resource-constrained" is the caller's judgement.
/// </summary>
/// <remarks>
/// Immutable once built; set the conditions with an object initializer or <c>with</c>
/// (<c>new Requirements { ResourceConstrained = true, HighPerformance = true }</c>), or list them
/// with <see cref="Of"/>. Every combination is valid, so there is nothing to check.
/// </remarks>
public sealed record Requirements
{
    /// <summary>Creates requirements with every condition false; set them with an object initializer.</summary>
    public Requirements()
    {
    }

    /// <summary>Gets whether resources are constrained (资源受限, branch 1).</summary>
    public bool ResourceConstrained { get; init; }

    /// <summary>Gets whether high performance is required (性能要求高, branch 1).</summary>
    public bool HighPerformance { get; init; }

    /// <summary>Gets whether strong isolation is required (隔离要求高, branches 2 and 3).</summary>
    public bool HighIsolation { get; init; }

    /// <summary>Gets whether high compatibility is required (兼容性要求高, branches 2 and 3).</summary>
    public bool HighCompatibility { get; init; }

    /// <summary>Gets whether the guest OS may be modified (Guest OS 可修改, branch 2).</summary>
    public bool GuestOsModifiable { get; init; }

    /// <summary>Gets whether resources are to be shared (资源共享需求, branch 4).</summary>
    public bool ResourceSharing { get; init; }

    /// <summary>Gets whether standardization is needed (标准化需求, branch 4).</summary>
    public bool Standardization { get; init; }

    /// <summary>Requirements with the listed conditions true and the others false.</summary>
    /// <param name="conditions">The conditions that hold; repeats are allowed.</param>
    /// <returns>The requirements.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="conditions"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A condition is not defined.</exception>
    public static Requirements Of(params DecisionCondition[] conditions)
    {
        Preconditions.NotNull(conditions, nameof(conditions));
        var set = new HashSet<DecisionCondition>();
        foreach (var condition in conditions)
        {
            set.Add(Preconditions.Defined(condition, nameof(conditions)));
        }

        return new Requirements
        {
            ResourceConstrained = set.Contains(DecisionCondition.ResourceConstrained),
            HighPerformance = set.Contains(DecisionCondition.HighPerformance),
            HighIsolation = set.Contains(DecisionCondition.HighIsolation),
            HighCompatibility = set.Contains(DecisionCondition.HighCompatibility),
            GuestOsModifiable = set.Contains(DecisionCondition.GuestOsModifiable),
            ResourceSharing = set.Contains(DecisionCondition.ResourceSharing),
            Standardization = set.Contains(DecisionCondition.Standardization),
        };
    }

    /// <summary>Whether one condition holds.</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>The value of the matching property.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="condition"/> is not defined.</exception>
    public bool Holds(DecisionCondition condition) => Preconditions.Defined(condition, nameof(condition)) switch
    {
        DecisionCondition.ResourceConstrained => ResourceConstrained,
        DecisionCondition.HighPerformance => HighPerformance,
        DecisionCondition.HighIsolation => HighIsolation,
        DecisionCondition.HighCompatibility => HighCompatibility,
        DecisionCondition.GuestOsModifiable => GuestOsModifiable,
        DecisionCondition.ResourceSharing => ResourceSharing,
        _ => Standardization,
    };
}
