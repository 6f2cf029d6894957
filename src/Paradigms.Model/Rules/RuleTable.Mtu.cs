using System.Globalization;
using Paradigms.Model.Networking;

namespace Paradigms.Model.Rules;

/// <summary>The MTU rules (PM0008) and the bytes each encapsulation adds.</summary>
#if PARADIGMS_ANALYZER
internal
#else
public
#endif
static partial class RuleTable
{
    /// <summary>The bytes one encapsulation adds in front of a packet.</summary>
    /// <param name="kind">The encapsulation.</param>
    /// <param name="optionBytes">Geneve option bytes (0–252, a multiple of 4); 0 for other kinds.</param>
    /// <param name="labelCount">The number of MPLS labels; ignored for other kinds.</param>
    /// <returns>The overhead in bytes, or 0 for an undefined kind.</returns>
    public static int EncapsulationOverheadBytes(EncapsulationKind kind, int optionBytes, int labelCount) => kind switch
    {
        EncapsulationKind.Dot1QTag => ProtocolLimits.Dot1QTagBytes,
        EncapsulationKind.QinQTags => ProtocolLimits.QinQTagsBytes,
        EncapsulationKind.VxlanOverIpv4 => ProtocolLimits.VxlanOverIpv4Bytes,
        EncapsulationKind.VxlanOverIpv6 => ProtocolLimits.VxlanOverIpv6Bytes,
        EncapsulationKind.GeneveOverIpv4 => ProtocolLimits.GeneveOverIpv4Bytes + optionBytes,
        EncapsulationKind.GeneveOverIpv6 => ProtocolLimits.GeneveOverIpv6Bytes + optionBytes,
        EncapsulationKind.GreOverIpv4 => ProtocolLimits.GreOverIpv4Bytes,
        EncapsulationKind.GreOverIpv6 => ProtocolLimits.GreOverIpv6Bytes,
        EncapsulationKind.WireGuardOverIpv4 => ProtocolLimits.WireGuardOverIpv4Bytes,
        EncapsulationKind.WireGuardOverIpv6 => ProtocolLimits.WireGuardOverIpv6Bytes,
        EncapsulationKind.MplsLabels => ProtocolLimits.MplsLabelBytes * labelCount,
        _ => 0,
    };

    /// <summary>Checks the option bytes of a Geneve header (PM0004): 0 to 252, in 4-byte words.</summary>
    /// <param name="optionBytes">The option bytes.</param>
    /// <returns>The finding, or null when the header can carry that many.</returns>
    public static RuleFinding? CheckGeneveOptionBytes(long optionBytes) =>
        optionBytes is >= 0 and <= ProtocolLimits.MaximumGeneveOptionBytes && optionBytes % 4 == 0
            ? null
            : OutOfRange("Geneve option bytes", optionBytes, Span(0, ProtocolLimits.MaximumGeneveOptionBytes) + " in steps of 4 (RFC 8926: options are counted in 4-byte words in a 6-bit field)");

    /// <summary>Checks that an MTU is one IP can work over (PM0008, error).</summary>
    /// <param name="what">What the MTU is, for the message, for example <c>The declared MTU</c>.</param>
    /// <param name="mtu">The MTU, in bytes.</param>
    /// <returns>The finding, or null when the MTU is at least 68 bytes.</returns>
    public static RuleFinding? CheckMtu(string what, long mtu) =>
        mtu < ProtocolLimits.MinimumIpv4Mtu
            ? new RuleFinding(MtuBelowIpMinimum, what, mtu.ToString(CultureInfo.InvariantCulture), ProtocolLimits.MinimumIpv4Mtu.ToString(CultureInfo.InvariantCulture))
            : null;

    /// <summary>Checks that a declared MTU can carry IPv6 (PM0008, warning).</summary>
    /// <param name="what">What the MTU is, for the message.</param>
    /// <param name="mtu">The MTU, in bytes.</param>
    /// <returns>The finding, or null when the MTU is at least 1280 bytes, or below 68 (which is an error already).</returns>
    public static RuleFinding? CheckIpv6Mtu(string what, long mtu) =>
        mtu is >= ProtocolLimits.MinimumIpv4Mtu and < ProtocolLimits.MinimumIpv6Mtu
            ? new RuleFinding(MtuBelowIpv6Minimum, what, mtu.ToString(CultureInfo.InvariantCulture), ProtocolLimits.MinimumIpv6Mtu.ToString(CultureInfo.InvariantCulture))
            : null;

    /// <summary>Checks the MTU a workload's interface declares (PM0008): an error below 68 bytes, a warning below 1280.</summary>
    /// <param name="mtu">The declared MTU, in bytes.</param>
    /// <returns>The finding, or null when IPv4 and IPv6 can both run over it.</returns>
    public static RuleFinding? CheckDeclaredMtu(long mtu) =>
        CheckMtu("The declared MTU", mtu) ?? CheckIpv6Mtu("The declared MTU", mtu);

