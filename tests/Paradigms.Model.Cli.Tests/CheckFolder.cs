namespace Paradigms.Model.Cli.Tests;

/// <summary>A temporary folder for the check tests, with the model files they write; deleted, permissions restored, when disposed.</summary>
internal sealed class CheckFolder : IDisposable
{
    /// <summary>A deployment that breaks no rule: a Wasm module on WASI sockets.</summary>
    public const string Valid = """{ "deployments": [ { "paradigm": "Sandboxing", "nic": { "kind": "WasiSocket" } } ] }""";

    /// <summary>SR-IOV on a sandbox, PM0001 at the NIC's kind: <c>{ "deployments": [ { "paradigm": "Sandboxing", "nic": { "kind": </c> is 64 characters, so the value starts at column 65.</summary>
    public const string SriovOnSandbox = """{ "deployments": [ { "paradigm": "Sandboxing", "nic": { "kind": "SrIovVirtualFunction" } } ] }""";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("paradigms-check-");

    /// <summary>Gets the folder's full path.</summary>
    public string Path => _folder.FullName;

    /// <summary>Writes a text file, creating its folders; the name uses '/'.</summary>
    public string Write(string name, string text)
    {
        var path = Full(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Writes a file of bytes.</summary>
    public string Write(string name, byte[] bytes)
    {
        var path = Full(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>The full path of a name in the folder.</summary>
    public string Full(string name) => System.IO.Path.Combine(Path, name.Replace('/', System.IO.Path.DirectorySeparatorChar));

    /// <summary>Runs <c>paradigms</c> in the repository's root, where docs/examples is, as a user of a clone would.</summary>
    public static CliResult RunInRepository(params string[] args) => Cli.Run(Repository.Root, new Dictionary<string, string>(), args);

    /// <summary>Runs <c>paradigms</c> in the folder.</summary>
    public CliResult Run(params string[] args) => Cli.Run(Path, null, args);

    public void Dispose()
    {
        // A test may have taken every permission from a file or folder; give them back so it can be deleted.
        if (!OperatingSystem.IsWindows())
        {
            RestorePermissions(_folder);
        }

        _folder.Delete(recursive: true);
    }

    /// <summary>Gives a folder its permissions back before reading it, then each entry in it: a folder a test closed opens again before its entries are reached.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void RestorePermissions(DirectoryInfo folder)
    {
        folder.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
            {
                continue;
            }

            if (entry is DirectoryInfo subfolder)
            {
                RestorePermissions(subfolder);
            }
            else
            {
                entry.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }
        }
    }
}
