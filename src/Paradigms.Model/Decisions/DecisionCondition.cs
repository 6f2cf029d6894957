namespace Paradigms.Model.Decisions;

/// <summary>
/// The conditions of the decision algorithm of Res §7, one per word of its <c>if</c>/<c>elif</c>
/// lines. The document gives them as words, with no threshold: whether one holds is the caller's
/// judgement, stated in <see cref="Requirements"/>.
/// </summary>
/// <remarks>The values start at 1 so that <c>default</c> is refused.</remarks>
public enum DecisionCondition
{
    /// <summary>Resources are constrained (资源受限); branch 1.</summary>
    ResourceConstrained = 1,

    /// <summary>High performance is required (性能要求高); branch 1.</summary>
    HighPerformance = 2,

    /// <summary>Strong isolation is required (隔离要求高); branches 2 and 3.</summary>
    HighIsolation = 3,

    /// <summary>High compatibility is required (兼容性要求高); branches 2 and 3.</summary>
    HighCompatibility = 4,

    /// <summary>The guest OS may be modified (Guest OS 可修改); branch 2.</summary>
    GuestOsModifiable = 5,

    /// <summary>Resources are to be shared (资源共享需求); branch 4.</summary>
    ResourceSharing = 6,

    /// <summary>Standardization is needed (标准化需求); branch 4.</summary>
    Standardization = 7,
}
