using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Paradigms.Model.Decisions;
using Paradigms.Model.Networking;
using Paradigms.Model.Quantities;
using Paradigms.Model.Resources;

namespace Paradigms.Model.Testing;

/// <summary>
/// FsCheck arbitraries for every model type and quantity of Paradigms.Model. Register them on a property:
/// <c>[Property(Arbitrary = new[] { typeof(ParadigmsArbitraries) })]</c>; FsCheck finds the static properties
/// (and the generic <see cref="Range{T}"/> method) by their return type.
/// </summary>
/// <remarks>
/// <para>
/// Valid by default: every model generated here builds, and <see cref="ModelValidator"/> finds nothing in it —
/// no error, and no warning or info either — so a property over them never sees a finding it did not ask for.
/// Invalid models, warnings included, come from <see cref="InvalidModel"/> and <see cref="InvalidModels"/>.
/// </para>
/// <para>
/// Values stay inside the documents' ranges, read from the facts catalog: a quantity goes from zero to the
/// largest figure of its kind, the figures themselves among the values; protocol values (VLAN ids, VNIs,
/// SR-IOV functions, Geneve options, MTUs, wasm32 pages) stay inside their standards; a link's rate stays inside
/// the network document's range for its medium and below what its medium and interface carry. Frequencies, IO
/// rates and CPU amounts, which the documents never bound, and the largest MTU use this kit's bounds
/// (docs/testing.md).
/// </para>
/// <para>
/// Shrinking keeps a valid model valid: a model shrinks through its parts (fewer channels, optional values
/// dropped, numbers toward their simplest value), and a shrunk model is kept only when it still builds with no
/// finding.
/// </para>
/// </remarks>
public static class ParadigmsArbitraries
{
    /// <summary>Gets durations from zero to the longest in the facts catalog.</summary>
    public static Arbitrary<Duration> Duration { get; } =
        Quantity(QuantityGenerators.Duration, value => value.Nanoseconds, Model.Quantities.Duration.FromNanoseconds);

    /// <summary>Gets sizes from zero to the largest in the facts catalog.</summary>
    public static Arbitrary<Information> Information { get; } =
        Quantity(QuantityGenerators.Information, value => value.Bytes, Model.Quantities.Information.FromBytes);

    /// <summary>Gets rates from zero to the fastest in the facts catalog (400 Gbit/s, Net §04.1.1).</summary>
    public static Arbitrary<BitRate> BitRate { get; } =
        Quantity(QuantityGenerators.BitRate, value => value.BitsPerSecond, Model.Quantities.BitRate.FromBitsPerSecond);

    /// <summary>Gets ratios from zero to the largest in the facts catalog.</summary>
    public static Arbitrary<Ratio> Ratio { get; } =
        Quantity(QuantityGenerators.Ratio, value => value.Percent, Model.Quantities.Ratio.FromPercent);

    /// <summary>Gets clock frequencies from zero to 6 GHz (the documents give none).</summary>
    public static Arbitrary<Frequency> Frequency { get; } =
        Quantity(QuantityGenerators.Frequency, value => value.Hertz, Model.Quantities.Frequency.FromHertz);

    /// <summary>Gets cycle counts from zero to the largest in the facts catalog.</summary>
    public static Arbitrary<Cycles> Cycles { get; } =
        Quantity(QuantityGenerators.Cycles, value => value.Count, Model.Quantities.Cycles.FromCycles);

    /// <summary>Gets IO rates from zero to 10 million IOPS (the documents give none).</summary>
    public static Arbitrary<IoOperationRate> IoOperationRate { get; } =
        Quantity(QuantityGenerators.IoOperationRate, value => value.OperationsPerSecond, Model.Quantities.IoOperationRate.FromOperationsPerSecond);

    /// <summary>Gets lengths from zero to the longest in the facts catalog (the 100 m of twisted pair).</summary>
    public static Arbitrary<Length> Length { get; } =
        Quantity(QuantityGenerators.Length, value => value.Meters, Model.Quantities.Length.FromMeters);

