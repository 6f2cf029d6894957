using System;
using System.IO;
using Microsoft.CodeAnalysis;

namespace Paradigms.Model.Analyzers;

/// <summary>
/// The library's types the analyzer looks for, resolved once per compilation. A compilation that
/// does not reference Paradigms.Model has none of them.
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
    /// Whether <paramref name="compilation"/> may reference Paradigms.Model, judged from its references' names alone: a
    /// file named Paradigms.Model.dll, a project whose assembly is named Paradigms.Model, or a reference whose name is
    /// unknown (an image in memory). Reading no reference's symbols, it leaves to the compiler the binding of every
    /// reference, which the compiler does anyway and which would otherwise be charged to whichever analyzer asked first
    /// (docs/performance.md). A copy of the library renamed to another file name is not recognised.
    /// </summary>
    public static bool MayBeReferenced(Compilation compilation)
    {
        foreach (var reference in compilation.ExternalReferences)
        {
            var name = reference switch
            {
                CompilationReference project => project.Compilation.AssemblyName,
                PortableExecutableReference { FilePath: { } path } => Path.GetFileNameWithoutExtension(path),
                _ => null,
            };
            if (name is null || string.Equals(name, LibraryAssembly, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Resolves the library's types in <paramref name="compilation"/>, or returns null when it does not reference
    /// Paradigms.Model: an assembly of that name among its references that defines <c>Paradigms.Model.Deployment</c>.
    /// The references are looked at by name only, so no other assembly's types are read (asking the compilation for
    /// a type by name reads every referenced assembly's namespaces, which costs more than everything else the
    /// analyzer does in a build).
    /// </summary>
    public static ModelSymbols? TryCreate(Compilation compilation)
    {
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (assembly.Name == LibraryAssembly && assembly.GetTypeByMetadataName("Paradigms.Model.Deployment") is not null)
            {
                return new ModelSymbols(assembly);
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="type"/> is <paramref name="expected"/>, which may be unresolved.</summary>
    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
        type is not null && expected is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, expected);

    private static INamedTypeSymbol? Type(IAssemblySymbol library, string metadataName) =>
        library.GetTypeByMetadataName(metadataName);
}
