using System.Globalization;
using Paradigms.Model.Networking;

namespace Paradigms.Model.Rules;

/// <summary>The physical-link rules: rate, medium, reach (PM0005) and duplex (PM0006).</summary>
#if PARADIGMS_ANALYZER
internal
#else
public
#endif
static partial class RuleTable
{
    /// <summary>Checks that an interface can take a medium (PM0005): RJ-45 is twisted-pair copper, and no cage takes radio.</summary>
    /// <param name="interfaceType">The NIC's interface.</param>
    /// <param name="medium">The medium on the link.</param>
    /// <returns>The finding, or null when the combination exists.</returns>
    public static RuleFinding? CheckInterfaceMedium(InterfaceType interfaceType, PhysicalMedium medium)
    {
        var reason = (interfaceType, medium) switch
        {
            _ when IsRadio(medium) =>
                "a radio link has an antenna, not a cable connector or transceiver cage",
            (InterfaceType.Rj45, PhysicalMedium.SingleModeFiber or PhysicalMedium.MultiModeFiber or PhysicalMedium.CoaxRg6 or PhysicalMedium.CoaxRg11) =>
                "RJ-45 is the twisted-pair copper connector; fiber takes an SFP-family transceiver, coax an F or BNC connector",
            _ => null,
        };
        return reason is null ? null : new RuleFinding(InterfaceNotForMedium, InterfacePhrase(interfaceType), MediumName(medium), reason);
    }

    /// <summary>Checks a rate against the fastest standard for a medium (PM0005).</summary>
    /// <param name="medium">The medium.</param>
    /// <param name="bitsPerSecond">The declared rate, in bit/s.</param>
    /// <returns>The finding, or null when a standard runs that fast on the medium, or the medium has no standard ceiling (fiber, cellular).</returns>
    public static RuleFinding? CheckMediumRate(PhysicalMedium medium, double bitsPerSecond)
    {
        var (maximum, standard) = MaximumRate(medium);
        return maximum > 0 && bitsPerSecond > maximum
            ? new RuleFinding(LinkCannotCarry, MediumName(medium), Rate(bitsPerSecond), "the fastest standard over " + MediumName(medium) + " is " + Rate(maximum) + " (" + standard + ")")
            : null;
    }

    /// <summary>Checks a rate against what an interface carries (PM0005).</summary>
    /// <param name="interfaceType">The interface.</param>
    /// <param name="bitsPerSecond">The declared rate, in bit/s.</param>
    /// <returns>The finding, or null when the interface carries that rate.</returns>
    public static RuleFinding? CheckInterfaceRate(InterfaceType interfaceType, double bitsPerSecond)
    {
        var (maximum, standard) = MaximumRate(interfaceType);
        return maximum > 0 && bitsPerSecond > maximum
            ? new RuleFinding(LinkCannotCarry, InterfacePhrase(interfaceType), Rate(bitsPerSecond), "it carries at most " + Rate(maximum) + " (" + standard + ")")
            : null;
    }

    /// <summary>Checks a cable's length against its standard's reach at a rate (PM0005, warning).</summary>
    /// <param name="medium">The medium.</param>
    /// <param name="bitsPerSecond">The declared rate, in bit/s.</param>
    /// <param name="meters">The cable's length, in metres.</param>
    /// <returns>The finding, or null when the standard promises that reach, or gives none for the medium.</returns>
    public static RuleFinding? CheckCableReach(PhysicalMedium medium, double bitsPerSecond, double meters)
    {
        if (!IsTwistedPair(medium))
        {
            return null;
        }

        if (medium == PhysicalMedium.Cat6 && bitsPerSecond > ProtocolLimits.Cat6FullReachMaximumBitsPerSecond && meters > ProtocolLimits.Cat6TenGigabitMaximumMeters)
        {
            return new RuleFinding(CableBeyondReach, MediumName(medium), Meters(meters), Rate(bitsPerSecond), Meters(ProtocolLimits.Cat6TenGigabitMaximumMeters), "10GBASE-T over Cat6 is specified to " + Meters(ProtocolLimits.Cat6TenGigabitMaximumMeters) + ", and " + Meters(ProtocolLimits.Cat6TenGigabitAlienCrosstalkMeters) + " where alien crosstalk is not controlled (TIA TSB-155); use Cat6A for " + Meters(ProtocolLimits.TwistedPairMaximumMeters));
        }

        return meters > ProtocolLimits.TwistedPairMaximumMeters
            ? new RuleFinding(CableBeyondReach, MediumName(medium), Meters(meters), Rate(bitsPerSecond), Meters(ProtocolLimits.TwistedPairMaximumMeters), "BASE-T Ethernet is specified to " + Meters(ProtocolLimits.TwistedPairMaximumMeters) + " of twisted pair (IEEE 802.3, TIA-568); use fiber or a switch in between")
            : null;
    }

