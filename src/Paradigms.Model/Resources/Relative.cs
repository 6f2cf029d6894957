using System.Diagnostics;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Resources;

/// <summary>Performance against native and shares of a whole, written once for CPU, IO, network and storage.</summary>
/// <remarks>
/// The inputs reaching these methods have already been checked by the equations, which bounds the
/// results: a share of a whole and a performance against native are always from 0 to 1. So only the
/// one overflow that can still happen (native + added) is checked, and the <see cref="Ratio"/> is
/// built without the factory's check, which could not fail (docs/performance.md, resource equations).
/// </remarks>
internal static class Relative
{
    private const double PercentPerWhole = 100;

    /// <summary>
    /// <paramref name="kept"/> × native / (native + added): the share of native performance left when
    /// only <paramref name="kept"/> of the throughput remains and each operation waits
    /// <paramref name="added"/> longer. When both latencies are zero nothing is slower, so only
    /// <paramref name="kept"/> counts.
    /// </summary>
    /// <remarks>
    /// The latencies arrive in nanoseconds as sums of latencies already checked to be 0 or more, so
    /// each is finite or +infinity, never NaN or negative, and native + added overflows exactly when
    /// one of them did. This method refuses that, once; after it returns, every latency the caller
    /// summed is finite and can become a <see cref="Duration"/> without another check.
    /// </remarks>
    /// <param name="kept">The share of native throughput kept, from 0 to 1 (1 − a checked loss).</param>
    /// <param name="native">The native latency in nanoseconds, 0 or more.</param>
    /// <param name="added">The added latency in nanoseconds, 0 or more.</param>
    /// <returns>The performance against native.</returns>
    /// <exception cref="System.OverflowException">A latency, or native + added, is too large for a <see cref="double"/>.</exception>
    public static Ratio Performance(double kept, double native, double added)
    {
        Debug.Assert(kept >= 0 && kept <= 1, "kept is 1 − a loss checked to be from 0 % to below 100 %.");
        Debug.Assert(native >= 0 && added >= 0, "latencies are checked to be 0 or more.");
        var total = Preconditions.ResultOfNonNegatives(native + added, "Duration", "the latency's total");
        var latencyShare = total == 0 ? 1 : native / total;
        return Share(kept * latencyShare);
    }

    /// <summary>A share from 0 to 1, such as a part over a whole that contains it, as a <see cref="Ratio"/>.</summary>
    /// <param name="fraction">The share; the caller has bounded it from 0 to 1.</param>
    /// <returns>The share in percent.</returns>
    public static Ratio Share(double fraction)
    {
        Debug.Assert(fraction >= 0 && fraction <= 1, "a share is from 0 to 1.");
        return new Ratio(fraction * PercentPerWhole);
    }
}
