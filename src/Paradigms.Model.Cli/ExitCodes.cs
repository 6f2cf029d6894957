namespace Paradigms.Model.Cli;

/// <summary>
/// The exit codes of the <c>paradigms</c> command, documented in docs/cli.md ("Exit codes").
/// </summary>
internal static class ExitCodes
{
    /// <summary>The command did what it was asked; warnings, if any, are part of its output.</summary>
    public const int Success = 0;

    /// <summary>The model asked for cannot exist: the rule table reports an error (for example PM0008 for an underlay MTU below 68 bytes).</summary>
    public const int ModelError = 1;

    /// <summary>
    /// The command line could not be used: an unknown command or option, an option value that cannot be read
    /// (an unknown paradigm, <c>--cpu -1</c>, <c>--memory 4Zi</c>), or a file that cannot be read or written.
    /// </summary>
    public const int UsageError = 2;

    /// <summary>A fault of the command itself, not of its input: the message says what failed. Please report it.</summary>
    public const int InternalError = 3;
}
