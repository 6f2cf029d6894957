using System.Globalization;
using System.IO.Compression;
using System.Reflection;
using System.Xml.Linq;

namespace Paradigms.Model.PackageTests;

/// <summary>
/// <c>dotnet pack src/Paradigms.Model.Testing</c> makes the package: the kit for net8.0 and net10.0 with its XML
/// docs and docs/testing.md as its readme, depending on Paradigms.Model and on FsCheck 3.6.0.
/// </summary>
[Collection(PackingCollection.Name)]
public sealed class TestingKitPackageTests
{
    private static string KitProject => Path.Combine(Repository.Root, "src", "Paradigms.Model.Testing");

    [Fact]
    public async Task The_kit_packs_and_depends_on_the_library_and_FsCheck()
    {
        var output = Directory.CreateTempSubdirectory("Paradigms.Model.Testing.Pack.");
        try
        {
            var version = "0.0.0-kit." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

            // Restored on its own, without the version, as the library is in PackageFixture.
            await RunInRepositoryAsync("restore", KitProject, "--disable-build-servers", "-tl:off");

            // The configuration these tests were built in: after `dotnet build` of the solution both frameworks are up to
            // date and pack only packs; run alone, it builds the net8.0 half first.
            var configuration = typeof(TestingKitPackageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
            await RunInRepositoryAsync(
                "pack", KitProject, "--no-restore", "-c", configuration, $"-p:PackageVersion={version}",
                "-o", output.FullName, "--disable-build-servers", "-tl:off");

            using var package = ZipFile.OpenRead(Path.Combine(output.FullName, $"Paradigms.Model.Testing.{version}.nupkg"));
            var files = package.Entries.Select(entry => entry.FullName).ToHashSet();
            foreach (var framework in new[] { "net8.0", "net10.0" })
            {
                Assert.Contains($"lib/{framework}/Paradigms.Model.Testing.dll", files);
                Assert.Contains($"lib/{framework}/Paradigms.Model.Testing.xml", files);
            }

            Assert.Contains("testing.md", files);
            Assert.DoesNotContain(files, file => file.EndsWith("Paradigms.Model.dll", StringComparison.Ordinal));

            XDocument nuspec;
            using (var stream = package.GetEntry("Paradigms.Model.Testing.nuspec")!.Open())
            {
                nuspec = XDocument.Load(stream);
            }

            var groups = nuspec.Descendants().Where(e => e.Name.LocalName == "group").ToList();
            Assert.Equal(new[] { "net10.0", "net8.0" }, groups.Select(g => (string?)g.Attribute("targetFramework")).Order().Select(f => f!.Replace(".NETCoreApp", "net", StringComparison.Ordinal)));
            foreach (var group in groups)
            {
                var dependencies = group.Elements().ToDictionary(d => (string)d.Attribute("id")!, d => (string)d.Attribute("version")!);
                Assert.Equal(["FsCheck", "Paradigms.Model"], dependencies.Keys.Order());
                Assert.Equal("3.6.0", dependencies["FsCheck"]);
                Assert.Equal(version, dependencies["Paradigms.Model"]);
            }

            Assert.Equal("testing.md", nuspec.Descendants().Single(e => e.Name.LocalName == "readme").Value);
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    private static async Task RunInRepositoryAsync(params string[] arguments)
    {
        var result = await DotnetProcess.RunAsync(Repository.Root, arguments);
        Assert.True(result.ExitCode == 0, result.Transcript);
    }
}
