using System;

namespace Paradigms.Model.Cli;

/// <summary>
/// A problem the command reports on stderr and turns into its exit code: bad input (<see cref="ExitCodes.UsageError"/>)
/// or a model the rule table refuses (<see cref="ExitCodes.ModelError"/>). Thrown before anything is written to stdout
/// or to an output file.
/// </summary>
internal sealed class CliException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="exitCode">The exit code, from <see cref="ExitCodes"/>.</param>
    /// <param name="message">The message, naming the option, the value and what is allowed.</param>
    public CliException(int exitCode, string message)
        : base(message)
    {
        ExitCode = exitCode;
    }

    /// <summary>Gets the exit code the command ends with.</summary>
    public int ExitCode { get; }

    /// <summary>A usage error: an option value that cannot be used, or a file that cannot be read or written.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The exception.</returns>
    public static CliException Usage(string message) => new(ExitCodes.UsageError, message);

    /// <summary>A model error: the rule table refuses the model.</summary>
    /// <param name="message">The message, with the diagnostic's id.</param>
    /// <returns>The exception.</returns>
    public static CliException Model(string message) => new(ExitCodes.ModelError, message);
}
