using System.IO.Compression;
using System.Xml.Linq;

namespace Paradigms.Model.PackageTests;

/// <summary>The files of a .nupkg and what its .nuspec says.</summary>
internal sealed class PackageContents
{
    private PackageContents(IReadOnlyList<string> files, XDocument nuspec)
    {
        Files = files;
        Nuspec = nuspec;
    }

    /// <summary>Every path in the package, with forward slashes, as <c>unzip -l</c> lists them.</summary>
    public IReadOnlyList<string> Files { get; }

    public XDocument Nuspec { get; }

    public string Id => NuspecValue("id");

    public string Version => NuspecValue("version");

    /// <summary>The ids of every dependency, in every target framework's group.</summary>
    public IReadOnlyList<string> DependencyIds =>
        Nuspec.Descendants().Where(element => element.Name.LocalName == "dependency").Select(element => (string?)element.Attribute("id") ?? "").ToList();

    public static PackageContents Read(string nupkgPath)
    {
        using var archive = ZipFile.OpenRead(nupkgPath);
        var nuspecEntry = archive.Entries.Single(entry => !entry.FullName.Contains('/', StringComparison.Ordinal) && entry.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase));
        using var nuspecStream = nuspecEntry.Open();
        return new PackageContents(archive.Entries.Select(entry => entry.FullName).ToList(), XDocument.Load(nuspecStream));
    }

    private string NuspecValue(string name) =>
        Nuspec.Descendants().Single(element => element.Name.LocalName == name && element.Parent?.Name.LocalName == "metadata").Value;
}