    /// <summary>Checks a duplex mode against the rate and the medium (PM0006).</summary>
    /// <param name="duplex">The declared duplex mode.</param>
    /// <param name="bitsPerSecond">The declared rate, in bit/s.</param>
    /// <param name="topology">The physical topology of the segment the NIC is on.</param>
    /// <param name="medium">The medium, or null when not declared.</param>
    /// <returns>
    /// The finding, or null: an error for half duplex at 10 Gbit/s or more on Ethernet (any medium but radio, whose
    /// time-division duplexing is not Ethernet's), a warning for full duplex on a bus or on Wi-Fi.
    /// </returns>
    public static RuleFinding? CheckDuplex(DuplexMode duplex, double bitsPerSecond, PhysicalTopology topology, PhysicalMedium? medium)
    {
        if (duplex == DuplexMode.Half && bitsPerSecond >= ProtocolLimits.FullDuplexOnlyBitsPerSecond && !(medium is { } m && IsRadio(m)))
        {
            return new RuleFinding(HalfDuplexAtFullDuplexOnlyRate, Rate(bitsPerSecond), Rate(ProtocolLimits.FullDuplexOnlyBitsPerSecond));
        }

        if (duplex != DuplexMode.Full)
        {
            return null;
        }

        if (topology == PhysicalTopology.Bus)
        {
            return new RuleFinding(FullDuplexOnSharedMedium, "a bus", "every device shares one medium and takes turns on it (CSMA/CD), so one link cannot send and receive at once; a hub is a bus too. Use a switch (star) for full duplex");
        }

        return medium is { } shared && IsWifi(shared)
            ? new RuleFinding(FullDuplexOnSharedMedium, MediumName(shared), "Wi-Fi stations share the channel and take turns on it (CSMA/CA), which is half duplex (Net §03.2.1 lists wireless networks under half duplex)")
            : null;
    }

