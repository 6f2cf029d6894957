using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Paradigms.Model.Decisions;
using Paradigms.Model.Quantities;
using Paradigms.Model.Tests.Quantities;

namespace Paradigms.Model.Tests.Decisions;

/// <summary>
/// <see cref="Workload"/>: the application case's workload, read from its own strings
/// (Res after §8, application case 1), and every bad input refused naming the parameter.
/// </summary>
public class WorkloadTests
{
    [Fact]
    public void Application_case_reads_as_the_document_writes_it()
    {
        // Res after §8 (application case 1): {'type': 'container', 'cpu_requests': '2',
        // 'memory_requests': '4Gi', 'io_requirements': 'high', 'network_requirements': 'medium'}.
        var workload = Workload.ApplicationCase;

        Assert.Equal(Paradigm.Containerization, workload.Paradigm);
        Assert.Equal(2000, workload.CpuRequest.Millicores);
        Assert.Equal(4_294_967_296, workload.MemoryRequest.Bytes);
        Assert.Equal(RequirementLevel.High, workload.IoRequirement);
        Assert.Equal(RequirementLevel.Medium, workload.NetworkRequirement);
    }

    [Fact]
    public void Parsing_the_application_case_strings_gives_the_application_case()
    {
        var parsed = Workload.Parse("container", "2", "4Gi", "high", "medium");

        Assert.Equal(Workload.ApplicationCase, parsed);
        Assert.Equal(Workload.ApplicationCase.GetHashCode(), parsed.GetHashCode());
    }

    [Theory]
    [InlineData("vm", Paradigm.Virtualization)]
    [InlineData("VM", Paradigm.Virtualization)]
    [InlineData("virtualization", Paradigm.Virtualization)]
    [InlineData("Virtualization", Paradigm.Virtualization)]
    [InlineData("pv", Paradigm.Paravirtualization)]
    [InlineData("paravirtualization", Paradigm.Paravirtualization)]
    [InlineData("Paravirtualization", Paradigm.Paravirtualization)]
    [InlineData("container", Paradigm.Containerization)]
    [InlineData("Container", Paradigm.Containerization)]
    [InlineData("containerization", Paradigm.Containerization)]
    [InlineData("Containerization", Paradigm.Containerization)]
    [InlineData("wasm", Paradigm.Sandboxing)]
    [InlineData("WASM", Paradigm.Sandboxing)]
    [InlineData("sandbox", Paradigm.Sandboxing)]
    [InlineData("sandboxing", Paradigm.Sandboxing)]
    [InlineData("Sandboxing", Paradigm.Sandboxing)]
    [InlineData(" container ", Paradigm.Containerization)]
    public void Type_names_read_as_their_paradigm(string type, Paradigm expected) =>
        Assert.Equal(expected, Workload.Parse(type, "2", "4Gi", "high", "medium").Paradigm);

    [Theory]
    [InlineData("low", RequirementLevel.Low)]
    [InlineData("Low", RequirementLevel.Low)]
    [InlineData("medium", RequirementLevel.Medium)]
    [InlineData("MEDIUM", RequirementLevel.Medium)]
    [InlineData("high", RequirementLevel.High)]
    [InlineData("High", RequirementLevel.High)]
    public void Level_words_read_as_their_level(string word, RequirementLevel expected)
    {
        var workload = Workload.Parse("container", "2", "4Gi", word, word);

        Assert.Equal(expected, workload.IoRequirement);
        Assert.Equal(expected, workload.NetworkRequirement);
    }

    [Theory]
    [InlineData("2", 2000)]
    [InlineData("0.5", 500)]
    [InlineData("500m", 500)]
    [InlineData("1m", 1)]
    [InlineData("4 cores", 4000)]
    public void Cpu_requests_read_as_kubernetes_cpu_quantities(string cpuRequests, double millicores) =>
        Assert.Equal(millicores, Workload.Parse("container", cpuRequests, "4Gi", "high", "medium").CpuRequest.Millicores);

    [Theory]
    [InlineData("4Gi", 4_294_967_296)]
    [InlineData("512Mi", 536_870_912)]
    [InlineData("2G", 2_000_000_000)]
    [InlineData("128974848", 128_974_848)]
    [InlineData("4 GiB", 4_294_967_296)]
    public void Memory_requests_read_as_kubernetes_memory_quantities(string memoryRequests, double bytes) =>
        Assert.Equal(bytes, Workload.Parse("container", "2", memoryRequests, "high", "medium").MemoryRequest.Bytes);

