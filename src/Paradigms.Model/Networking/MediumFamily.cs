namespace Paradigms.Model.Networking;

/// <summary>
/// The five families of physical channel of Net §04.1.1, each grouping the media
/// (<see cref="PhysicalMedium"/>) the document lists under one heading and sharing one rate range.
/// </summary>
/// <remarks>The values start at 1 so that <c>default</c> is refused.</remarks>
public enum MediumFamily
{
    /// <summary>Twisted pair (双绞线): Cat5, Cat5e, Cat6, Cat6a. Wired (Net §04.1.1).</summary>
    TwistedPair = 1,

    /// <summary>Optical fiber (光纤): single-mode and multi-mode. Wired (Net §04.1.1).</summary>
    Fiber = 2,

    /// <summary>Coaxial cable (同轴电缆): RG-6, RG-11. Wired (Net §04.1.1).</summary>
    Coax = 3,

    /// <summary>Wi-Fi: 802.11n/ac/ax. Wireless (Net §04.1.1).</summary>
    Wifi = 4,

    /// <summary>Cellular (5G/4G): 5G NR, LTE. Wireless (Net §04.1.1).</summary>
    Cellular = 5,
}
