using System;
using System.Collections.Generic;
using Paradigms.Model.Networking;

namespace Paradigms.Model.Testing;

/// <summary>The values an <see cref="Model.Networking.Encapsulation"/> factory takes: its kind, Geneve's option bytes and the number of MPLS labels.</summary>
/// <param name="Kind">The kind of encapsulation.</param>
/// <param name="OptionBytes">Geneve option bytes (0–252 in steps of 4 are valid); ignored for other kinds.</param>
/// <param name="LabelCount">The number of MPLS labels (1 or more); ignored for other kinds.</param>
public sealed record EncapsulationParts(EncapsulationKind Kind, int OptionBytes = 0, int LabelCount = 0) : ModelParts
{
    /// <summary>The parts of an existing layer.</summary>
    /// <param name="layer">The layer.</param>
    /// <returns>The parts, which build an equal layer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="layer"/> is null.</exception>
    public static EncapsulationParts From(Encapsulation layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        return new(layer.Kind, layer.OptionBytes, layer.LabelCount);
    }

    /// <summary>Builds the layer with its factory: the Geneve factories with the option bytes, <see cref="Encapsulation.MplsLabels"/> with the label count, <see cref="Encapsulation.Of"/> for the other kinds.</summary>
    /// <returns>The layer.</returns>
    /// <exception cref="InvalidModelException">PM0004: Geneve option bytes outside 0–252 or not a multiple of 4.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined, or an MPLS layer has fewer than one label.</exception>
    public Encapsulation Build() => Kind switch
    {
        EncapsulationKind.GeneveOverIpv4 => Encapsulation.GeneveOverIpv4(OptionBytes),
        EncapsulationKind.GeneveOverIpv6 => Encapsulation.GeneveOverIpv6(OptionBytes),
        EncapsulationKind.MplsLabels => Encapsulation.MplsLabels(LabelCount),
        _ => Encapsulation.Of(Kind),
    };

    /// <inheritdoc/>
    public override IReadOnlyList<ModelDiagnostic> Validate() => RuntimeFindings.Of(() => Build());

    /// <inheritdoc/>
    public override string ToCSharp() => Kind switch
    {
        EncapsulationKind.GeneveOverIpv4 or EncapsulationKind.GeneveOverIpv6 when OptionBytes != 0 => $"Encapsulation.{Kind}({CSharp.Integer(OptionBytes)})",
        EncapsulationKind.MplsLabels => $"Encapsulation.MplsLabels({CSharp.Integer(LabelCount)})",
        _ when Enum.IsDefined(Kind) => $"Encapsulation.{Kind}()",
        _ => $"Encapsulation.Of({CSharp.Enum(Kind)})",
    };

    /// <inheritdoc/>
    internal override IEnumerable<ModelParts> Shrink()
    {
        foreach (var kind in Shrinks.Before(Kind))
        {
            yield return new EncapsulationParts(kind, LabelCount: kind == EncapsulationKind.MplsLabels ? 1 : 0);
        }

        if (Kind is EncapsulationKind.GeneveOverIpv4 or EncapsulationKind.GeneveOverIpv6)
        {
            foreach (var bytes in Shrinks.Toward(OptionBytes, 0))
            {
                yield return this with { OptionBytes = bytes };
            }
        }

        if (Kind == EncapsulationKind.MplsLabels)
        {
            foreach (var labels in Shrinks.Toward(LabelCount, 1))
            {
                yield return this with { LabelCount = labels };
            }
        }
    }
}
