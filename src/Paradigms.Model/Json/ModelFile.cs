using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Paradigms.Model.Decisions;

namespace Paradigms.Model.Json;

/// <summary>
/// What one model file holds: deployments to check (each with an optional name), workloads to
/// estimate, and the requirements to decide with. Read one with <see cref="ModelFileReader"/>
/// (every finding, located) or <see cref="ModelJson.DeserializeModelFile"/> (throws on the first
/// error); write one with <see cref="ModelJson.Serialize(ModelFile)"/>. docs/model-files.md
/// describes the format.
/// </summary>
/// <remarks>Immutable; two files are equal when their parts are equal and in the same order.</remarks>
public sealed record ModelFile
{
    /// <summary>Creates a model file.</summary>
    /// <param name="deployments">The deployments, or null for none.</param>
    /// <param name="workloads">The workloads, or null for none.</param>
    /// <param name="requirements">The requirements, or null when the file has none.</param>
    /// <param name="schema">The <c>$schema</c> the file names, or null for none; kept so that a file read and written again names it too.</param>
    /// <exception cref="ArgumentNullException">A deployment or workload is null.</exception>
    public ModelFile(
        IEnumerable<NamedDeployment>? deployments = null,
        IEnumerable<Workload>? workloads = null,
        Requirements? requirements = null,
        string? schema = null)
    {
        Deployments = NoNulls(deployments, nameof(deployments));
        Workloads = NoNulls(workloads, nameof(workloads));
        Requirements = requirements;
        Schema = schema;
    }

    /// <summary>Gets the deployments, in file order.</summary>
    public ImmutableArray<NamedDeployment> Deployments { get; }

    /// <summary>Gets the workloads, in file order.</summary>
    public ImmutableArray<Workload> Workloads { get; }

    /// <summary>Gets the requirements, or null when the file has none.</summary>
    public Requirements? Requirements { get; }

    /// <summary>Gets the <c>$schema</c> the file names, or null for none.</summary>
    public string? Schema { get; }

    /// <summary>Whether <paramref name="other"/> has equal parts in the same order.</summary>
    /// <param name="other">The other file.</param>
    /// <returns>True when they are equal.</returns>
    public bool Equals(ModelFile? other) =>
        other is not null
        && Deployments.SequenceEqual(other.Deployments)
        && Workloads.SequenceEqual(other.Workloads)
        && Requirements == other.Requirements
        && string.Equals(Schema, other.Schema, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var deployment in Deployments)
        {
            hash.Add(deployment);
        }

        foreach (var workload in Workloads)
        {
            hash.Add(workload);
        }

        hash.Add(Requirements);
        hash.Add(Schema, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    private static ImmutableArray<T> NoNulls<T>(IEnumerable<T>? items, string paramName)
        where T : class
    {
        var array = items?.ToImmutableArray() ?? [];
        for (var i = 0; i < array.Length; i++)
        {
            Preconditions.NotNull(array[i], $"{paramName}[{i}]");
        }

        return array;
    }
}
