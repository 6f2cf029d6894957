using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Testing;

/// <summary>
/// Generators of quantities inside the documents' ranges: from zero to the largest figure of the quantity
/// in the facts catalog, the figures themselves among them. Frequencies, IO rates and CPU amounts, which the
/// documents never put a figure on, go up to <see cref="KitBounds"/>.
/// </summary>
internal static class QuantityGenerators
{
    /// <summary>Gets the largest size in the catalog.</summary>
    public static Information LargestInformation { get; } = Figures.Of<Information>().Max();

    /// <summary>Gets durations from zero to the longest in the catalog.</summary>
    public static Gen<Duration> Duration { get; } =
        Generate.Quantity(Model.Quantities.Duration.Zero, Figures.Of<Duration>().Max(), Model.Quantities.Duration.FromNanoseconds, value => value.Nanoseconds);

    /// <summary>Gets sizes from zero to the largest in the catalog.</summary>
    public static Gen<Information> Information { get; } =
        Generate.Quantity(Model.Quantities.Information.Zero, LargestInformation, Model.Quantities.Information.FromBytes, value => value.Bytes);

    /// <summary>Gets rates from zero to the fastest in the catalog.</summary>
    public static Gen<BitRate> BitRate { get; } =
        Generate.Quantity(Model.Quantities.BitRate.Zero, Figures.Of<BitRate>().Max(), Model.Quantities.BitRate.FromBitsPerSecond, value => value.BitsPerSecond);

    /// <summary>Gets ratios from zero to the largest in the catalog.</summary>
    public static Gen<Ratio> Ratio { get; } =
        Generate.Quantity(Model.Quantities.Ratio.Zero, Figures.Of<Ratio>().Max(), Model.Quantities.Ratio.FromPercent, value => value.Percent);

    /// <summary>Gets cycle counts from zero to the largest in the catalog.</summary>
    public static Gen<Cycles> Cycles { get; } =
        Generate.Quantity(Model.Quantities.Cycles.Zero, Figures.Of<Cycles>().Max(), Model.Quantities.Cycles.FromCycles, value => value.Count);

    /// <summary>Gets lengths from zero to the longest in the catalog.</summary>
    public static Gen<Length> Length { get; } =
        Generate.Quantity(Model.Quantities.Length.Zero, Figures.Of<Length>().Max(), Model.Quantities.Length.FromMeters, value => value.Meters);

    /// <summary>Gets clock frequencies from zero to <see cref="KitBounds.FastestClock"/>.</summary>
    public static Gen<Frequency> Frequency { get; } =
        Generate.Quantity(Model.Quantities.Frequency.Zero, KitBounds.FastestClock, Model.Quantities.Frequency.FromHertz, value => value.Hertz);

    /// <summary>Gets IO rates from zero to <see cref="KitBounds.HighestIoRate"/>.</summary>
    public static Gen<IoOperationRate> IoOperationRate { get; } =
        Generate.Quantity(Model.Quantities.IoOperationRate.Zero, KitBounds.HighestIoRate, Model.Quantities.IoOperationRate.FromOperationsPerSecond, value => value.OperationsPerSecond);

    /// <summary>
    /// Gets CPU amounts from zero to <see cref="KitBounds.LargestCpuRequest"/>, with the catalog's CPU figures
    /// among them: the application case's 2 CPUs (<see cref="ResourceFacts.ExampleWorkloadCpuRequests"/>) and a
    /// Kata pod's overhead (<see cref="MeasuredFacts.KataPodCpuOverheadMillicores"/>).
    /// </summary>
    public static Gen<CpuCores> CpuCores { get; } = Gen.OneOf(
        Gen.Elements(
            Model.Quantities.CpuCores.FromCores(ResourceFacts.ExampleWorkloadCpuRequests.Value),
            Model.Quantities.CpuCores.FromMillicores(MeasuredFacts.KataPodCpuOverheadMillicores.Value)),
        Generate.Quantity(Model.Quantities.CpuCores.Zero, KitBounds.LargestCpuRequest, Model.Quantities.CpuCores.FromMillicores, value => value.Millicores));
}
