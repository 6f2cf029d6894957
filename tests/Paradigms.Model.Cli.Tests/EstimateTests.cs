using System.Text.Json;

namespace Paradigms.Model.Cli.Tests;

/// <summary>
/// <c>paradigms estimate</c>. Its defaults are the resource document's application case (Res after §8: a container,
/// <c>'cpu_requests': '2'</c>, <c>'memory_requests': '4Gi'</c>, IO high, network medium); expected values are worked by
/// hand below from the figures of the sections cited.
/// </summary>
public sealed class EstimateTests
{
    [Fact]
    public void Defaults_AreTheApplicationCase()
    {
        var result = Cli.Run("estimate").Succeeded();

        result.HasLine("Estimate: Containerization, CPU 2 cores, memory 4 GiB, IO high, network medium");
        // Res §2.1: containers use 85-95 % of the CPU; 2 cores ÷ 0.95 = 2.105…, 2 ÷ 0.85 = 2.352….
        result.HasLine("CPU", "Host CPU for the request", "2.11–2.35 cores");
        // Res §3.2: 4Gi = 4294.967296 MB, plus namespace < 1MB and runtime < 50MB: 4294.97–4345.97 MB.
        result.HasLine("Memory", "Footprint", "4294.97–4345.97 MB");
        // 4294.967296 ÷ 4345.967296 = 98.83 %, up to 100 % when both overheads are 0.
        result.HasLine("Memory", "Workload's share of the footprint", "98.83–100 %");
        // Res §6.1, §7: container storage loss 5-10 % keeps 90–95 %.
        result.HasLine("Storage", "Storage performance kept", "90–95 %");
        // Res §5.2: container network latency 1-5μs, throughput loss < 5%.
        result.HasLine("Network", "Latency overhead", "1–5 μs");
        result.HasLine("Network", "Throughput loss", "0–5 %");
        // The lowest lower end: CPU 85 %, storage 90 %, IO 95 %, network 95 %, memory 98.83 %.
        result.HasLine("Weakest: CPU.");
        // Res §4.3: high IO performance → sandboxing.
        result.HasLine("Scenario: IO", "→ Sandboxing", "(Res §4.3)");
    }

    [Fact]
    public void OutsideFigures_StandBesideTheDocumentsFigures()
    {
        var result = Cli.Run("estimate").Succeeded();

        result.HasLine("Outside figures (Containerization)");
        // Kata Containers' declared pod overhead (vendor), beside Res §3.2's container runtime < 50MB.
        result.HasLine("Memory", "(Kata) per pod", "0–50 MB (Res §3.2", "120–160 MiB", "(vendor)");
        // One blog measurement with qperf, beside Res §5.2's 1-5μs.
        result.HasLine("Network", "1–5 μs (Res §5.2", "(blog)");
    }

    [Fact]
    public void Options_ChangeTheWorkload()
    {
        var result = Cli.Run("estimate", "--paradigm", "vm", "--cpu", "500m", "--memory", "512Mi", "--io", "low", "--network", "high").Succeeded();

        result.HasLine("Estimate: Virtualization, CPU 500 m, memory 512 MiB, IO low, network high");
        // Res §2.1: VMs use 70-80 %; 0.5 ÷ 0.8 = 0.625, 0.5 ÷ 0.7 = 0.714….
        result.HasLine("Host CPU for the request", "0.63–0.71 cores");
        // Res §3.2: 512Mi = 536.870912 MB; + guest OS 256MB-2GB + hypervisor < 100MB: 792.87–2636.87 MB.
        result.HasLine("Footprint", "792.87–2636.87 MB");
        // Res §5.3: network intensive → containers; the decision changes the paradigm.
        result.HasLine("Scenario: Network", "→ Containerization");
        result.HasLine("changes the workload's paradigm");
        // Outside figures for VMs: Firecracker's VMM memory, at most 5 MiB (vendor specification).
        result.HasLine("Memory", "hypervisor memory per VM", "0–100 MB (Res §3.2", "5 MiB");
    }

