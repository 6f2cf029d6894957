namespace Paradigms.Model.Cli.Tests;

/// <summary>The repository these tests were built from: the folder holding Paradigms.Model.sln.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

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
