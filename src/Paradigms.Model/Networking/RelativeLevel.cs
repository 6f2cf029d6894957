namespace Paradigms.Model.Networking;

/// <summary>
/// A word the document uses to rank NICs against each other in one of its tables, for
/// performance or compatibility (Net §05.2.2, §05.4.1).
/// </summary>
/// <remarks>
/// The values start at 1 so that <c>default</c> is refused, and grow with the word. The words
/// rank the rows of <em>one</em> table: <see cref="Highest"/> (最高) tops the three NIC classes of
/// Net §05.4.1, <see cref="VeryHigh"/> (极高) tops the three virtual NICs of Net §05.2.2; the
/// document never compares the two tables, so neither should a caller.
/// </remarks>
public enum RelativeLevel
{
    /// <summary>Low (低).</summary>
    Low = 1,

    /// <summary>Medium (中, 中等).</summary>
    Medium = 2,

    /// <summary>Fairly high (较高).</summary>
    FairlyHigh = 3,

    /// <summary>High (高).</summary>
    High = 4,

    /// <summary>Very, or extremely, high (极高).</summary>
    VeryHigh = 5,

    /// <summary>The highest of the table (最高).</summary>
    Highest = 6,
}
