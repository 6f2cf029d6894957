using System;

namespace Paradigms.Model.Json;

/// <summary>A deployment of a model file, with the name the file gives it (<c>"name": "edge"</c>), if any.</summary>
/// <remarks>Immutable. The name is for people and tools; no rule reads it, and names need not be unique.</remarks>
public sealed record NamedDeployment
{
    /// <summary>Creates an entry.</summary>
    /// <param name="deployment">The deployment.</param>
    /// <param name="name">The name, or null for none; not blank.</param>
    /// <exception cref="ArgumentNullException"><paramref name="deployment"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public NamedDeployment(Deployment deployment, string? name = null)
    {
        Deployment = Preconditions.NotNull(deployment, nameof(deployment));
        Name = name is null ? null : Preconditions.NotBlank(name, nameof(name));
    }

    /// <summary>Gets the deployment.</summary>
    public Deployment Deployment { get; }

    /// <summary>Gets the name the file gives the deployment, or null for none.</summary>
    public string? Name { get; }
}
