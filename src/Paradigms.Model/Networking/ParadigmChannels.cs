using System.Collections.Generic;

namespace Paradigms.Model.Networking;

/// <summary>
/// A paradigm's channel model from both of the document's tables: the channel mapping of Net §04.3.2
/// and the channel comparison matrix of Net §10.3, which differ in wording and, for the sandbox, in the
/// physical channel (docs/seed-consistency.md lists the differences).
/// </summary>
/// <remarks>Immutable; one instance per paradigm, from <see cref="ChannelCatalog.ForParadigm"/>.</remarks>
public sealed record ParadigmChannels
{
    private static readonly ParadigmChannels[] All =
    [
        new(Paradigm.Virtualization),
        new(Paradigm.Paravirtualization),
        new(Paradigm.Containerization),
        new(Paradigm.Sandboxing),
    ];

    private ParadigmChannels(Paradigm paradigm)
    {
        Paradigm = paradigm;
        Mapping = ParadigmChannelModel.MappingOf(paradigm);
        Matrix = ParadigmChannelModel.MatrixOf(paradigm);
        Rows = Mapping is null ? [Matrix] : [Mapping, Matrix];
    }

    /// <summary>Gets the paradigm.</summary>
    public Paradigm Paradigm { get; }

    /// <summary>Gets the paradigm's row of Net §04.3.2, or null for paravirtualization, which that table does not have.</summary>
    public ParadigmChannelModel? Mapping { get; }

    /// <summary>Gets the paradigm's row of Net §10.3, which has all four paradigms.</summary>
    public ParadigmChannelModel Matrix { get; }

    /// <summary>Gets the rows that exist, §04.3.2 first.</summary>
    public IReadOnlyList<ParadigmChannelModel> Rows { get; }

    /// <summary>The channel models of a paradigm.</summary>
    internal static ParadigmChannels Of(Paradigm paradigm) => All[(int)Preconditions.Defined(paradigm, nameof(paradigm)) - 1];
}
