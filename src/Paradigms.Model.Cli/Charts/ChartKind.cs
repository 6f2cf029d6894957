namespace Paradigms.Model.Cli.Charts;

/// <summary>The charts <c>paradigms chart</c> draws.</summary>
internal enum ChartKind
{
    /// <summary>The percentage figures of the trade-off matrix and the network comparison, grouped by paradigm.</summary>
    Compare = 1,

    /// <summary>The network latency overhead per paradigm (Res §5.2), in μs.</summary>
    Latency = 2,

    /// <summary>The memory overhead per paradigm, from the minimum to the standard example (Res §3.2), in MB.</summary>
    Memory = 3,
}
