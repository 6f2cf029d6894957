using Paradigms.Model.Quantities;

namespace Paradigms.Model.Resources;

/// <summary>
/// A paradigm's network latency, L_net = L_hardware + L_software + L_isolation (Res §5.2), split into
/// the native path (hardware and host kernel, what a process on the host sees) and the overhead the
/// paradigm adds (its own terms). Made by <see cref="NetworkModel"/>.
/// </summary>
/// <remarks>
/// Relative performance is native latency over total latency: above 0 and at most 1 whenever the
/// native path takes any time. <c>default</c> is all zeros, its relative performance included. Immutable.
/// </remarks>
public readonly record struct NetworkLatency
{
    internal NetworkLatency(Duration hardware, Duration hostKernel, double overhead)
    {
        // overhead is a sum of checked latencies in nanoseconds; Relative.Performance refuses it if it overflowed.
        RelativePerformance = Relative.Performance(1, hardware.Nanoseconds + hostKernel.Nanoseconds, overhead);
        Hardware = hardware;
        HostKernel = hostKernel;
        Overhead = new Duration(overhead);
    }

    /// <summary>Gets L_hardware, the physical network's latency.</summary>
    public Duration Hardware { get; }

    /// <summary>Gets L_host_kernel, the host kernel's network stack.</summary>
    public Duration HostKernel { get; }

    /// <summary>Gets the latency the paradigm adds: the sum of its own terms (hypervisor, guest kernel, hypercall, namespace or WASI).</summary>
    public Duration Overhead { get; }

    /// <summary>Gets the whole latency, L_hardware + L_host_kernel + <see cref="Overhead"/>.</summary>
    public Duration Total => Hardware + HostKernel + Overhead;

    /// <summary>Gets native latency over this latency, (L_hardware + L_host_kernel) / total.</summary>
    public Ratio RelativePerformance { get; }
}
