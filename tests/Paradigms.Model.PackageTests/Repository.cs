namespace Paradigms.Model.PackageTests;

/// <summary>The repository these tests were built from: the folder holding Paradigms.Model.sln.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string LibraryProject => Path.Combine(Root, "src", "Paradigms.Model");

    public static string Readme => Path.Combine(Root, "README.md");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Paradigms.Model.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Paradigms.Model.sln not found above the test output.");
    }
}
