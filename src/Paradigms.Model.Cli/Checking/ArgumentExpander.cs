using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security;

namespace Paradigms.Model.Cli.Checking;

/// <summary>
/// Turns the arguments of <c>paradigms check</c> into files, relative to the current folder:
/// <list type="bullet">
/// <item>an argument with <c>*</c> or <c>?</c> is a glob (<see cref="GlobMatcher"/>): <c>*</c> and <c>?</c> match within
/// one path segment, <c>**</c> any number of folders; it must match at least one file;</item>
/// <item>a folder stands for the <c>*.json</c> files directly in it, not in its subfolders (write <c>folder/**/*.json</c> for those);
/// it must hold at least one;</item>
/// <item>anything else is a file, read as it is named; a file that does not exist or cannot be opened is the reader's input
/// error PMF001, reported at that file.</item>
/// </list>
/// Each glob's files come in ordinal order of their paths; a file named by several arguments is read once, where it is
/// first named.
/// </summary>
internal static class ArgumentExpander
{
    /// <summary>Expands the arguments.</summary>
    /// <param name="arguments">The arguments, as written.</param>
    /// <returns>The files and the arguments that stand for none.</returns>
    public static ExpandedArguments Expand(IReadOnlyList<string> arguments)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(GlobMatcher.IgnoresCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var argument in arguments)
        {
            var named = GlobMatcher.HasWildcard(argument) ? Glob(argument, problems)
                : Directory.Exists(argument) ? Folder(argument, problems)
                : [argument];
            foreach (var file in named)
            {
                if (seen.Add(FullPath(file)))
                {
                    files.Add(file);
                }
            }
        }

        return new ExpandedArguments(files, problems);
    }

    private static List<string> Folder(string folder, List<string> problems)
    {
        var matches = Match(folder, ["*.json"], $"the folder '{folder}'", problems);
        if (matches is { Count: 0 })
        {
            problems.Add($"the folder '{folder}' holds no *.json file; a folder stands for the *.json files directly in it (write '{GlobMatcher.Join(folder, "**/*.json")}' to take its subfolders too).");
        }

        return matches ?? [];
    }

    private static List<string> Glob(string glob, List<string> problems)
    {
        // The folder part before the first segment with a wildcard is where matching starts; the rest is the pattern.
        var segments = glob.Split(Separators());
        var first = Array.FindIndex(segments, GlobMatcher.HasWildcard);
        var folder = first == 1 && segments[0].Length == 0 ? "/" : string.Join('/', segments[..first]);
        var pattern = segments[first..].Where(s => s.Length > 0).ToList();
        if (folder.Length > 0 && !Directory.Exists(folder))
        {
            problems.Add(File.Exists(folder)
                ? $"'{glob}' matches no file: '{folder}' is a file, not a folder."
                : $"'{glob}' matches no file: the folder '{folder}' does not exist.");
            return [];
        }

        var matches = Match(folder, pattern, $"'{glob}' cannot be expanded: a folder it goes through", problems);
        if (matches is { Count: 0 })
        {
            problems.Add($"'{glob}' matches no file; allowed: a file, a folder (its *.json files) or a glob (*, ?, **) that matches at least one file, relative to the current folder.");
        }

        return matches ?? [];
    }

    /// <summary>
    /// The files under <paramref name="folder"/> (the current folder when empty) that the pattern's segments match, named
    /// from the folder as written; or null, with a problem added, when a folder on the way cannot be listed.
    /// </summary>
    private static List<string>? Match(string folder, IReadOnlyList<string> pattern, string what, List<string> problems)
    {
        try
        {
            return GlobMatcher.Files(folder, pattern);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or SecurityException)
        {
            problems.Add($"{what} cannot be read: {error.Message}");
            return null;
        }
    }

    private static char[] Separators() => Path.DirectorySeparatorChar == '/' ? ['/'] : ['/', Path.DirectorySeparatorChar];

    private static string FullPath(string file)
    {
        try
        {
            return Path.GetFullPath(file);
        }
        catch (Exception error) when (error is ArgumentException or NotSupportedException or PathTooLongException or SecurityException)
        {
            // A path the system refuses: the reader reports it as written, and it cannot be the same file as another.
            return file;
        }
    }
}
