namespace Paradigms.Model.Decisions;

/// <summary>
/// How much a workload asks of one resource, in the words of the application case's workload:
/// <c>'io_requirements': 'high'</c> and <c>'network_requirements': 'medium'</c>
/// (Res after §8, application case 1).
/// </summary>
/// <remarks>
/// The document writes these words and never defines them: it gives no threshold (no IOPS,
/// bandwidth or latency) that separates low from medium or medium from high, and it never writes
/// <c>'low'</c> at all; <see cref="Low"/> completes the scale the two words it does write imply.
/// The levels are therefore ordered labels, not amounts. The values start at 1 so that
/// <c>default</c> is not a level and is refused where a workload is built.
/// </remarks>
public enum RequirementLevel
{
    /// <summary>Low (<c>'low'</c>): the workload asks little of the resource. The document never writes this level.</summary>
    Low = 1,

    /// <summary>Medium (<c>'medium'</c>), as the application case's network requirement.</summary>
    Medium = 2,

    /// <summary>High (<c>'high'</c>), as the application case's IO requirement.</summary>
    High = 3,
}
