using Paradigms.Model.Quantities;

namespace Paradigms.Model.Resources;

/// <summary>
/// The memory of a container, term by term: <c>M_Container = M_workload + M_namespace + M_runtime</c> (Res §3.2 (container memory model)).
/// Made by <see cref="MemoryModel.Containerization"/>.
/// </summary>
/// <remarks><c>default</c> is all zeros. Immutable.</remarks>
public readonly record struct ContainerizationMemory
{
    internal ContainerizationMemory(Information workload, Information namespaces, Information runtime)
    {
        Workload = workload;
        Namespace = namespaces;
        Runtime = runtime;
        Total = EquationInput.MemoryTotal(workload.Bytes + namespaces.Bytes + runtime.Bytes);
    }

    /// <summary>Gets the workload's memory, the main cost, M_workload.</summary>
    public Information Workload { get; }

    /// <summary>Gets the namespaces' memory, M_namespace.</summary>
    public Information Namespace { get; }

    /// <summary>Gets the container runtime's memory, M_runtime.</summary>
    public Information Runtime { get; }

    /// <summary>Gets everything but the workload, <c>M_namespace + M_runtime</c>: what the paradigm costs on top.</summary>
    public Information Overhead => Namespace + Runtime;

    /// <summary>Gets the whole footprint, <c>M_workload + M_namespace + M_runtime</c>.</summary>
    public Information Total { get; }
}
