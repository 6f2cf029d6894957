using System;
using System.Globalization;

namespace Paradigms.Model.Cli;

/// <summary>The entry point of the <c>paradigms</c> command.</summary>
internal static class Program
{
    /// <summary>Runs the command line on the console.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code (<see cref="ExitCodes"/>).</returns>
    public static int Main(string[] args) => CliApplication.Run(args, Console.Out, Console.Error, TerminalWidth());

    // The width text tables wrap to: $COLUMNS when set, else the terminal's, else none (output redirected: no wrapping).
    private static int? TerminalWidth()
    {
        if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns > 0)
        {
            return columns;
        }

        if (Console.IsOutputRedirected)
        {
            return null;
        }

        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : null;
        }
        catch (System.IO.IOException)
        {
            return null;
        }
    }
}
