using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using Paradigms.Model.Cli.Commands;

namespace Paradigms.Model.Cli;

/// <summary>
/// The <c>paradigms</c> command line: builds the root command from <see cref="CommandRegistry"/>, parses, runs, and
/// turns every failure into a message on stderr and an exit code (<see cref="ExitCodes"/>), never a stack trace.
/// </summary>
internal static class CliApplication
{
    /// <summary>The command's name, as installed by the tool package.</summary>
    public const string Name = "paradigms";

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where answers go (stdout).</param>
    /// <param name="error">Where errors go (stderr).</param>
    /// <param name="width">The terminal's width in columns, or null when stdout is not a terminal.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error, int? width)
    {
        var context = new CliContext(output, error, width);
        var root = Build(context);
        var parse = root.Parse(args);
        var command = string.Join(' ', parse.CommandResult.Command == root ? [Name] : new[] { Name, parse.CommandResult.Command.Name });
        if (parse.Action is ParseErrorAction)
        {
            foreach (var message in ErrorMessages(parse))
            {
                error.WriteLine($"{command}: {message}");
            }

            error.WriteLine($"Run '{command} --help' to see the commands and options.");
            return ExitCodes.UsageError;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (CliException failure)
        {
            error.WriteLine($"{command}: {failure.Message}");
            return failure.ExitCode;
        }
        catch (InvalidModelException invalid)
        {
            foreach (var diagnostic in invalid.Diagnostics)
            {
                error.WriteLine($"{command}: error {diagnostic.Id}: {diagnostic.Message} [{diagnostic.HelpLink}]");
            }

            return ExitCodes.ModelError;
        }
        catch (Exception failure) when (failure is ArgumentException or FormatException or OverflowException)
        {
            // A value the option parsers let through but the model refuses (a size too large to add up, say).
            error.WriteLine($"{command}: {failure.Message}");
            return ExitCodes.UsageError;
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{command}: {failure.Message}");
            return ExitCodes.UsageError;
        }
#pragma warning disable CA1031 // The command's last line of defence: a fault becomes a message and an exit code, never a stack trace.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            error.WriteLine($"{command}: internal error ({failure.GetType().Name}): {failure.Message}");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>
    /// The parser's messages, except that a value written after a flag names the flag: System.CommandLine reports
    /// <c>--resource-constrained yes</c> as "Unrecognized command or argument 'yes'", which does not say why.
    /// </summary>
    private static List<string> ErrorMessages(ParseResult parse)
    {
        var messages = parse.Errors.Select(e => e.Message).Distinct().ToList();
        var options = parse.CommandResult.Command.Options;
        for (var i = 1; i < parse.Tokens.Count; i++)
        {
            var (previous, token) = (parse.Tokens[i - 1], parse.Tokens[i]);
            if (previous.Type != TokenType.Option || !parse.UnmatchedTokens.Contains(token.Value)
                || options.FirstOrDefault(o => o.Name == previous.Value || o.Aliases.Contains(previous.Value)) is not { Arity.MaximumNumberOfValues: 0 })
            {
                continue;
            }

            var unrecognized = messages.FindIndex(m => m.EndsWith($"'{token.Value}'.", StringComparison.Ordinal));
            var message = $"{previous.Value} was given '{token.Value}'; allowed: no value. Write {previous.Value} alone to turn it on, or leave it out.";
            if (unrecognized >= 0)
            {
                messages[unrecognized] = message;
            }
            else
            {
                messages.Add(message);
            }
        }

        return messages;
    }

    private static RootCommand Build(CliContext context)
    {
        var root = new RootCommand(
            "Compares full virtualization, paravirtualization, containerization and WebAssembly sandboxing from the figures "
            + "of the two documents Paradigms.Model is built from. With no command, prints the comparison (as 'compare').");
        root.Options.Add(context.Format);
        foreach (var command in CommandRegistry.Commands)
        {
            var subcommand = command.Create(context);
            // Every subcommand takes the shared --format, unless it declares its own (check adds sarif).
            if (!subcommand.Options.Any(o => o.Name == context.Format.Name))
            {
                subcommand.Options.Add(context.Format);
            }

            root.Subcommands.Add(subcommand);
        }

        root.SetAction(parse => CompareCommand.Run(context, parse, ResourceScope.All));
        return root;
    }
}
