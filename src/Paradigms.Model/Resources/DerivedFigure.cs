using Paradigms.Model.Facts;

namespace Paradigms.Model.Resources;

/// <summary>
/// One comparison of DESIGN.md's "reported figures and derived figures": what an equation gives at
/// the document's own inputs, set beside the figure the document reports for the same thing.
/// Listed by <see cref="DerivedFigures.All"/>; docs/seed-consistency.md prints them.
/// </summary>
/// <remarks>Immutable, and so safe to share between threads.</remarks>
public sealed record DerivedFigure
{
    internal DerivedFigure(Resource resource, Paradigm paradigm, string quantity, ISourced reported, string derived, string derivation, Agreement agreement)
    {
        Resource = resource;
        Paradigm = paradigm;
        Quantity = quantity;
        Reported = reported;
        Derived = derived;
        Derivation = derivation;
        Agreement = agreement;
    }

    /// <summary>Gets the resource.</summary>
    public Resource Resource { get; }

    /// <summary>Gets the paradigm.</summary>
    public Paradigm Paradigm { get; }

    /// <summary>Gets what is compared, in English, for example "IO added latency".</summary>
    public string Quantity { get; }

    /// <summary>Gets the figure the document reports, with its citation.</summary>
    public ISourced Reported { get; }

    /// <summary>Gets the figure the equation gives, in the reported one's unit, to two decimals (six for megabytes); a dash when it cannot be evaluated.</summary>
    public string Derived { get; }

    /// <summary>Gets how the derived figure was obtained: the equation, its inputs and their sections.</summary>
    public string Derivation { get; }

    /// <summary>Gets how the two compare.</summary>
    public Agreement Agreement { get; }
}
