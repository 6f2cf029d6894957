using System;
using System.Numerics;

namespace Paradigms.Model.Quantities;

/// <summary>
/// What every quantity of this library can do: compare, add, scale by a number, divide by
/// itself to a plain number, and format and parse with units. <see cref="Range{T}"/> and the
/// range evaluation of the equations are written once against this interface.
/// </summary>
/// <typeparam name="TSelf">The quantity type itself.</typeparam>
/// <remarks>Only the quantity types of this library implement it.</remarks>
public interface IQuantity<TSelf> :
    IEquatable<TSelf>,
    IComparable<TSelf>,
    IComparable,
    ISpanFormattable,
    ISpanParsable<TSelf>,
    IComparisonOperators<TSelf, TSelf, bool>,
    IAdditionOperators<TSelf, TSelf, TSelf>,
    ISubtractionOperators<TSelf, TSelf, TSelf>,
    IMultiplyOperators<TSelf, double, TSelf>,
    IDivisionOperators<TSelf, double, TSelf>
    where TSelf : struct, IQuantity<TSelf>
{
    /// <summary>Gets the zero of the quantity, equal to <c>default</c>.</summary>
    static abstract TSelf Zero { get; }

    /// <summary>The units of the quantity, for parsing and formatting shared with <see cref="Range{T}"/>.</summary>
    internal static abstract QuantityUnits Units { get; }

    /// <summary>The value in the quantity's base unit.</summary>
    internal double BaseValue { get; }

    /// <summary>Creates the quantity from a value already checked and in the base unit.</summary>
    internal static abstract TSelf FromBaseValue(double baseValue);
}
