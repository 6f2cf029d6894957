using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Paradigms.Model.Networking;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Testing;

/// <summary>The values an <see cref="EncapsulationStack"/> takes: the underlay's MTU and the layers, from the workload outward.</summary>
/// <param name="UnderlayMtu">The underlay's MTU, in bytes.</param>
/// <param name="Layers">The layers, from the workload outward; <c>default</c> is read as none.</param>
public sealed record EncapsulationStackParts(int UnderlayMtu, ImmutableArray<EncapsulationParts> Layers) : ModelParts
{
    private readonly ImmutableArray<EncapsulationParts> _layers = Layers.IsDefault ? [] : Layers;

    /// <summary>Gets the layers, from the workload outward; never <c>default</c>.</summary>
    public ImmutableArray<EncapsulationParts> Layers
    {
        get => _layers;
        init => _layers = value.IsDefault ? [] : value;
    }

    /// <summary>The parts of an existing stack.</summary>
    /// <param name="stack">The stack.</param>
    /// <returns>The parts, which build an equal stack.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stack"/> is null.</exception>
    public static EncapsulationStackParts From(EncapsulationStack stack)
    {
        ArgumentNullException.ThrowIfNull(stack);
        return new(stack.UnderlayMtu, [.. stack.Layers.Select(EncapsulationParts.From)]);
    }

    /// <summary>Builds the stack, each layer with its factory.</summary>
    /// <returns>The stack.</returns>
    /// <exception cref="InvalidModelException">PM0004: a layer's Geneve options are out of range; PM0008: the underlay MTU, or what the layers leave of it, is below 68 bytes.</exception>
    /// <exception cref="ArgumentException">A layer is null or its values are bad input.</exception>
    public EncapsulationStack Build() => new(UnderlayMtu, Layers.Select(layer => layer is null ? null! : layer.Build()));

    /// <inheritdoc/>
    public override IReadOnlyList<ModelDiagnostic> Validate() => RuntimeFindings.Of(() => Build());

    /// <inheritdoc/>
    public override string ToCSharp() =>
        $"new EncapsulationStack({CSharp.Integer(UnderlayMtu)}, [{string.Join(", ", Layers.Select(layer => layer?.ToCSharp() ?? "null"))}])";

    /// <summary>Whether <paramref name="other"/> has the same underlay MTU and the same layers in the same order.</summary>
    /// <param name="other">The other parts.</param>
    /// <returns>True when they are equal.</returns>
    public bool Equals(EncapsulationStackParts? other) =>
        other is not null && UnderlayMtu == other.UnderlayMtu && Layers.SequenceEqual(other.Layers);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(UnderlayMtu);
        foreach (var layer in Layers)
        {
            hash.Add(layer);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    internal override IEnumerable<ModelParts> Shrink()
    {
        for (var i = 0; i < Layers.Length; i++)
        {
            yield return this with { Layers = Layers.RemoveAt(i) };
        }

        for (var i = 0; i < Layers.Length; i++)
        {
            foreach (var layer in Layers[i]?.Shrink() ?? [])
            {
                yield return this with { Layers = Layers.SetItem(i, (EncapsulationParts)layer) };
            }
        }

        // Toward the smallest underlay that leaves IPv6 its 1280 bytes under these layers.
        var overhead = Layers.Sum(layer => layer is null ? 0 : RuleTable.EncapsulationOverheadBytes(layer.Kind, layer.OptionBytes, layer.LabelCount));
        foreach (var mtu in Shrinks.Toward(UnderlayMtu, ProtocolRanges.MinimumIpv6Mtu + overhead))
        {
            yield return this with { UnderlayMtu = mtu };
        }
    }
}
