using System;
using System.Collections.Generic;

namespace Paradigms.Model.Networking;

/// <summary>
/// The channel model of the network document (信道模型, Net §04): physical channels and the NIC
/// interfaces that take them, logical channels, how logical channels map onto physical ones, and each
/// paradigm's channel model (Net §04.3.2, §10.3).
/// </summary>
/// <remarks>
/// Every entry is an immutable record built once, with its citation; figures come from
/// <see cref="Facts.NetworkFacts"/> and <see cref="Facts.StandardFacts"/>. Lookups by an undefined enum
/// value throw <see cref="ArgumentOutOfRangeException"/> naming the parameter, the value and the allowed names.
/// </remarks>
public static class ChannelCatalog
{
    /// <summary>Gets the thirteen physical channels of Net §04.1.1, in the order of <see cref="PhysicalMedium"/>.</summary>
    public static IReadOnlyList<PhysicalChannelProfile> PhysicalChannels => PhysicalChannelProfile.All;

    /// <summary>Gets the six NIC interface types, in the order of <see cref="InterfaceType"/> (Net §04.1.2, §05.1.1).</summary>
    public static IReadOnlyList<InterfaceProfile> Interfaces => InterfaceProfile.All;

    /// <summary>Gets the ten kinds of logical channel, in the order of <see cref="LogicalChannelKind"/> (Net §04.2.1, §04.2.2).</summary>
    public static IReadOnlyList<LogicalChannelProfile> LogicalChannels => LogicalChannelProfile.All;

    /// <summary>Gets the four rows of the physical-to-logical channel mapping matrix of Net §04.3.1, in the document's order.</summary>
    public static IReadOnlyList<ChannelMapping> PhysicalToLogical => ChannelMapping.All;

    /// <summary>Gets the three rows of Net §04.3.2 (virtualization, containerization, sandboxing; no paravirtualization row).</summary>
    public static IReadOnlyList<ParadigmChannelModel> ParadigmMappings => ParadigmChannelModel.Mappings;

    /// <summary>Gets the four rows of the channel comparison matrix of Net §10.3, in the order of <see cref="Paradigm"/>.</summary>
    public static IReadOnlyList<ParadigmChannelModel> ParadigmMatrix => ParadigmChannelModel.Matrix;

    /// <summary>Gets a data centre's physical channels: server NIC interfaces, rates, types and cables (Net §04.1.2).</summary>
    public static SiteChannelProfile DataCenter => SiteChannelProfile.DataCenter;

    /// <summary>Gets edge computing's physical channels: Wi-Fi, 4G/5G and a backup Ethernet interface (Net §04.1.2).</summary>
    public static SiteChannelProfile EdgeComputing => SiteChannelProfile.EdgeComputing;

    /// <summary>The physical channel of a medium (Net §04.1.1).</summary>
    /// <param name="medium">The medium.</param>
    /// <returns>Its profile: family, rate range, the standard's limits, uses.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="medium"/> is not defined.</exception>
    public static PhysicalChannelProfile Physical(PhysicalMedium medium) => PhysicalChannelProfile.Of(medium);

    /// <summary>The NIC interface of a type (Net §04.1.2, §05.1.1).</summary>
    /// <param name="type">The interface type.</param>
    /// <returns>Its profile: rate, lanes, media.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not defined.</exception>
    public static InterfaceProfile Interface(InterfaceType type) => InterfaceProfile.Of(type);

    /// <summary>A kind of logical channel (Net §04.2.1, §04.2.2).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its profile: definition, implementations, layer, identifier range, underlay, uses, paradigms.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static LogicalChannelProfile Logical(LogicalChannelKind kind) => LogicalChannelProfile.Of(kind);

    /// <summary>A paradigm's channel model from both tables of the document, Net §04.3.2 and Net §10.3.</summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <returns>Its rows; <see cref="ParadigmChannels.Mapping"/> is null for paravirtualization.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="paradigm"/> is not defined.</exception>
    public static ParadigmChannels ForParadigm(Paradigm paradigm) => ParadigmChannels.Of(paradigm);
}
