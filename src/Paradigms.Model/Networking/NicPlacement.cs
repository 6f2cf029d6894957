using Paradigms.Model.Facts;

namespace Paradigms.Model.Networking;

/// <summary>
/// A statement of the document that a kind of NIC is a paradigm's NIC, with the sections that
/// make it. A NIC placed under two paradigms by different sections has two placements.
/// </summary>
/// <remarks>Immutable; built by the catalog, read from <see cref="NicProfile.Placements"/>.</remarks>
public sealed record NicPlacement
{
    internal NicPlacement(Paradigm paradigm, Citation citation, string? note = null)
    {
        Paradigm = paradigm;
        Citation = citation;
        Note = note;
    }

    /// <summary>Gets the paradigm the NIC is placed under.</summary>
    public Paradigm Paradigm { get; }

    /// <summary>Gets the sections that place it there.</summary>
    public Citation Citation { get; }

    /// <summary>Gets how the placement was read, where that took a decision or the sections disagree; otherwise null.</summary>
    public string? Note { get; }
}
