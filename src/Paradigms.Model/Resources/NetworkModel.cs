using System.Diagnostics.Contracts;
using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Resources;

/// <summary>
/// The network chapter of the resource document (Res §5): each paradigm's network latency equation
/// (§5.2) as a pure function, and the overhead its documented terms add up to.
/// </summary>
/// <remarks>
/// <para>
/// Every equation starts from the native path, L_hardware + L_host_kernel, which the document leaves as
/// symbols: they are inputs with no default. The paradigm's own terms have the document's ranges as
/// defaults in <see cref="ResourceFacts"/>. Summed, those terms give §5.2's totals exactly
/// (15–40 μs, 11–28 μs, 1–5 μs, under 1 μs); §5.1's table and §7 give other figures for three paradigms
/// (docs/seed-consistency.md items 27–29), which stay in the catalog beside these.
/// </para>
/// <para>Inputs are checked: latencies 0 or more. The equations allocate nothing. Pure and thread-safe.</para>
/// </remarks>
public static class NetworkModel
{
    /// <summary>Full virtualization, L_VM = L_hardware + L_host_kernel + L_hypervisor + L_guest_kernel (Res §5.2, virtualization network latency).</summary>
    /// <param name="hardware">L_hardware, the physical network; 0 or more.</param>
    /// <param name="hostKernel">L_host_kernel, the host's network stack; 0 or more.</param>
    /// <param name="hypervisor">L_hypervisor, the hypervisor's network virtualization; documented 10–30 μs (<see cref="ResourceFacts.VirtualizationHypervisorNetworkLatency"/>).</param>
    /// <param name="guestKernel">L_guest_kernel, the guest OS network stack; documented 5–10 μs (<see cref="ResourceFacts.GuestKernelNetworkStackLatency"/>).</param>
    /// <returns>The latency split into native path and overhead.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">A latency is negative.</exception>
    /// <exception cref="System.OverflowException">The latency, native plus added, is too large for a <see cref="double"/>.</exception>
    [Pure]
    public static NetworkLatency Virtualization(Duration hardware, Duration hostKernel, Duration hypervisor, Duration guestKernel) =>
        new(
            EquationInput.NotNegative(hardware, nameof(hardware)),
            EquationInput.NotNegative(hostKernel, nameof(hostKernel)),
            EquationInput.NotNegative(hypervisor, nameof(hypervisor)).Nanoseconds + EquationInput.NotNegative(guestKernel, nameof(guestKernel)).Nanoseconds);

    /// <summary>
    /// Paravirtualization, L_PV = L_hardware + L_host_kernel + L_hypervisor + L_hypercall + L_guest_kernel
    /// (Res §5.2, paravirtualization network latency).
    /// </summary>
    /// <param name="hardware">L_hardware, the physical network; 0 or more.</param>
    /// <param name="hostKernel">L_host_kernel, the host's network stack; 0 or more.</param>
    /// <param name="hypervisor">L_hypervisor, network virtualization through VirtIO; documented 5–15 μs (<see cref="ResourceFacts.ParavirtualizationHypervisorNetworkLatency"/>).</param>
    /// <param name="hypercall">L_hypercall; documented 1–3 μs (<see cref="ResourceFacts.NetworkHypercallLatency"/>).</param>
    /// <param name="guestKernel">L_guest_kernel, the guest OS network stack; documented 5–10 μs (<see cref="ResourceFacts.GuestKernelNetworkStackLatency"/>).</param>
    /// <returns>The latency split into native path and overhead.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">A latency is negative.</exception>
    /// <exception cref="System.OverflowException">The latency, native plus added, is too large for a <see cref="double"/>.</exception>
    [Pure]
    public static NetworkLatency Paravirtualization(Duration hardware, Duration hostKernel, Duration hypervisor, Duration hypercall, Duration guestKernel) =>
        new(
            EquationInput.NotNegative(hardware, nameof(hardware)),
            EquationInput.NotNegative(hostKernel, nameof(hostKernel)),
            EquationInput.NotNegative(hypervisor, nameof(hypervisor)).Nanoseconds
                + EquationInput.NotNegative(hypercall, nameof(hypercall)).Nanoseconds
                + EquationInput.NotNegative(guestKernel, nameof(guestKernel)).Nanoseconds);

