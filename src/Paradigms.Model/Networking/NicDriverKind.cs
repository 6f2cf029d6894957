namespace Paradigms.Model.Networking;

/// <summary>Where a physical NIC's driver comes from (驱动类型, Net §05.1.1).</summary>
/// <remarks>The values start at 1 so that <c>default</c> is refused.</remarks>
public enum NicDriverKind
{
    /// <summary>An open-source driver (开源驱动).</summary>
    OpenSource = 1,

    /// <summary>A driver from the NIC's vendor (厂商驱动).</summary>
    Vendor = 2,
}
