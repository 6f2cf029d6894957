using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Benchmarks;

/// <summary>
/// What every resource-equation benchmark shares: each equation is timed twice, typed (the
/// library's <c>CpuModel</c>, <c>MemoryModel</c>, … over quantities) and as a hand-written
/// <c>double</c> version of the same equation (the baseline), over the same 1,024 inputs drawn
/// with a fixed seed inside the document's ranges. Each pair has its own category, and the
/// ratio is computed within the category, so every typed equation is compared with its own
/// double version.
/// </summary>
/// <remarks>
/// <para>
/// The double versions work in the quantities' base units (cycles, bytes, nanoseconds, percent)
/// and return the same breakdown as the typed ones, so both give bit-identical results; the
/// setup of each class checks that before anything is timed. They check what the typed
/// equations check when they are called, with plain comparisons: counts finite and not
/// negative, the workload above zero, a loss from 0 % to below 100 %, latencies not negative,
/// and a total that did not overflow. What the quantity types guarantee from construction
/// (sizes and per-event costs finite and not negative) the double versions take as given,
/// since their inputs were checked once, in setup, as the typed ones were.
/// </para>
/// <para>
/// Each call processes the whole array and is declared with <c>OperationsPerInvoke = 1024</c>,
/// so Mean is the time of one equation. The job has fewer iterations than the default one so
/// that all 34 benchmarks run in about eight minutes (docs/performance.md).
/// </para>
/// </remarks>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[SimpleJob(launchCount: 1, warmupCount: 4, iterationCount: 12)]
[SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "BenchmarkDotNet runs instance methods.")]
public abstract class EquationBenchmarks
{
    /// <summary>The number of inputs each benchmark call evaluates.</summary>
    protected const int Count = 1024;

    /// <summary>A draw uniformly inside <paramref name="range"/>.</summary>
    protected static T Draw<T>(Random random, Range<T> range)
        where T : struct, IQuantity<T> =>
        range.Min + ((range.Max - range.Min) * random.NextDouble());

    /// <summary>A whole number of events from <paramref name="min"/> to <paramref name="max"/>.</summary>
    protected static double Events(Random random, int min, int max) => random.Next(min, max + 1);

    /// <summary>Throws unless the two versions gave bit-identical sums.</summary>
    protected static void CheckIdentical(string equation, double typed, double raw)
    {
        if (BitConverter.DoubleToInt64Bits(typed) != BitConverter.DoubleToInt64Bits(raw))
        {
            throw new InvalidOperationException($"{equation}: typed gives {typed:R}, double gives {raw:R}.");
        }
    }

    /// <summary>Throws unless <paramref name="attempt"/> throws an exception of type <typeparamref name="TException"/>.</summary>
    protected static void CheckRefuses<TException>(string what, Func<object> attempt)
        where TException : Exception
    {
        object result;
        try
        {
            result = attempt();
        }
        catch (TException)
        {
            return;
        }

        throw new InvalidOperationException($"{what} was accepted and gave {result}.");
    }

    /// <summary>The input checks of the double versions: plain comparisons, and throw helpers the JIT sees never return.</summary>
    /// <summary>A loss in percent, as the typed equations check it: 0 % or more and below 100 %.</summary>
    protected static double Loss(double percent, string paramName)
    {
        if (!(percent >= 0 && percent < 100))
        {
            Refuse.OutOfRange(paramName, percent, "0 % or more and below 100 %");
        }

        return percent;
    }

    /// <summary>A latency in nanoseconds, as the typed equations check it: 0 or more.</summary>
    protected static double NotNegative(double nanoseconds, string paramName)
    {
        if (!(nanoseconds >= 0))
        {
            Refuse.OutOfRange(paramName, nanoseconds, "0 or more");
        }

        return nanoseconds;
    }

    protected static class Refuse
    {
        /// <summary>An input outside what is allowed.</summary>
        [DoesNotReturn]
        public static void OutOfRange(string paramName, double value, string allowed) =>
            throw new ArgumentOutOfRangeException(paramName, value, allowed);

        /// <summary>A result too large for a double.</summary>
        [DoesNotReturn]
        public static void Overflow(string what) =>
            throw new OverflowException(what + " is too large for a double.");
    }

    /// <summary>The two sums a benchmark call returns, so the JIT cannot drop the work.</summary>
    /// <param name="First">The first output summed over the inputs (a total, in its base unit).</param>
    /// <param name="Second">The second output summed over the inputs (a utilization or relative performance, in percent), or 0.</param>
    public readonly record struct Sums(double First, double Second);
}
