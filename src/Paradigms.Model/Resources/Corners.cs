using System;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Resources;

/// <summary>
/// Evaluates a scalar equation over ranges of its inputs: the function is called at every corner
/// of the input box (every combination of each range's <see cref="Range{T}.Min"/> and
/// <see cref="Range{T}.Max"/>), and the result is the range from the smallest to the largest value.
/// </summary>
/// <remarks>
/// <para>
/// The equations of this library are written once, for scalar quantities (DESIGN.md "Ranges"); this
/// class is how a documented range such as "VM exit 1000–5000 cycles" flows through them. The result
/// is exact for a function that is monotone in each input, which every equation of
/// <see cref="CpuModel"/>, <see cref="MemoryModel"/>, <see cref="IoModel"/>, <see cref="NetworkModel"/>
/// and <see cref="StorageModel"/> is (a property test checks it). To hold an input fixed, pass
/// <see cref="Range{T}.Point(T)"/>.
/// </para>
/// <para>A function of <em>n</em> ranges is called 2<sup><em>n</em></sup> times. Thread-safe when the function is.</para>
/// </remarks>
/// <example>
/// <code>
/// var utilization = Corners.Evaluate(
///     ResourceFacts.VmExitCost.Value,
///     exitCost => CpuModel.Virtualization(Cycles.FromCycles(1000), 1, exitCost, 0, Cycles.Zero, 0, Cycles.Zero).Utilization);
/// // 16.67 %–50 %: one exit per 1000 cycles of work costs 1000–5000 cycles.
/// </code>
/// </example>
public static class Corners
{
    /// <summary>Evaluates <paramref name="function"/> at both ends of one range.</summary>
    /// <typeparam name="T1">The input quantity.</typeparam>
    /// <typeparam name="TResult">The result quantity.</typeparam>
    /// <param name="first">The input range.</param>
    /// <param name="function">The scalar function.</param>
    /// <returns>The smallest to the largest result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="function"/> is null.</exception>
    public static Range<TResult> Evaluate<T1, TResult>(Range<T1> first, Func<T1, TResult> function)
        where T1 : struct, IQuantity<T1>
        where TResult : struct, IQuantity<TResult>
    {
        Preconditions.NotNull(function, nameof(function));
        var bounds = new Bounds<TResult>();
        bounds.Add(function(first.Min));
        bounds.Add(function(first.Max));
        return bounds.Range;
    }

    /// <summary>Evaluates <paramref name="function"/> at the four corners of two ranges.</summary>
    /// <typeparam name="T1">The first input quantity.</typeparam>
    /// <typeparam name="T2">The second input quantity.</typeparam>
    /// <typeparam name="TResult">The result quantity.</typeparam>
    /// <param name="first">The first input range.</param>
    /// <param name="second">The second input range.</param>
    /// <param name="function">The scalar function.</param>
    /// <returns>The smallest to the largest result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="function"/> is null.</exception>
    public static Range<TResult> Evaluate<T1, T2, TResult>(Range<T1> first, Range<T2> second, Func<T1, T2, TResult> function)
        where T1 : struct, IQuantity<T1>
        where T2 : struct, IQuantity<T2>
        where TResult : struct, IQuantity<TResult>
    {
        Preconditions.NotNull(function, nameof(function));
        var bounds = new Bounds<TResult>();
        for (var a = 0; a < 2; a++)
        {
            for (var b = 0; b < 2; b++)
            {
                bounds.Add(function(End(first, a), End(second, b)));
            }
        }

        return bounds.Range;
    }

    /// <summary>Evaluates <paramref name="function"/> at the eight corners of three ranges.</summary>
    /// <typeparam name="T1">The first input quantity.</typeparam>
    /// <typeparam name="T2">The second input quantity.</typeparam>
    /// <typeparam name="T3">The third input quantity.</typeparam>
    /// <typeparam name="TResult">The result quantity.</typeparam>
    /// <param name="first">The first input range.</param>
    /// <param name="second">The second input range.</param>
    /// <param name="third">The third input range.</param>
    /// <param name="function">The scalar function.</param>
    /// <returns>The smallest to the largest result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="function"/> is null.</exception>
    public static Range<TResult> Evaluate<T1, T2, T3, TResult>(
        Range<T1> first, Range<T2> second, Range<T3> third, Func<T1, T2, T3, TResult> function)
        where T1 : struct, IQuantity<T1>
        where T2 : struct, IQuantity<T2>
        where T3 : struct, IQuantity<T3>
        where TResult : struct, IQuantity<TResult>
    {
        Preconditions.NotNull(function, nameof(function));
        var bounds = new Bounds<TResult>();
        for (var a = 0; a < 2; a++)
        {
            for (var b = 0; b < 2; b++)
            {
                for (var c = 0; c < 2; c++)
                {
                    bounds.Add(function(End(first, a), End(second, b), End(third, c)));
                }
            }
        }

        return bounds.Range;
    }