    /// <summary>Checks the MTU of an encapsulation stack's underlay (PM0008, error).</summary>
    /// <param name="underlayMtu">The underlay's MTU, in bytes.</param>
    /// <returns>The finding, or null when it is at least 68 bytes.</returns>
    public static RuleFinding? CheckUnderlayMtu(long underlayMtu) => CheckMtu("The underlay MTU", underlayMtu);

    /// <summary>Checks the MTU an encapsulation stack leaves inside it (PM0008, error).</summary>
    /// <param name="describeStack">Describes the stack for the message, with <see cref="DescribeStack"/>; called only when there is a finding.</param>
    /// <param name="innerMtu">The underlay's MTU less the bytes the stack adds.</param>
    /// <returns>The finding, or null when it is at least 68 bytes.</returns>
    public static RuleFinding? CheckInnerMtu(System.Func<string> describeStack, long innerMtu) =>
        innerMtu < ProtocolLimits.MinimumIpv4Mtu ? CheckMtu("The MTU the stack leaves, " + describeStack() + ",", innerMtu) : null;

    /// <summary>Checks that a declared MTU fits what an encapsulation stack leaves (PM0008, warning).</summary>
    /// <param name="declaredMtu">The MTU the workload's interface declares, in bytes.</param>
    /// <param name="underlayMtu">The underlay's MTU, in bytes.</param>
    /// <param name="overheadBytes">The bytes the stack adds.</param>
    /// <param name="describeStack">Describes the stack for the message, for example <c>VXLAN over IPv4 (50 B) + WireGuard over IPv4 (60 B)</c>; called only when there is a finding.</param>
    /// <returns>The finding, or null when the declared MTU fits.</returns>
    public static RuleFinding? CheckMtuFits(long declaredMtu, long underlayMtu, long overheadBytes, System.Func<string> describeStack) =>
        declaredMtu > underlayMtu - overheadBytes
            ? new RuleFinding(
                MtuDoesNotFit,
                declaredMtu.ToString(CultureInfo.InvariantCulture),
                describeStack(),
                underlayMtu.ToString(CultureInfo.InvariantCulture),
                (underlayMtu - overheadBytes).ToString(CultureInfo.InvariantCulture))
            : null;

    /// <summary>How one encapsulation is described in messages, with its bytes: <c>VXLAN over IPv4 (50 B)</c>, <c>2 MPLS labels (8 B)</c>.</summary>
    /// <param name="kind">The encapsulation.</param>
    /// <param name="optionBytes">Geneve option bytes; 0 for other kinds.</param>
    /// <param name="labelCount">The number of MPLS labels; ignored for other kinds.</param>
    /// <returns>The description.</returns>
    public static string DescribeEncapsulation(EncapsulationKind kind, int optionBytes, int labelCount)
    {
        var bytes = EncapsulationOverheadBytes(kind, optionBytes, labelCount).ToString(CultureInfo.InvariantCulture) + " B";
        return kind switch
        {
            EncapsulationKind.GeneveOverIpv4 or EncapsulationKind.GeneveOverIpv6 when optionBytes > 0 =>
                EncapsulationName(kind) + " with " + optionBytes.ToString(CultureInfo.InvariantCulture) + " B of options (" + bytes + ")",
            EncapsulationKind.MplsLabels =>
                labelCount.ToString(CultureInfo.InvariantCulture) + " MPLS label" + (labelCount == 1 ? string.Empty : "s") + " (" + bytes + ")",
            _ => EncapsulationName(kind) + " (" + bytes + ")",
        };
    }

    /// <summary>How a stack of encapsulations is described in messages: the layers joined with <c> + </c>, or <c>no encapsulation</c>.</summary>
    /// <param name="layers">The layers' descriptions, outermost last, from <see cref="DescribeEncapsulation"/>.</param>
    /// <returns>The description.</returns>
    public static string DescribeStack(System.Collections.Generic.IEnumerable<string> layers)
    {
        var text = string.Join(" + ", layers);
        return text.Length == 0 ? "no encapsulation" : text;
    }

    /// <summary>How an encapsulation is named in messages.</summary>
    /// <param name="kind">The encapsulation.</param>
    /// <returns>The name, for example <c>VXLAN over IPv4</c>.</returns>
    public static string EncapsulationName(EncapsulationKind kind) => kind switch
    {
        EncapsulationKind.Dot1QTag => "802.1Q tag",
        EncapsulationKind.QinQTags => "Q-in-Q tags",
        EncapsulationKind.VxlanOverIpv4 => "VXLAN over IPv4",
        EncapsulationKind.VxlanOverIpv6 => "VXLAN over IPv6",
        EncapsulationKind.GeneveOverIpv4 => "Geneve over IPv4",
        EncapsulationKind.GeneveOverIpv6 => "Geneve over IPv6",
        EncapsulationKind.GreOverIpv4 => "GRE over IPv4",
        EncapsulationKind.GreOverIpv6 => "GRE over IPv6",
        EncapsulationKind.WireGuardOverIpv4 => "WireGuard over IPv4",
        EncapsulationKind.WireGuardOverIpv6 => "WireGuard over IPv6",
        EncapsulationKind.MplsLabels => "MPLS labels",
        _ => "encapsulation " + ((int)kind).ToString(CultureInfo.InvariantCulture),
    };
}