    [Fact]
    public void Json_CarriesEveryFigureWithItsUnitAndCitation()
    {
        var result = Cli.Run("estimate", "--format", "json").Succeeded();
        using var json = JsonDocument.Parse(result.StandardOutput);
        var root = json.RootElement;

        var workload = root.GetProperty("workload");
        Assert.Equal("Containerization", workload.GetProperty("paradigm").GetString());
        Assert.Equal("2 cores", workload.GetProperty("cpu").GetString());
        Assert.Equal("4 GiB", workload.GetProperty("memory").GetString());
        Assert.Equal("high", workload.GetProperty("io").GetString());
        Assert.Equal("medium", workload.GetProperty("network").GetString());
        var utilization = root.GetProperty("figures")[0].GetProperty("value");
        Assert.Equal("85–95 %", utilization.GetProperty("value").GetString());
        Assert.Equal("ResourceFacts.ContainerizationCpuUtilization", utilization.GetProperty("figure").GetString());
        Assert.Equal("CPU", root.GetProperty("weakest").GetString());
        Assert.Equal("Containerization", root.GetProperty("tradeOff").GetProperty("paradigm").GetString());
        Assert.True(root.GetProperty("tradeOff").GetProperty("keepsParadigm").GetBoolean());
        Assert.Equal(3, root.GetProperty("outsideFigures").GetArrayLength());
    }

    [Fact]
    public void Markdown_IsGitHubTables()
    {
        var result = Cli.Run("estimate", "--format", "markdown").Succeeded();

        result.HasLine("## Estimate: Containerization, CPU 2 cores, memory 4 GiB, IO high, network medium");
        result.HasLine("| Resource | Figure | Value | Source |");
        result.HasLine("| CPU | Host CPU for the request | 2.11–2.35 cores |");
    }

    [Theory]
    [InlineData("--paradigm", "foo", "--paradigm was 'foo'; allowed: vm, virtualization, pv, paravirtualization, container, containerization, wasm, sandbox, sandboxing")]
    [InlineData("--cpu", "-1", "--cpu was '-1'; allowed: a Kubernetes CPU quantity above zero")]
    [InlineData("--cpu", "0", "--cpu was '0'; allowed: a Kubernetes CPU quantity above zero")]
    [InlineData("--cpu", "NaN", "--cpu was 'NaN'; allowed: a Kubernetes CPU quantity above zero")]
    [InlineData("--cpu", "Infinity", "--cpu was 'Infinity'; allowed")]
    [InlineData("--cpu", "1e400", "--cpu was '1e400'; allowed")]
    [InlineData("--cpu", "two", "--cpu was 'two'; allowed")]
    [InlineData("--memory", "4Zi", "--memory was '4Zi'; allowed: a Kubernetes memory quantity above zero", "'Zi' in '4Zi' is not an Information unit")]
    [InlineData("--memory", "NaN", "--memory was 'NaN'; allowed")]
    [InlineData("--memory", "-4Gi", "--memory was '-4Gi'; allowed")]
    [InlineData("--memory", "0", "--memory was '0'; allowed")]
    [InlineData("--io", "extreme", "--io was 'extreme'; allowed: low, medium, high")]
    [InlineData("--network", "", "--network was ''; allowed: low, medium, high")]
    [InlineData("--format", "xml", "--format was 'xml'; allowed: text, markdown, json")]
    public void BadInput_IsRefusedWithExitCode2(string option, string value, params string[] messages)
    {
        Cli.Run("estimate", option, value).Refused(2, [.. messages, "Run 'paradigms estimate --help'"]);
    }

    [Fact]
    public void SandboxAbove4GiB_IsTheRuleTablesPM0011()
    {
        // WebAssembly core spec: a wasm32 linear memory holds at most 65536 pages of 64 KiB, 4 GiB.
        Cli.Run("estimate", "--paradigm", "wasm", "--memory", "8Gi")
            .Refused(1, "error PM0011:", "--memory was 8 GiB; allowed: at most 4 GiB", "docs/diagnostics/PM0011.md");
    }
}
