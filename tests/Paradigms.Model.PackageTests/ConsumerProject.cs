using System.Xml.Linq;

namespace Paradigms.Model.PackageTests;

/// <summary>
/// A user's console app in a temp folder of its own, for net8.0 and net10.0, whose Paradigms.Model can only come from
/// the test feed. It sees nothing of this repository: no Directory.Build.props, no central package versions, no
/// warnings as errors, no .editorconfig but its own.
/// </summary>
internal sealed class ConsumerProject : IDisposable
{
    public static readonly IReadOnlyList<string> TargetFrameworks = ["net8.0", "net10.0"];

    private const string Name = "Consumer";
    private const string FeedKey = "paradigms-model-e2e";
    private const string MachinePackagesKey = "machine-global-packages";
    private const string NuGetOrgKey = "nuget.org";

    private readonly PackageFixture _package;
    private readonly string _program;

    public ConsumerProject(PackageFixture package, string program, string editorConfigRules = "")
    {
        _package = package;
        _program = program.ReplaceLineEndings("\n");
        Folder = Path.Combine(package.ConsumersFolder, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);

        WriteFile($"{Name}.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFrameworks>{string.Join(';', TargetFrameworks)}</TargetFrameworks>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <!-- Run with `dotnet exec`: no app host, so no app-host pack to download. -->
                <UseAppHost>false</UseAppHost>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Paradigms.Model" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
        WriteFile("nuget.config", NuGetConfig().ToString());

        // MSBuild looks for these upwards from the project; finding them here, it stops looking.
        WriteFile("Directory.Build.props", "<Project />");
        WriteFile("Directory.Build.targets", "<Project />");
        WriteFile("Directory.Packages.props", "<Project />");
        WriteFile(".editorconfig", $"root = true\n\n[*.cs]\n{editorConfigRules}\n");
        WriteFile("Program.cs", _program);
    }

    public string Folder { get; }

    public string ProgramPath => Path.Combine(Folder, "Program.cs");

    /// <summary>Restores and builds every target framework, as <c>dotnet build</c> in the project folder.</summary>
    public Task<ProcessResult> BuildAsync() =>
        DotnetProcess.RunAsync(
            Folder,
            ["build", "--disable-build-servers", "-tl:off"],
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = _package.IsolatedPackagesFolder });

    /// <summary>
    /// Runs the built app for one target framework. It rolls forward to a later major runtime when the target's own is
    /// missing (a machine may have only the newest), as with a user's <c>DOTNET_ROLL_FORWARD=Major</c>.
    /// </summary>
    public Task<ProcessResult> RunAsync(string targetFramework) =>
        DotnetProcess.RunAsync(
            Folder,
            ["exec", "--roll-forward", "Major", Path.Combine(Folder, "bin", "Debug", targetFramework, $"{Name}.dll")]);

    /// <summary>Where MSBuild places a diagnostic on <paramref name="code"/> in Program.cs: <c>path(line,column)</c>, both 1-based.</summary>
    public string LocationOf(string code)
    {
        var lines = _program.Split('\n');
        var line = Array.FindIndex(lines, text => text.Contains(code, StringComparison.Ordinal));
        if (line < 0)
        {
            throw new ArgumentException($"Program.cs does not contain {code}.", nameof(code));
        }

        var column = lines[line].IndexOf(code, StringComparison.Ordinal);
        return $"{ProgramPath}({line + 1},{column + 1})";
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private XElement NuGetConfig()
    {
        var sources = new List<(string Key, string Location, string Pattern)>
        {
            (FeedKey, _package.FeedFolder, "Paradigms.Model"),
        };
        if (Directory.Exists(PackageFixture.MachinePackagesFolder))
        {
            sources.Add((MachinePackagesKey, PackageFixture.MachinePackagesFolder, "*"));
        }

        sources.Add((NuGetOrgKey, "https://api.nuget.org/v3/index.json", "*"));

        return new XElement(
            "configuration",
            new XElement(
                "packageSources",
                new XElement("clear"),
                sources.Select(source => new XElement("add", new XAttribute("key", source.Key), new XAttribute("value", source.Location)))),
            // The most specific pattern wins: Paradigms.Model from the test feed only, everything else from the others.
            new XElement(
                "packageSourceMapping",
                new XElement("clear"),
                sources.Select(source => new XElement(
                    "packageSource",
                    new XAttribute("key", source.Key),
                    new XElement("package", new XAttribute("pattern", source.Pattern))))));
    }

    private void WriteFile(string name, string content) => File.WriteAllText(Path.Combine(Folder, name), content);
}
