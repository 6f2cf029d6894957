using System;
using System.Collections.Generic;
using Paradigms.Model.Quantities;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Networking;

/// <summary>
/// A physical NIC and the link it is on (Net §05.1): its speed and duplex mode, and where known
/// its interface, the medium and length of its cable, the topology of its segment, its MAC
/// address and driver. A deployment's uplink.
/// </summary>
/// <remarks>
/// Immutable: every value is fixed by the constructor, which refuses a link that cannot exist
/// (PM0005: Cat5e at 10 Gbit/s, SFP+ at 25 Gbit/s, RJ-45 on fiber; PM0006: half duplex at
/// 10 Gbit/s). What is merely outside a standard's promise (a 120 m cable, full duplex on a
/// bus) is a warning that <see cref="ModelValidator.Validate(PhysicalNic)"/> returns.
/// </remarks>
public sealed record PhysicalNic
{
    /// <summary>Creates a physical NIC.</summary>
    /// <param name="speed">The link's rate, above zero (Net §05.1.1: 1, 10, 25 or 100 Gbit/s in servers).</param>
    /// <param name="duplex">The duplex mode; full by default (Net §05.1.1: modern NICs are full duplex).</param>
    /// <param name="interfaceType">The connector or cage, or null when not declared.</param>
    /// <param name="medium">The cable or radio, or null when not declared.</param>
    /// <param name="cableLength">The cable's length, above zero, or null when not declared.</param>
    /// <param name="topology">The physical topology of the segment; a switched star by default.</param>
    /// <param name="macAddress">The MAC address, or null when not declared.</param>
    /// <param name="driver">The driver's name (for example <c>ixgbe</c>, <c>mlx5_core</c>), or null; not blank.</param>
    /// <exception cref="ArgumentOutOfRangeException">The speed or cable length is zero, or an enum value is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="driver"/> is blank.</exception>
    /// <exception cref="InvalidModelException">PM0005 or PM0006: the link cannot exist.</exception>
    public PhysicalNic(
        BitRate speed,
        DuplexMode duplex = DuplexMode.Full,
        InterfaceType? interfaceType = null,
        PhysicalMedium? medium = null,
        Length? cableLength = null,
        PhysicalTopology topology = PhysicalTopology.Star,
        MacAddress? macAddress = null,
        string? driver = null)
    {
        if (speed <= BitRate.Zero)
        {
            Preconditions.Fail(nameof(speed), speed, "a rate above 0 bit/s");
        }

        if (cableLength is { } length && length <= Length.Zero)
        {
            Preconditions.Fail(nameof(cableLength), length, "a length above 0 m, or null");
        }

        Speed = speed;
        Duplex = Preconditions.Defined(duplex, nameof(duplex));
        InterfaceType = interfaceType is { } type ? Preconditions.Defined(type, nameof(interfaceType)) : null;
        Medium = medium is { } m ? Preconditions.Defined(m, nameof(medium)) : null;
        CableLength = cableLength;
        Topology = Preconditions.Defined(topology, nameof(topology));
        MacAddress = macAddress;
        Driver = driver is null ? null : Preconditions.NotBlank(driver, nameof(driver));
        ModelValidator.ThrowIfErrors(Findings(), nameof(PhysicalNic));
    }

    /// <summary>Gets the link's rate.</summary>
    public BitRate Speed { get; }

    /// <summary>Gets the duplex mode.</summary>
    public DuplexMode Duplex { get; }

    /// <summary>Gets the connector or transceiver cage, or null when not declared.</summary>
    public InterfaceType? InterfaceType { get; }

    /// <summary>Gets the cable or radio, or null when not declared.</summary>
    public PhysicalMedium? Medium { get; }

    /// <summary>Gets the cable's length, or null when not declared.</summary>
    public Length? CableLength { get; }

    /// <summary>Gets the physical topology of the segment the NIC is on (a hub counts as a bus).</summary>
    public PhysicalTopology Topology { get; }

    /// <summary>Gets the MAC address, or null when not declared.</summary>
    public MacAddress? MacAddress { get; }

    /// <summary>Gets the driver's name, or null when not declared.</summary>
    public string? Driver { get; }

    /// <summary>The findings of the link's rules, errors and warnings, in the order they are checked.</summary>
    internal IEnumerable<RuleFinding> Findings()
    {
        var bitsPerSecond = Speed.BitsPerSecond;
        if (InterfaceType is { } type && Medium is { } medium && RuleTable.CheckInterfaceMedium(type, medium) is { } unfit)
        {
            yield return unfit;
        }

        if (Medium is { } m && RuleTable.CheckMediumRate(m, bitsPerSecond) is { } tooFastForMedium)
        {
            yield return tooFastForMedium;
        }

        if (InterfaceType is { } t && RuleTable.CheckInterfaceRate(t, bitsPerSecond) is { } tooFastForInterface)
        {
            yield return tooFastForInterface;
        }

        if (Medium is { } cable && CableLength is { } length && RuleTable.CheckCableReach(cable, bitsPerSecond, length.Meters) is { } tooLong)
        {
            yield return tooLong;
        }

        if (RuleTable.CheckDuplex(Duplex, bitsPerSecond, Topology, Medium) is { } duplex)
        {
            yield return duplex;
        }
    }
}
