using System.Runtime.CompilerServices;
using Paradigms.Model.Quantities;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Resources;

/// <summary>
/// The checks every equation runs on its inputs, written once. Each returns its argument when it is
/// allowed and otherwise throws <see cref="System.ArgumentOutOfRangeException"/> naming the parameter,
/// the value and what is allowed; none allocates on the way through.
/// </summary>
internal static class EquationInput
{
    private const string NotNegativeText = "0 or more";

    /// <summary>A latency or a term of one: zero or more.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Duration NotNegative(Duration value, string paramName)
    {
        if (value < Duration.Zero)
        {
            Preconditions.Fail(paramName, value, NotNegativeText);
        }

        return value;
    }

    /// <summary>A native latency the others are compared with: above zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Duration Positive(Duration value, string paramName)
    {
        if (value <= Duration.Zero)
        {
            Preconditions.Fail(paramName, value, "above 0");
        }

        return value;
    }

    /// <summary>A count of events: a finite number, zero or more.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Count(double value, string paramName)
    {
        if (!(value >= 0 && value <= double.MaxValue))
        {
            Preconditions.Fail(paramName, value, "a finite count, 0 or more");
        }

        return value;
    }

    /// <summary>
    /// A term of a CPU equation in cycles, cost × count, with the count checked as <see cref="Count"/> does.
    /// The cost is a <see cref="Cycles"/> and the count is checked, so both are finite and not negative:
    /// the product is finite or +infinity (or −0 for a count of −0), never NaN or below zero. It stays a
    /// <see cref="double"/> until <see cref="CyclesTotal"/> has refused the infinity, once for all the terms
    /// of an equation, and <see cref="CyclesTerm"/> has turned it into <see cref="Cycles"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Term(Cycles cost, double count, string paramName) => cost.Count * Count(count, paramName);

    /// <summary>A term from <see cref="Term"/>, once the total has shown it finite, as <see cref="Cycles"/> (−0 becomes +0, as everywhere).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Cycles CyclesTerm(double cycles) => new(cycles + 0.0);

    /// <summary>The total of a CPU equation, a sum of terms that are not negative: refused if it overflowed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Cycles CyclesTotal(double cycles) => new(Preconditions.ResultOfNonNegatives(cycles, "Cycles", "the CPU cost's total"));

    /// <summary>
    /// The total of a memory equation, a sum of sizes (finite and not negative): a partial sum can only
    /// overflow to +infinity, which carries to the total, so one comparison of the total refuses it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Information MemoryTotal(double bytes) => new(Preconditions.ResultOfNonNegatives(bytes, "Information", "the memory total"));

    /// <summary>A loss: a share of what native would do, from 0 % up to but not including 100 %.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Ratio Loss(Ratio value, string paramName)
    {
        if (RuleTable.CheckLoss(paramName, value.Percent) is { } finding)
        {
            Preconditions.Refuse(paramName, value, finding);
        }

        return value;
    }

    /// <summary>The workload's own cycles: above zero, or there is no utilization to speak of.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Cycles PositiveWork(Cycles value, string paramName)
    {
        if (value <= Cycles.Zero)
        {
            Preconditions.Fail(paramName, value, "above 0 cycles");
        }

        return value;
    }
}