    /// <summary>Gets CPU amounts from zero to 256 cores, the application case's 2 CPUs among them.</summary>
    public static Arbitrary<CpuCores> CpuCores { get; } =
        Quantity(QuantityGenerators.CpuCores, value => value.Millicores, Model.Quantities.CpuCores.FromMillicores);

    /// <summary>Gets any MAC address, shrunk toward <c>00:00:00:00:00:00</c>.</summary>
    public static Arbitrary<MacAddress> MacAddress { get; } = Arb.From(
        ValidParts.MacAddress,
        address => Shrinks.Toward((double)address.Value, 0).Select(value => Model.Networking.MacAddress.FromUInt64((ulong)value)));

    /// <summary>Gets NICs of every kind with valid values (an SR-IOV index below its count, a VLAN id of 802.1Q).</summary>
    public static Arbitrary<Nic> Nic { get; } = FromParts(
        Gen.Elements(Enum.GetValues<NicKind>()).SelectMany(ValidParts.Nic), NicParts.From, parts => parts.Build());

    /// <summary>Gets logical channels of every kind with valid values (a VLAN id of 802.1Q, a 24-bit VNI).</summary>
    public static Arbitrary<LogicalChannel> LogicalChannel { get; } = FromParts(
        Gen.Elements(Enum.GetValues<LogicalChannelKind>()).SelectMany(ValidParts.Channel), LogicalChannelParts.From, parts => parts.Build());

    /// <summary>Gets encapsulation layers of every kind with valid values.</summary>
    public static Arbitrary<Encapsulation> Encapsulation { get; } = FromParts(
        ValidParts.Layer, EncapsulationParts.From, parts => parts.Build());

    /// <summary>Gets stacks of up to three layers whose underlay leaves at least IPv6's 1280 bytes.</summary>
    public static Arbitrary<EncapsulationStack> EncapsulationStack { get; } = FromParts(
        ValidParts.Stack, EncapsulationStackParts.From, parts => parts.Build());

    /// <summary>Gets physical NICs whose link every standard allows and that draw no warning.</summary>
    public static Arbitrary<PhysicalNic> PhysicalNic { get; } = FromParts(
        ValidParts.PhysicalNic, PhysicalNicParts.From, parts => parts.Build());

    /// <summary>Gets deployments under every paradigm, with channels, a network mode, an uplink, an MTU, a stack and a guest each present or not, that validate with no finding.</summary>
    public static Arbitrary<Deployment> Deployment { get; } = FromParts(
        ValidParts.Deployment, DeploymentParts.From, parts => parts.Build());

    /// <summary>Gets workloads under every paradigm, requests above zero, a sandbox's memory within wasm32's 4 GiB.</summary>
    public static Arbitrary<Workload> Workload { get; } = FromParts(
        ValidParts.Workload, WorkloadParts.From, parts => parts.Build());

    /// <summary>Gets wasm32 linear memories, 0 to 65,536 pages.</summary>
    public static Arbitrary<WasmLinearMemory> WasmLinearMemory { get; } = FromParts(
        ValidParts.WasmLinearMemory, WasmLinearMemoryParts.From, parts => parts.Build());

    /// <summary>Gets requirements: every combination of the seven conditions is valid; shrinking clears conditions.</summary>
    public static Arbitrary<Requirements> Requirements { get; } = Arb.From(
        Gen.ArrayOf(Gen.Elements(false, true), Enum.GetValues<DecisionCondition>().Length)
            .Select(holds => Model.Decisions.Requirements.Of([.. Enum.GetValues<DecisionCondition>().Where((_, i) => holds[i])])),
        requirements =>
        {
            var held = Enum.GetValues<DecisionCondition>().Where(requirements.Holds).ToList();
            return held.Select(dropped => Model.Decisions.Requirements.Of([.. held.Where(condition => condition != dropped)]));
        });

