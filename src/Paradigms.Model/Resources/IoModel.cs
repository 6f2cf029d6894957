using System.Diagnostics.Contracts;
using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Resources;

/// <summary>
/// The IO chapter of the resource document (Res §4): each paradigm's IO performance equation (§4.2)
/// as a pure function, with the document's L split into a throughput loss and an added latency.
/// </summary>
/// <remarks>
/// <para>
/// Res §4.2 writes full virtualization's IO performance as
/// P = T_raw × (1 − L_vm) / (L_raw + L_vm + L_emulation), defining L_vm as the VM-exit latency
/// (10–50 μs) yet subtracting it from 1 as a fraction; paravirtualization's L_pv is never defined
/// (docs/seed-consistency.md item 42). This library reads every such formula as
/// P = T_raw × (1 − throughput loss) / (L_raw + added latency): the loss is a <see cref="Ratio"/>, the
/// latency terms are <see cref="Duration"/>s, and the result is relative to native
/// (<see cref="IoPerformance.RelativePerformance"/>). The documented defaults of each paradigm are in
/// <see cref="ResourceFacts"/>: for the two VM paradigms the loss is the table's throughput loss
/// (<see cref="ResourceFacts.VirtualizationIoThroughputLoss"/>, 10–30 %;
/// <see cref="ResourceFacts.ParavirtualizationIoThroughputLoss"/>, 5–15 %), for containers and
/// sandboxes the equation's own fraction (<see cref="ResourceFacts.ContainerIoOverhead"/>, 1–3 %;
/// <see cref="ResourceFacts.WasmIoRuntimeOverhead"/>, 0.1–0.5 %).
/// </para>
/// <para>
/// Inputs are checked: latencies 0 or more, a loss from 0 % to below 100 %. The equations allocate
/// nothing. Pure and thread-safe.
/// </para>
/// </remarks>
public static class IoModel
{
    /// <summary>Full virtualization's IO performance (Res §4.2, virtualization IO performance): added latency L_vm + L_emulation.</summary>
    /// <param name="rawLatency">L_raw, the native IO latency; 0 or more.</param>
    /// <param name="throughputLoss">The share of native throughput lost; documented 10–30 % (<see cref="ResourceFacts.VirtualizationIoThroughputLoss"/>).</param>
    /// <param name="vmExitLatency">L_vm, the VM-exit latency of each IO; documented 10–50 μs (<see cref="ResourceFacts.IoVmExitLatency"/>).</param>
    /// <param name="emulationLatency">L_emulation, the device-emulation latency; documented 5–20 μs (<see cref="ResourceFacts.IoDeviceEmulationLatency"/>).</param>
    /// <returns>The performance against native.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">An input is outside the range given above.</exception>
    /// <exception cref="System.OverflowException">The latency, native plus added, is too large for a <see cref="double"/>.</exception>
    [Pure]
    public static IoPerformance Virtualization(Duration rawLatency, Ratio throughputLoss, Duration vmExitLatency, Duration emulationLatency) =>
        new(
            EquationInput.Loss(throughputLoss, nameof(throughputLoss)),
            EquationInput.NotNegative(rawLatency, nameof(rawLatency)),
            EquationInput.NotNegative(vmExitLatency, nameof(vmExitLatency)).Nanoseconds + EquationInput.NotNegative(emulationLatency, nameof(emulationLatency)).Nanoseconds);

    /// <summary>Paravirtualization's IO performance (Res §4.2, paravirtualization IO performance): added latency L_hypercall + L_collaboration.</summary>
    /// <param name="rawLatency">L_raw, the native IO latency; 0 or more.</param>
    /// <param name="throughputLoss">The share of native throughput lost; documented 5–15 % (<see cref="ResourceFacts.ParavirtualizationIoThroughputLoss"/>).</param>
    /// <param name="hypercallLatency">L_hypercall; documented 1–5 μs (<see cref="ResourceFacts.IoHypercallLatency"/>).</param>
    /// <param name="collaborationLatency">L_collaboration, front-end/back-end driver collaboration; documented 2–8 μs (<see cref="ResourceFacts.IoCollaborationLatency"/>).</param>
    /// <returns>The performance against native.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">An input is outside the range given above.</exception>
    /// <exception cref="System.OverflowException">The latency, native plus added, is too large for a <see cref="double"/>.</exception>
    [Pure]
    public static IoPerformance Paravirtualization(Duration rawLatency, Ratio throughputLoss, Duration hypercallLatency, Duration collaborationLatency) =>
        new(
            EquationInput.Loss(throughputLoss, nameof(throughputLoss)),
            EquationInput.NotNegative(rawLatency, nameof(rawLatency)),
            EquationInput.NotNegative(hypercallLatency, nameof(hypercallLatency)).Nanoseconds + EquationInput.NotNegative(collaborationLatency, nameof(collaborationLatency)).Nanoseconds);

