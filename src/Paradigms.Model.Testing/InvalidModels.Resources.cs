using System;
using FsCheck;
using FsCheck.Fluent;
using Paradigms.Model.Decisions;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Testing;

/// <summary>The invalid inputs of the resource model: PM0010 and PM0011.</summary>
public static partial class InvalidModels
{
    /// <summary>PM0010 (error): a loss below 0 %, or of 100 % or more, given to a paradigm's IO equation.</summary>
    private static Gen<InvalidModel> LossOutOfRange() =>
        from paradigm in Gen.Elements(Enum.GetValues<Paradigm>())
        from rawLatency in QuantityGenerators.Duration.Where(latency => latency > Duration.Zero)
        from loss in Gen.OneOf(
            Generate.Quantity(Ratio.FromPercent(100), KitBounds.LargestLossOutside, Ratio.FromPercent, ratio => ratio.Percent),
            Generate.Between(-KitBounds.LargestLossOutside.Percent, 0).Where(percent => percent < 0).Select(Ratio.FromPercent))
        select Error("PM0010", new IoLossParts(paradigm, rawLatency, loss));

    /// <summary>PM0011 (error): a sandboxed workload asking for more than wasm32's 4 GiB, or a linear memory of more than 65,536 pages or fewer than none.</summary>
    private static Gen<InvalidModel> Wasm32MemoryTooLarge() => Gen.OneOf(
        from cpu in ValidParts.CpuRequest
        from memory in Generate.Quantity(ValidParts.Wasm32Limit, ValidParts.Wasm32Limit * KitBounds.BeyondWasm32Factor, Information.FromBytes, size => size.Bytes)
            .Where(memory => memory > ValidParts.Wasm32Limit)
        from io in Gen.Elements(Enum.GetValues<RequirementLevel>())
        from network in Gen.Elements(Enum.GetValues<RequirementLevel>())
        select Error("PM0011", new WorkloadParts(Paradigm.Sandboxing, cpu, memory, io, network)),
        from pages in Outside(ProtocolRanges.Wasm32Pages)
        select Error("PM0011", new WasmLinearMemoryParts(pages)));
}
