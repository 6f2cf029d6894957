using System.Globalization;

namespace Paradigms.Model.PackageTests;

/// <summary>
/// Packs the library once for all package tests, with a version no cache can hold, into a folder feed of its own
/// under the temp folder; everything it and the consumers create lives there and is deleted afterwards.
/// </summary>
public sealed class PackageFixture : IAsyncLifetime
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("Paradigms.Model.PackageTests.");

    public string Version { get; } = "0.0.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

    public string FeedFolder => Path.Combine(_root.FullName, "feed");

    public string PackagePath => Path.Combine(FeedFolder, $"Paradigms.Model.{Version}.nupkg");

    /// <summary>The consumers' <c>NUGET_PACKAGES</c>: empty at first, so no consumer can use a copy restored before.</summary>
    public string IsolatedPackagesFolder => Path.Combine(_root.FullName, "packages");

    public string ConsumersFolder => Path.Combine(_root.FullName, "consumers");

    /// <summary>The machine's global packages folder, where the SDK's net8.0 reference pack usually is already.</summary>
    public static string MachinePackagesFolder =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    public async Task InitializeAsync()
    {
        // Restored on its own, without the version: restoring with it would write the e2e version into the repository's
        // obj/project.assets.json files, under any build running beside these tests.
        await RunInRepositoryAsync("restore", Repository.LibraryProject, "--disable-build-servers", "-tl:off");
        await RunInRepositoryAsync(
            "pack", Repository.LibraryProject, "--no-restore", "-c", "Release", $"-p:PackageVersion={Version}",
            "-o", FeedFolder, "--disable-build-servers", "-tl:off");
        if (!File.Exists(PackagePath))
        {
            throw new InvalidOperationException($"dotnet pack succeeded but {PackagePath} does not exist.");
        }
    }

    public Task DisposeAsync()
    {
        _root.Delete(recursive: true);
        return Task.CompletedTask;
    }

    private static async Task RunInRepositoryAsync(params string[] arguments)
    {
        var result = await DotnetProcess.RunAsync(Repository.Root, arguments);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"Packing the library failed.\n{result.Transcript}");
        }
    }
}
