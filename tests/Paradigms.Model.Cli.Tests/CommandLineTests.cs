using System.Text.Json;

namespace Paradigms.Model.Cli.Tests;

/// <summary>What every command shares: help, version, unknown commands, the three formats, and the terminal width.</summary>
public sealed class CommandLineTests
{
    public static TheoryData<string[]> EveryCommand => new()
    {
        Array.Empty<string>(),
        new[] { "compare" },
        new[] { "compare", "--resource", "storage" },
        new[] { "estimate" },
        new[] { "recommend", "--resource-constrained", "--high-performance" },
        new[] { "mtu", "--underlay", "1500", "--stack", "vxlan4,wireguard4", "--mtu", "1450" },
        new[] { "sources" },
    };

    [Fact]
    public void Help_ListsEveryCommand()
    {
        var result = Cli.Run("--help").Succeeded();

        result.HasLine("Usage:");
        result.HasLine("--format <text|markdown|json>");
        foreach (var command in new[] { "compare", "estimate", "recommend", "mtu", "sources", "chart <compare|latency|memory>" })
        {
            result.HasLine("  " + command + " ");
        }
    }

    [Theory]
    [InlineData("compare", "--resource <all|cpu|memory|io|network|storage>")]
    [InlineData("compare", "the trade-off matrix and the overhead ranges. [default: all]")]
    [InlineData("estimate", "--paradigm <vm|virtualization|pv|paravirtualization|container|containerization|wasm|sandbox|sandboxing>")]
    [InlineData("recommend", "--high-performance, --latency-critical")]
    [InlineData("mtu", "--underlay <bytes> (REQUIRED)")]
    [InlineData("sources", "--figure <name>")]
    [InlineData("chart", "--out <file> (REQUIRED)")]
    public void CommandHelp_ListsItsOptions(string command, string option)
    {
        Cli.Run(command, "--help").Succeeded().HasLine(option).HasLine("--format <text|markdown|json>");
    }

    [Fact]
    public void Version_IsThePackagesVersion()
    {
        Cli.Run("--version").Succeeded().HasLine("0.1.0-preview");
    }

    [Theory]
    [InlineData(new[] { "bogus" }, "paradigms: Unrecognized command or argument 'bogus'.")]
    [InlineData(new[] { "compare", "--bogus" }, "paradigms compare: Unrecognized command or argument '--bogus'.")]
    [InlineData(new[] { "recommend", "--multi-os=true" }, "paradigms recommend: --multi-os was given 'true'; allowed: no value. Write --multi-os alone to turn it on, or leave it out.")]
    [InlineData(new[] { "recommend", "--standardization", "yes" }, "paradigms recommend: --standardization was given 'yes'; allowed: no value.")]
    [InlineData(new[] { "recommend", "yes" }, "paradigms recommend: Unrecognized command or argument 'yes'.")]
    [InlineData(new[] { "--format" }, "Required argument missing for option: '--format'.")]
    [InlineData(new[] { "--format", "xml" }, "paradigms: --format was 'xml'; allowed: text, markdown, json (in any case).")]
    [InlineData(new[] { "sources", "--format", "yaml" }, "paradigms sources: --format was 'yaml'; allowed: text, markdown, json")]
    [InlineData(new[] { "mtu", "--underlay", "1500", "--format", "" }, "paradigms mtu: --format was ''; allowed: text, markdown, json")]
    public void UsageErrors_EndWithExitCode2AndNothingOnStdout(string[] args, string message)
    {
        Cli.Run(args).Refused(2, message, "--help' to see the commands and options.");
    }

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public void Json_IsOneDocument(string[] args)
    {
        var result = Cli.Run([.. args, "--format", "json"]).Succeeded();

        using var json = JsonDocument.Parse(result.StandardOutput);
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
        Assert.DoesNotContain("\\u", result.StandardOutput, StringComparison.Ordinal); // μ, §, – and Chinese as they are
    }

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public void Markdown_HasHeadingsAndGitHubTables(string[] args)
    {
        var result = Cli.Run([.. args, "--format", "markdown"]).Succeeded();

        Assert.StartsWith("## ", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("| --- |", result.StandardOutput, StringComparison.Ordinal);
        Assert.All(result.Lines.Where(l => l.StartsWith('|')), line => Assert.EndsWith("|", line, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public void Text_HasUnderlinedHeadingsAndNoTrailingSpaces(string[] args)
    {
        var result = Cli.Run([.. args, "--format", "text"]).Succeeded();

        Assert.Matches("^[^\n]+\n=+\n", result.StandardOutput);
        Assert.All(result.Lines, line => Assert.Equal(line.TrimEnd(), line));
    }

    [Fact]
    public void FormatInAnyCase_IsAccepted()
    {
        var upper = Cli.Run("recommend", "--format", "MARKDOWN").Succeeded();
        var lower = Cli.Run("recommend", "--format", "markdown").Succeeded();

        Assert.Equal(lower.StandardOutput, upper.StandardOutput);
    }

    [Fact]
    public void Columns_WrapsTextTablesToTheWidth()
    {
        var narrow = Cli.Run(null, new Dictionary<string, string> { ["COLUMNS"] = "100" }, "compare", "--resource", "network").Succeeded();
        var wide = Cli.Run("compare", "--resource", "network").Succeeded();

        Assert.Contains(wide.Lines, line => line.Length > 100);
        Assert.All(narrow.Lines, line => Assert.True(line.Length <= 100, $"{line.Length} columns: {line}"));
        // The values are all there, wrapped at spaces: Res §5.1's 10-50μs.
        narrow.HasLine("Latency overhead", "10–50 μs", "5–25 μs", "1–10 μs", "0–1 μs", "Res §5.1");
    }

    [Fact]
    public void Columns_DoesNotChangeJson()
    {
        var narrow = Cli.Run(null, new Dictionary<string, string> { ["COLUMNS"] = "40" }, "compare", "--format", "json").Succeeded();
        var wide = Cli.Run("compare", "--format", "json").Succeeded();

        Assert.Equal(wide.StandardOutput, narrow.StandardOutput);
    }
}
