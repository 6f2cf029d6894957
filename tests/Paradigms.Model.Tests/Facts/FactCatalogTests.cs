using System.Reflection;
using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;
using Paradigms.Model.Rules;
using Paradigms.Model.Tests.Quantities;

namespace Paradigms.Model.Tests.Facts;

public class FactCatalogTests
{
    // Every figure of the network document, with its section and its value written out by hand.
    public static TheoryData<string, string, string> NetworkDocumentFigures => new()
    {
        { "Net §02.1.2, §04.1.2, §05.1.1", "NetworkFacts.PhysicalNicRates", "1 Gbit/s, 10 Gbit/s, 25 Gbit/s, 100 Gbit/s" },
        { "Net §05.1.2", "NetworkFacts.PhysicalNicRateRange", "1–100 Gbit/s" },
        { "Net §04.1.1", "NetworkFacts.TwistedPairRate", "100 Mbit/s–10 Gbit/s" },
        { "Net §04.1.1", "NetworkFacts.FiberRate", "10–400 Gbit/s" },
        { "Net §04.1.1", "NetworkFacts.CoaxRate", "100 Mbit/s–1 Gbit/s" },
        { "Net §04.1.1", "NetworkFacts.WifiRate", "150 Mbit/s–10 Gbit/s" },
        { "Net §04.1.1", "NetworkFacts.CellularRate", "100 Mbit/s–10 Gbit/s" },
        { "Net §05.4.2, §10.2, §10.4", "NetworkFacts.VirtualizationLatencyOverhead", "15–40 μs" },
        { "Net §03.4.2", "NetworkFacts.VirtualizationLinkModeLatencyOverhead", "10–50 μs" },
        { "Net §05.4.2, §10.2, §10.4", "NetworkFacts.ParavirtualizationLatencyOverhead", "11–28 μs" },
        { "Net §03.4.2, §05.4.2, §10.2, §10.4", "NetworkFacts.ContainerizationLatencyOverhead", "1–10 μs" },
        { "Net §03.4.2, §05.4.2, §10.2, §10.4", "NetworkFacts.SandboxingLatencyOverhead", "0–1 μs" },
    };

    [Theory]
    [MemberData(nameof(NetworkDocumentFigures))]
    public void Every_figure_of_the_network_document_is_in_the_catalog(string citation, string name, string value)
    {
        var fact = FactCatalog.Find(name);

        Assert.NotNull(fact);
        Assert.Equal(citation, fact.Citation.ToString());
        Assert.Equal(SourceKind.Document, fact.Citation.Kind);
        Assert.Equal(value, fact.ValueText);
        Assert.False(string.IsNullOrWhiteSpace(fact.Quote));
    }

    [Fact]
    public void The_network_document_rows_cover_the_whole_network_catalog()
    {
        Assert.Equal(NetworkFacts.All.Select(f => f.Name).Order(), NetworkDocumentFigures.Select(row => (string)row[1]).Order());
    }

    [Fact]
    public void Names_are_unique_and_name_their_catalog()
    {
        Assert.Equal(FactCatalog.All.Count, FactCatalog.All.Select(f => f.Name).Distinct().Count());
        Assert.All(NetworkFacts.All, f => Assert.StartsWith("NetworkFacts.", f.Name, StringComparison.Ordinal));
        Assert.All(ResourceFacts.All, f => Assert.StartsWith("ResourceFacts.", f.Name, StringComparison.Ordinal));
        Assert.All(StandardFacts.All, f => Assert.StartsWith("StandardFacts.", f.Name, StringComparison.Ordinal));
        Assert.All(MeasuredFacts.All, f => Assert.StartsWith("MeasuredFacts.", f.Name, StringComparison.Ordinal));
        Assert.All(NetworkFacts.All, f => Assert.Equal(Citation.NetworkDocument, f.Citation.Source));
        Assert.All(ResourceFacts.All, f => Assert.Equal(Citation.ResourceDocument, f.Citation.Source));
        Assert.All(StandardFacts.All, f => Assert.NotEqual(SourceKind.Document, f.Citation.Kind));
        Assert.All(MeasuredFacts.All, f => Assert.NotEqual(SourceKind.Document, f.Citation.Kind));
    }

    [Fact]
    public void The_catalog_lists_the_four_catalogs_in_order_and_cannot_be_changed()
    {
        var expected = NetworkFacts.All.Concat(ResourceFacts.All).Concat(StandardFacts.All).Concat(MeasuredFacts.All);

        Assert.Equal(expected, FactCatalog.All);
        Assert.IsNotType<ISourced[]>(FactCatalog.All);
        Assert.Same(ResourceFacts.All, ResourceFacts.All);
        Assert.DoesNotContain(null, ResourceFacts.All);
    }

