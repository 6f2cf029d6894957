using System.CommandLine;

namespace Paradigms.Model.Cli.Commands;

/// <summary>One subcommand of <c>paradigms</c>: it builds its <see cref="Command"/>, with its options and its action.</summary>
internal interface ICliCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="context">What the commands share: the writers, the terminal width and the <c>--format</c> option.</param>
    /// <returns>The command, ready to be added to the root.</returns>
    Command Create(CliContext context);
}
