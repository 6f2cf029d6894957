using System.Text.Json;

namespace Paradigms.Model.Cli.Tests;

/// <summary>
/// <c>paradigms</c> alone and <c>paradigms compare</c>. Expected figures are the documents' own, with their sections;
/// "&lt; x" is read as 0–x, and MB and GB as decimal units, as the library documents.
/// </summary>
public sealed class CompareTests
{
    [Fact]
    public void NoArguments_PrintsTheTradeOffMatrixOfRes7AndTheOverheadRanges()
    {
        var result = Cli.Run().Succeeded();

        result.HasLine("Trade-off matrix (Res §7)");
        // Res §7: CPU 利用率 | 70-80% | 75-85% | 85-95% | 90-98% | 沙盒化
        result.HasLine("CPU utilization", "70–80 %", "75–85 %", "85–95 %", "90–98 %", "Sandboxing");
        // Res §7: 网络延迟 | 高（10-50μs） | 中高（11-28μs） | 中（1-10μs） | 低（< 1μs） | 沙盒化
        result.HasLine("network latency", "high (10–50 μs)", "medium-high (11–28 μs)", "medium (1–10 μs)", "low (0–1 μs)", "Sandboxing");
        // Res §7: 隔离强度 … 最佳选择 虚拟化
        result.HasLine("isolation strength", "highest (hardware level)", "Virtualization");
        // Res §5.2: 15-40μs, 11-28μs, 1-5μs, < 1μs.
        result.HasLine("Network latency overhead", "15–40 μs", "11–28 μs", "1–5 μs", "0–1 μs", "Res §5.2");
        // Res §3.2 memory overhead comparison: 434MB / 1.6GB, 439MB / 1.62GB, 148MB / 562MB, 7MB / 16MB.
        result.HasLine("Memory overhead", "434 MB–1.6 GB", "439 MB–1.62 GB", "148–562 MB", "7–16 MB", "Res §3.2");
    }

    [Fact]
    public void NoArguments_IsCompareAll()
    {
        var alone = Cli.Run().Succeeded();
        var compare = Cli.Run("compare").Succeeded();
        var all = Cli.Run("compare", "--resource", "all").Succeeded();

        Assert.Equal(alone.StandardOutput, compare.StandardOutput);
        Assert.Equal(alone.StandardOutput, all.StandardOutput);
    }

    [Fact]
    public void Text_IsAlignedTablesWithoutTrailingSpaces()
    {
        var result = Cli.Run("compare").Succeeded();
        var lines = result.Lines;
        var header = lines.Single(l => l.StartsWith("Dimension", StringComparison.Ordinal));
        var rule = lines[Array.IndexOf(lines.ToArray(), header) + 1];

        // Every column starts where the header's column starts: the rule line's dashes mark the columns.
        Assert.Matches("^-+( {2}-+)+$", rule);
        var columnStarts = System.Text.RegularExpressions.Regex.Matches(rule, "-+").Select(m => m.Index).ToList();
        var utilization = lines.Single(l => l.StartsWith("CPU utilization", StringComparison.Ordinal));
        foreach (var (start, value) in columnStarts.Skip(1).Zip(new[] { "70–80 %", "75–85 %", "85–95 %", "90–98 %", "Sandboxing" }))
        {
            Assert.Equal(value, utilization.Substring(start, value.Length));
        }

        Assert.All(lines, line => Assert.Equal(line.TrimEnd(), line));
    }

    [Fact]
    public void Markdown_IsGitHubTables()
    {
        var result = Cli.Run("--format", "markdown").Succeeded();

        result.HasLine("## Trade-off matrix (Res §7)");
        Assert.Contains("| Dimension | Virtualization | Paravirtualization | Containerization | Sandboxing | Best choice |\n| --- | --- | --- | --- | --- | --- |\n", result.StandardOutput, StringComparison.Ordinal);
        result.HasLine("| storage IO | medium (15–25 % loss) | medium-high (8–18 % loss) | fairly high (5–10 % loss) | highest (0–2 % loss) | Sandboxing |");
        result.HasLine("| Network latency overhead | 15–40 μs | 11–28 μs | 1–5 μs | 0–1 μs | Res §5.2 |");
    }

