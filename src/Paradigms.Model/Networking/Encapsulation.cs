using System;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Networking;

/// <summary>
/// One header a tunnel or tag adds in front of a packet, and the bytes it takes from the MTU
/// (see <see cref="Facts.StandardFacts"/> for each figure and its source). Layers are stacked
/// in an <see cref="EncapsulationStack"/>.
/// </summary>
/// <remarks>Immutable; built with one factory per kind, which checks its values.</remarks>
public sealed record Encapsulation
{
    private Encapsulation(EncapsulationKind kind, int optionBytes = 0, int labelCount = 0)
    {
        Kind = kind;
        OptionBytes = optionBytes;
        LabelCount = labelCount;
    }

    /// <summary>Gets the kind of encapsulation.</summary>
    public EncapsulationKind Kind { get; }

    /// <summary>Gets the Geneve option bytes (0–252, a multiple of 4); 0 for other kinds.</summary>
    public int OptionBytes { get; }

    /// <summary>Gets the number of MPLS labels; 0 for other kinds.</summary>
    public int LabelCount { get; }

    /// <summary>Gets the bytes this layer adds in front of the packet.</summary>
    public int OverheadBytes => RuleTable.EncapsulationOverheadBytes(Kind, OptionBytes, LabelCount);

    /// <summary>One 802.1Q VLAN tag, 4 bytes. It costs MTU only where the frame size is fixed, as inside a tunnel; a port that accepts 1522-byte frames carries a tagged 1500-byte packet.</summary>
    /// <returns>The layer.</returns>
    public static Encapsulation Dot1QTag() => new(EncapsulationKind.Dot1QTag);

    /// <summary>Two stacked 802.1Q tags (Q-in-Q, 802.1ad), 8 bytes.</summary>
    /// <returns>The layer.</returns>
    public static Encapsulation QinQTags() => new(EncapsulationKind.QinQTags);

    /// <summary>VXLAN over IPv4, 50 bytes (RFC 7348).</summary>
    /// <returns>The layer.</returns>
    public static Encapsulation VxlanOverIpv4() => new(EncapsulationKind.VxlanOverIpv4);

    /// <summary>VXLAN over IPv6, 70 bytes (RFC 7348).</summary>
    /// <returns>The layer.</returns>
    public static Encapsulation VxlanOverIpv6() => new(EncapsulationKind.VxlanOverIpv6);

    /// <summary>Geneve over IPv4, 50 bytes plus options (RFC 8926).</summary>
    /// <param name="optionBytes">The option bytes, 0–252 in steps of 4.</param>
    /// <returns>The layer.</returns>
    /// <exception cref="InvalidModelException">PM0004: the option bytes are outside 0–252 or not a multiple of 4.</exception>
    public static Encapsulation GeneveOverIpv4(int optionBytes = 0) => Geneve(EncapsulationKind.GeneveOverIpv4, optionBytes);

    /// <summary>Geneve over IPv6, 70 bytes plus options (RFC 8926).</summary>
    /// <param name="optionBytes">The option bytes, 0–252 in steps of 4.</param>
    /// <returns>The layer.</returns>
    /// <exception cref="InvalidModelException">PM0004: the option bytes are outside 0–252 or not a multiple of 4.</exception>
    public static Encapsulation GeneveOverIpv6(int optionBytes = 0) => Geneve(EncapsulationKind.GeneveOverIpv6, optionBytes);

    /// <summary>GRE over IPv4, 24 bytes (RFC 2784).</summary>
    /// <returns>The layer.</returns>
    public static Encapsulation GreOverIpv4() => new(EncapsulationKind.GreOverIpv4);

    /// <summary>GRE over IPv6, 44 bytes (RFC 2784, RFC 7676).</summary>
    /// <returns>The layer.</returns>
    public static Encapsulation GreOverIpv6() => new(EncapsulationKind.GreOverIpv6);

    /// <summary>WireGuard over IPv4, 60 bytes.</summary>
    /// <returns>The layer.</returns>
    public static Encapsulation WireGuardOverIpv4() => new(EncapsulationKind.WireGuardOverIpv4);

    /// <summary>WireGuard over IPv6, 80 bytes; hence WireGuard's default MTU of 1420 on a 1500-byte underlay.</summary>
    /// <returns>The layer.</returns>
    public static Encapsulation WireGuardOverIpv6() => new(EncapsulationKind.WireGuardOverIpv6);

    /// <summary>The most MPLS labels one layer holds, 536,870,911: as many as 4-byte labels an <see cref="int"/> of bytes counts.</summary>
    internal const int MaximumLabelCount = int.MaxValue / ProtocolLimits.MplsLabelBytes;

    /// <summary>A stack of MPLS labels, 4 bytes each (RFC 3032).</summary>
    /// <param name="labelCount">The number of labels, 1 to 536,870,911 (their bytes fit in an <see cref="int"/>).</param>
    /// <returns>The layer.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="labelCount"/> is below 1 or above 536,870,911.</exception>
    public static Encapsulation MplsLabels(int labelCount = 1)
    {
        if (labelCount < 1)
        {
            Preconditions.Fail(nameof(labelCount), labelCount, "1 or more labels");
        }

        if (labelCount > MaximumLabelCount)
        {
            Preconditions.Fail(nameof(labelCount), labelCount, "at most 536870911 labels, so that their 4 bytes each add up to an int");
        }

        return new(EncapsulationKind.MplsLabels, labelCount: labelCount);
    }

    /// <summary>Creates a layer of a kind with its defaults (no Geneve options, one MPLS label), for models read from files.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The layer.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static Encapsulation Of(EncapsulationKind kind) => Preconditions.Defined(kind, nameof(kind)) switch
    {
        EncapsulationKind.MplsLabels => MplsLabels(),
        _ => new(kind),
    };

    /// <summary>Writes the layer and its bytes, for example <c>VXLAN over IPv4 (50 B)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RuleTable.DescribeEncapsulation(Kind, OptionBytes, LabelCount);

    private static Encapsulation Geneve(EncapsulationKind kind, int optionBytes)
    {
        ModelValidator.ThrowIfError(RuleTable.CheckGeneveOptionBytes(optionBytes), nameof(optionBytes));
        return new(kind, optionBytes: optionBytes);
    }
}
