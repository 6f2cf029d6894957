using System;
using System.CommandLine;
using System.IO;
using System.Text.Json.Serialization.Metadata;
using Paradigms.Model.Cli.Json;
using Paradigms.Model.Cli.Options;
using Paradigms.Model.Cli.Output;

namespace Paradigms.Model.Cli;

/// <summary>
/// What every command shares: where it writes, how wide the terminal is, and the <c>--format</c> option. A command
/// computes its whole answer first and writes it in one piece through <see cref="Write{T}"/>, so that an error found
/// on the way leaves stdout empty.
/// </summary>
internal sealed class CliContext
{
    /// <summary>The spellings of <c>--format</c>.</summary>
    public static readonly NamedValue<OutputFormat>[] Formats =
    [
        new("text", OutputFormat.Text),
        new("markdown", OutputFormat.Markdown),
        new("json", OutputFormat.Json),
    ];

    /// <summary>Creates the context.</summary>
    /// <param name="output">Where answers go (stdout).</param>
    /// <param name="error">Where errors go (stderr).</param>
    /// <param name="width">The terminal's width in columns, or null when stdout is not a terminal.</param>
    public CliContext(TextWriter output, TextWriter error, int? width)
    {
        Output = output;
        Error = error;
        Width = width;
        Format = OptionFactory.Choice("--format", "How to write the answer: aligned text tables, GitHub Markdown, or JSON.", Formats, OutputFormat.Text);
    }

    /// <summary>Gets where answers go.</summary>
    public TextWriter Output { get; }

    /// <summary>Gets where errors go.</summary>
    public TextWriter Error { get; }

    /// <summary>Gets the terminal's width in columns, or null when stdout is not a terminal.</summary>
    public int? Width { get; }

    /// <summary>Gets the <c>--format</c> option, on the root command and every subcommand that does not declare its own.</summary>
    public Option<OutputFormat> Format { get; }

    /// <summary>Writes a command's answer in the format asked for.</summary>
    /// <typeparam name="T">The command's result record.</typeparam>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="result">The result.</param>
    /// <param name="json">The result's JSON contract, from <see cref="CliJsonContext"/>.</param>
    /// <param name="report">Lays the result out as text or Markdown.</param>
    /// <returns><see cref="ExitCodes.Success"/>.</returns>
    public int Write<T>(ParseResult parse, T result, JsonTypeInfo<T> json, Func<T, Report> report)
    {
        var text = parse.GetValue(Format) switch
        {
            OutputFormat.Json => CliJson.Serialize(result, json),
            OutputFormat.Markdown => MarkdownRenderer.Render(report(result)),
            _ => TextRenderer.Render(report(result), Width),
        };
        Output.Write(text);
        Output.Flush();
        return ExitCodes.Success;
    }
}
