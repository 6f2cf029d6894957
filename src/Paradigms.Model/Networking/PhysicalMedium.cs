namespace Paradigms.Model.Networking;

/// <summary>The physical channels of Net §04.1.1: twisted-pair categories, fiber, coax, Wi-Fi and cellular.</summary>
/// <remarks>The values start at 1 so that <c>default</c> is refused. Linked into the analyzer (PM0005 reads it).</remarks>
#if PARADIGMS_ANALYZER
internal
#else
public
#endif
enum PhysicalMedium
{
    /// <summary>Category 5 twisted pair (TIA-568).</summary>
    Cat5 = 1,

    /// <summary>Category 5e twisted pair (TIA-568).</summary>
    Cat5e = 2,

    /// <summary>Category 6 twisted pair (TIA-568).</summary>
    Cat6 = 3,

    /// <summary>Category 6A twisted pair (TIA-568).</summary>
    Cat6a = 4,

    /// <summary>Single-mode optical fiber (单模光纤).</summary>
    SingleModeFiber = 5,

    /// <summary>Multi-mode optical fiber (多模光纤).</summary>
    MultiModeFiber = 6,

    /// <summary>RG-6 coaxial cable.</summary>
    CoaxRg6 = 7,

    /// <summary>RG-11 coaxial cable.</summary>
    CoaxRg11 = 8,

    /// <summary>Wi-Fi 4, IEEE 802.11n.</summary>
    Wifi80211n = 9,

    /// <summary>Wi-Fi 5, IEEE 802.11ac.</summary>
    Wifi80211ac = 10,

    /// <summary>Wi-Fi 6, IEEE 802.11ax.</summary>
    Wifi80211ax = 11,

    /// <summary>4G LTE (3GPP).</summary>
    Lte = 12,

    /// <summary>5G New Radio (3GPP).</summary>
    FiveGNewRadio = 13,
}
