using System;

namespace Paradigms.Model.Facts;

/// <summary>
/// Where a figure or a rule comes from: a section of one of the documents (<c>Net §05.4.2</c>),
/// or an outside source and its kind (<c>IEEE 802.1Q (standard)</c>).
/// </summary>
/// <remarks>Immutable. Equality compares kind, source and sections.</remarks>
public sealed record Citation
{
    /// <summary>The network-concepts document, cited as <c>Net §…</c>.</summary>
    public const string NetworkDocument = "Net";

    /// <summary>The resource-models document, cited as <c>Res §…</c>.</summary>
    public const string ResourceDocument = "Res";

    /// <summary>Creates a citation.</summary>
    /// <param name="kind">The kind of source.</param>
    /// <param name="source">The source: <c>Net</c>, <c>Res</c>, or the name of a standard, paper or page; not blank.</param>
    /// <param name="sections">The sections, for example <c>§05.4.2, §10.2</c>, or null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> or <paramref name="sections"/> is blank.</exception>
    public Citation(SourceKind kind, string source, string? sections = null)
    {
        if (!Enum.IsDefined(kind))
        {
            Preconditions.Fail(nameof(kind), (int)kind, string.Join(", ", Enum.GetNames<SourceKind>()));
        }

        Kind = kind;
        Source = Preconditions.NotBlank(source, nameof(source));
        Sections = sections is null ? null : Preconditions.NotBlank(sections, nameof(sections));
    }

    /// <summary>Gets the kind of source.</summary>
    public SourceKind Kind { get; }

    /// <summary>Gets the source: <c>Net</c>, <c>Res</c>, or an outside source such as <c>RFC 7348</c>.</summary>
    public string Source { get; }

    /// <summary>Gets the sections cited, for example <c>§05.4.2, §10.2</c>, or null.</summary>
    public string? Sections { get; }

    /// <summary>Cites sections of the network-concepts document.</summary>
    /// <param name="sections">The sections, for example <c>§05.4.2, §10.2</c>.</param>
    /// <returns>The citation, written <c>Net §05.4.2, §10.2</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="sections"/> is blank.</exception>
    public static Citation Net(string sections) => new(SourceKind.Document, NetworkDocument, sections);

    /// <summary>Cites sections of the resource-models document.</summary>
    /// <param name="sections">The sections, for example <c>§3.2</c>.</param>
    /// <returns>The citation, written <c>Res §3.2</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="sections"/> is blank.</exception>
    public static Citation Res(string sections) => new(SourceKind.Document, ResourceDocument, sections);

    /// <summary>Cites a standard or specification.</summary>
    /// <param name="source">The standard, for example <c>IEEE 802.1Q</c>.</param>
    /// <returns>The citation.</returns>
    /// <exception cref="ArgumentException"><paramref name="source"/> is blank.</exception>
    public static Citation Standard(string source) => new(SourceKind.Standard, source);

    /// <summary>Cites a peer-reviewed paper.</summary>
    /// <param name="source">The paper, for example <c>Agache et al., NSDI 2020</c>.</param>
    /// <returns>The citation.</returns>
    /// <exception cref="ArgumentException"><paramref name="source"/> is blank.</exception>
    public static Citation Paper(string source) => new(SourceKind.Paper, source);

    /// <summary>Cites a vendor's or project's own documentation.</summary>
    /// <param name="source">The documentation, for example <c>Firecracker SPECIFICATION.md</c>.</param>
    /// <returns>The citation.</returns>
    /// <exception cref="ArgumentException"><paramref name="source"/> is blank.</exception>
    public static Citation Vendor(string source) => new(SourceKind.Vendor, source);

    /// <summary>Cites a blog post or informal measurement.</summary>
    /// <param name="source">The post.</param>
    /// <returns>The citation.</returns>
    /// <exception cref="ArgumentException"><paramref name="source"/> is blank.</exception>
    public static Citation Blog(string source) => new(SourceKind.Blog, source);

    /// <summary>Writes the citation: <c>Net §05.4.2</c> for the documents, <c>RFC 7348 (standard)</c> for outside sources.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var where = Sections is null ? Source : Source + " " + Sections;
        return Kind == SourceKind.Document ? where : $"{where} ({Kind.ToString().ToLowerInvariant()})";
    }
}
