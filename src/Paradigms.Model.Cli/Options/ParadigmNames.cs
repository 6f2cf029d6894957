using System.Collections.Generic;
using System.Linq;
using Paradigms.Model.Decisions;

namespace Paradigms.Model.Cli.Options;

/// <summary>
/// The spellings <c>--paradigm</c> and <c>--io</c>/<c>--network</c> accept: the workload spellings of the resource
/// document's application case and of <c>Workload.Parse</c> (<c>container</c> is the document's own; the others name
/// the other three paradigms), and the three requirement levels.
/// </summary>
internal static class ParadigmNames
{
    /// <summary>Gets the paradigm spellings, in any case: those of <see cref="Workload.Parse"/>.</summary>
    public static IReadOnlyList<NamedValue<Paradigm>> Paradigms { get; } =
        [.. Workload.TypeSpellings.Select(spelling => new NamedValue<Paradigm>(spelling.Key, spelling.Value))];

    /// <summary>Gets the requirement levels, in any case (Res after §8, application case 1, writes <c>'high'</c> and <c>'medium'</c>).</summary>
    public static IReadOnlyList<NamedValue<RequirementLevel>> Levels { get; } =
        [.. Workload.LevelSpellings.Select(spelling => new NamedValue<RequirementLevel>(spelling.Key, spelling.Value))];

    /// <summary>The name of a level as the options spell it.</summary>
    /// <param name="level">The level.</param>
    /// <returns><c>low</c>, <c>medium</c> or <c>high</c>.</returns>
    public static string Of(RequirementLevel level) => level.ToString().ToLowerInvariant();
}
