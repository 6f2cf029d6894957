using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Paradigms.Model.Analyzers.Tests.Verification;

/// <summary>
/// What the sources under test compile against, offline: the running .NET's own assemblies and the
/// Paradigms.Model library the tests reference (never a downloaded reference pack).
/// </summary>
internal static class TestReferences
{
    /// <summary>Gets the reference assemblies for the testing framework: none to download; see <see cref="All"/>.</summary>
    public static ReferenceAssemblies None { get; } = new("net10.0");

    /// <summary>Gets the library the tests reference.</summary>
    public static MetadataReference Library { get; } = MetadataReference.CreateFromFile(typeof(Deployment).Assembly.Location);

    /// <summary>Gets the framework's assemblies and the library.</summary>
    public static ImmutableArray<MetadataReference> All { get; } = Framework().Add(Library);

    /// <summary>Gets the framework's assemblies alone: a compilation that does not reference Paradigms.Model.</summary>
    public static ImmutableArray<MetadataReference> FrameworkOnly { get; } = Framework();

    private static ImmutableArray<MetadataReference> Framework()
    {
        var directory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return Directory.GetFiles(directory, "*.dll")
            .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"))
            .Where(path => !path.EndsWith(".Native.dll", StringComparison.Ordinal))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
