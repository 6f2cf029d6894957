using Paradigms.Model.Decisions;
using Paradigms.Model.Quantities;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Json;

/// <summary>
/// A workload, as the resource document's application case writes one:
/// <c>{ "paradigm": "Containerization", "cpu": "2", "memory": "4Gi", "io": "High", "network": "Medium" }</c>.
/// </summary>
internal sealed partial class ModelBinder
{
    private static readonly string[] WorkloadProperties = [JsonNames.Paradigm, JsonNames.Cpu, JsonNames.Memory, JsonNames.Io, JsonNames.Network];

    private static string Levels => "one of " + string.Join(", ", System.Enum.GetNames<RequirementLevel>());

    /// <summary>Reads a workload and checks a sandbox's memory against wasm32 (PM0011).</summary>
    /// <param name="value">The workload's value.</param>
    /// <param name="property">What holds it, for messages, or null for the whole input.</param>
    /// <returns>The workload, or null when it has an error.</returns>
    public Workload? Workload(LocatedJson? value, string? property)
    {
        if (Object(value, property, "the workload", WorkloadProperties) is not { } workload)
        {
            return null;
        }

        var errors = _bag.ErrorCount;
        var paradigm = Enum<Paradigm>(workload.Require(JsonNames.Paradigm, "one of " + string.Join(", ", System.Enum.GetNames<Paradigm>())), JsonNames.Paradigm);

        const string Cpu = "a CPU amount above 0: cores (\"2\", \"0.5\") or millicores (\"500m\")";
        var cpuValue = workload.Require(JsonNames.Cpu, Cpu);
        var cpu = Quantity<CpuCores>(cpuValue, JsonNames.Cpu, Cpu);
        if (cpu == CpuCores.Zero)
        {
            Invalid(cpuValue!, JsonNames.Cpu, Cpu);
        }

        const string Memory = "a memory size above 0, such as \"4Gi\", \"512Mi\" or \"4 GiB\"";
        var memoryValue = workload.Require(JsonNames.Memory, Memory);
        var memory = Quantity<Information>(memoryValue, JsonNames.Memory, Memory);
        if (memory == Information.Zero)
        {
            Invalid(memoryValue!, JsonNames.Memory, Memory);
        }
        else if (paradigm == Paradigm.Sandboxing && memory is { } asked)
        {
            _bag.Rule(RuleTable.CheckWasm32Memory(JsonNames.Memory, asked.Bytes), memoryValue!);
        }

        var io = Enum<RequirementLevel>(workload.Require(JsonNames.Io, Levels), JsonNames.Io);
        var network = Enum<RequirementLevel>(workload.Require(JsonNames.Network, Levels), JsonNames.Network);
        return _bag.ErrorCount == errors && paradigm is { } p && cpu is { } c && memory is { } m && io is { } i && network is { } n
            ? new Workload(p, c, m, i, n)
            : null;
    }

    /// <summary>The seven conditions of the decision algorithm, each optional and false when absent.</summary>
    private static readonly string[] RequirementsProperties =
    [
        JsonNames.ResourceConstrained, JsonNames.HighPerformance, JsonNames.HighIsolation, JsonNames.HighCompatibility,
        JsonNames.GuestOsModifiable, JsonNames.ResourceSharing, JsonNames.Standardization,
    ];

    /// <summary>Reads requirements: every condition optional, false when absent.</summary>
    /// <param name="value">The requirements' value, or null when absent.</param>
    /// <param name="property">The property that holds them, or null for the whole input.</param>
    /// <returns>The requirements, or null when absent or a value has an error.</returns>
    public Requirements? Requirements(LocatedJson? value, string? property)
    {
        if (Object(value, property, "the requirements", RequirementsProperties) is not { } requirements)
        {
            return null;
        }

        var errors = _bag.ErrorCount;
        bool Condition(string name) => Boolean(requirements.Get(name), name) ?? false;
        var read = new Requirements
        {
            ResourceConstrained = Condition(JsonNames.ResourceConstrained),
            HighPerformance = Condition(JsonNames.HighPerformance),
            HighIsolation = Condition(JsonNames.HighIsolation),
            HighCompatibility = Condition(JsonNames.HighCompatibility),
            GuestOsModifiable = Condition(JsonNames.GuestOsModifiable),
            ResourceSharing = Condition(JsonNames.ResourceSharing),
            Standardization = Condition(JsonNames.Standardization),
        };
        return _bag.ErrorCount == errors ? read : null;
    }
}
