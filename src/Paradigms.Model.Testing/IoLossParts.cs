using System;
using System.Collections.Generic;
using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;
using Paradigms.Model.Resources;

namespace Paradigms.Model.Testing;

/// <summary>
/// A loss given to a paradigm's IO equation (<see cref="IoModel"/>, Res §4.2), with the equation's other
/// latencies at the lower end of their documented ranges. The only rule that is about an equation's input
/// rather than a model's value, PM0010, is broken by a loss outside 0 % to below 100 %.
/// </summary>
/// <param name="Paradigm">The paradigm whose equation is evaluated: <see cref="IoModel.Virtualization"/>, <see cref="IoModel.Paravirtualization"/>, <see cref="IoModel.Containerization"/> or <see cref="IoModel.Sandboxing"/>.</param>
/// <param name="RawLatency">The native IO latency.</param>
/// <param name="Loss">The loss: the throughput loss, container overhead or runtime overhead of the equation.</param>
public sealed record IoLossParts(Paradigm Paradigm, Duration RawLatency, Ratio Loss) : ModelParts
{
    /// <summary>Evaluates the paradigm's IO equation.</summary>
    /// <returns>The performance against native.</returns>
    /// <exception cref="ArgumentOutOfRangeException">PM0010: the loss is outside 0 % to below 100 %; or the latency is negative, or the paradigm is not defined.</exception>
    public IoPerformance Build() => Paradigm switch
    {
        Paradigm.Virtualization => IoModel.Virtualization(RawLatency, Loss, ResourceFacts.IoVmExitLatency.Value.Min, ResourceFacts.IoDeviceEmulationLatency.Value.Min),
        Paradigm.Paravirtualization => IoModel.Paravirtualization(RawLatency, Loss, ResourceFacts.IoHypercallLatency.Value.Min, ResourceFacts.IoCollaborationLatency.Value.Min),
        Paradigm.Containerization => IoModel.Containerization(RawLatency, Loss, ResourceFacts.IoNamespaceFilterLatency.Value.Min),
        Paradigm.Sandboxing => IoModel.Sandboxing(RawLatency, Loss, ResourceFacts.WasiIoInterceptionLatency.Value.Min),
        _ => throw new ArgumentOutOfRangeException(nameof(Paradigm), Paradigm, $"Paradigm was {(int)Paradigm}; allowed: {string.Join(", ", Enum.GetNames<Paradigm>())}."),
    };

    /// <inheritdoc/>
    public override IReadOnlyList<ModelDiagnostic> Validate() => RuntimeFindings.Of(() => Build());

    /// <inheritdoc/>
    public override string ToCSharp()
    {
        var head = $"{CSharp.Quantity(RawLatency)}, {CSharp.Quantity(Loss)}";
        return Paradigm switch
        {
            Paradigm.Virtualization => $"IoModel.Virtualization({head}, {CSharp.Quantity(ResourceFacts.IoVmExitLatency.Value.Min)}, {CSharp.Quantity(ResourceFacts.IoDeviceEmulationLatency.Value.Min)})",
            Paradigm.Paravirtualization => $"IoModel.Paravirtualization({head}, {CSharp.Quantity(ResourceFacts.IoHypercallLatency.Value.Min)}, {CSharp.Quantity(ResourceFacts.IoCollaborationLatency.Value.Min)})",
            Paradigm.Containerization => $"IoModel.Containerization({head}, {CSharp.Quantity(ResourceFacts.IoNamespaceFilterLatency.Value.Min)})",
            Paradigm.Sandboxing => $"IoModel.Sandboxing({head}, {CSharp.Quantity(ResourceFacts.WasiIoInterceptionLatency.Value.Min)})",
            _ => $"IoModel.RelativePerformance({CSharp.Enum(Paradigm)}, {CSharp.Quantity(RawLatency)}) /* no IO equation for an undefined paradigm; the loss was {CSharp.Quantity(Loss)} */",
        };
    }

    /// <inheritdoc/>
    internal override IEnumerable<ModelParts> Shrink()
    {
        foreach (var paradigm in Shrinks.Before(Paradigm))
        {
            yield return this with { Paradigm = paradigm };
        }

        foreach (var nanoseconds in Shrinks.Toward(RawLatency.Nanoseconds, 1))
        {
            yield return this with { RawLatency = Duration.FromNanoseconds(nanoseconds) };
        }

        foreach (var percent in Shrinks.Toward(Loss.Percent, 0))
        {
            yield return this with { Loss = Ratio.FromPercent(percent) };
        }
    }
}
