using Paradigms.Model.Quantities;

namespace Paradigms.Model.Resources;

/// <summary>Performance against native, written once for IO, network and storage.</summary>
internal static class Relative
{
    /// <summary>
    /// (1 − loss) × native / (native + added): the share of native performance left when a loss takes
    /// part of the throughput and each operation waits <paramref name="added"/> longer. When both
    /// latencies are zero nothing is slower, so only the loss counts.
    /// </summary>
    public static Ratio Performance(Ratio loss, Duration native, Duration added)
    {
        var total = native + added;
        var latencyShare = total == Duration.Zero ? 1 : native / total;
        return Ratio.FromDecimalFractions((1 - loss.DecimalFractions) * latencyShare);
    }
}
