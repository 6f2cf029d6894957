using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Paradigms.Model.Analyzers;

/// <summary>
/// The library's types an analyzer looks for, resolved once per compilation. A compilation that
/// does not reference Paradigms.Model has none of them, and the analyzers then register nothing.
/// </summary>
internal sealed class ModelSymbols
{
    private const string LibraryAssembly = "Paradigms.Model";

    private ModelSymbols(IAssemblySymbol library)
    {
        Deployment = Type(library, "Paradigms.Model.Deployment");
        Nic = Type(library, "Paradigms.Model.Nic");
        LogicalChannel = Type(library, "Paradigms.Model.Networking.LogicalChannel");
        PhysicalNic = Type(library, "Paradigms.Model.Networking.PhysicalNic");
        Encapsulation = Type(library, "Paradigms.Model.Networking.Encapsulation");
        EncapsulationStack = Type(library, "Paradigms.Model.Networking.EncapsulationStack");
        BitRate = Type(library, "Paradigms.Model.Quantities.BitRate");
        Information = Type(library, "Paradigms.Model.Quantities.Information");
        Length = Type(library, "Paradigms.Model.Quantities.Length");
        Ratio = Type(library, "Paradigms.Model.Quantities.Ratio");
        IoModel = Type(library, "Paradigms.Model.Resources.IoModel");
        StorageModel = Type(library, "Paradigms.Model.Resources.StorageModel");
        WasmLinearMemory = Type(library, "Paradigms.Model.Resources.WasmLinearMemory");
        Workload = Type(library, "Paradigms.Model.Decisions.Workload");
    }

    /// <summary>Gets <c>Paradigms.Model.Deployment</c>.</summary>
    public INamedTypeSymbol? Deployment { get; }

    /// <summary>Gets <c>Paradigms.Model.Nic</c>.</summary>
    public INamedTypeSymbol? Nic { get; }

    /// <summary>Gets <c>Paradigms.Model.Networking.LogicalChannel</c>.</summary>
    public INamedTypeSymbol? LogicalChannel { get; }

    /// <summary>Gets <c>Paradigms.Model.Networking.PhysicalNic</c>.</summary>
    public INamedTypeSymbol? PhysicalNic { get; }

    /// <summary>Gets <c>Paradigms.Model.Networking.Encapsulation</c>.</summary>
    public INamedTypeSymbol? Encapsulation { get; }

    /// <summary>Gets <c>Paradigms.Model.Networking.EncapsulationStack</c>.</summary>
    public INamedTypeSymbol? EncapsulationStack { get; }

    /// <summary>Gets <c>Paradigms.Model.Quantities.BitRate</c>.</summary>
    public INamedTypeSymbol? BitRate { get; }

    /// <summary>Gets <c>Paradigms.Model.Quantities.Information</c>.</summary>
    public INamedTypeSymbol? Information { get; }

    /// <summary>Gets <c>Paradigms.Model.Quantities.Length</c>.</summary>
    public INamedTypeSymbol? Length { get; }

    /// <summary>Gets <c>Paradigms.Model.Quantities.Ratio</c>.</summary>
    public INamedTypeSymbol? Ratio { get; }

    /// <summary>Gets <c>Paradigms.Model.Resources.IoModel</c>.</summary>
    public INamedTypeSymbol? IoModel { get; }

    /// <summary>Gets <c>Paradigms.Model.Resources.StorageModel</c>.</summary>
    public INamedTypeSymbol? StorageModel { get; }

    /// <summary>Gets <c>Paradigms.Model.Resources.WasmLinearMemory</c>.</summary>
    public INamedTypeSymbol? WasmLinearMemory { get; }

    /// <summary>Gets <c>Paradigms.Model.Decisions.Workload</c>.</summary>
    public INamedTypeSymbol? Workload { get; }

    /// <summary>
    /// Resolves the library's types in <paramref name="compilation"/>, or returns null when it does
    /// not reference Paradigms.Model. One anchor type is found by name (among several assemblies that
    /// define it, the one named Paradigms.Model); the others are looked up in the anchor's assembly.
    /// </summary>
    public static ModelSymbols? TryCreate(Compilation compilation)
    {
        var library = FindLibrary(compilation.GetTypesByMetadataName("Paradigms.Model.Deployment"));
        return library is null ? null : new ModelSymbols(library);
    }

    /// <summary>Whether <paramref name="type"/> is <paramref name="expected"/>, which may be unresolved.</summary>
    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
        type is not null && expected is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, expected);

    private static IAssemblySymbol? FindLibrary(ImmutableArray<INamedTypeSymbol> anchors)
    {
        foreach (var anchor in anchors)
        {
            if (anchor.ContainingAssembly is { Name: LibraryAssembly } assembly)
            {
                return assembly;
            }
        }

        return null;
    }

    private static INamedTypeSymbol? Type(IAssemblySymbol library, string metadataName) =>
        library.GetTypeByMetadataName(metadataName);
}
