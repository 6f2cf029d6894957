using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.Linq;
using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Decisions;

/// <summary>
/// A workload to model and decide for: its paradigm, its CPU and memory requests, and how much
/// it asks of IO and of the network. The input of the facade that does what the resource
/// document's <c>ResourceModelTool</c> sketches, whose application case passes
/// <c>{'type': 'container', 'cpu_requests': '2', 'memory_requests': '4Gi', 'io_requirements': 'high', 'network_requirements': 'medium'}</c>
/// (Res after §8, application case 1).
/// </summary>
/// <remarks>
/// Every value is checked by the constructor, the only way to build one (the properties are
/// get-only, so <c>with</c> cannot change a value past the checks). <see cref="Parse"/> reads the
/// application case's strings; <see cref="ApplicationCase"/> is that case's workload. The
/// document names these five keys and never says which others a workload may have, nor what
/// <c>'high'</c> or <c>'medium'</c> mean in figures (see <see cref="RequirementLevel"/>).
/// Immutable, and so safe to share between threads.
/// </remarks>
public sealed record Workload
{
    /// <summary>Gets the spellings <see cref="Parse"/> accepts for a workload's type, compared in any case, with the paradigm each names.</summary>
    public static IReadOnlyList<KeyValuePair<string, Paradigm>> TypeSpellings { get; } =
    [
        new("vm", Paradigm.Virtualization),
        new("virtualization", Paradigm.Virtualization),
        new("pv", Paradigm.Paravirtualization),
        new("paravirtualization", Paradigm.Paravirtualization),
        new("container", Paradigm.Containerization),
        new("containerization", Paradigm.Containerization),
        new("wasm", Paradigm.Sandboxing),
        new("sandbox", Paradigm.Sandboxing),
        new("sandboxing", Paradigm.Sandboxing),
    ];

    /// <summary>Gets the spellings <see cref="Parse"/> accepts for a requirement level, compared in any case.</summary>
    public static IReadOnlyList<KeyValuePair<string, RequirementLevel>> LevelSpellings { get; } =
    [
        new("low", RequirementLevel.Low),
        new("medium", RequirementLevel.Medium),
        new("high", RequirementLevel.High),
    ];

    /// <summary>Creates a workload.</summary>
    /// <param name="paradigm">The paradigm it runs under (the case's <c>'type'</c>); a defined value.</param>
    /// <param name="cpuRequest">The CPU it requests (the case's <c>'cpu_requests'</c>); more than zero.</param>
    /// <param name="memoryRequest">The memory it requests (the case's <c>'memory_requests'</c>); more than zero.</param>
    /// <param name="ioRequirement">How much it asks of IO (the case's <c>'io_requirements'</c>); a defined value.</param>
    /// <param name="networkRequirement">How much it asks of the network (the case's <c>'network_requirements'</c>); a defined value.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// An enum value is not defined, a request is zero, or a sandbox asks for more than 4 GiB; the message names the parameter, the value and what is allowed.
    /// </exception>
    public Workload(Paradigm paradigm, CpuCores cpuRequest, Information memoryRequest, RequirementLevel ioRequirement, RequirementLevel networkRequirement)
    {
        Paradigm = Preconditions.Defined(paradigm, nameof(paradigm));
        if (cpuRequest == CpuCores.Zero)
        {
            Preconditions.Fail(nameof(cpuRequest), cpuRequest, "more than 0 cores, for example 500 m or 2 cores");
        }

        if (memoryRequest == Information.Zero)
        {
            Preconditions.Fail(nameof(memoryRequest), memoryRequest, "more than 0 B, for example 512 MiB or 4 GiB");
        }

        if (paradigm == Paradigm.Sandboxing && RuleTable.CheckWasm32Memory(nameof(memoryRequest), memoryRequest.Bytes) is { } tooLarge)
        {
            Preconditions.Refuse(nameof(memoryRequest), memoryRequest, tooLarge);
        }

        CpuRequest = cpuRequest;
        MemoryRequest = memoryRequest;
        IoRequirement = Preconditions.Defined(ioRequirement, nameof(ioRequirement));
        NetworkRequirement = Preconditions.Defined(networkRequirement, nameof(networkRequirement));
    }

    /// <summary>Gets the paradigm the workload runs under (the case's <c>'type'</c>).</summary>
    public Paradigm Paradigm { get; }

    /// <summary>Gets the CPU the workload requests, in cores (the case's <c>'cpu_requests'</c>); more than zero.</summary>
    public CpuCores CpuRequest { get; }

    /// <summary>Gets the memory the workload requests (the case's <c>'memory_requests'</c>); more than zero.</summary>
    public Information MemoryRequest { get; }

    /// <summary>Gets how much the workload asks of IO (the case's <c>'io_requirements'</c>).</summary>
    public RequirementLevel IoRequirement { get; }

    /// <summary>Gets how much the workload asks of the network (the case's <c>'network_requirements'</c>).</summary>
    public RequirementLevel NetworkRequirement { get; }

