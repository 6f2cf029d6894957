using System;
using System.Collections.Generic;
using Paradigms.Model.Decisions;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Testing;

/// <summary>The values a <see cref="Workload"/> takes: its paradigm, CPU and memory requests, and IO and network requirements.</summary>
/// <param name="Paradigm">The paradigm it runs under.</param>
/// <param name="CpuRequest">The CPU it requests.</param>
/// <param name="MemoryRequest">The memory it requests; under sandboxing, above 4 GiB breaks PM0011.</param>
/// <param name="IoRequirement">How much it asks of IO.</param>
/// <param name="NetworkRequirement">How much it asks of the network.</param>
public sealed record WorkloadParts(
    Paradigm Paradigm,
    CpuCores CpuRequest,
    Information MemoryRequest,
    RequirementLevel IoRequirement,
    RequirementLevel NetworkRequirement) : ModelParts
{
    /// <summary>The parts of an existing workload.</summary>
    /// <param name="workload">The workload.</param>
    /// <returns>The parts, which build an equal workload.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workload"/> is null.</exception>
    public static WorkloadParts From(Workload workload)
    {
        ArgumentNullException.ThrowIfNull(workload);
        return new(workload.Paradigm, workload.CpuRequest, workload.MemoryRequest, workload.IoRequirement, workload.NetworkRequirement);
    }

    /// <summary>Builds the workload.</summary>
    /// <returns>The workload.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is refused: a zero request, an undefined enum value, or a sandbox's memory above 4 GiB (the message starts with PM0011).</exception>
    public Workload Build() => new(Paradigm, CpuRequest, MemoryRequest, IoRequirement, NetworkRequirement);

    /// <inheritdoc/>
    public override IReadOnlyList<ModelDiagnostic> Validate() => RuntimeFindings.Of(() => Build());

    /// <inheritdoc/>
    public override string ToCSharp() =>
        $"new Workload({CSharp.Enum(Paradigm)}, {CSharp.Quantity(CpuRequest)}, {CSharp.Quantity(MemoryRequest)}, {CSharp.Enum(IoRequirement)}, {CSharp.Enum(NetworkRequirement)})";

    /// <inheritdoc/>
    internal override IEnumerable<ModelParts> Shrink()
    {
        foreach (var paradigm in Shrinks.Before(Paradigm))
        {
            yield return this with { Paradigm = paradigm };
        }

        foreach (var level in Shrinks.Before(IoRequirement))
        {
            yield return this with { IoRequirement = level };
        }

        foreach (var level in Shrinks.Before(NetworkRequirement))
        {
            yield return this with { NetworkRequirement = level };
        }

        foreach (var millicores in Shrinks.Toward(CpuRequest.Millicores, 1))
        {
            yield return this with { CpuRequest = CpuCores.FromMillicores(millicores) };
        }

        foreach (var bytes in Shrinks.Toward(MemoryRequest.Bytes, 1))
        {
            yield return this with { MemoryRequest = Information.FromBytes(bytes) };
        }
    }
}
