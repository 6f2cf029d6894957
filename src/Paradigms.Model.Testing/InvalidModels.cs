using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Testing;

/// <summary>
/// Arbitraries of invalid models: parts that break exactly one rule of the table, each carrying the id and
/// severity of the finding it must produce. Every id from PM0001 to PM0011 is covered; everything in the
/// model other than the broken rule is valid, drawn as <see cref="ParadigmsArbitraries"/> draws valid models.
/// </summary>
/// <remarks>
/// Shrinking keeps an invalid model invalid for the same id: a shrunk model is kept only when its parts still
/// produce exactly the one expected finding. <see cref="ParadigmsArbitraries.InvalidModel"/> is <see cref="All"/>.
/// </remarks>
public static partial class InvalidModels
{
    private static readonly ImmutableArray<(string Id, Gen<InvalidModel> Generator)> Recipes =
    [
        ("PM0001", NicNotAttachable()),
        ("PM0002", ChannelNotAvailable()),
        ("PM0003", NicFromAnotherParadigm()),
        ("PM0004", ValueOutOfProtocolRange()),
        ("PM0005", PhysicalLink()),
        ("PM0006", Duplex()),
        ("PM0007", GuestNotModifiable()),
        ("PM0008", Mtu()),
        ("PM0009", NetworkModeNotAvailable()),
        ("PM0010", LossOutOfRange()),
        ("PM0011", Wasm32MemoryTooLarge()),
    ];

    /// <summary>Gets the ids the invalid models cover, in order: PM0001 to PM0011.</summary>
    public static IReadOnlyList<string> Ids { get; } = [.. Recipes.Select(recipe => recipe.Id)];

    /// <summary>Gets invalid models of every id, each id as often as the others.</summary>
    public static Arbitrary<InvalidModel> All { get; } = Arb.From(Gen.OneOf(Recipes.Select(recipe => recipe.Generator)), Shrink);

    /// <summary>Invalid models that break the rule <paramref name="id"/>, with any severity it has (PM0005, PM0006 and PM0008 have errors and warnings).</summary>
    /// <param name="id">The rule's id, one of <see cref="Ids"/>.</param>
    /// <returns>The arbitrary.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="id"/> is none of <see cref="Ids"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public static Arbitrary<InvalidModel> WithId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        foreach (var (recipeId, generator) in Recipes)
        {
            if (recipeId == id)
            {
                return Arb.From(generator, Shrink);
            }
        }

        throw new ArgumentOutOfRangeException(nameof(id), id, $"id was '{id}'; allowed: {string.Join(", ", Ids)}.");
    }

    /// <summary>The shrinks of an invalid model: simpler parts that still produce exactly its one finding.</summary>
    /// <param name="model">The model.</param>
    /// <returns>The shrunk models, simplest first.</returns>
    internal static IEnumerable<InvalidModel> Shrink(InvalidModel model) =>
        model.Parts.Shrink().Where(model.IsProducedBy).Select(parts => model with { Parts = parts });

    private static InvalidModel Error(string id, ModelParts parts) => new(parts, id, RuleSeverity.Error);

    private static InvalidModel Warning(string id, ModelParts parts) => new(parts, id, RuleSeverity.Warning);

    /// <summary>Every (paradigm, value) pair that <paramref name="valuesOf"/> lists.</summary>
    private static (Paradigm Paradigm, T Value)[] Pairs<T>(Func<Paradigm, IReadOnlyList<T>> valuesOf) =>
        [.. Enum.GetValues<Paradigm>().SelectMany(paradigm => valuesOf(paradigm).Select(value => (paradigm, value)))];

    /// <summary>Integers outside <paramref name="range"/>: just below or above it, or anywhere an <see cref="int"/> reaches.</summary>
    private static Gen<int> Outside(IntRange range)
    {
        var sides = new List<Gen<int>>();
        if (range.Min > int.MinValue)
        {
            sides.Add(Gen.Constant(range.Min - 1));
            sides.Add(Gen.Choose(int.MinValue, range.Min - 1));
        }

        if (range.Max < int.MaxValue)
        {
            sides.Add(Gen.Constant(range.Max + 1));
            sides.Add(Gen.Choose(range.Max + 1, int.MaxValue));
        }

        return Gen.OneOf(sides);
    }
}
