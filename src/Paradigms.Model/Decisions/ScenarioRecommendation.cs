using System;
using System.Collections.Generic;
using Paradigms.Model.Facts;
using Paradigms.Model.Resources;

namespace Paradigms.Model.Decisions;

/// <summary>
/// One row of a per-resource decision table (量化对比) of Res §2.3, §3.3, §4.3, §5.3 or §6.3: for a
/// resource and a scenario, the paradigm the document recommends, the row's figures as facts of the
/// catalog, and the document's reason.
/// </summary>
/// <remarks>
/// <para>
/// Immutable; from <see cref="ScenarioCatalog"/>. The figures are never written here: each is a fact
/// of <see cref="ResourceFacts"/> whose citation names the row's section. Where a table writes a
/// figure differently from its fact (a floor written <c>434MB+</c>, a range made of two examples),
/// <see cref="Note"/> says how the row was read.
/// </para>
/// <para>
/// Each section also has a decision-rule list (决策规则) before its table. Every bullet of those lists
/// repeats a row of the table that follows, with the same paradigm: 16 bullets, 16 rows
/// (§2.3: 4 of 6 rows, §3.3: 3 of 5, §4.3: 3 of 4, §5.3: 3 of 3, §6.3: 3 of 3). The bullet of a row
/// is <see cref="RuleWords"/>; the rows without a bullet have null.
/// </para>
/// </remarks>
public sealed record ScenarioRecommendation
{
    internal ScenarioRecommendation(
        Resource resource,
        Scenario scenario,
        Paradigm paradigm,
        IReadOnlyList<ISourced> figures,
        string reason,
        string scenarioWords,
        string reasonWords,
        string? ruleWords,
        MemorySharing? memorySharing,
        string? note,
        Citation citation)
    {
        Resource = resource;
        Scenario = scenario;
        Paradigm = paradigm;
        Figures = figures;
        Reason = reason;
        ScenarioWords = scenarioWords;
        ReasonWords = reasonWords;
        RuleWords = ruleWords;
        MemorySharing = memorySharing;
        Note = note;
        Citation = citation;
    }

    /// <summary>Gets the resource whose table holds the row: CPU (§2.3), memory (§3.3), IO (§4.3), network (§5.3) or storage (§6.3).</summary>
    public Resource Resource { get; }

    /// <summary>Gets the scenario (场景).</summary>
    public Scenario Scenario { get; }

    /// <summary>Gets the recommended paradigm (推荐范式).</summary>
    public Paradigm Paradigm { get; }

    /// <summary>
    /// Gets the row's figures, in the order of the table's columns, as facts of
    /// <see cref="ResourceFacts"/>: CPU utilization and context-switch cost (§2.3), memory overhead
    /// (§3.3), IO performance loss (§4.3), network latency overhead (§5.3), storage performance loss (§6.3).
    /// </summary>
    public IReadOnlyList<ISourced> Figures { get; }

    /// <summary>Gets the document's reason (理由), translated, for example <c>balances performance and overhead</c>.</summary>
    public string Reason { get; }

    /// <summary>Gets the scenario as the table writes it, for example <c>CPU 密集型</c>.</summary>
    public string ScenarioWords { get; }

    /// <summary>Gets the reason as the table writes it, for example <c>平衡性能与开销</c>.</summary>
    public string ReasonWords { get; }

    /// <summary>
    /// Gets the decision-rule bullet (决策规则) of the same section that repeats this row, with any
    /// figure it quotes written <c>…</c> (the figure is in <see cref="Figures"/>), for example
    /// <c>CPU 密集型应用 → 容器化（CPU 利用率 …，开销适中）</c>; null when the list has no bullet for this row.
    /// </summary>
    public string? RuleWords { get; }

    /// <summary>Gets the memory-sharing column (内存共享) of the §3.3 table; null for the other tables, which have no such column.</summary>
    public MemorySharing? MemorySharing { get; }

    /// <summary>Gets how the row's figures were read from the table, where that took a decision; otherwise null.</summary>
    public string? Note { get; }

    /// <summary>Gets the section of the table, for example <c>Res §2.3</c>.</summary>
    public Citation Citation { get; }

    /// <summary>Writes the row, for example <c>Cpu / CpuIntensive → Containerization (Res §2.3)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Resource} / {Scenario} → {Paradigm} ({Citation})";

    internal static ScenarioRecommendation Row(
        string section,
        Resource resource,
        Scenario scenario,
        Paradigm paradigm,
        ISourced[] figures,
        string scenarioWords,
        string reasonWords,
        string reason,
        string? ruleWords = null,
        MemorySharing? memorySharing = null,
        string? note = null) =>
        new(resource, scenario, paradigm, Array.AsReadOnly(figures), reason, scenarioWords, reasonWords, ruleWords, memorySharing, note, Citation.Res(section));
}