    /// <summary>A container, L_Container = L_hardware + L_host_kernel + L_namespace (Res §5.2, container network latency).</summary>
    /// <param name="hardware">L_hardware, the physical network; 0 or more.</param>
    /// <param name="hostKernel">L_host_kernel, the host's network stack; 0 or more.</param>
    /// <param name="namespaceFilter">L_namespace, namespace filtering; documented 1–5 μs (<see cref="ResourceFacts.NetworkNamespaceFilterLatency"/>).</param>
    /// <returns>The latency split into native path and overhead.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">A latency is negative.</exception>
    /// <exception cref="System.OverflowException">The latency, native plus added, is too large for a <see cref="double"/>.</exception>
    [Pure]
    public static NetworkLatency Containerization(Duration hardware, Duration hostKernel, Duration namespaceFilter) =>
        new(
            EquationInput.NotNegative(hardware, nameof(hardware)),
            EquationInput.NotNegative(hostKernel, nameof(hostKernel)),
            EquationInput.NotNegative(namespaceFilter, nameof(namespaceFilter)).Nanoseconds);

    /// <summary>A Wasm sandbox, L_Wasm = L_hardware + L_host_kernel + L_wasi (Res §5.2, sandbox network latency).</summary>
    /// <param name="hardware">L_hardware, the physical network; 0 or more.</param>
    /// <param name="hostKernel">L_host_kernel, the host's network stack; 0 or more.</param>
    /// <param name="wasiSocket">L_wasi, WASI socket interception; documented under 1 μs (<see cref="ResourceFacts.WasiSocketInterceptionLatency"/>).</param>
    /// <returns>The latency split into native path and overhead.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">A latency is negative.</exception>
    /// <exception cref="System.OverflowException">The latency, native plus added, is too large for a <see cref="double"/>.</exception>
    [Pure]
    public static NetworkLatency Sandboxing(Duration hardware, Duration hostKernel, Duration wasiSocket) =>
        new(
            EquationInput.NotNegative(hardware, nameof(hardware)),
            EquationInput.NotNegative(hostKernel, nameof(hostKernel)),
            EquationInput.NotNegative(wasiSocket, nameof(wasiSocket)).Nanoseconds);

    /// <summary>The latency a paradigm adds, from the documented ranges of its equation's terms (Res §5.2), by <see cref="Corners"/>.</summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <returns>15–40 μs, 11–28 μs, 1–5 μs and 0–1 μs by the document.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="paradigm"/> is not defined.</exception>
    [Pure]
    public static Range<Duration> Overhead(Paradigm paradigm) => paradigm switch
    {
        Paradigm.Virtualization => Corners.Evaluate(
            ResourceFacts.VirtualizationHypervisorNetworkLatency.Value, ResourceFacts.GuestKernelNetworkStackLatency.Value,
            static (h, g) => Virtualization(Duration.Zero, Duration.Zero, h, g).Overhead),
        Paradigm.Paravirtualization => Corners.Evaluate(
            ResourceFacts.ParavirtualizationHypervisorNetworkLatency.Value, ResourceFacts.NetworkHypercallLatency.Value, ResourceFacts.GuestKernelNetworkStackLatency.Value,
            static (h, c, g) => Paravirtualization(Duration.Zero, Duration.Zero, h, c, g).Overhead),
        Paradigm.Containerization => Corners.Evaluate(
            ResourceFacts.NetworkNamespaceFilterLatency.Value,
            static n => Containerization(Duration.Zero, Duration.Zero, n).Overhead),
        Paradigm.Sandboxing => Corners.Evaluate(
            ResourceFacts.WasiSocketInterceptionLatency.Value,
            static w => Sandboxing(Duration.Zero, Duration.Zero, w).Overhead),
        _ => throw Preconditions.Undefined(paradigm, nameof(paradigm)),
    };

    /// <summary>A paradigm's network performance against native for a native path, over the documented ranges of its terms (Res §5.2).</summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <param name="native">The native path, L_hardware + L_host_kernel; 0 or more. The document gives none.</param>
    /// <returns>The smallest to the largest native / total latency.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="paradigm"/> is not defined, or <paramref name="native"/> is negative.</exception>
    [Pure]
    public static Range<Ratio> RelativePerformance(Paradigm paradigm, Duration native) =>
        Corners.Evaluate(
            Range<Duration>.Point(EquationInput.NotNegative(native, nameof(native))), Overhead(paradigm),
            static (n, o) => new NetworkLatency(n, Duration.Zero, o.Nanoseconds).RelativePerformance);
}
