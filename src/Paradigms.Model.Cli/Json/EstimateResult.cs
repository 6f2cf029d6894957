using System.Collections.Generic;

namespace Paradigms.Model.Cli.Json;

/// <summary>The answer of <c>paradigms estimate</c>: the facade's figures for a workload, and the outside figures beside them.</summary>
/// <param name="Workload">The workload estimated.</param>
/// <param name="Figures">What the workload costs, resource by resource (<c>ResourceModelTool.ModelResources</c>).</param>
/// <param name="Performance">Its performance against native, resource by resource (<c>ResourceModelTool.AnalyzePerformance</c>).</param>
/// <param name="Weakest">The resource whose performance's lower end is lowest.</param>
/// <param name="TradeOff">The trade-off for the workload's own levels (<c>ResourceModelTool.MakeTradeOff</c>).</param>
/// <param name="OutsideFigures">Figures measured or specified outside the documents, for the workload's paradigm.</param>
internal sealed record EstimateResult(
    WorkloadJson Workload,
    IReadOnlyList<EstimateFigureJson> Figures,
    IReadOnlyList<EstimateFigureJson> Performance,
    string Weakest,
    TradeOffJson TradeOff,
    IReadOnlyList<OutsideFigureJson> OutsideFigures);

/// <summary>A workload, as its options gave it.</summary>
/// <param name="Paradigm">The paradigm it runs under.</param>
/// <param name="Cpu">The CPU it requests, with its unit.</param>
/// <param name="Memory">The memory it requests, with its unit.</param>
/// <param name="Io">How much it asks of IO: <c>low</c>, <c>medium</c> or <c>high</c>.</param>
/// <param name="Network">How much it asks of the network.</param>
internal sealed record WorkloadJson(string Paradigm, string Cpu, string Memory, string Io, string Network);

/// <summary>One figure of an estimate.</summary>
/// <param name="Resource">The resource: CPU, memory, IO, network or storage.</param>
/// <param name="Name">What the figure is.</param>
/// <param name="Value">The figure, with its citation.</param>
internal sealed record EstimateFigureJson(string Resource, string Name, FigureJson Value);

/// <summary>The trade-off for a workload.</summary>
/// <param name="Decision">The decision in one line, for example <c>Containerization (default, Res §7, §2.3, §3.3)</c>.</param>
/// <param name="Paradigm">The paradigm recommended.</param>
/// <param name="KeepsParadigm">Whether it is the paradigm the workload already runs under.</param>
/// <param name="Scenarios">The scenario rows of Res §4.3 and §5.3 the workload's high levels point to.</param>
internal sealed record TradeOffJson(string Decision, string Paradigm, bool KeepsParadigm, IReadOnlyList<string> Scenarios);

/// <summary>Outside figures set beside a document figure.</summary>
/// <param name="Resource">The resource.</param>
/// <param name="Subject">What is measured.</param>
/// <param name="Document">The document's figure for the same thing, or null where the documents give none.</param>
/// <param name="Measured">The outside figures, each with its source and kind.</param>
/// <param name="Reading">How they compare.</param>
internal sealed record OutsideFigureJson(string Resource, string Subject, FigureJson? Document, IReadOnlyList<FigureJson> Measured, string Reading);
