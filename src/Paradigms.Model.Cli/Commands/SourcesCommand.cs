using System;
using System.CommandLine;
using System.Linq;
using Paradigms.Model.Cli.Json;
using Paradigms.Model.Cli.Output;
using Paradigms.Model.Facts;

namespace Paradigms.Model.Cli.Commands;

/// <summary>
/// <c>paradigms sources [--figure NAME]</c>: where each figure of the facts catalog (<see cref="FactCatalog"/>) comes
/// from, a section of the documents or an outside source, and the kind of source; with <c>--figure</c>, one figure with
/// the source's own words and how they were read.
/// </summary>
internal sealed class SourcesCommand : ICliCommand
{
    /// <inheritdoc/>
    public Command Create(CliContext context)
    {
        var figure = new Option<string?>("--figure")
        {
            Description = "One figure, by its name as the list shows it (ResourceFacts.VirtualizationNetworkLatencyOverhead) or without its class (VirtualizationNetworkLatencyOverhead), in any case.",
            HelpName = "name",
        };
        var command = new Command("sources", "Where each figure comes from: the section of a document or the outside source, and its kind.")
        {
            figure,
        };
        command.SetAction(parse =>
        {
            var name = parse.GetValue(figure);
            var figures = name is null ? FactCatalog.All : [Find(name)];
            return context.Write(parse, new SourcesResult(figures.Select(Describe).ToList()), CliJson.Context.SourcesResult, Layout);
        });
        return command;
    }

    private static ISourced Find(string name)
    {
        var text = name.Trim();
        var exact = FactCatalog.All.Where(f => string.Equals(f.Name, text, StringComparison.OrdinalIgnoreCase)).ToList();
        var matches = exact.Count > 0 ? exact : FactCatalog.All.Where(f => string.Equals(ShortName(f), text, StringComparison.OrdinalIgnoreCase)).ToList();
        if (matches.Count == 1)
        {
            return matches[0];
        }

        var similar = FactCatalog.All.Where(f => text.Length > 0 && f.Name.Contains(text, StringComparison.OrdinalIgnoreCase)).Select(f => f.Name).Take(5).ToList();
        var hint = matches.Count > 1
            ? $" It names {matches.Count} figures: {string.Join(", ", matches.Select(f => f.Name))}."
            : similar.Count > 0 ? $" Figures whose names contain it: {string.Join(", ", similar)}." : string.Empty;
        throw CliException.Usage(
            $"--figure was '{name}'; allowed: the name of one of the {FactCatalog.All.Count} figures 'paradigms sources' lists, such as {FactCatalog.All[0].Name}, with or without its class.{hint}");
    }

    private static string ShortName(ISourced figure) => figure.Name[(figure.Name.IndexOf('.', StringComparison.Ordinal) + 1)..];

    private static SourceJson Describe(ISourced figure) => new(
        figure.Name,
        figure.ValueText,
        figure.Citation.ToString(),
        figure.Citation.Source,
        figure.Citation.Sections,
        figure.Citation.Kind.ToString().ToLowerInvariant(),
        figure.Quote,
        figure.Note);

    private static Report Layout(SourcesResult result)
    {
        if (result.Figures.Count == 1)
        {
            var figure = result.Figures[0];
            var details = new Table("Field", "Value")
                .Row("Value", figure.Value)
                .Row("Source", figure.Source)
                .Row("Sections", figure.Sections ?? Figures.None)
                .Row("Kind", figure.Kind)
                .Row("Quote", figure.Quote ?? Figures.None)
                .Row("Note", figure.Note ?? Figures.None);
            return new Report().Heading(figure.Name).Add(details);
        }

        var table = new Table("Figure", "Value", "Source", "Kind");
        foreach (var figure in result.Figures)
        {
            table.Row(figure.Name, figure.Value, figure.Source + (figure.Sections is null ? string.Empty : " " + figure.Sections), figure.Kind);
        }

        var kinds = result.Figures.GroupBy(f => f.Kind).Select(g => $"{g.Count()} {g.Key}");
        return new Report()
            .Heading($"Sources of the {result.Figures.Count} figures")
            .Add(table)
            .Paragraph($"By kind of source: {string.Join(", ", kinds)}. paradigms sources --figure NAME shows one figure with the source's own words.");
    }
}