    public static TheoryData<string, string[], string> BadTexts => new()
    {
        { "type", ["docker", "2", "4Gi", "high", "medium"], "type was 'docker'; allowed: vm, virtualization, pv, paravirtualization, container, containerization, wasm, sandbox, sandboxing (in any case)." },
        { "type", ["", "2", "4Gi", "high", "medium"], "type was ''; allowed: vm, virtualization" },
        { "type", ["3", "2", "4Gi", "high", "medium"], "type was '3'; allowed: vm" },
        { "type", ["Containerization,", "2", "4Gi", "high", "medium"], "type was 'Containerization,'; allowed: vm" },
        { "cpuRequests", ["container", "two", "4Gi", "high", "medium"], "cpuRequests was 'two'; allowed: a Kubernetes CPU quantity above zero, such as '2', '0.5' or '500m'. 'two' does not start with a number" },
        { "cpuRequests", ["container", "", "4Gi", "high", "medium"], "cpuRequests was ''; allowed: a Kubernetes CPU quantity above zero, such as '2', '0.5' or '500m'. The text is empty" },
        { "cpuRequests", ["container", "2x", "4Gi", "high", "medium"], "cpuRequests was '2x'; allowed: a Kubernetes CPU quantity above zero" },
        { "cpuRequests", ["container", "-1", "4Gi", "high", "medium"], "cpuRequests was '-1'; allowed: a Kubernetes CPU quantity above zero" },
        { "cpuRequests", ["container", "0", "4Gi", "high", "medium"], "cpuRequests was '0'; allowed: a Kubernetes CPU quantity above zero, such as '2', '0.5' or '500m'." },
        { "cpuRequests", ["container", "0m", "4Gi", "high", "medium"], "cpuRequests was '0m'; allowed: a Kubernetes CPU quantity above zero" },
        { "cpuRequests", ["container", "NaN", "4Gi", "high", "medium"], "cpuRequests was 'NaN'; allowed" },
        { "cpuRequests", ["container", "1e400", "4Gi", "high", "medium"], "cpuRequests was '1e400'; allowed" },
        { "memoryRequests", ["container", "2", "4Gx", "high", "medium"], "memoryRequests was '4Gx'; allowed: a Kubernetes memory quantity above zero, such as '4Gi', '512Mi' or '2G'. 'Gx' in '4Gx' is not an Information unit" },
        { "memoryRequests", ["container", "2", "", "high", "medium"], "memoryRequests was ''; allowed: a Kubernetes memory quantity above zero" },
        { "memoryRequests", ["container", "2", "0Gi", "high", "medium"], "memoryRequests was '0Gi'; allowed: a Kubernetes memory quantity above zero" },
        { "memoryRequests", ["container", "2", "-4Gi", "high", "medium"], "memoryRequests was '-4Gi'; allowed" },
        { "ioRequirements", ["container", "2", "4Gi", "extreme", "medium"], "ioRequirements was 'extreme'; allowed: low, medium, high (in any case)." },
        { "ioRequirements", ["container", "2", "4Gi", "", "medium"], "ioRequirements was ''; allowed: low, medium, high" },
        { "ioRequirements", ["container", "2", "4Gi", "3", "medium"], "ioRequirements was '3'; allowed: low, medium, high" },
        { "networkRequirements", ["container", "2", "4Gi", "high", "extreme"], "networkRequirements was 'extreme'; allowed: low, medium, high (in any case)." },
        { "networkRequirements", ["container", "2", "4Gi", "high", "mid"], "networkRequirements was 'mid'; allowed: low, medium, high" },
    };

    [Theory]
    [MemberData(nameof(BadTexts))]
    public void Bad_text_is_refused_naming_the_parameter_the_text_and_what_is_allowed(string parameter, string[] texts, string expected)
    {
        var error = Assert.Throws<FormatException>(() => Workload.Parse(texts[0], texts[1], texts[2], texts[3], texts[4]));

        Assert.StartsWith(parameter + " was '", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "type")]
    [InlineData(1, "cpuRequests")]
    [InlineData(2, "memoryRequests")]
    [InlineData(3, "ioRequirements")]
    [InlineData(4, "networkRequirements")]
    public void Null_text_is_refused_naming_the_parameter(int position, string parameter)
    {
        string?[] texts = ["container", "2", "4Gi", "high", "medium"];
        texts[position] = null;

        var error = Assert.Throws<ArgumentNullException>(() => Workload.Parse(texts[0]!, texts[1]!, texts[2]!, texts[3]!, texts[4]!));

        Assert.Equal(parameter, error.ParamName);
    }

