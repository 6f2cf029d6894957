using System.Collections.Generic;
using System.Linq;
using Paradigms.Model.Networking;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Json;

/// <summary>
/// The encapsulation stack: <c>{ "underlayMtu": 1500, "layers": [ "VxlanOverIpv4", { "kind": "GeneveOverIpv4", "optionBytes": 8 } ] }</c>.
/// A layer is its kind's name, or an object when it has values: Geneve option bytes, an MPLS label count.
/// </summary>
internal sealed partial class ModelBinder
{
    /// <summary>The most MPLS labels one layer can count: more would overflow the 32-bit byte count of the layer.</summary>
    internal const int MaximumMplsLabels = Networking.Encapsulation.MaximumLabelCount;

    private static readonly string[] EncapsulationProperties = [JsonNames.UnderlayMtu, JsonNames.Layers];

    private static readonly string[] LayerProperties = [JsonNames.Kind, JsonNames.OptionBytes, JsonNames.LabelCount];

    private static string LayerKinds => "one of " + string.Join(", ", System.Enum.GetNames<EncapsulationKind>());

    /// <summary>Reads an encapsulation stack and checks its MTUs and layers (PM0004, PM0008).</summary>
    /// <param name="value">The stack's value, or null when absent.</param>
    /// <param name="property">The property that holds it, or null for the whole input.</param>
    /// <returns>The stack, or null when it is absent or has an error.</returns>
    public EncapsulationStack? Encapsulation(LocatedJson? value, string? property)
    {
        if (Object(value, property, "the encapsulation", EncapsulationProperties) is not { } stack)
        {
            return null;
        }

        var errors = _bag.ErrorCount;
        var underlayValue = stack.Require(JsonNames.UnderlayMtu, "the underlay's MTU in bytes, an integer such as 1500");
        var underlayRead = Integer(underlayValue, JsonNames.UnderlayMtu, "an integer number of bytes, such as 1500");
        int? underlay = null;
        if (underlayRead is { } u)
        {
            // As the stack checks it: the underlay first, and what the layers leave only of an underlay IP can use.
            var finding = RuleTable.CheckUnderlayMtu(u);
            _bag.Rule(finding, underlayValue!);
            underlay = finding is null ? Int32(u, underlayValue, JsonNames.UnderlayMtu) : null;
        }

        var layersValue = stack.Get(JsonNames.Layers);
        var layers = new List<Encapsulation>();
        var items = layersValue is null ? [] : Array(layersValue, JsonNames.Layers, "an array of layers, each a kind's name or an object such as { \"kind\": \"MplsLabels\", \"labelCount\": 2 }");
        var layersRead = items is not null;
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            if (Layer(items![i], Item(JsonNames.Layers, i)) is { } layer)
            {
                layers.Add(layer);
            }
            else
            {
                layersRead = false;
            }
        }

        if (underlay is { } underlayMtu && layersRead)
        {
            // What the stack leaves, summed in 64 bits: enough MPLS labels can take more than 32 bits of bytes.
            var overhead = layers.Sum(layer => (long)RuleTable.EncapsulationOverheadBytes(layer.Kind, layer.OptionBytes, layer.LabelCount));
            string Describe() => RuleTable.DescribeStack(layers.Select(layer => RuleTable.DescribeEncapsulation(layer.Kind, layer.OptionBytes, layer.LabelCount)));
            _bag.Rule(RuleTable.CheckInnerMtu(Describe, underlayMtu - overhead), layersValue ?? underlayValue!);
        }

        return _bag.ErrorCount == errors && underlay is { } fits && layersRead
            ? new EncapsulationStack(fits, layers)
            : null;
    }

    /// <summary>Reads one layer: a kind's name, or an object with the kind and its values.</summary>
    private Encapsulation? Layer(LocatedJson item, string name)
    {
        if (item.Kind == LocatedJsonKind.String)
        {
            return Enum<EncapsulationKind>(item, name) is { } shorthand ? Networking.Encapsulation.Of(shorthand) : null;
        }

        if (item.Kind != LocatedJsonKind.Object)
        {
            WrongType(item, name, LayerKinds + " as a string, or an object such as { \"kind\": \"GeneveOverIpv4\", \"optionBytes\": 8 }");
            return null;
        }

        var layer = new ObjectReader(item, _bag, "the layer", LayerProperties);
        var kind = Enum<EncapsulationKind>(layer.Require(JsonNames.Kind, LayerKinds), JsonNames.Kind);
        if (kind is not { } k)
        {
            return null;
        }

        var what = "a layer of kind " + k;
        return k switch
        {
            EncapsulationKind.GeneveOverIpv4 or EncapsulationKind.GeneveOverIpv6 =>
                layer.Forbid(JsonNames.LabelCount, what, "only on a layer of kind MplsLabels") & OptionBytes(layer, out var optionBytes)
                    ? (k == EncapsulationKind.GeneveOverIpv4 ? Networking.Encapsulation.GeneveOverIpv4(optionBytes) : Networking.Encapsulation.GeneveOverIpv6(optionBytes))
                    : null,
            EncapsulationKind.MplsLabels =>
                layer.Forbid(JsonNames.OptionBytes, what, "only on a layer of kind GeneveOverIpv4 or GeneveOverIpv6") & LabelCount(layer, out var labelCount)
                    ? Networking.Encapsulation.MplsLabels(labelCount)
                    : null,
            _ => layer.Forbid(JsonNames.OptionBytes, what, "only on a layer of kind GeneveOverIpv4 or GeneveOverIpv6")
                & layer.Forbid(JsonNames.LabelCount, what, "only on a layer of kind MplsLabels")
                    ? Networking.Encapsulation.Of(k)
                    : null,
        };
    }

    /// <summary>Reads and checks Geneve option bytes (PM0004); absent is none.</summary>
    private bool OptionBytes(ObjectReader layer, out int optionBytes)
    {
        optionBytes = 0;
        var value = layer.Get(JsonNames.OptionBytes);
        if (value is null)
        {
            return true;
        }

        if (Integer(value, JsonNames.OptionBytes, "an integer number of option bytes") is not { } bytes)
        {
            return false;
        }

        var finding = RuleTable.CheckGeneveOptionBytes(bytes);
        _bag.Rule(finding, value);
        optionBytes = finding is null ? (int)bytes : 0;
        return finding is null;
    }

    /// <summary>Reads an MPLS label count, from 1 to <see cref="MaximumMplsLabels"/>; absent is one label, as <see cref="Networking.Encapsulation.MplsLabels"/> has it.</summary>
    private bool LabelCount(ObjectReader layer, out int labelCount)
    {
        labelCount = 1;
        var value = layer.Get(JsonNames.LabelCount);
        if (value is null)
        {
            return true;
        }

        var allowed = "an integer number of labels from 1 to " + MaximumMplsLabels.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Integer(value, JsonNames.LabelCount, allowed) is not { } count)
        {
            return false;
        }

        if (count is < 1 or > MaximumMplsLabels)
        {
            Invalid(value, JsonNames.LabelCount, allowed);
            return false;
        }

        labelCount = (int)count;
        return true;
    }
}
