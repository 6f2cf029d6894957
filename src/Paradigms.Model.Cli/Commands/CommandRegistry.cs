using System.Collections.Generic;

namespace Paradigms.Model.Cli.Commands;

/// <summary>
/// Every subcommand of <c>paradigms</c>, in the order the help lists them; one class and one file each. A new
/// command is one more file in this folder and one more line here.
/// </summary>
internal static class CommandRegistry
{
    /// <summary>Gets the subcommands.</summary>
    public static IReadOnlyList<ICliCommand> Commands { get; } =
    [
        new CompareCommand(),
        new EstimateCommand(),
        new RecommendCommand(),
        new CheckCommand(),
        new MtuCommand(),
        new SourcesCommand(),
        new ChartCommand(),
    ];
}
