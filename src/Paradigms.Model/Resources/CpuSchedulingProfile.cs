using System.Collections.Generic;
using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Resources;

/// <summary>
/// One row of Res §2.1's CPU scheduling table with its scheduling path: how a paradigm schedules,
/// what a context switch costs, the utilization the document reports and where the overhead comes from.
/// Read it from <see cref="CpuModel.Profile(Paradigm)"/>.
/// </summary>
/// <remarks>Immutable, and so safe to share between threads.</remarks>
public sealed record CpuSchedulingProfile
{
    internal CpuSchedulingProfile(
        Paradigm paradigm,
        CpuScheduling scheduling,
        IReadOnlyList<string> path,
        ISourced contextSwitchCost,
        Cycles leastContextSwitchCost,
        Cycles? mostContextSwitchCost,
        IReadOnlyList<string> overheadSources)
    {
        Paradigm = paradigm;
        Scheduling = scheduling;
        Path = path;
        ContextSwitchCost = contextSwitchCost;
        LeastContextSwitchCost = leastContextSwitchCost;
        MostContextSwitchCost = mostContextSwitchCost;
        OverheadSources = overheadSources;
    }

    /// <summary>Gets the paradigm.</summary>
    public Paradigm Paradigm { get; }

    /// <summary>Gets how the paradigm schedules CPU.</summary>
    public CpuScheduling Scheduling { get; }

    /// <summary>Gets the scheduling path of Res §2.1, from the application to the CPU ("Guest App", "Guest Kernel", …).</summary>
    public IReadOnlyList<string> Path { get; }

    /// <summary>Gets the context-switch cost as the document writes it, with its citation.</summary>
    public ISourced ContextSwitchCost { get; }

    /// <summary>Gets the least a context switch costs by the document ("&gt; 1000 cycles" gives 1000; "&lt; 100 cycles" gives 0).</summary>
    public Cycles LeastContextSwitchCost { get; }

    /// <summary>Gets the most a context switch costs by the document, or null where it gives only a lower bound (full virtualization's "&gt; 1000 cycles").</summary>
    public Cycles? MostContextSwitchCost { get; }

    /// <summary>Gets the CPU utilization the document reports (Res §2.1, §2.2, §2.3, §7).</summary>
    public Sourced<Range<Ratio>> Utilization => ResourceFacts.CpuUtilization(Paradigm);

    /// <summary>Gets where the overhead comes from, the "开销来源" column in English.</summary>
    public IReadOnlyList<string> OverheadSources { get; }

    /// <summary>Gets the citation of the row: Res §2.1.</summary>
    public Citation Citation { get; } = Citation.Res("§2.1");
}
