using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Testing;

/// <summary>Small generators the others are built from.</summary>
internal static class Generate
{
    private const int Steps = int.MaxValue;

    /// <summary>How far below the largest value the spread of magnitudes reaches: six decades.</summary>
    private const double Decades = 1e6;

    /// <summary>An integer from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public static Gen<int> Between(int min, int max) => Gen.Choose(min, max);

    /// <summary>A number from <paramref name="min"/> to <paramref name="max"/>, both included, in 2^31 even steps.</summary>
    public static Gen<double> Between(double min, double max) =>
        Gen.Choose(0, Steps).Select(step => step == Steps ? max : min + ((max - min) * (step / (double)Steps)));

    /// <summary>Null half the time, otherwise a value of <paramref name="values"/>.</summary>
    public static Gen<T?> Optional<T>(Gen<T> values)
        where T : struct =>
        Gen.OneOf(Gen.Constant<T?>(null), values.Select(value => (T?)value));

    /// <summary>Null half the time, otherwise a value of <paramref name="values"/>.</summary>
    public static Gen<T?> OptionalReference<T>(Gen<T> values)
        where T : class =>
        Gen.OneOf(Gen.Constant<T?>(null), values.Select(value => (T?)value));

    /// <summary>One of <paramref name="values"/>, which are at least one.</summary>
    public static Gen<T> Element<T>(IReadOnlyList<T> values) =>
        values.Count > 0 ? Gen.Elements<T>(values.AsEnumerable()) : throw new ArgumentException("There is nothing to choose from.", nameof(values));

    /// <summary>
    /// A quantity from <paramref name="min"/> to <paramref name="max"/>: a figure of the catalog in that span, a
    /// whole number of base units, any number in between, or a number whose magnitude is spread evenly over the six
    /// decades below <paramref name="max"/> (so that microseconds turn up beside milliseconds), a quarter of the time each.
    /// </summary>
    public static Gen<T> Quantity<T>(T min, T max, Func<double, T> fromBase, Func<T, double> baseValue)
        where T : struct, IQuantity<T>
    {
        var figures = Figures.Of<T>().Where(figure => figure >= min && figure <= max).ToList();
        var low = baseValue(min);
        var high = baseValue(max);
        var any = Between(low, high).Select(fromBase);
        var whole = Math.Ceiling(low) <= Math.Floor(high)
            ? Between(Math.Ceiling(low), Math.Floor(high)).Select(value => fromBase(Math.Round(value)))
            : any;
        var smallest = Math.Max(low, high / Decades);
        var spread = smallest > 0 && smallest < high
            ? Between(Math.Log(smallest), Math.Log(high)).Select(exponent => fromBase(Math.Clamp(Math.Exp(exponent), low, high)))
            : any;
        return figures.Count > 0 ? Gen.OneOf(Element(figures), whole, any, spread) : Gen.OneOf(whole, any, spread);
    }

    /// <summary>Values of <typeparamref name="T"/> shrunk toward the first defined value.</summary>
    public static Arbitrary<T> Enum<T>()
        where T : struct, Enum =>
        Arb.From(Gen.Elements(System.Enum.GetValues<T>()), value => Shrinks.Before(value));
}
