using System.Collections.Generic;
using Paradigms.Model.Facts;

namespace Paradigms.Model.Resources;

/// <summary>
/// Figures measured or specified outside the documents, set beside the document's own figure for the
/// same thing: for example the document's hypervisor memory, "typically under 100 MB", beside
/// Firecracker's specified VMM overhead of at most 5 MiB. Listed by <see cref="OutsideFigures"/>.
/// </summary>
/// <remarks>
/// The outside figures never replace the document's: each keeps its source and the kind of source
/// (<see cref="SourceKind"/>), so a reader can weigh a vendor specification against a blog post.
/// Immutable, and so safe to share between threads.
/// </remarks>
public sealed record OutsideFigure
{
    internal OutsideFigure(Resource resource, Paradigm paradigm, string subject, ISourced? document, IReadOnlyList<ISourced> measured, string reading)
    {
        Resource = resource;
        Paradigm = paradigm;
        Subject = subject;
        Document = document;
        Measured = measured;
        Reading = reading;
    }

    /// <summary>Gets the resource.</summary>
    public Resource Resource { get; }

    /// <summary>Gets the paradigm the figures belong to.</summary>
    public Paradigm Paradigm { get; }

    /// <summary>Gets what is measured, in English, for example "memory per VM beside the guest".</summary>
    public string Subject { get; }

    /// <summary>Gets the document's figure for the same thing, or null where the documents give none.</summary>
    public ISourced? Document { get; }

    /// <summary>Gets the outside figures, each with its source and kind (<see cref="MeasuredFacts"/>).</summary>
    public IReadOnlyList<ISourced> Measured { get; }

    /// <summary>Gets how the figures compare, in English.</summary>
    public string Reading { get; }
}