    /// <summary>Evaluates <paramref name="function"/> at the sixteen corners of four ranges.</summary>
    /// <typeparam name="T1">The first input quantity.</typeparam>
    /// <typeparam name="T2">The second input quantity.</typeparam>
    /// <typeparam name="T3">The third input quantity.</typeparam>
    /// <typeparam name="T4">The fourth input quantity.</typeparam>
    /// <typeparam name="TResult">The result quantity.</typeparam>
    /// <param name="first">The first input range.</param>
    /// <param name="second">The second input range.</param>
    /// <param name="third">The third input range.</param>
    /// <param name="fourth">The fourth input range.</param>
    /// <param name="function">The scalar function.</param>
    /// <returns>The smallest to the largest result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="function"/> is null.</exception>
    public static Range<TResult> Evaluate<T1, T2, T3, T4, TResult>(
        Range<T1> first, Range<T2> second, Range<T3> third, Range<T4> fourth, Func<T1, T2, T3, T4, TResult> function)
        where T1 : struct, IQuantity<T1>
        where T2 : struct, IQuantity<T2>
        where T3 : struct, IQuantity<T3>
        where T4 : struct, IQuantity<T4>
        where TResult : struct, IQuantity<TResult>
    {
        Preconditions.NotNull(function, nameof(function));
        var bounds = new Bounds<TResult>();
        for (var a = 0; a < 2; a++)
        {
            for (var b = 0; b < 2; b++)
            {
                for (var c = 0; c < 2; c++)
                {
                    for (var d = 0; d < 2; d++)
                    {
                        bounds.Add(function(End(first, a), End(second, b), End(third, c), End(fourth, d)));
                    }
                }
            }
        }

        return bounds.Range;
    }

    /// <summary>Evaluates <paramref name="function"/> at the 32 corners of five ranges.</summary>
    /// <typeparam name="T1">The first input quantity.</typeparam>
    /// <typeparam name="T2">The second input quantity.</typeparam>
    /// <typeparam name="T3">The third input quantity.</typeparam>
    /// <typeparam name="T4">The fourth input quantity.</typeparam>
    /// <typeparam name="T5">The fifth input quantity.</typeparam>
    /// <typeparam name="TResult">The result quantity.</typeparam>
    /// <param name="first">The first input range.</param>
    /// <param name="second">The second input range.</param>
    /// <param name="third">The third input range.</param>
    /// <param name="fourth">The fourth input range.</param>
    /// <param name="fifth">The fifth input range.</param>
    /// <param name="function">The scalar function.</param>
    /// <returns>The smallest to the largest result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="function"/> is null.</exception>
    public static Range<TResult> Evaluate<T1, T2, T3, T4, T5, TResult>(
        Range<T1> first, Range<T2> second, Range<T3> third, Range<T4> fourth, Range<T5> fifth, Func<T1, T2, T3, T4, T5, TResult> function)
        where T1 : struct, IQuantity<T1>
        where T2 : struct, IQuantity<T2>
        where T3 : struct, IQuantity<T3>
        where T4 : struct, IQuantity<T4>
        where T5 : struct, IQuantity<T5>
        where TResult : struct, IQuantity<TResult>
    {
        Preconditions.NotNull(function, nameof(function));
        var bounds = new Bounds<TResult>();
        for (var a = 0; a < 2; a++)
        {
            for (var b = 0; b < 2; b++)
            {
                for (var c = 0; c < 2; c++)
                {
                    for (var d = 0; d < 2; d++)
                    {
                        for (var e = 0; e < 2; e++)
                        {
                            bounds.Add(function(End(first, a), End(second, b), End(third, c), End(fourth, d), End(fifth, e)));
                        }
                    }
                }
            }
        }

        return bounds.Range;
    }

    private static T End<T>(Range<T> range, int end)
        where T : struct, IQuantity<T> => end == 0 ? range.Min : range.Max;

    /// <summary>The smallest and largest value seen so far.</summary>
    private struct Bounds<T>
        where T : struct, IQuantity<T>
    {
        private bool _any;
        private T _min;
        private T _max;

        public readonly Range<T> Range => new(_min, _max);

        public void Add(T value)
        {
            if (!_any || value < _min)
            {
                _min = value;
            }

            if (!_any || value > _max)
            {
                _max = value;
            }

            _any = true;
        }
    }
}