    /// <summary>
    /// Gets the workload of the resource document's application case: a container requesting
    /// 2 CPUs and 4 GiB, with high IO and medium network requirements (Res after §8, application case 1).
    /// </summary>
    /// <remarks>
    /// The two figures come from the facts catalog (<see cref="ResourceFacts.ExampleWorkloadCpuRequests"/>,
    /// <see cref="ResourceFacts.ExampleWorkloadMemoryRequests"/>); the type and the two levels are words.
    /// Equal to <c>Parse("container", "2", "4Gi", "high", "medium")</c>.
    /// </remarks>
    public static Workload ApplicationCase { get; } = new(
        Paradigm.Containerization,
        CpuCores.FromCores(ResourceFacts.ExampleWorkloadCpuRequests.Value),
        ResourceFacts.ExampleWorkloadMemoryRequests.Value,
        RequirementLevel.High,
        RequirementLevel.Medium);

    /// <summary>
    /// Reads a workload from the strings the application case writes, for example
    /// <c>Parse("container", "2", "4Gi", "high", "medium")</c> (Res after §8, application case 1).
    /// </summary>
    /// <param name="type">
    /// The paradigm: <c>vm</c> or <c>virtualization</c>; <c>pv</c> or <c>paravirtualization</c>;
    /// <c>container</c> or <c>containerization</c>; <c>wasm</c>, <c>sandbox</c> or <c>sandboxing</c>.
    /// Any case; the <see cref="Model.Paradigm"/> names are among them. Only <c>'container'</c> is the
    /// document's own; the others are this library's spellings of the other three paradigms.
    /// </param>
    /// <param name="cpuRequests">
    /// A Kubernetes CPU quantity above zero: a bare number is cores (<c>2</c>, <c>0.5</c>), the suffix
    /// <c>m</c> millicores (<c>500m</c>); <see cref="CpuCores.Parse(string)"/> reads it.
    /// </param>
    /// <param name="memoryRequests">
    /// A Kubernetes memory quantity above zero (<c>4Gi</c>, <c>512Mi</c>, <c>2G</c>, a bare number of
    /// bytes) or a size with a unit (<c>4 GiB</c>); <see cref="Information.Parse(string)"/> reads it.
    /// </param>
    /// <param name="ioRequirements"><c>low</c>, <c>medium</c> or <c>high</c>, in any case.</param>
    /// <param name="networkRequirements"><c>low</c>, <c>medium</c> or <c>high</c>, in any case.</param>
    /// <returns>The workload.</returns>
    /// <remarks>Space around each text is ignored, as quantity parsing ignores it.</remarks>
    /// <exception cref="ArgumentNullException">A text is null; the exception names the parameter.</exception>
    /// <exception cref="FormatException">
    /// A text is not understood, a request is zero, or a sandbox asks for more than 4Gi; the message names the parameter, the text and what is allowed.
    /// </exception>
    [Pure]
    public static Workload Parse(string type, string cpuRequests, string memoryRequests, string ioRequirements, string networkRequirements)
    {
        var paradigm = ParseType(type);
        var cpu = ParseRequest<CpuCores>(cpuRequests, nameof(cpuRequests), "a Kubernetes CPU quantity above zero, such as '2', '0.5' or '500m'");
        var memory = ParseRequest<Information>(memoryRequests, nameof(memoryRequests), "a Kubernetes memory quantity above zero, such as '4Gi', '512Mi' or '2G'");
        var io = ParseLevel(ioRequirements, nameof(ioRequirements));
        var network = ParseLevel(networkRequirements, nameof(networkRequirements));
        if (paradigm == Paradigm.Sandboxing && RuleTable.CheckWasm32Memory(nameof(memoryRequests), memory.Bytes) is not null)
        {
            throw new FormatException($"{nameof(memoryRequests)} was '{memoryRequests}'; allowed under sandboxing: at most 4Gi, the most a wasm32 linear memory can hold (65536 pages of 64 KiB; {DiagnosticIds.Wasm32MemoryTooLarge}).");
        }

        return new Workload(paradigm, cpu, memory, io, network);
    }

    private static Paradigm ParseType(string type)
    {
        var text = Preconditions.NotNull(type, nameof(type)).Trim();
        foreach (var (name, paradigm) in TypeSpellings)
        {
            if (string.Equals(text, name, StringComparison.OrdinalIgnoreCase))
            {
                return paradigm;
            }
        }

        throw new FormatException($"{nameof(type)} was '{type}'; allowed: {string.Join(", ", TypeSpellings.Select(s => s.Key))} (in any case).");
    }

    private static RequirementLevel ParseLevel(string level, string paramName)
    {
        var text = Preconditions.NotNull(level, paramName).Trim();
        var found = LevelSpellings.FirstOrDefault(l => string.Equals(text, l.Key, StringComparison.OrdinalIgnoreCase));
        return found.Key is not null
            ? found.Value
            : throw new FormatException($"{paramName} was '{level}'; allowed: {string.Join(", ", LevelSpellings.Select(s => s.Key))} (in any case).");
    }

    private static T ParseRequest<T>(string request, string paramName, string allowed)
        where T : struct, IQuantity<T>
    {
        Preconditions.NotNull(request, paramName);
        T value;
        try
        {
            value = T.Parse(request, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (FormatException error)
        {
            throw new FormatException($"{paramName} was '{request}'; allowed: {allowed}. {error.Message}", error);
        }

        return value.Equals(T.Zero)
            ? throw new FormatException($"{paramName} was '{request}'; allowed: {allowed}.")
            : value;
    }
}
