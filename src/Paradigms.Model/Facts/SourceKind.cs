namespace Paradigms.Model.Facts;

/// <summary>
/// What kind of source a figure comes from. The kind says how much weight the figure carries:
/// a standard is a guarantee, a blog is weak evidence.
/// </summary>
/// <remarks>The values start at 1 so that <c>default</c> is not a kind.</remarks>
public enum SourceKind
{
    /// <summary>One of the two engineering documents the model is built from (cited <c>Net §…</c> or <c>Res §…</c>).</summary>
    Document = 1,

    /// <summary>A standard or specification: IEEE, IETF RFC, TIA, SFF, PCI-SIG, W3C WebAssembly, WASI.</summary>
    Standard = 2,

    /// <summary>A peer-reviewed paper.</summary>
    Paper = 3,

    /// <summary>A vendor's or project's own documentation or specification.</summary>
    Vendor = 4,

    /// <summary>A blog post or other informal measurement: weak evidence.</summary>
    Blog = 5,
}
