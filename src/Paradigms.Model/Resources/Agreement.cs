namespace Paradigms.Model.Resources;

/// <summary>How a figure derived from an equation compares with the figure the document reports.</summary>
/// <remarks>The values start at 1 so that <c>default</c> is refused.</remarks>
public enum Agreement
{
    /// <summary>The same figure, or the same range, to the precision the document prints.</summary>
    Equal = 1,

    /// <summary>The derived range lies inside the reported one: consistent, but narrower.</summary>
    Within = 2,

    /// <summary>The derived figure reaches outside the reported one.</summary>
    Disagrees = 3,

    /// <summary>The equation cannot be evaluated at the document's figures alone: an input it needs is missing.</summary>
    NotComparable = 4,
}