    /// <summary>How a medium is named in messages.</summary>
    /// <param name="medium">The medium.</param>
    /// <returns>The name, for example <c>Cat5e</c> or <c>single-mode fiber</c>.</returns>
    public static string MediumName(PhysicalMedium medium) => medium switch
    {
        PhysicalMedium.Cat5 => "Cat5",
        PhysicalMedium.Cat5e => "Cat5e",
        PhysicalMedium.Cat6 => "Cat6",
        PhysicalMedium.Cat6a => "Cat6A",
        PhysicalMedium.SingleModeFiber => "single-mode fiber",
        PhysicalMedium.MultiModeFiber => "multi-mode fiber",
        PhysicalMedium.CoaxRg6 => "RG-6 coax",
        PhysicalMedium.CoaxRg11 => "RG-11 coax",
        PhysicalMedium.Wifi80211n => "802.11n Wi-Fi",
        PhysicalMedium.Wifi80211ac => "802.11ac Wi-Fi",
        PhysicalMedium.Wifi80211ax => "802.11ax Wi-Fi",
        PhysicalMedium.Lte => "LTE",
        PhysicalMedium.FiveGNewRadio => "5G NR",
        _ => "medium " + ((int)medium).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>How an interface type is named in messages.</summary>
    /// <param name="interfaceType">The interface type.</param>
    /// <returns>The name, for example <c>SFP+</c>.</returns>
    public static string InterfaceName(InterfaceType interfaceType) => interfaceType switch
    {
        InterfaceType.Rj45 => "RJ-45",
        InterfaceType.Sfp => "SFP",
        InterfaceType.SfpPlus => "SFP+",
        InterfaceType.Sfp28 => "SFP28",
        InterfaceType.QsfpPlus => "QSFP+",
        InterfaceType.Qsfp28 => "QSFP28",
        _ => "interface type " + ((int)interfaceType).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Writes a rate the way the messages show it: <c>10 Gbit/s</c>, <c>600 Mbit/s</c>.</summary>
    /// <param name="bitsPerSecond">The rate, in bit/s.</param>
    /// <returns>The text.</returns>
    public static string Rate(double bitsPerSecond) => bitsPerSecond switch
    {
        >= 1e9 => (bitsPerSecond / 1e9).ToString("0.####", CultureInfo.InvariantCulture) + " Gbit/s",
        >= 1e6 => (bitsPerSecond / 1e6).ToString("0.####", CultureInfo.InvariantCulture) + " Mbit/s",
        >= 1e3 => (bitsPerSecond / 1e3).ToString("0.####", CultureInfo.InvariantCulture) + " kbit/s",
        _ => bitsPerSecond.ToString("0.####", CultureInfo.InvariantCulture) + " bit/s",
    };

    private static bool IsTwistedPair(PhysicalMedium medium) =>
        medium is PhysicalMedium.Cat5 or PhysicalMedium.Cat5e or PhysicalMedium.Cat6 or PhysicalMedium.Cat6a;

    private static bool IsWifi(PhysicalMedium medium) =>
        medium is PhysicalMedium.Wifi80211n or PhysicalMedium.Wifi80211ac or PhysicalMedium.Wifi80211ax;

    private static bool IsRadio(PhysicalMedium medium) =>
        IsWifi(medium) || medium is PhysicalMedium.Lte or PhysicalMedium.FiveGNewRadio;

    private static string InterfacePhrase(InterfaceType interfaceType) =>
        (interfaceType is InterfaceType.QsfpPlus or InterfaceType.Qsfp28 ? "A " : "An ") + InterfaceName(interfaceType) + " interface";

    private static string Meters(double meters) => meters.ToString("0.##", CultureInfo.InvariantCulture) + " m";

    private static (long BitsPerSecond, string Standard) MaximumRate(PhysicalMedium medium) => medium switch
    {
        PhysicalMedium.Cat5 => (ProtocolLimits.Cat5MaximumBitsPerSecond, "1000BASE-T, IEEE 802.3ab"),
        PhysicalMedium.Cat5e => (ProtocolLimits.Cat5eMaximumBitsPerSecond, "5GBASE-T, IEEE 802.3bz"),
        PhysicalMedium.Cat6 => (ProtocolLimits.Cat6MaximumBitsPerSecond, "10GBASE-T, IEEE 802.3an"),
        PhysicalMedium.Cat6a => (ProtocolLimits.Cat6aMaximumBitsPerSecond, "10GBASE-T, IEEE 802.3an"),
        PhysicalMedium.CoaxRg6 or PhysicalMedium.CoaxRg11 => (ProtocolLimits.CoaxMaximumBitsPerSecond, "DOCSIS 3.1 downstream"),
        PhysicalMedium.Wifi80211n => (ProtocolLimits.Wifi80211nMaximumBitsPerSecond, "IEEE 802.11n"),
        PhysicalMedium.Wifi80211ac => (ProtocolLimits.Wifi80211acMaximumBitsPerSecond, "IEEE 802.11ac"),
        PhysicalMedium.Wifi80211ax => (ProtocolLimits.Wifi80211axMaximumBitsPerSecond, "IEEE 802.11ax"),
        _ => (0, string.Empty),
    };

    private static (long BitsPerSecond, string Standard) MaximumRate(InterfaceType interfaceType) => interfaceType switch
    {
        InterfaceType.Rj45 => (ProtocolLimits.Rj45MaximumBitsPerSecond, "40GBASE-T, IEEE 802.3bq"),
        InterfaceType.Sfp => (ProtocolLimits.SfpMaximumBitsPerSecond, "2.5GBASE-X; faster Ethernet needs SFP+, SFF INF-8074"),
        InterfaceType.SfpPlus => (ProtocolLimits.SfpPlusMaximumBitsPerSecond, "SFF-8431; faster Ethernet needs SFP28"),
        InterfaceType.Sfp28 => (ProtocolLimits.Sfp28MaximumBitsPerSecond, "SFF-8402"),
        InterfaceType.QsfpPlus => (ProtocolLimits.QsfpPlusMaximumBitsPerSecond, "four lanes, SFF-8436"),
        InterfaceType.Qsfp28 => (ProtocolLimits.Qsfp28MaximumBitsPerSecond, "four lanes, SFF-8665"),
        _ => (0, string.Empty),
    };
}
