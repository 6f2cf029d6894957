using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Testing;

/// <summary>
/// The figures of the facts catalog the generators draw from, so that no generator writes a
/// document's number itself: every value of a quantity the catalog holds, and the integer and byte
/// figures of the standards read as plain numbers.
/// </summary>
internal static class Figures
{
    /// <summary>Every value of <typeparamref name="T"/> in the catalog: single figures, both ends of ranges and the items of lists; sorted, without repeats.</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <returns>The values, possibly none.</returns>
    public static ImmutableArray<T> Of<T>()
        where T : struct, IQuantity<T>
    {
        var values = new List<T>();
        foreach (var fact in FactCatalog.All)
        {
            switch (fact)
            {
                case Sourced<T> single:
                    values.Add(single.Value);
                    break;
                case Sourced<Range<T>> range:
                    values.Add(range.Value.Min);
                    values.Add(range.Value.Max);
                    break;
                case Sourced<ImmutableArray<T>> list:
                    values.AddRange(list.Value);
                    break;
            }
        }

        return [.. values.Distinct().Order()];
    }

    /// <summary>A figure counted in bytes (an MTU, a header), as a whole number of bytes.</summary>
    /// <param name="figure">The figure.</param>
    /// <returns>Its bytes.</returns>
    public static int Bytes(Sourced<Information> figure) => checked((int)figure.Value.Bytes);
}
