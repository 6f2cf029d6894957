using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Paradigms.Model.Cli.Checking;

/// <summary>
/// Matches globs against the file system, segment by segment: in a segment, <c>*</c> matches any run of characters and
/// <c>?</c> any one character, never a <c>/</c>; a segment that is <c>**</c> matches any number of folders, none
/// included, and as the last segment every file below. <c>**</c> does not follow symbolic links to folders, so a link
/// cannot make it loop. Hidden files match like any other. Names compare case-sensitively, except on Windows and macOS,
/// whose file systems ignore case.
/// </summary>
internal static class GlobMatcher
{
    private const string AnyFolders = "**";

    private static readonly char[] Wildcards = ['*', '?'];

    /// <summary>Gets whether names compare ignoring case, as the platform's file systems do.</summary>
    public static bool IgnoresCase { get; } = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS();

    /// <summary>Whether <paramref name="text"/> holds a wildcard, <c>*</c> or <c>?</c>.</summary>
    /// <param name="text">A path or a segment.</param>
    /// <returns>True when it does.</returns>
    public static bool HasWildcard(string text) => text.IndexOfAny(Wildcards) >= 0;

    /// <summary>The files under a folder that the segments match, in ordinal order, each once.</summary>
    /// <param name="folder">The folder to start from, as written (named files start with it); empty for the current folder.</param>
    /// <param name="segments">The pattern's segments, none empty, for example <c>**</c> and <c>*.json</c>.</param>
    /// <returns>The files, named from <paramref name="folder"/> with <c>/</c> between segments.</returns>
    /// <exception cref="IOException">A folder on the way cannot be listed.</exception>
    /// <exception cref="UnauthorizedAccessException">A folder on the way may not be listed.</exception>
    public static List<string> Files(string folder, IReadOnlyList<string> segments)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        Walk(folder.Length == 0 ? "." : folder, folder, segments, 0, found);
        return [.. found];
    }

    /// <summary>Whether a name matches a segment's pattern, <c>*</c> any run of characters, <c>?</c> any one.</summary>
    /// <param name="pattern">The segment's pattern.</param>
    /// <param name="name">A file or folder name.</param>
    /// <returns>True when it matches.</returns>
    public static bool IsMatch(string pattern, string name)
    {
        int p = 0, n = 0, star = -1, resume = 0;
        while (n < name.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || Same(pattern[p], name[n])))
            {
                p++;
                n++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                // Let the star match nothing first; on a mismatch later, it takes one more character.
                star = p++;
                resume = n;
            }
            else if (star >= 0)
            {
                p = star + 1;
                n = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    /// <summary>Joins a folder as written and a relative name with <c>/</c>.</summary>
    /// <param name="folder">The folder as written; empty for the current folder.</param>
    /// <param name="name">The name under it.</param>
    /// <returns>The joined name.</returns>
    public static string Join(string folder, string name) => folder.Length switch
    {
        0 => name,
        _ when folder.EndsWith('/') || folder.EndsWith(Path.DirectorySeparatorChar) => folder + name,
        _ => folder + "/" + name,
    };

    private static void Walk(string directory, string shown, IReadOnlyList<string> segments, int index, SortedSet<string> found)
    {
        var segment = segments[index];
        var last = index == segments.Count - 1;
        if (segment == AnyFolders)
        {
            if (last)
            {
                AddFiles(directory, shown, "*", found);
            }
            else
            {
                Walk(directory, shown, segments, index + 1, found);
            }

            foreach (var sub in Folders(directory).Where(d => !d.Attributes.HasFlag(FileAttributes.ReparsePoint)))
            {
                Walk(sub.FullName, Join(shown, sub.Name), segments, index, found);
            }
        }
        else if (last)
        {
            AddFiles(directory, shown, segment, found);
        }
        else if (!HasWildcard(segment))
        {
            var next = Path.Combine(directory, segment);
            if (Directory.Exists(next))
            {
                Walk(next, Join(shown, segment), segments, index + 1, found);
            }
        }
        else
        {
            foreach (var sub in Folders(directory).Where(d => IsMatch(segment, d.Name)))
            {
                Walk(sub.FullName, Join(shown, sub.Name), segments, index + 1, found);
            }
        }
    }

    private static void AddFiles(string directory, string shown, string pattern, SortedSet<string> found)
    {
        foreach (var file in new DirectoryInfo(directory).EnumerateFiles("*", Listing()).Where(f => IsMatch(pattern, f.Name)))
        {
            found.Add(Join(shown, file.Name));
        }
    }

    private static IEnumerable<DirectoryInfo> Folders(string directory) => new DirectoryInfo(directory).EnumerateDirectories("*", Listing());

    // One folder at a time; hidden and system entries included; a folder that cannot be listed throws rather than being skipped.
    private static EnumerationOptions Listing() => new() { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false };

    private static bool Same(char a, char b) => a == b || (IgnoresCase && char.ToUpperInvariant(a) == char.ToUpperInvariant(b));
}
