namespace Paradigms.Model.PackageTests;

/// <summary>
/// The test classes that restore and pack projects of this repository: they run one after the other, so that no two
/// restores write the same project's obj/project.assets.json at once.
/// </summary>
internal static class PackingCollection
{
    public const string Name = "Packing the repository's projects";
}
