using System.Collections.Generic;

namespace Paradigms.Model.Decisions;

/// <summary>
/// The trade-off for a workload: the answer of <see cref="ResourceModelTool.MakeTradeOff(Workload, Requirements)"/>,
/// the document's <c>make_tradeoff</c> (Res after §8): the §7 algorithm's decision with its trail, and
/// the per-resource scenario rows the workload's own levels point to.
/// </summary>
/// <remarks>Immutable, and so safe to share between threads.</remarks>
public sealed record TradeOff
{
    internal TradeOff(Workload workload, Decision decision, IReadOnlyList<ScenarioRecommendation> scenarios)
    {
        Workload = workload;
        Decision = decision;
        Scenarios = scenarios;
    }

    /// <summary>Gets the workload.</summary>
    public Workload Workload { get; }

    /// <summary>Gets the decision of Res §7's algorithm, with its explanation trail and ranked alternatives.</summary>
    public Decision Decision { get; }

    /// <summary>
    /// Gets the scenario rows the workload's levels match: high IO asks for 高 IO 性能 (Res §4.3), high
    /// network for 网络密集型 (Res §5.3). Empty when no level is high.
    /// </summary>
    public IReadOnlyList<ScenarioRecommendation> Scenarios { get; }

    /// <summary>Gets whether the decision keeps the paradigm the workload already runs under.</summary>
    public bool KeepsParadigm => Decision.Paradigm == Workload.Paradigm;
}
