using Paradigms.Model.Networking;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Json;

/// <summary>The NIC of a deployment: <c>{ "kind": "SrIovVirtualFunction", "virtualFunctionIndex": 0, "virtualFunctionCount": 8 }</c>.</summary>
internal sealed partial class ModelBinder
{
    private const string OnlySrIov = "only on a NIC of kind SrIovVirtualFunction";
    private const string OnlyVlanInterface = "only on a NIC of kind VlanInterface";

    private static readonly string[] NicProperties = [JsonNames.Kind, JsonNames.VirtualFunctionIndex, JsonNames.VirtualFunctionCount, JsonNames.VlanId];

    /// <summary>Reads a NIC and checks it, and its kind under <paramref name="paradigm"/> when that is known (PM0001, PM0003, PM0004).</summary>
    /// <param name="value">The NIC's value, or null when missing (already reported).</param>
    /// <param name="property">The property that holds it, or null for the whole input.</param>
    /// <param name="paradigm">The deployment's paradigm, or null when unknown.</param>
    /// <returns>The NIC, or null when it has an error.</returns>
    public Nic? Nic(LocatedJson? value, string? property, Paradigm? paradigm)
    {
        if (Object(value, property, "the NIC", NicProperties) is not { } nic)
        {
            return null;
        }

        var kindValue = nic.Require(JsonNames.Kind, "one of " + string.Join(", ", System.Enum.GetNames<NicKind>()));
        if (Enum<NicKind>(kindValue, JsonNames.Kind) is not { } kind)
        {
            return null;
        }

        var errors = _bag.ErrorCount;
        if (paradigm is { } p)
        {
            _bag.Rule(RuleTable.CheckNic(p, kind), kindValue!);
        }

        var what = "a NIC of kind " + kind;
        return kind switch
        {
            NicKind.SrIovVirtualFunction => nic.Forbid(JsonNames.VlanId, what, OnlyVlanInterface) & SrIov(nic, out var index, out var count) && _bag.ErrorCount == errors
                ? Model.Nic.SrIov(index, count)
                : null,
            NicKind.VlanInterface => nic.Forbid(JsonNames.VirtualFunctionIndex, what, OnlySrIov) & nic.Forbid(JsonNames.VirtualFunctionCount, what, OnlySrIov)
                & VlanId(nic, out var vlanId) && _bag.ErrorCount == errors
                ? Model.Nic.VlanInterface(vlanId)
                : null,
            _ => nic.Forbid(JsonNames.VirtualFunctionIndex, what, OnlySrIov) & nic.Forbid(JsonNames.VirtualFunctionCount, what, OnlySrIov)
                & nic.Forbid(JsonNames.VlanId, what, OnlyVlanInterface) && _bag.ErrorCount == errors
                ? Model.Nic.Of(kind)
                : null,
        };
    }

    /// <summary>Reads and checks an SR-IOV virtual function's index and its device's count, as <see cref="Model.Nic.SrIov"/> checks them.</summary>
    private bool SrIov(ObjectReader nic, out int index, out int? count)
    {
        var errors = _bag.ErrorCount;
        var countValue = nic.Get(JsonNames.VirtualFunctionCount);
        var countRead = Integer(countValue, JsonNames.VirtualFunctionCount, "an integer number of virtual functions");
        if (countRead is { } c)
        {
            _bag.Rule(RuleTable.CheckVirtualFunctionCount(c), countValue!);
        }

        var indexValue = nic.Get(JsonNames.VirtualFunctionIndex);
        var indexRead = Integer(indexValue, JsonNames.VirtualFunctionIndex, "an integer index of a virtual function, from 0");
        if (indexRead is { } i)
        {
            // Against the device's count when it is one a device can have, else against the most any device has.
            var against = countRead is { } known && RuleTable.CheckVirtualFunctionCount(known) is null ? known : ProtocolLimits.MaximumVirtualFunctionCount;
            _bag.Rule(RuleTable.CheckVirtualFunctionIndex(i, against), indexValue!);
        }

        // Both are within 0–65,535 when no error was reported.
        index = (int)(indexRead ?? 0);
        count = (int?)countRead;
        return _bag.ErrorCount == errors;
    }

    /// <summary>Reads and checks a VLAN interface's id (PM0004).</summary>
    private bool VlanId(ObjectReader nic, out int vlanId)
    {
        vlanId = 0;
        var idValue = nic.Require(JsonNames.VlanId, "the VLAN id, an integer");
        if (Integer(idValue, JsonNames.VlanId, "an integer VLAN id") is not { } id)
        {
            return false;
        }

        var finding = RuleTable.CheckVlanId(id);
        _bag.Rule(finding, idValue!);
        vlanId = (int)id;
        return finding is null;
    }
}
