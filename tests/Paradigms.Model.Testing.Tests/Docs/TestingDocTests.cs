using System;
using System.IO;
using System.Text.RegularExpressions;
using Xunit;

namespace Paradigms.Model.Testing.Tests.Docs;

/// <summary>
/// docs/testing.md shows a user's property tests written with the kit. The fenced C# block is, character for
/// character, DocsExample/PlannerProperties.cs, a file of this project whose properties run with the others.
/// </summary>
public partial class TestingDocTests
{
    [Fact]
    public void The_example_of_docs_testing_md_is_the_example_file_that_runs_in_this_project()
    {
        var page = File.ReadAllText(Path.Combine(Repository.Root, "docs", "testing.md")).ReplaceLineEndings("\n");
        var example = File.ReadAllText(Path.Combine(Repository.Root, "tests", "Paradigms.Model.Testing.Tests", "DocsExample", "PlannerProperties.cs")).ReplaceLineEndings("\n");
        var block = ExampleBlock().Match(page);
        Assert.True(block.Success, "docs/testing.md has no fenced block marked <!-- example: DocsExample/PlannerProperties.cs -->.");
        Assert.Equal(example, block.Groups[1].Value);
    }

    [Fact]
    public void The_example_file_s_properties_are_run_by_FsCheck_Xunit()
    {
        var methods = typeof(CapacityPlanner.Tests.PlannerProperties).GetMethods();
        var properties = Array.FindAll(methods, method => method.GetCustomAttributes(typeof(FsCheck.Xunit.PropertyAttribute), inherit: false).Length > 0);
        Assert.Equal(3, properties.Length);
    }

    [GeneratedRegex(@"<!-- example: DocsExample/PlannerProperties\.cs -->\n```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();
}
