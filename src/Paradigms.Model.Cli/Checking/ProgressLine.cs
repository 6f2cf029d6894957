using System;
using System.Globalization;
using System.IO;

namespace Paradigms.Model.Cli.Checking;

/// <summary>
/// The progress line of <c>paradigms check</c> on stderr: <c>Checking 3 of 40: models/edge.json</c>, rewritten in place
/// (a carriage return, no new line) and wiped when the check ends, so the terminal keeps only the report. Shown when more
/// than <see cref="MinimumFiles"/> files are read and both stdout and stderr are terminals; never when either is
/// redirected, so pipes, files and CI logs never hold it.
/// </summary>
internal sealed class ProgressLine
{
    /// <summary>Above this many files, a terminal shows the progress line.</summary>
    public const int MinimumFiles = 5;

    private readonly TextWriter _error;
    private readonly int? _width;
    private int _written;

    private ProgressLine(TextWriter error, int? width)
    {
        _error = error;
        _width = width;
    }

    /// <summary>Creates the progress line for a check of <paramref name="files"/> files, or null when none is shown.</summary>
    /// <param name="files">How many files will be read.</param>
    /// <param name="error">Where it is written: stderr.</param>
    /// <param name="width">The terminal's width, or null when unknown; a longer line is cut to fit.</param>
    /// <returns>The line, or null.</returns>
    public static ProgressLine? For(int files, TextWriter error, int? width) =>
        files > MinimumFiles && !Console.IsOutputRedirected && !Console.IsErrorRedirected ? new ProgressLine(error, width) : null;

    /// <summary>Shows that file <paramref name="number"/> of <paramref name="count"/> is being read.</summary>
    /// <param name="number">The file's number, from 1.</param>
    /// <param name="count">How many files there are.</param>
    /// <param name="file">The file's name.</param>
    public void Show(int number, int count, string file)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"Checking {number} of {count}: {file}");
        if (_width is { } width && line.Length >= width)
        {
            line = line[..Math.Max(0, width - 2)] + "…";
        }

        _error.Write("\r" + line.PadRight(_written));
        _error.Flush();
        _written = line.Length;
    }

    /// <summary>Wipes the line, leaving the cursor at the start of an empty line.</summary>
    public void Clear()
    {
        _error.Write("\r" + new string(' ', _written) + "\r");
        _error.Flush();
        _written = 0;
    }
}
