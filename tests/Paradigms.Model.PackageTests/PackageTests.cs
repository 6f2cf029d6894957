namespace Paradigms.Model.PackageTests;

/// <summary>
/// The packed nupkg, as a user gets it: what it holds, and what a project referencing it from a feed sees (DESIGN.md,
/// Tests: the README snippet compiles, and the headline snippet fails with PM0001).
/// </summary>
[Collection(PackingCollection.Name)]
public sealed class PackageTests(PackageFixture package) : IClassFixture<PackageFixture>
{
    /// <summary>The headline case of DESIGN.md, "Rules and diagnostics": error PM0001 on the NIC argument.</summary>
    private const string HeadlineStatement = "var edge = new Deployment(Paradigm.Sandboxing, Nic.SrIov());";

    /// <summary>A debatable combination: warning PM0003 on the NIC argument.</summary>
    private const string WarningStatement = "var guest = new Deployment(Paradigm.Virtualization, Nic.VirtioNet());";

    [Fact]
    public void Package_holds_the_analyzer_and_the_code_fixes_under_analyzers_dotnet_cs()
    {
        var contents = PackageContents.Read(package.PackagePath);

        Assert.Contains("analyzers/dotnet/cs/Paradigms.Model.Analyzers.dll", contents.Files);
        Assert.Contains("analyzers/dotnet/cs/Paradigms.Model.CodeFixes.dll", contents.Files);
    }

    [Fact]
    public void Package_holds_the_library_for_net8_and_net10()
    {
        var contents = PackageContents.Read(package.PackagePath);

        Assert.Contains("lib/net8.0/Paradigms.Model.dll", contents.Files);
        Assert.Contains("lib/net10.0/Paradigms.Model.dll", contents.Files);
    }

    [Fact]
    public void Nuspec_has_no_dependency_on_the_analyzer_projects()
    {
        var contents = PackageContents.Read(package.PackagePath);

        Assert.Equal(("Paradigms.Model", package.Version), (contents.Id, contents.Version));
        Assert.DoesNotContain(contents.DependencyIds, id => id.StartsWith("Paradigms.Model", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Readme_quick_start_compiles_and_prints_what_its_comments_say_on_net8_and_net10()
    {
        var quickStart = ReadmeQuickStart.Read(Repository.Readme);
        Assert.NotEmpty(quickStart.ExpectedOutput);
        using var consumer = new ConsumerProject(package, quickStart.Code);

        var build = await consumer.BuildAsync();

        Assert.True(build.ExitCode == 0, build.Transcript);
        foreach (var targetFramework in ConsumerProject.TargetFrameworks)
        {
            var run = await consumer.RunAsync(targetFramework);
            Assert.True(
                run.ExitCode == 0 && run.OutputLines.SequenceEqual(quickStart.ExpectedOutput),
                $"On {targetFramework} the README's comments say it prints\n{string.Join('\n', quickStart.ExpectedOutput)}\n{run.Transcript}");
        }
    }

    [Fact]
    public async Task Headline_snippet_fails_the_build_with_PM0001_on_the_nic_argument()
    {
        using var consumer = new ConsumerProject(package, Program(HeadlineStatement));

        var build = await consumer.BuildAsync();

        Assert.True(build.ExitCode != 0, build.Transcript);
        AssertReportedForEveryTargetFramework(build, $"{consumer.LocationOf("Nic.SrIov()")}: error PM0001: ");
    }

    [Fact]
    public async Task Warning_rule_is_reported_as_a_warning_and_the_build_succeeds()
    {
        using var consumer = new ConsumerProject(package, Program(WarningStatement));

        var build = await consumer.BuildAsync();

        Assert.True(build.ExitCode == 0, build.Transcript);
        AssertReportedForEveryTargetFramework(build, $"{consumer.LocationOf("Nic.VirtioNet()")}: warning PM0003: ");
    }

    [Fact]
    public async Task Editorconfig_severity_none_silences_the_headline_diagnostic_and_only_it()
    {
        // The PM0003 warning proves the analyzer ran: PM0001 is silenced, not missing.
        using var consumer = new ConsumerProject(
            package, Program(HeadlineStatement, WarningStatement), "dotnet_diagnostic.PM0001.severity = none");

        var build = await consumer.BuildAsync();

        Assert.True(build.ExitCode == 0, build.Transcript);
        Assert.DoesNotContain("PM0001", build.StandardOutput + build.StandardError, StringComparison.Ordinal);
        AssertReportedForEveryTargetFramework(build, $"{consumer.LocationOf("Nic.VirtioNet()")}: warning PM0003: ");
    }

    [Fact]
    public async Task Editorconfig_can_raise_a_warning_rule_to_an_error_that_fails_the_build()
    {
        using var consumer = new ConsumerProject(package, Program(WarningStatement), "dotnet_diagnostic.PM0003.severity = error");

        var build = await consumer.BuildAsync();

        Assert.True(build.ExitCode != 0, build.Transcript);
        AssertReportedForEveryTargetFramework(build, $"{consumer.LocationOf("Nic.VirtioNet()")}: error PM0003: ");
    }

    /// <summary>A Program.cs of top-level statements that needs one using, as in the README.</summary>
    private static string Program(params string[] statements) => "using Paradigms.Model;\n\n" + string.Join('\n', statements) + "\n";

    /// <summary>MSBuild prints <c>File.cs(line,column): severity ID: message [Project.csproj::TargetFramework=tfm]</c>.</summary>
    private static void AssertReportedForEveryTargetFramework(ProcessResult build, string locationAndId)
    {
        foreach (var targetFramework in ConsumerProject.TargetFrameworks)
        {
            Assert.True(
                build.OutputLines.Any(line => line.StartsWith(locationAndId, StringComparison.Ordinal)
                    && line.EndsWith($"::TargetFramework={targetFramework}]", StringComparison.Ordinal)),
                $"Expected a line starting with \"{locationAndId}\" for {targetFramework}.\n{build.Transcript}");
        }
    }
}