    /// <summary>A container's IO performance (Res §4.2, container IO performance): loss L_container, added latency L_namespace.</summary>
    /// <param name="rawLatency">L_raw, the native IO latency; 0 or more.</param>
    /// <param name="containerOverhead">L_container, the share of throughput the container costs; documented 1–3 % (<see cref="ResourceFacts.ContainerIoOverhead"/>).</param>
    /// <param name="namespaceLatency">L_namespace, namespace filtering; documented 0.1–1 μs (<see cref="ResourceFacts.IoNamespaceFilterLatency"/>).</param>
    /// <returns>The performance against native.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">An input is outside the range given above.</exception>
    /// <exception cref="System.OverflowException">The latency, native plus added, is too large for a <see cref="double"/>.</exception>
    [Pure]
    public static IoPerformance Containerization(Duration rawLatency, Ratio containerOverhead, Duration namespaceLatency) =>
        new(
            EquationInput.Loss(containerOverhead, nameof(containerOverhead)),
            EquationInput.NotNegative(rawLatency, nameof(rawLatency)),
            EquationInput.NotNegative(namespaceLatency, nameof(namespaceLatency)).Nanoseconds);

    /// <summary>A Wasm sandbox's IO performance (Res §4.2, sandbox IO performance): loss L_wasm, added latency L_wasi.</summary>
    /// <param name="rawLatency">L_raw, the native IO latency; 0 or more.</param>
    /// <param name="runtimeOverhead">L_wasm, the share of throughput the Wasm runtime costs; documented 0.1–0.5 % (<see cref="ResourceFacts.WasmIoRuntimeOverhead"/>).</param>
    /// <param name="wasiLatency">L_wasi, WASI interception; documented under 0.1 μs (<see cref="ResourceFacts.WasiIoInterceptionLatency"/>).</param>
    /// <returns>The performance against native.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">An input is outside the range given above.</exception>
    /// <exception cref="System.OverflowException">The latency, native plus added, is too large for a <see cref="double"/>.</exception>
    [Pure]
    public static IoPerformance Sandboxing(Duration rawLatency, Ratio runtimeOverhead, Duration wasiLatency) =>
        new(
            EquationInput.Loss(runtimeOverhead, nameof(runtimeOverhead)),
            EquationInput.NotNegative(rawLatency, nameof(rawLatency)),
            EquationInput.NotNegative(wasiLatency, nameof(wasiLatency)).Nanoseconds);

    /// <summary>A paradigm's IO performance against native over the documented ranges of its loss and latency terms (Res §4.2), by <see cref="Corners"/>.</summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <param name="rawLatency">The native IO latency of the device; 0 or more. The document gives none.</param>
    /// <returns>The smallest to the largest relative performance.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="paradigm"/> is not defined, or <paramref name="rawLatency"/> is negative.</exception>
    [Pure]
    public static Range<Ratio> RelativePerformance(Paradigm paradigm, Duration rawLatency) =>
        AtDocumentedFigures(paradigm, rawLatency, static p => p.RelativePerformance);

    /// <summary>The latency a paradigm adds to each IO, from the documented ranges of its equation's terms (Res §4.2), by <see cref="Corners"/>.</summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <returns>The sum of the paradigm's latency terms: 15–70 μs, 3–13 μs, 0.1–1 μs and 0–0.1 μs by the document.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="paradigm"/> is not defined.</exception>
    [Pure]
    public static Range<Duration> AddedLatency(Paradigm paradigm) =>
        AtDocumentedFigures(paradigm, Duration.Zero, static p => p.AddedLatency);

    /// <summary>The throughput loss a paradigm's equation uses by default (Res §4.2, or its table for the two VM paradigms).</summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <returns>The documented loss with its citation.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="paradigm"/> is not defined.</exception>
    [Pure]
    public static Sourced<Range<Ratio>> ThroughputLoss(Paradigm paradigm) => paradigm switch
    {
        Paradigm.Virtualization => ResourceFacts.VirtualizationIoThroughputLoss,
        Paradigm.Paravirtualization => ResourceFacts.ParavirtualizationIoThroughputLoss,
        Paradigm.Containerization => ResourceFacts.ContainerIoOverhead,
        Paradigm.Sandboxing => ResourceFacts.WasmIoRuntimeOverhead,
        _ => throw Preconditions.Undefined(paradigm, nameof(paradigm)),
    };

    private static Range<TResult> AtDocumentedFigures<TResult>(Paradigm paradigm, Duration rawLatency, System.Func<IoPerformance, TResult> select)
        where TResult : struct, IQuantity<TResult>
    {
        var loss = ThroughputLoss(paradigm).Value;
        var raw = Range<Duration>.Point(EquationInput.NotNegative(rawLatency, nameof(rawLatency)));
        return paradigm switch
        {
            Paradigm.Virtualization => Corners.Evaluate(
                raw, loss, ResourceFacts.IoVmExitLatency.Value, ResourceFacts.IoDeviceEmulationLatency.Value,
                (r, l, exit, emulation) => select(Virtualization(r, l, exit, emulation))),
            Paradigm.Paravirtualization => Corners.Evaluate(
                raw, loss, ResourceFacts.IoHypercallLatency.Value, ResourceFacts.IoCollaborationLatency.Value,
                (r, l, hypercall, collaboration) => select(Paravirtualization(r, l, hypercall, collaboration))),
            Paradigm.Containerization => Corners.Evaluate(
                raw, loss, ResourceFacts.IoNamespaceFilterLatency.Value,
                (r, l, filter) => select(Containerization(r, l, filter))),
            _ => Corners.Evaluate(
                raw, loss, ResourceFacts.WasiIoInterceptionLatency.Value,
                (r, l, wasi) => select(Sandboxing(r, l, wasi))),
        };
    }
}
