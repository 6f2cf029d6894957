using System.Reflection;

namespace Paradigms.Model.Analyzers.Tests.Scale;

/// <summary>
/// The Polyfill package's sources, as restore downloads them (the test project's
/// <c>PackageDownload</c>): one folder of .cs files per target framework under
/// <c>contentFiles/cs</c>, each compiled here with the symbols Polyfill's own
/// <c>build/Polyfill.targets</c> defines for that target.
/// </summary>
internal static class PolyfillPackage
{
    /// <summary>The version the test project downloads.</summary>
    public const string Version = "11.4.5";

    /// <summary>
    /// The symbols Polyfill.targets defines from the target framework, copied from its
    /// <c>PolyfillResolveFeatures</c> target, by the start of the folder's name. Its other symbols
    /// come from the references (see <see cref="SymbolsFor"/>).
    /// </summary>
    private static readonly (string Prefix, string[] Symbols)[] FrameworkFeatures =
    [
        ("net11", ["FeatureMemory", "FeatureValueTuple", "FeatureValueTask", "FeatureRuntimeInformation", "FeatureAsyncInterfaces", "FeatureUnsafe"]),
        ("net10", ["FeatureMemory", "FeatureValueTuple", "FeatureValueTask", "FeatureRuntimeInformation", "FeatureAsyncInterfaces", "FeatureUnsafe"]),
        ("net9", ["FeatureMemory", "FeatureValueTuple", "FeatureValueTask", "FeatureRuntimeInformation", "FeatureAsyncInterfaces", "FeatureUnsafe"]),
        ("net8", ["FeatureMemory", "FeatureValueTuple", "FeatureValueTask", "FeatureRuntimeInformation", "FeatureAsyncInterfaces", "FeatureUnsafe"]),
        ("net7", ["FeatureMemory", "FeatureValueTuple", "FeatureValueTask", "FeatureRuntimeInformation", "FeatureAsyncInterfaces", "FeatureUnsafe"]),
        ("net6", ["FeatureMemory", "FeatureValueTuple", "FeatureValueTask", "FeatureRuntimeInformation", "FeatureAsyncInterfaces", "FeatureUnsafe"]),
        ("net5", ["FeatureMemory", "FeatureValueTuple", "FeatureValueTask", "FeatureRuntimeInformation", "FeatureAsyncInterfaces", "FeatureUnsafe"]),
        ("netcoreapp3", ["FeatureMemory", "FeatureValueTuple", "FeatureValueTask", "FeatureRuntimeInformation", "FeatureAsyncInterfaces", "FeatureUnsafe", "NETCOREAPP3X", "NETCOREAPPX"]),
        ("netcoreapp2.0", ["FeatureValueTuple", "FeatureRuntimeInformation", "NETCOREAPP2X", "NETCOREAPPX"]),
        ("netcoreapp2", ["FeatureMemory", "FeatureValueTuple", "FeatureValueTask", "FeatureRuntimeInformation", "NETCOREAPP2X", "NETCOREAPPX"]),
        ("net46", ["NET46X"]),
        ("net471", ["FeatureValueTuple", "FeatureRuntimeInformation", "NET47X"]),
        ("net472", ["FeatureValueTuple", "FeatureRuntimeInformation", "NET47X"]),
        ("net47", ["FeatureValueTuple", "NET47X"]),
        ("net48", ["FeatureValueTuple", "FeatureRuntimeInformation", "NET48X"]),
        ("netstandard2.1", ["FeatureMemory", "FeatureValueTuple", "FeatureValueTask", "FeatureRuntimeInformation", "FeatureAsyncInterfaces"]),
        ("netstandard2.0", ["FeatureValueTuple", "FeatureRuntimeInformation"]),
        ("uap", []),
    ];

    /// <summary>Gets the package's folder in the NuGet packages folder restore used.</summary>
    public static string Folder { get; } = Path.Combine(
        typeof(PolyfillPackage).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NuGetPackageRoot").Value!,
        "polyfill",
        Version);

    /// <summary>Gets every target framework folder of the package, with its .cs files in a stable order.</summary>
    public static IReadOnlyList<(string Framework, IReadOnlyList<string> Files)> Frameworks() =>
        Directory.GetDirectories(Path.Combine(Folder, "contentFiles", "cs"))
            .Order(StringComparer.Ordinal)
            .Select(directory => (Path.GetFileName(directory), (IReadOnlyList<string>)Directory.GetFiles(directory, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()))
            .ToList();

    /// <summary>
    /// The preprocessor symbols for a target framework folder: what Polyfill.targets defines for it,
    /// plus what it detects in the references (System.Net.Http, System.IO.Compression and
    /// System.Runtime.Numerics, which the net10.0 references have) and <c>AllowUnsafeBlocks</c>, because
    /// the compilation allows unsafe code. <c>PolyPublic</c> and <c>PolyUseEmbeddedAttribute</c> are off, as by default.
    /// </summary>
    public static string[] SymbolsFor(string framework)
    {
        var (_, features) = FrameworkFeatures.First(f => framework.StartsWith(f.Prefix, StringComparison.Ordinal));
        return [.. features, "FeatureHttp", "FeatureCompression", "FeatureNumerics", "AllowUnsafeBlocks"];
    }
}
