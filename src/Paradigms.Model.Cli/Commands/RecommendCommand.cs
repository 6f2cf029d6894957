using System.CommandLine;
using System.Linq;
using Paradigms.Model.Cli.Json;
using Paradigms.Model.Cli.Options;
using Paradigms.Model.Cli.Output;
using Paradigms.Model.Decisions;

namespace Paradigms.Model.Cli.Commands;

/// <summary>
/// <c>paradigms recommend --resource-constrained --latency-critical --isolation high --multi-os --guest-modifiable …</c>:
/// the decision algorithm of Res §7 on the conditions the options set, with the branches evaluated (the rules that
/// fired, with their citations) and the ranked alternatives, each with why it lost. The document gives the conditions
/// as words with no thresholds; whether one holds is the user's judgement.
/// </summary>
internal sealed class RecommendCommand : ICliCommand
{
    /// <inheritdoc/>
    public Command Create(CliContext context)
    {
        var constrained = Flag("--resource-constrained", "Resources are constrained (资源受限).");
        var performance = Flag("--high-performance", "High performance is required (性能要求高); --latency-critical says the same.", "--latency-critical");
        var isolation = OptionFactory.Choice(
            "--isolation", "How strong the isolation must be; high is the algorithm's 隔离要求高 (default: low).", ParadigmNames.Levels, RequirementLevel.Low);
        var compatibility = Flag("--high-compatibility", "High compatibility is required, several operating systems (兼容性要求高); --multi-os says the same.", "--multi-os");
        var guest = Flag("--guest-modifiable", "The guest OS may be modified (Guest OS 可修改).");
        var sharing = Flag("--resource-sharing", "Resources are to be shared (资源共享需求).");
        var standardization = Flag("--standardization", "Standardization is needed (标准化需求).");
        var command = new Command("recommend", "Recommend a paradigm with the decision algorithm of Res §7: the answer, the rules that fired and why each alternative lost.")
        {
            constrained, performance, isolation, compatibility, guest, sharing, standardization,
        };
        command.SetAction(parse =>
        {
            var requirements = new Requirements
            {
                ResourceConstrained = parse.GetValue(constrained),
                HighPerformance = parse.GetValue(performance),
                HighIsolation = parse.GetValue(isolation) == RequirementLevel.High,
                HighCompatibility = parse.GetValue(compatibility),
                GuestOsModifiable = parse.GetValue(guest),
                ResourceSharing = parse.GetValue(sharing),
                Standardization = parse.GetValue(standardization),
            };
            return context.Write(parse, Recommend(requirements), CliJson.Context.RecommendResult, Layout);
        });
        return command;
    }

    private static Option<bool> Flag(string name, string description, params string[] aliases) =>
        new(name, aliases) { Description = description, Arity = ArgumentArity.Zero };

    private static RecommendResult Recommend(Requirements requirements)
    {
        var decision = DecisionAlgorithm.Decide(requirements);
        var holding = System.Enum.GetValues<DecisionCondition>()
            .Where(requirements.Holds)
            .Select(Named)
            .Select(check => new ConditionJson(check.Name, check.Words, true))
            .ToList();
        return new RecommendResult(
            decision.Paradigm.ToString(),
            decision.Branch,
            decision.IsDefault,
            decision.Citation.ToString(),
            holding,
            decision.Trail.Select(step => new StepJson(
                step.Branch,
                step.Conditions.Select(c => new ConditionJson(c.Name, c.Words, c.Holds)).ToList(),
                step.Held,
                step.Paradigm.ToString(),
                step.Words,
                step.Description,
                step.Citation.ToString())).ToList(),
            decision.Alternatives.Select(a => new AlternativeJson(a.Rank, a.Paradigm.ToString(), a.Branch, a.BranchHeld, a.ConditionsHeld, a.ConditionCount, a.Reason)).ToList(),
            decision.Explain().Split('\n'));
    }

    // Every condition appears, with its name and words, in the trail of the decision on which none holds: that
    // decision evaluates all four branches, which between them name all seven conditions.
    private static ConditionCheck Named(DecisionCondition condition) =>
        DecisionAlgorithm.Decide(new Requirements()).Trail.SelectMany(step => step.Conditions).First(check => check.Condition == condition);

    private static Report Layout(RecommendResult result)
    {
        var report = new Report()
            .Heading($"Recommendation: {result.Paradigm}")
            .Paragraph(result.IsDefault
                ? $"No branch of the decision algorithm of Res §7 held; the library's default applies ({result.Citation})."
                : $"Branch {result.Branch} of the decision algorithm of Res §7 chose it ({result.Citation}).")
            .Paragraph("Requirements that hold: " + (result.Requirements.Count == 0 ? "none" : string.Join(", ", result.Requirements.Select(c => $"{c.Name} ({c.Words})"))) + ".")
            .Heading("Rules evaluated");
        var trail = new Table("Step", "Conditions", "Held", "Paradigm", "Rule", "Citation");
        foreach (var step in result.Trail)
        {
            trail.Row(
                step.Branch is { } branch ? $"Branch {branch}" : "Default",
                step.Conditions.Count == 0 ? "no branch held" : string.Join(", ", step.Conditions.Select(c => $"{c.Name} = {(c.Holds ? "yes" : "no")}")),
                step.Held ? "yes" : "no",
                step.Paradigm,
                step.Rule ?? "the library's default (the document has no else)",
                step.Citation);
        }

        report.Add(trail).Heading("Alternatives");
        var alternatives = new Table("Rank", "Paradigm", "Why it lost");
        foreach (var alternative in result.Alternatives)
        {
            alternatives.Row(alternative.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture), alternative.Paradigm, alternative.Reason);
        }

        return report.Add(alternatives);
    }
}