    [Fact]
    public void Every_catalog_property_is_listed_in_All()
    {
        var catalogs = new[]
        {
            (typeof(NetworkFacts), NetworkFacts.All), (typeof(ResourceFacts), ResourceFacts.All),
            (typeof(StandardFacts), StandardFacts.All), (typeof(MeasuredFacts), MeasuredFacts.All),
        };
        foreach (var (catalog, all) in catalogs)
        {
            var properties = catalog.GetProperties(BindingFlags.Public | BindingFlags.Static)
                .Where(p => typeof(ISourced).IsAssignableFrom(p.PropertyType))
                .Select(p => $"{catalog.Name}.{p.Name}");
            Assert.Equal(properties.Order(), all.Select(f => f.Name).Order());
        }
    }

    [Fact]
    public void Every_protocol_limit_has_a_cited_fact_of_the_same_name_and_value()
    {
        var constants = typeof(ProtocolLimits).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).ToList();
        Assert.NotEmpty(constants);
        foreach (var constant in constants)
        {
            var fact = FactCatalog.Find("StandardFacts." + constant.Name);
            Assert.True(fact is not null, $"ProtocolLimits.{constant.Name} has no StandardFacts.{constant.Name}.");
            var expected = Convert.ToDouble(constant.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture);
            var actual = fact switch
            {
                Sourced<int> count => count.Value,
                Sourced<BitRate> rate => rate.Value.BitsPerSecond,
                Sourced<Length> length => length.Value.Meters,
                Sourced<Information> bytes => bytes.Value.Bytes,
                _ => double.NaN,
            };
            Assert.True(expected == actual, $"ProtocolLimits.{constant.Name} is {expected} but its fact is {fact.ValueText}.");
        }
    }

    // Outside figures, from REFERENCE-FIGURES.md and the standards, written by hand.
    public static TheoryData<string, string, string> OutsideFigures => new()
    {
        { "StandardFacts.MaximumVlanId", "4094", "IEEE 802.1Q (standard)" },
        { "StandardFacts.MaximumVxlanNetworkIdentifier", "16777215", "RFC 7348 (standard)" },
        { "StandardFacts.Cat6TenGigabitMaximumMeters", "55 m", "TIA TSB-155 (standard)" },
        { "StandardFacts.Cat6TenGigabitAlienCrosstalkMeters", "37 m", "TIA TSB-155 (standard)" },
        { "StandardFacts.TwistedPairMaximumMeters", "100 m", "IEEE 802.3; TIA-568 (standard)" },
        { "StandardFacts.SfpPlusMaximumBitsPerSecond", "10 Gbit/s", "SFF-8431 (standard)" },
        { "StandardFacts.Qsfp28MaximumBitsPerSecond", "100 Gbit/s", "SFF-8665 (standard)" },
        { "StandardFacts.MinimumIpv6Mtu", "1280 B", "RFC 8200 (standard)" },
        { "StandardFacts.WireGuardOverIpv6Bytes", "80 B", "WireGuard protocol documentation (vendor)" },
        { "StandardFacts.WasmPageBytes", "64 KiB", "WebAssembly core spec (standard)" },
        { "StandardFacts.MaximumWasm32Pages", "65536", "WebAssembly core spec (standard)" },
    };

    [Theory]
    [MemberData(nameof(OutsideFigures))]
    public void Outside_figures_carry_their_source_and_kind(string name, string value, string citation)
    {
        var fact = FactCatalog.Find(name);

        Assert.NotNull(fact);
        Assert.Equal(value, fact.ValueText);
        Assert.Equal(citation, fact.Citation.ToString());
    }

    [Fact]
    public void Latency_overhead_per_paradigm_reads_the_agreed_sections()
    {
        Assert.Same(NetworkFacts.VirtualizationLatencyOverhead, NetworkFacts.LatencyOverhead(Paradigm.Virtualization));
        Assert.Same(NetworkFacts.ParavirtualizationLatencyOverhead, NetworkFacts.LatencyOverhead(Paradigm.Paravirtualization));
        Assert.Same(NetworkFacts.ContainerizationLatencyOverhead, NetworkFacts.LatencyOverhead(Paradigm.Containerization));
        Assert.Same(NetworkFacts.SandboxingLatencyOverhead, NetworkFacts.LatencyOverhead(Paradigm.Sandboxing));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => NetworkFacts.LatencyOverhead((Paradigm)9));
        Assert.Contains("paradigm was 9; allowed: Virtualization, Paravirtualization, Containerization, Sandboxing.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_returns_null_for_an_unknown_name()
    {
        Assert.Null(FactCatalog.Find("NetworkFacts.NoSuchFigure"));
    }

    [Fact]
    public void Provenance_page_is_generated_from_the_catalog()
    {
        var path = Path.Combine(QuantityConventionTests.RepositoryRoot(), "docs", "provenance.md");
        var expected = ProvenanceDocument.Render();
        if (Environment.GetEnvironmentVariable(ProvenanceDocument.UpdateVariable) == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), $"docs/provenance.md is missing; run {ProvenanceDocument.UpdateVariable}=1 dotnet test --filter Provenance.");
        Assert.True(
            File.ReadAllText(path).ReplaceLineEndings("\n") == expected,
            $"docs/provenance.md differs from the catalog; run {ProvenanceDocument.UpdateVariable}=1 dotnet test Paradigms.Model.sln --filter Provenance and review the diff.");
    }
}
