using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;

namespace Paradigms.Model.Cli.Options;

/// <summary>
/// <c>--stack vxlan4,wireguard4</c>: encapsulation layers from the workload outward, separated by commas. The parser
/// refuses unknown names and malformed numbers (exit code 2); whether a Geneve option size is one the header can carry is
/// the rule table's to say (PM0004), when the layer is built.
/// </summary>
internal static class StackOption
{
    /// <summary>What <c>--stack</c> accepts, for messages and help.</summary>
    public static readonly string Allowed =
        string.Join(", ", LayerName.All.Select(l => l.Name)) + ", separated by commas, from the workload outward; geneve4:BYTES and geneve6:BYTES set option bytes, mpls:LABELS a label count";

    /// <summary>Creates the option.</summary>
    /// <returns>The option; an empty stack when absent.</returns>
    public static Option<IReadOnlyList<StackLayer>> Create() => new("--stack")
    {
        Description = "Encapsulations from the workload outward, separated by commas: " + string.Join(", ", LayerName.All.Select(l => l.Name)) + " (geneve4:8 adds 8 option bytes, mpls:2 two labels).",
        HelpName = "layers",
        DefaultValueFactory = _ => [],
        CustomParser = result =>
        {
            var text = OptionFactory.Single(result);
            var layers = new List<StackLayer>();
            foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
            {
                if (Parse(part) is { } layer)
                {
                    layers.Add(layer);
                }
                else
                {
                    result.AddError($"--stack was '{text}'; '{part}' is not a layer; allowed: {Allowed}.");
                    return [];
                }
            }

            return layers;
        },
    };

    private static StackLayer? Parse(string part)
    {
        var colon = part.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? part : part[..colon];
        var layer = LayerName.All.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase));
        if (layer is null)
        {
            return null;
        }

        if (colon < 0)
        {
            return new StackLayer(part, layer, null);
        }

        // Geneve options may be 0; MPLS needs one label or more, and no more than a layer's byte count can hold.
        // Whether a Geneve size fits its header is PM0004's to say, and whether the stack fits the underlay PM0008's.
        var mpls = layer.Kind == Model.Networking.EncapsulationKind.MplsLabels;
        var least = mpls ? 1 : 0;
        var most = mpls ? int.MaxValue / Model.Rules.ProtocolLimits.MplsLabelBytes : int.MaxValue;
        return layer.TakesNumber && int.TryParse(part[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= least && number <= most
            ? new StackLayer(part, layer, number)
            : null;
    }
}
