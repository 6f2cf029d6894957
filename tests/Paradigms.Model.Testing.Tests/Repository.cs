using System;
using System.IO;

namespace Paradigms.Model.Testing.Tests;

/// <summary>The repository the tests run from: the folder that holds Paradigms.Model.sln.</summary>
internal static class Repository
{
    public static string Root { get; } = Find(AppContext.BaseDirectory);

    private static string Find(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Paradigms.Model.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("No Paradigms.Model.sln above " + start);
    }
}
