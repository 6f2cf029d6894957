using System;
using System.Collections.Generic;

namespace Paradigms.Model.Testing;

/// <summary>Candidate smaller values for the shrinkers: the target first, then values ever closer to the original.</summary>
internal static class Shrinks
{
    /// <summary>Integers from <paramref name="target"/> toward <paramref name="value"/>, halving the distance each time; none when they are equal.</summary>
    /// <param name="value">The value to shrink.</param>
    /// <param name="target">The simplest value.</param>
    /// <returns>The candidates.</returns>
    public static IEnumerable<int> Toward(int value, int target)
    {
        if (value == target)
        {
            yield break;
        }

        yield return target;
        var distance = (long)value - target;
        for (var step = distance / 2; step != 0; step /= 2)
        {
            yield return (int)(value - step);
        }
    }

    /// <summary>Numbers between <paramref name="target"/> and <paramref name="value"/>: the target, the midpoint and the value without its fraction; none when they are equal.</summary>
    /// <param name="value">The value to shrink.</param>
    /// <param name="target">The simplest value.</param>
    /// <returns>The candidates, each different from <paramref name="value"/>.</returns>
    public static IEnumerable<double> Toward(double value, double target)
    {
        if (value == target)
        {
            yield break;
        }

        yield return target;
        var middle = target + ((value - target) / 2);
        if (middle != value && middle != target)
        {
            yield return middle;
        }

        var whole = Math.Truncate(value);
        if (whole != value && whole != target && whole != middle)
        {
            yield return whole;
        }
    }

    /// <summary>The values of an enum defined before <paramref name="value"/>, the first first.</summary>
    /// <typeparam name="T">The enum.</typeparam>
    /// <param name="value">The value to shrink.</param>
    /// <returns>The candidates.</returns>
    public static IEnumerable<T> Before<T>(T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (candidate.Equals(value))
            {
                yield break;
            }

            yield return candidate;
        }
    }
}