    /// <summary>Gets invalid models of every rule id, as <see cref="InvalidModels.All"/>.</summary>
    public static Arbitrary<InvalidModel> InvalidModel => InvalidModels.All;

    /// <summary>Gets the four paradigms.</summary>
    public static Arbitrary<Paradigm> Paradigm { get; } = Generate.Enum<Paradigm>();

    /// <summary>Gets the kinds of NIC.</summary>
    public static Arbitrary<NicKind> NicKind { get; } = Generate.Enum<NicKind>();

    /// <summary>Gets the kinds of logical channel.</summary>
    public static Arbitrary<LogicalChannelKind> LogicalChannelKind { get; } = Generate.Enum<LogicalChannelKind>();

    /// <summary>Gets the network modes.</summary>
    public static Arbitrary<NetworkMode> NetworkMode { get; } = Generate.Enum<NetworkMode>();

    /// <summary>Gets the kinds of encapsulation.</summary>
    public static Arbitrary<EncapsulationKind> EncapsulationKind { get; } = Generate.Enum<EncapsulationKind>();

    /// <summary>Gets the duplex modes.</summary>
    public static Arbitrary<DuplexMode> DuplexMode { get; } = Generate.Enum<DuplexMode>();

    /// <summary>Gets the physical media.</summary>
    public static Arbitrary<PhysicalMedium> PhysicalMedium { get; } = Generate.Enum<PhysicalMedium>();

    /// <summary>Gets the interface types.</summary>
    public static Arbitrary<InterfaceType> InterfaceType { get; } = Generate.Enum<InterfaceType>();

    /// <summary>Gets the physical topologies.</summary>
    public static Arbitrary<PhysicalTopology> PhysicalTopology { get; } = Generate.Enum<PhysicalTopology>();

    /// <summary>Gets the requirement levels.</summary>
    public static Arbitrary<RequirementLevel> RequirementLevel { get; } = Generate.Enum<RequirementLevel>();

    /// <summary>Gets the conditions of the decision algorithm.</summary>
    public static Arbitrary<DecisionCondition> DecisionCondition { get; } = Generate.Enum<DecisionCondition>();

    /// <summary>Ranges of a quantity: two values of its arbitrary, the smaller one first; shrinking shrinks either end and keeps the order.</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="values">The quantity's arbitrary; FsCheck passes the registered one.</param>
    /// <returns>The arbitrary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    public static Arbitrary<Range<T>> Range<T>(Arbitrary<T> values)
        where T : struct, IQuantity<T>
    {
        ArgumentNullException.ThrowIfNull(values);
        return Arb.From(
            from a in values.Generator
            from b in values.Generator
            select a <= b ? new Range<T>(a, b) : new Range<T>(b, a),
            range => values.Shrinker(range.Min).Where(min => min <= range.Max).Select(min => new Range<T>(min, range.Max))
                .Concat(values.Shrinker(range.Max).Where(max => max >= range.Min).Select(max => new Range<T>(range.Min, max))));
    }

    private static Arbitrary<T> Quantity<T>(Gen<T> values, Func<T, double> baseValue, Func<double, T> fromBase)
        where T : struct, IQuantity<T> =>
        Arb.From(values, value => Shrinks.Toward(baseValue(value), 0).Select(fromBase));

    private static Arbitrary<TModel> FromParts<TParts, TModel>(Gen<TParts> parts, Func<TModel, TParts> from, Func<TParts, TModel> build)
        where TParts : ModelParts =>
        Arb.From(parts.Select(build), model => from(model).Shrink().OfType<TParts>().Where(IsClean).Select(build));

    /// <summary>Whether the parts build a model with no finding at all.</summary>
    private static bool IsClean(ModelParts parts)
    {
        IReadOnlyList<ModelDiagnostic> findings;
        try
        {
            findings = parts.Validate();
        }
        catch (ArgumentException)
        {
            return false;
        }

        return findings.Count == 0;
    }
}
