using System.Globalization;
using Paradigms.Model.Networking;
using Paradigms.Model.Quantities;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Json;

/// <summary>
/// The uplink, a physical NIC and its link: <c>{ "speed": "10 Gbit/s", "duplex": "Full", "medium": "Cat6a", "cableLength": "30 m" }</c>.
/// Each rule's finding goes where the analyzer puts it: the interface against the medium at the medium,
/// a rate too fast at the speed, a cable too long at its length, half duplex at the duplex, full duplex
/// on a bus at the topology and on Wi-Fi at the medium.
/// </summary>
internal sealed partial class ModelBinder
{
    private static readonly string[] UplinkProperties =
    [
        JsonNames.Speed, JsonNames.Duplex, JsonNames.InterfaceType, JsonNames.Medium, JsonNames.CableLength,
        JsonNames.Topology, JsonNames.MacAddress, JsonNames.Driver,
    ];

    /// <summary>Reads a physical NIC and checks its link (PM0005, PM0006).</summary>
    /// <param name="value">The physical NIC's value, or null when absent.</param>
    /// <param name="property">The property that holds it, or null for the whole input.</param>
    /// <returns>The physical NIC, or null when it is absent or has an error.</returns>
    public PhysicalNic? Uplink(LocatedJson? value, string? property)
    {
        if (Object(value, property, "the physical NIC", UplinkProperties) is not { } uplink)
        {
            return null;
        }

        var errors = _bag.ErrorCount;
        var speedValue = uplink.Require(JsonNames.Speed, "the link's rate with its unit, such as \"10 Gbit/s\"");
        var speed = Quantity<BitRate>(speedValue, JsonNames.Speed, "a rate above 0 bit/s with its unit, such as \"10 Gbit/s\" or \"100 Mbit/s\"");
        if (speed is { } s && s <= BitRate.Zero)
        {
            Invalid(speedValue!, JsonNames.Speed, "a rate above 0 bit/s, such as \"10 Gbit/s\"");
            speed = null;
        }

        var duplexValue = uplink.Get(JsonNames.Duplex);
        var duplex = duplexValue is null ? DuplexMode.Full : Enum<DuplexMode>(duplexValue, JsonNames.Duplex);
        var interfaceValue = uplink.Get(JsonNames.InterfaceType);
        var interfaceType = Enum<InterfaceType>(interfaceValue, JsonNames.InterfaceType);
        var mediumValue = uplink.Get(JsonNames.Medium);
        var medium = Enum<PhysicalMedium>(mediumValue, JsonNames.Medium);
        var lengthValue = uplink.Get(JsonNames.CableLength);
        var cableLength = Quantity<Length>(lengthValue, JsonNames.CableLength, "a length above 0 m with its unit, such as \"30 m\"");
        if (cableLength is { } l && l <= Length.Zero)
        {
            Invalid(lengthValue!, JsonNames.CableLength, "a length above 0 m, such as \"30 m\"");
            cableLength = null;
        }

        var topologyValue = uplink.Get(JsonNames.Topology);
        var topology = topologyValue is null ? PhysicalTopology.Star : Enum<PhysicalTopology>(topologyValue, JsonNames.Topology);
        var macAddress = Mac(uplink.Get(JsonNames.MacAddress));
        var driverValue = uplink.Get(JsonNames.Driver);
        var driver = Text(driverValue, JsonNames.Driver, "the driver's name as a string, such as \"ixgbe\"");
        if (driver is not null && string.IsNullOrWhiteSpace(driver))
        {
            Invalid(driverValue!, JsonNames.Driver, "a driver's name that is not blank, such as \"ixgbe\"; leave the property out when it is not declared");
        }

        if (speed is { } rate)
        {
            CheckLink(rate.BitsPerSecond, speedValue!, (interfaceType, interfaceValue), (medium, mediumValue), (cableLength, lengthValue), (duplex, duplexValue), (topology, topologyValue));
        }

        var complete = speed is not null && duplex is not null && topology is not null
            && (interfaceValue is null || interfaceType is not null)
            && (mediumValue is null || medium is not null)
            && (lengthValue is null || cableLength is not null);
        return complete && _bag.ErrorCount == errors
            ? new PhysicalNic(speed!.Value, duplex!.Value, interfaceType, medium, cableLength, topology!.Value, macAddress, driver)
            : null;
    }

    /// <summary>The link's rules, in the order <see cref="PhysicalNic"/> checks them, each asked only when the values it needs were read.</summary>
    private void CheckLink(
        double bitsPerSecond,
        LocatedJson speedAt,
        (InterfaceType? Type, LocatedJson? At) interfaceType,
        (PhysicalMedium? Medium, LocatedJson? At) medium,
        (Length? Length, LocatedJson? At) cable,
        (DuplexMode? Mode, LocatedJson? At) duplex,
        (PhysicalTopology? Topology, LocatedJson? At) topology)
    {
        if (interfaceType.Type is { } type && medium.Medium is { } m)
        {
            _bag.Rule(RuleTable.CheckInterfaceMedium(type, m), medium.At!);
        }

        if (medium.Medium is { } onMedium)
        {
            _bag.Rule(RuleTable.CheckMediumRate(onMedium, bitsPerSecond), speedAt);
        }

        if (interfaceType.Type is { } onInterface)
        {
            _bag.Rule(RuleTable.CheckInterfaceRate(onInterface, bitsPerSecond), speedAt);
        }

        if (medium.Medium is { } cableMedium && cable.Length is { } length)
        {
            _bag.Rule(RuleTable.CheckCableReach(cableMedium, bitsPerSecond, length.Meters), cable.At!);
        }

        // The duplex rule depends on the medium (radio is exempt, Wi-Fi is shared): it needs a medium that was read, or none.
        if (duplex.Mode is { } mode && topology.Topology is { } t && (medium.At is null || medium.Medium is not null)
            && RuleTable.CheckDuplex(mode, bitsPerSecond, t, medium.Medium) is { } finding)
        {
            var at = finding.Rule == RuleTable.FullDuplexOnSharedMedium
                ? (t == PhysicalTopology.Bus ? topology.At : medium.At) ?? duplex.At ?? speedAt
                : duplex.At ?? speedAt;
            _bag.Rule(finding, at);
        }
    }

    /// <summary>Reads a MAC address with its own parser (<c>"02:00:00:00:00:01"</c>).</summary>
    private MacAddress? Mac(LocatedJson? value)
    {
        const string Allowed = "six groups of two hexadecimal digits separated by ':' or '-', such as \"02:00:00:00:00:01\"";
        if (Text(value, JsonNames.MacAddress, "a MAC address as a string, such as \"02:00:00:00:00:01\"") is not { } text)
        {
            return null;
        }

        try
        {
            return MacAddress.Parse(text, CultureInfo.InvariantCulture);
        }
        catch (System.FormatException error)
        {
            Invalid(value!, JsonNames.MacAddress, Allowed, error.Message);
            return null;
        }
    }
}