    public static TheoryData<string, Func<Workload>, string, string> BadValues => new()
    {
        { "undefined paradigm", () => new Workload(0, CpuCores.FromCores(2), Information.FromGibibytes(4), RequirementLevel.High, RequirementLevel.Medium), "paradigm", "paradigm was 0; allowed: Virtualization, Paravirtualization, Containerization, Sandboxing." },
        { "paradigm out of range", () => new Workload((Paradigm)5, CpuCores.FromCores(2), Information.FromGibibytes(4), RequirementLevel.High, RequirementLevel.Medium), "paradigm", "paradigm was 5" },
        { "zero CPU", () => new Workload(Paradigm.Containerization, CpuCores.Zero, Information.FromGibibytes(4), RequirementLevel.High, RequirementLevel.Medium), "cpuRequest", "cpuRequest was 0 m; allowed: more than 0 cores, for example 500 m or 2 cores." },
        { "zero memory", () => new Workload(Paradigm.Containerization, CpuCores.FromCores(2), Information.Zero, RequirementLevel.High, RequirementLevel.Medium), "memoryRequest", "memoryRequest was 0 B; allowed: more than 0 B, for example 512 MiB or 4 GiB." },
        { "undefined IO level", () => new Workload(Paradigm.Containerization, CpuCores.FromCores(2), Information.FromGibibytes(4), 0, RequirementLevel.Medium), "ioRequirement", "ioRequirement was 0; allowed: Low, Medium, High." },
        { "undefined network level", () => new Workload(Paradigm.Containerization, CpuCores.FromCores(2), Information.FromGibibytes(4), RequirementLevel.High, (RequirementLevel)4), "networkRequirement", "networkRequirement was 4; allowed: Low, Medium, High." },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void Bad_values_are_refused_naming_parameter_value_and_range(string description, Func<Workload> create, string parameter, string expected)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(create);

        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.NotNull(description);
    }

    [Fact]
    public void Every_property_is_get_only_so_with_cannot_skip_the_checks()
    {
        Assert.All(typeof(Workload).GetProperties(), p => Assert.Null(p.SetMethod));
    }

    [Fact]
    public void Workloads_differing_in_one_value_differ()
    {
        var baseline = Workload.ApplicationCase;

        Assert.NotEqual(baseline, new Workload(Paradigm.Sandboxing, baseline.CpuRequest, baseline.MemoryRequest, baseline.IoRequirement, baseline.NetworkRequirement));
        Assert.NotEqual(baseline, new Workload(baseline.Paradigm, CpuCores.FromMillicores(1999), baseline.MemoryRequest, baseline.IoRequirement, baseline.NetworkRequirement));
        Assert.NotEqual(baseline, new Workload(baseline.Paradigm, baseline.CpuRequest, Information.FromGigabytes(4), baseline.IoRequirement, baseline.NetworkRequirement));
        Assert.NotEqual(baseline, new Workload(baseline.Paradigm, baseline.CpuRequest, baseline.MemoryRequest, RequirementLevel.Medium, baseline.NetworkRequirement));
        Assert.NotEqual(baseline, new Workload(baseline.Paradigm, baseline.CpuRequest, baseline.MemoryRequest, baseline.IoRequirement, RequirementLevel.High));
    }

    [Property(Arbitrary = new[] { typeof(QuantityArbitraries) }, MaxTest = 200)]
    public Property Parse_reads_back_formatted_requests(CpuCores cpu, Information memory, bool containerized, bool highIo) =>
        Prop.When(cpu > CpuCores.Zero && memory > Information.Zero, () => ParsesBack(cpu, memory, containerized, highIo));

    private static bool ParsesBack(CpuCores cpu, Information memory, bool containerized, bool highIo)
    {
        var expected = new Workload(
            containerized ? Paradigm.Containerization : Paradigm.Virtualization,
            cpu,
            memory,
            highIo ? RequirementLevel.High : RequirementLevel.Low,
            RequirementLevel.Medium);
        var parsed = Workload.Parse(containerized ? "container" : "vm", cpu.ToString(), memory.ToString(), highIo ? "high" : "low", "medium");
        return parsed == expected;
    }
}
