using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Paradigms.Model.Networking;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Testing;

/// <summary>The values a <see cref="PhysicalNic"/> takes: its link's speed and duplex mode, and where known its interface, medium, cable length, segment topology, MAC address and driver.</summary>
/// <param name="Speed">The link's rate.</param>
/// <param name="Duplex">The duplex mode.</param>
/// <param name="InterfaceType">The connector or transceiver cage, or null.</param>
/// <param name="Medium">The cable or radio, or null.</param>
/// <param name="CableLength">The cable's length, or null.</param>
/// <param name="Topology">The physical topology of the segment.</param>
/// <param name="MacAddress">The MAC address, or null.</param>
/// <param name="Driver">The driver's name, or null.</param>
public sealed record PhysicalNicParts(
    BitRate Speed,
    DuplexMode Duplex = DuplexMode.Full,
    InterfaceType? InterfaceType = null,
    PhysicalMedium? Medium = null,
    Length? CableLength = null,
    PhysicalTopology Topology = PhysicalTopology.Star,
    MacAddress? MacAddress = null,
    string? Driver = null) : ModelParts
{
    /// <summary>The parts of an existing physical NIC.</summary>
    /// <param name="nic">The NIC.</param>
    /// <returns>The parts, which build an equal NIC.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nic"/> is null.</exception>
    public static PhysicalNicParts From(PhysicalNic nic)
    {
        ArgumentNullException.ThrowIfNull(nic);
        return new(nic.Speed, nic.Duplex, nic.InterfaceType, nic.Medium, nic.CableLength, nic.Topology, nic.MacAddress, nic.Driver);
    }

    /// <summary>Builds the physical NIC.</summary>
    /// <returns>The NIC.</returns>
    /// <exception cref="InvalidModelException">PM0005 or PM0006: the link cannot exist.</exception>
    /// <exception cref="ArgumentException">A value is bad input: a speed or length of zero, an undefined enum value, a blank driver.</exception>
    public PhysicalNic Build() => new(Speed, Duplex, InterfaceType, Medium, CableLength, Topology, MacAddress, Driver);

    /// <inheritdoc/>
    /// <remarks>The errors the constructor throws, or the warnings <see cref="ModelValidator.Validate(PhysicalNic)"/> returns for the NIC it built.</remarks>
    public override IReadOnlyList<ModelDiagnostic> Validate()
    {
        var errors = RuntimeFindings.Of(() => Build());
        return errors.Count > 0 ? errors : ModelValidator.Validate(Build());
    }

    /// <inheritdoc/>
    public override string ToCSharp()
    {
        var text = new StringBuilder("new PhysicalNic(").Append(CSharp.Quantity(Speed)).Append(", ").Append(CSharp.Enum(Duplex));
        if (InterfaceType is { } connector)
        {
            text.Append(", interfaceType: ").Append(CSharp.Enum(connector));
        }

        if (Medium is { } medium)
        {
            text.Append(", medium: ").Append(CSharp.Enum(medium));
        }

        if (CableLength is { } length)
        {
            text.Append(", cableLength: ").Append(CSharp.Quantity(length));
        }

        if (Topology != PhysicalTopology.Star)
        {
            text.Append(", topology: ").Append(CSharp.Enum(Topology));
        }

        if (MacAddress is { } address)
        {
            text.Append(", macAddress: MacAddress.FromUInt64(0x").Append(address.Value.ToString("X12", CultureInfo.InvariantCulture)).Append(')');
        }

        if (Driver is not null)
        {
            text.Append(", driver: ").Append(CSharp.String(Driver));
        }

        return text.Append(')').ToString();
    }

    /// <inheritdoc/>
    internal override IEnumerable<ModelParts> Shrink()
    {
        if (MacAddress is not null)
        {
            yield return this with { MacAddress = null };
        }

        if (Driver is not null)
        {
            yield return this with { Driver = null };
        }

        if (CableLength is { } length)
        {
            yield return this with { CableLength = null };
            foreach (var meters in Shrinks.Toward(length.Meters, 1))
            {
                if (meters > 0)
                {
                    yield return this with { CableLength = Length.FromMeters(meters) };
                }
            }
        }

        if (InterfaceType is not null)
        {
            yield return this with { InterfaceType = null };
        }

        if (Medium is not null)
        {
            yield return this with { Medium = null };
        }

        foreach (var topology in Shrinks.Before(Topology))
        {
            yield return this with { Topology = topology };
        }

        if (Duplex != DuplexMode.Full)
        {
            yield return this with { Duplex = DuplexMode.Full };
        }

        foreach (var rate in LinkLimits.SlowerRates(Speed))
        {
            yield return this with { Speed = rate };
        }
    }
}
