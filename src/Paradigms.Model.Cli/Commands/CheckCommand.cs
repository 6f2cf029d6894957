using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security;
using Paradigms.Model.Cli.Checking;
using Paradigms.Model.Cli.Options;
using Paradigms.Model.Cli.Output;
using Paradigms.Model.Json;

namespace Paradigms.Model.Cli.Commands;

/// <summary>
/// <c>paradigms check &lt;files or globs&gt;… [--format text|markdown|json|sarif] [--output FILE]</c>: reads JSON model files
/// with <see cref="ModelFileReader"/>, so with the rule table's ids, severities and messages, and reports every finding at
/// its line and column.
/// </summary>
/// <remarks>
/// <para>
/// The report goes to stdout (or to <c>--output</c>): in text, one line per finding in the compiler's format,
/// <c>path(line,col): error PM0001: message [help link]</c>, then the summary line. Exit code 0 when no file breaks an
/// error rule (warnings allowed), 1 when one does.
/// </para>
/// <para>
/// When any input cannot be read (an input error PMF001–PMF008 in a file, a glob that matches nothing, a folder that
/// cannot be listed) no report is written at all, in any format: stdout stays empty, the <c>--output</c> file is neither
/// created nor changed, every input problem goes to stderr (input errors in the compiler's format) and the exit code is 2,
/// whatever rules the readable files break.
/// </para>
/// </remarks>
internal sealed class CheckCommand : ICliCommand
{
    private static readonly NamedValue<CheckFormat>[] Formats =
    [
        new("text", CheckFormat.Text),
        new("markdown", CheckFormat.Markdown),
        new("json", CheckFormat.Json),
        new("sarif", CheckFormat.Sarif),
    ];

    /// <inheritdoc/>
    public Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "JSON model files, folders (their *.json files) or globs (*, ?, ** for any folders; quote them so the shell leaves them alone), relative to the current folder.",
            HelpName = "files or globs",
            Arity = ArgumentArity.OneOrMore,
        };
        files.Validators.Add(result =>
        {
            if (result.Tokens.Any(t => string.IsNullOrWhiteSpace(t.Value)))
            {
                result.AddError("a file argument was empty; allowed: a file, a folder or a glob, relative to the current folder.");
            }
        });
        var format = OptionFactory.Choice(
            "--format",
            "How to write the report: compiler-format lines, GitHub Markdown, JSON, or SARIF 2.1.0 for code-scanning tools.",
            Formats,
            CheckFormat.Text);
        var output = OptionFactory.OutputFile("--output", "Write the report to this file instead of stdout; nothing is written when an input cannot be read.");
        var command = new Command("check", "Check JSON model files with the rule table: every finding at its line and column, as the compiler prints them.")
        {
            files, format, output,
        };
        command.SetAction(parse => Run(context, parse.GetValue(files)!, Format(parse, format, context.Format), parse.GetValue(output)));
        return command;
    }

    /// <summary>The format: check's own <c>--format</c>, or the one given before <c>check</c> (<c>paradigms --format json check …</c>).</summary>
    private static CheckFormat Format(ParseResult parse, Option<CheckFormat> own, Option<OutputFormat> shared)
    {
        var before = parse.GetResult(shared) is { Implicit: false } ? parse.GetValue(shared) switch
        {
            OutputFormat.Markdown => CheckFormat.Markdown,
            OutputFormat.Json => CheckFormat.Json,
            _ => CheckFormat.Text,
        } : (CheckFormat?)null;
        if (parse.GetResult(own) is not { Implicit: false })
        {
            return before ?? CheckFormat.Text;
        }

        var after = parse.GetValue(own);
        return before is null || before == after
            ? after
            : throw CliException.Usage($"--format was given twice, '{Name(before.Value)}' before check and '{Name(after)}' after it; allowed: one format.");
    }

    private static string Name(CheckFormat format) => Formats.First(f => f.Value == format).Name;

    private static int Run(CliContext context, IReadOnlyList<string> arguments, CheckFormat format, string? outputPath)
    {
        var expanded = ArgumentExpander.Expand(arguments);
        var results = Read(expanded.Files, context);
        var unreadable = results.Where(r => r.Status == ModelFileStatus.Unreadable).ToList();
        if (expanded.Problems.Count > 0 || unreadable.Count > 0)
        {
            foreach (var problem in expanded.Problems)
            {
                context.Error.WriteLine($"{CliApplication.Name} check: {problem}");
            }

            foreach (var inputError in unreadable.SelectMany(r => r.Diagnostics.Where(d => d.IsInputError)))
            {
                context.Error.WriteLine(inputError.ToString());
            }

            var count = expanded.Problems.Count + unreadable.Count;
            context.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{CliApplication.Name} check: {count} {(count == 1 ? "input" : "inputs")} cannot be read; no report was written."));
            return ExitCodes.UsageError;
        }

        var report = CheckReport.Render(format, results, Directory.GetCurrentDirectory());
        var summary = CheckSummary.Of(results);
        if (outputPath is null)
        {
            context.Output.Write(report);
        }
        else
        {
            Write(outputPath, report);
            context.Output.WriteLine($"{summary.Counts}; wrote {outputPath}.");
        }

        context.Output.Flush();
        return results.Any(r => r.Status == ModelFileStatus.BreaksRules) ? ExitCodes.ModelError : ExitCodes.Success;
    }

    private static List<ModelFileResult> Read(IReadOnlyList<string> files, CliContext context)
    {
        var progress = ProgressLine.For(files.Count, context.Error, context.Width);
        var results = new List<ModelFileResult>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            progress?.Show(i + 1, files.Count, files[i]);
            results.Add(ModelFileReader.ReadFile(files[i]));
        }

        progress?.Clear();
        return results;
    }

    private static void Write(string path, string report)
    {
        try
        {
            File.WriteAllText(path, report);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or SecurityException or NotSupportedException or ArgumentException)
        {
            throw CliException.Usage($"--output was '{path}'; it cannot be written: {failure.Message}");
        }
    }
}
