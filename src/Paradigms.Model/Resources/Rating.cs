namespace Paradigms.Model.Resources;

/// <summary>
/// The qualitative words of the resource document's comparison tables (Res §3.1–§6.1) and of its
/// trade-off matrix (Res §7), as one ordinal scale: a larger value is more of what the row measures
/// (more overhead, more latency, more performance, stronger isolation). Whether more is better depends
/// on the row (the matrix says so in <c>TradeOffRow.HigherRatingIsBetter</c>).
/// </summary>
/// <remarks>
/// <para>
/// The values start at 1 so that <c>default</c> is refused. The document's 中 and 中等 are one level,
/// <see cref="Medium"/>: §7 writes 中 in the memory and network rows and 中等 in the IO, storage and
/// isolation rows, and §2.1 writes the same container context-switch cost both ways (中 in its table,
/// 中等 in its path list).
/// </para>
/// <para>
/// The order of the levels follows the matrix's own figures where a row has both words and figures:
/// IO and storage put 中等 &lt; 中高 &lt; 较高 &lt; 最高 (their losses shrink in that order), network latency
/// puts 低 &lt; 中 &lt; 中高 &lt; 高. 较 (comparatively) is read as one step short of the
/// plain word: 低 &lt; 较低 and 较高 &lt; 高. No row of §7 holds both 低 and 较低, or both 较高 and 高, so the
/// matrix never depends on that reading. 极低 (extremely low), found only in Res §4.1's IO table (the
/// sandbox's IO overhead, below the container's 低), sits below 低.
/// </para>
/// </remarks>
public enum Rating
{
    /// <summary>Extremely low (极低).</summary>
    ExtremelyLow = 1,

    /// <summary>Low (低).</summary>
    Low = 2,

    /// <summary>Fairly low (较低).</summary>
    FairlyLow = 3,

    /// <summary>Medium (中 or 中等; the document uses both for one level).</summary>
    Medium = 4,

    /// <summary>Medium-high (中高).</summary>
    MediumHigh = 5,

    /// <summary>Fairly high (较高).</summary>
    FairlyHigh = 6,

    /// <summary>High (高).</summary>
    High = 7,

    /// <summary>Highest (最高).</summary>
    Highest = 8,
}
