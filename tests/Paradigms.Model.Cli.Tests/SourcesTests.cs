using System.Text.Json;

namespace Paradigms.Model.Cli.Tests;

/// <summary><c>paradigms sources</c>: where each figure of the facts catalog comes from.</summary>
public sealed class SourcesTests
{
    [Fact]
    public void List_HasEveryKindOfSource()
    {
        var result = Cli.Run("sources").Succeeded();

        result.HasLine("Figure", "Value", "Source", "Kind");
        // Res §5.2: 虚拟化 总延迟开销：15-40μs.
        result.HasLine("ResourceFacts.VirtualizationNetworkLatencyOverhead", "15–40 μs", "Res §5.2 (virtualization network latency", "document");
        // RFC 7348: VXLAN over IPv4 adds 50 bytes.
        result.HasLine("StandardFacts.VxlanOverIpv4Bytes", "50 B", "RFC 7348", "standard");
        result.HasLine("By kind of source:", "document", "standard", "vendor", "blog", "paper");
    }

    [Theory]
    [InlineData("ResourceFacts.VirtualizationNetworkLatencyOverhead")]
    [InlineData("VirtualizationNetworkLatencyOverhead")]
    [InlineData("resourcefacts.virtualizationnetworklatencyoverhead")]
    public void Figure_ShowsTheSourcesOwnWords(string name)
    {
        var result = Cli.Run("sources", "--figure", name).Succeeded();

        result.HasLine("ResourceFacts.VirtualizationNetworkLatencyOverhead");
        result.HasLine("Value", "15–40 μs");
        result.HasLine("Sections", "§5.2 (virtualization network latency, network latency comparison), §5.3");
        result.HasLine("Kind", "document");
        result.HasLine("Quote", "总延迟开销：15-40μs");
    }

    [Fact]
    public void Json_HasTheProvenanceOfEachFigure()
    {
        var result = Cli.Run("sources", "--figure", "VxlanOverIpv4Bytes", "--format", "json").Succeeded();
        using var json = JsonDocument.Parse(result.StandardOutput);
        var figure = json.RootElement.GetProperty("figures").EnumerateArray().Single();

        Assert.Equal("StandardFacts.VxlanOverIpv4Bytes", figure.GetProperty("name").GetString());
        Assert.Equal("50 B", figure.GetProperty("value").GetString());
        Assert.Equal("RFC 7348", figure.GetProperty("source").GetString());
        Assert.Equal("standard", figure.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, figure.GetProperty("sections").ValueKind);
    }

    [Fact]
    public void JsonList_NamesEveryFigureOnce()
    {
        var result = Cli.Run("sources", "--format", "json").Succeeded();
        using var json = JsonDocument.Parse(result.StandardOutput);
        var names = json.RootElement.GetProperty("figures").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Contains("ResourceFacts.ExampleWorkloadMemoryRequests", names);
        Assert.Contains("NetworkFacts.VirtualizationLatencyOverhead", names);
    }

    [Fact]
    public void Markdown_IsAGitHubTable()
    {
        Cli.Run("sources", "--format", "markdown").Succeeded()
            .HasLine("| Figure | Value | Source | Kind |")
            .HasLine("| StandardFacts.VxlanOverIpv4Bytes | 50 B | RFC 7348 | standard |");
    }

    [Theory]
    [InlineData("nothing", "--figure was 'nothing'; allowed: the name of one of the")]
    [InlineData("LatencyOverhead", "--figure was 'LatencyOverhead'", "Figures whose names contain it: ")]
    [InlineData("", "--figure was ''")]
    public void UnknownFigure_IsRefusedWithExitCode2(string name, params string[] messages)
    {
        Cli.Run("sources", "--figure", name).Refused(2, messages);
    }
}