    [Fact]
    public void Json_HasTheMatrixAndTheRangesAsStringsWithUnits()
    {
        var result = Cli.Run("compare", "--format", "json").Succeeded();
        using var json = JsonDocument.Parse(result.StandardOutput);
        var root = json.RootElement;

        Assert.Equal("all", root.GetProperty("resource").GetString());
        var matrix = root.GetProperty("tradeOffMatrix");
        Assert.Equal(7, matrix.GetArrayLength()); // Res §7 has seven dimensions.
        var io = matrix[2];
        Assert.Equal("IO 性能", io.GetProperty("words").GetString());
        Assert.Equal("10–30 %", io.GetProperty("cells")[0].GetProperty("figure").GetProperty("value").GetString());
        Assert.Equal("中等（…损失）", io.GetProperty("cells")[0].GetProperty("words").GetString());
        Assert.Equal("Sandboxing", io.GetProperty("bestChoice").GetString());

        var latency = root.GetProperty("figures")[0];
        Assert.Equal("Network latency overhead", latency.GetProperty("figure").GetString());
        var virtualization = latency.GetProperty("values")[0];
        Assert.Equal("Virtualization", virtualization.GetProperty("paradigm").GetString());
        Assert.Equal("15–40 μs", virtualization.GetProperty("value").GetProperty("value").GetString());
        Assert.Equal("ResourceFacts.VirtualizationNetworkLatencyOverhead", virtualization.GetProperty("value").GetProperty("figure").GetString());
        Assert.StartsWith("Res §5.2", virtualization.GetProperty("value").GetProperty("citation").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    // Res §2.1: CPU utilization 70-80%, 75-85%, 85-95%, 90-98%; context switch > 1000, 800-1200, ~500, < 100 cycles.
    [InlineData("cpu", "CPU (Res §2)", new[] { "CPU utilization", "70–80 %", "75–85 %", "85–95 %", "90–98 %" })]
    [InlineData("cpu", "CPU (Res §2)", new[] { "Context-switch cost", "> 1000 cycles", "800–1200 cycles", "500 cycles", "0–100 cycles", "Res §2.1" })]
    // Res §3.2 worked examples: 434MB, 439MB, 148MB, 约 7MB.
    [InlineData("memory", "Memory (Res §3)", new[] { "Minimum example", "434 MB", "439 MB", "148 MB", "7 MB" })]
    // Res §3.2 without the workload: guest OS 256MB-2GB + hypervisor < 100MB = 256–2100 MB; + grant table < 10MB = 256–2110 MB;
    // namespace < 1MB + runtime < 50MB = 0–51 MB; module < 10MB + runtime < 10MB (+ no linear memory) = 0–20 MB.
    [InlineData("memory", "Memory (Res §3)", new[] { "Memory beyond the workload", "256–2100 MB", "256–2110 MB", "0–51 MB", "0–20 MB" })]
    // Res §4.1: 10-30%, 5-15%, < 5%, < 1%.
    [InlineData("io", "IO (Res §4)", new[] { "IO performance loss", "10–30 %", "5–15 %", "0–5 %", "0–1 %" })]
    // Res §4.2 terms: VM exit 10-50μs + device emulation 5-20μs = 15–70 μs; hypercall 1-5μs + collaboration 2-8μs = 3–13 μs.
    [InlineData("io", "IO (Res §4)", new[] { "IO latency added", "15–70 μs", "3–13 μs" })]
    // Res §5.1 table: 10-50μs, 5-25μs, 1-10μs, < 1μs — beside §5.2's 15-40, 11-28, 1-5, < 1.
    [InlineData("network", "Network (Res §5)", new[] { "Latency overhead (§5.1 table)", "10–50 μs", "5–25 μs", "1–10 μs", "0–1 μs", "Res §5.1" })]
    [InlineData("network", "Network (Res §5)", new[] { "Throughput loss", "10–20 %", "5–12 %", "0–5 %", "0–1 %", "Res §5.2" })]
    // Res §7: 存储 IO 15-25%, 8-18%, 5-10%, < 2%; Res §6.2 has no paravirtualization row.
    [InlineData("storage", "Storage (Res §6)", new[] { "Storage performance loss", "15–25 %", "8–18 %", "5–10 %", "0–2 %", "Res §7" })]
    [InlineData("storage", "Storage (Res §6)", new[] { "IOPS loss", "15–25 %", "—", "5–10 %", "0–2 %", "Res §6.2" })]
    public void Resource_PrintsItsFigures(string resource, string heading, string[] row)
    {
        var result = Cli.Run("compare", "--resource", resource).Succeeded();

        result.HasLine(heading);
        result.HasLine(row);
    }

    [Theory]
    [InlineData("markdown")]
    [InlineData("json")]
    [InlineData("text")]
    public void Resource_InEveryFormat(string format)
    {
        var result = Cli.Run("compare", "--resource", "network", "--format", format).Succeeded();

        // Res §5.1: 虚拟网卡 … 延迟开销 10-50μs.
        Assert.Contains("10–50 μs", result.StandardOutput, StringComparison.Ordinal);
        if (format == "json")
        {
            using var json = JsonDocument.Parse(result.StandardOutput);
            Assert.Equal("network", json.RootElement.GetProperty("resource").GetString());
            Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("tradeOffMatrix").ValueKind);
        }
    }

    [Theory]
    [InlineData("gpu")]
    [InlineData("")]
    [InlineData("cpu,memory")]
    public void UnknownResource_IsRefused(string resource)
    {
        Cli.Run("compare", "--resource", resource)
            .Refused(2, $"--resource was '{resource}'; allowed: all, cpu, memory, io, network, storage");
    }

    [Fact]
    public void ResourceInAnyCase_IsAccepted()
    {
        Cli.Run("compare", "--resource", "CPU").Succeeded().HasLine("CPU (Res §2)");
    }
}
