using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Networking;

/// <summary>
/// Encapsulations stacked over an underlay, and the MTU they leave for the packet inside:
/// <see cref="InnerMtu"/> = <see cref="UnderlayMtu"/> − the bytes of every layer. VXLAN over
/// IPv4 under WireGuard over IPv4 on a 1500-byte underlay leaves 1500 − 50 − 60 = 1390 bytes.
/// </summary>
/// <remarks>
/// Layers are listed from the workload outward: the first layer wraps the workload's packet,
/// the last one is what the underlay carries. Immutable; the constructor refuses a stack that
/// leaves less than IPv4's 68 bytes (PM0008). A deployment compares its declared MTU with
/// <see cref="InnerMtu"/> (PM0008, warning).
/// </remarks>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "A stack of protocol headers, the networking term; not a collection type.")]
public sealed record EncapsulationStack
{
    /// <summary>Creates a stack from the encapsulations written in place: <c>new EncapsulationStack(1500, Encapsulation.VxlanOverIpv4())</c>.</summary>
    /// <param name="underlayMtu">The underlay's MTU in bytes, 68 or more (1500 for standard Ethernet, 9000 for jumbo frames).</param>
    /// <param name="layers">The encapsulations, from the workload outward; none for a plain underlay.</param>
    /// <exception cref="ArgumentNullException"><paramref name="layers"/> or one of them is null.</exception>
    /// <exception cref="InvalidModelException">PM0008: the underlay MTU, or what the stack leaves of it, is below 68 bytes.</exception>
    /// <remarks>
    /// A <c>params</c> array rather than a <c>params</c> collection, so that the layers can be written in place
    /// from C# 12 on (the language of .NET 8) as well as with newer compilers.
    /// </remarks>
    public EncapsulationStack(int underlayMtu, params Encapsulation[] layers)
        : this(underlayMtu, (IEnumerable<Encapsulation>)layers)
    {
    }

    /// <summary>Creates a stack from a sequence of encapsulations, such as a list or another stack's <see cref="Layers"/>.</summary>
    /// <param name="underlayMtu">The underlay's MTU in bytes, 68 or more (1500 for standard Ethernet, 9000 for jumbo frames).</param>
    /// <param name="layers">The encapsulations, from the workload outward; none for a plain underlay.</param>
    /// <exception cref="ArgumentNullException"><paramref name="layers"/> or one of them is null.</exception>
    /// <exception cref="InvalidModelException">PM0008: the underlay MTU, or what the stack leaves of it, is below 68 bytes.</exception>
    public EncapsulationStack(int underlayMtu, IEnumerable<Encapsulation> layers)
    {
        Preconditions.NotNull(layers, nameof(layers));
        var array = layers.ToImmutableArray();
        for (var i = 0; i < array.Length; i++)
        {
            Preconditions.NotNull(array[i], $"{nameof(layers)}[{i}]");
        }

        ModelValidator.ThrowIfError(RuleTable.CheckUnderlayMtu(underlayMtu), nameof(underlayMtu));
        UnderlayMtu = underlayMtu;
        Layers = array;

        // Each layer's bytes fit in an int, their sum may not: it is added up as a long, and a stack that leaves at
        // least 68 bytes of an int-sized underlay has a sum that fits.
        var overheadBytes = array.Sum(layer => (long)layer.OverheadBytes);
        ModelValidator.ThrowIfError(RuleTable.CheckInnerMtu(ToString, underlayMtu - overheadBytes), nameof(layers));
        OverheadBytes = (int)overheadBytes;
    }

    /// <summary>Gets the underlay's MTU, in bytes.</summary>
    public int UnderlayMtu { get; }

    /// <summary>Gets the encapsulations, from the workload outward.</summary>
    public ImmutableArray<Encapsulation> Layers { get; }

    /// <summary>Gets the bytes all layers add together.</summary>
    public int OverheadBytes { get; }

    /// <summary>Gets the MTU left for the workload's packets: <see cref="UnderlayMtu"/> − <see cref="OverheadBytes"/>.</summary>
    public int InnerMtu => UnderlayMtu - OverheadBytes;

    /// <summary>Whether <paramref name="other"/> has the same underlay MTU and the same layers in the same order.</summary>
    /// <param name="other">The other stack.</param>
    /// <returns>True when they are equal.</returns>
    public bool Equals(EncapsulationStack? other) =>
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

    /// <summary>Writes the stack, for example <c>VXLAN over IPv4 (50 B) + WireGuard over IPv4 (60 B)</c>, or <c>no encapsulation</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RuleTable.DescribeStack(Layers.Select(layer => layer.ToString()));
}
