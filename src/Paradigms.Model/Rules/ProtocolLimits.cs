namespace Paradigms.Model.Rules;

/// <summary>
/// Hard limits of the standards, the numbers behind the range rules (PM0004). Each constant
/// is cited; the facts catalog reads them from here.
/// </summary>
#if PARADIGMS_ANALYZER
internal
#else
public
#endif
static class ProtocolLimits
{
    /// <summary>The smallest usable 802.1Q VLAN id: 0 is reserved (priority tags). IEEE 802.1Q; Net §04.2.2 "VLAN ID（1-4094）".</summary>
    public const int MinimumVlanId = 1;

    /// <summary>The largest usable 802.1Q VLAN id: the id is 12 bits and 4095 is reserved. IEEE 802.1Q; Net §04.2.2.</summary>
    public const int MaximumVlanId = 4094;

    /// <summary>The largest VXLAN network identifier: the VNI is 24 bits, 0 to 16,777,215. RFC 7348.</summary>
    public const int MaximumVxlanNetworkIdentifier = 16_777_215;

    /// <summary>The most virtual functions one SR-IOV device can report: TotalVFs is a 16-bit field. PCI-SIG SR-IOV.</summary>
    public const int MaximumVirtualFunctionCount = 65_535;
}
