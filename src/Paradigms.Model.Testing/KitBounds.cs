using Paradigms.Model.Quantities;

namespace Paradigms.Model.Testing;

/// <summary>
/// The few bounds the generators need where neither document nor any standard in the facts catalog
/// gives a figure. They are this kit's choices, not figures of the documents, and docs/testing.md lists them.
/// </summary>
internal static class KitBounds
{
    /// <summary>The largest MTU generated, in bytes: the largest jumbo frame common data-center switches accept. The documents give no MTU.</summary>
    public const int LargestMtu = 9216;

    /// <summary>The most MPLS labels in one generated layer: real label stacks are one to three deep.</summary>
    public const int MostMplsLabels = 3;

    /// <summary>The most logical channels a generated deployment terminates.</summary>
    public const int MostChannels = 3;

    /// <summary>The most layers of a generated encapsulation stack.</summary>
    public const int MostLayers = 3;

    /// <summary>How many times its reach the longest out-of-reach cable generated is.</summary>
    public const int BeyondReachFactor = 3;

    /// <summary>How many times the wasm32 limit the largest out-of-limit memory generated is.</summary>
    public const int BeyondWasm32Factor = 4;

    /// <summary>Gets the fastest clock generated: the documents give none, and server CPUs run at most a few GHz.</summary>
    public static Frequency FastestClock => Frequency.FromGigahertz(6);

    /// <summary>Gets the highest IO rate generated: the documents give none; a large NVMe array does a few million IOPS.</summary>
    public static IoOperationRate HighestIoRate => IoOperationRate.FromOperationsPerSecond(10_000_000);

    /// <summary>Gets the largest CPU request generated: the documents give only the application case's 2 CPUs.</summary>
    public static CpuCores LargestCpuRequest => CpuCores.FromCores(256);

    /// <summary>Gets the largest loss generated above 100 % and the most negative below 0 %, for invalid losses.</summary>
    public static Ratio LargestLossOutside => Ratio.FromPercent(200);
}
