using Paradigms.Model.Facts;
using Paradigms.Model.Resources;
using Paradigms.Model.Tests.Facts;
using Paradigms.Model.Tests.Quantities;

namespace Paradigms.Model.Tests.Resources;

public class DerivedFiguresTests
{
    private static readonly string Path = System.IO.Path.Combine(QuantityConventionTests.RepositoryRoot(), "docs", "seed-consistency.md");

    // The verdicts worked out by hand from the document's figures.
    [Theory]
    [InlineData("Res §2.2: 1000/(1000+1000…5000) = 16.7–50 % against 70–80 %", Resource.Cpu, Paradigm.Virtualization, "ResourceFacts.VirtualizationCpuUtilization", Agreement.Disagrees)]
    [InlineData("Res §2.2: no rate for hypercalls", Resource.Cpu, Paradigm.Paravirtualization, "ResourceFacts.ParavirtualizationCpuUtilization", Agreement.NotComparable)]
    [InlineData("Res §3.2: 1000 + 512 + 100 + 10 = 1622 MB, printed 1.62GB", Resource.Memory, Paradigm.Paravirtualization, "ResourceFacts.ParavirtualizationStandardExampleTotal", Agreement.Equal)]
    [InlineData("Res §3.2: 2 + 5 MB + one 64 KiB page = 7.07 MB, printed 约 7MB", Resource.Memory, Paradigm.Sandboxing, "ResourceFacts.SandboxingMinimumExampleTotal", Agreement.Equal)]
    [InlineData("Res §4.2: 10–50 + 5–20 = 15–70 μs against 10–50 μs", Resource.Io, Paradigm.Virtualization, "ResourceFacts.VirtualizationIoLatencyIncrease", Agreement.Disagrees)]
    [InlineData("Res §4.2: 1–5 + 2–8 = 3–13 μs", Resource.Io, Paradigm.Paravirtualization, "ResourceFacts.ParavirtualizationIoLatencyIncrease", Agreement.Equal)]
    [InlineData("Res §4.2: L_container 1–3 % inside < 5 %", Resource.Io, Paradigm.Containerization, "ResourceFacts.ContainerizationIoPerformanceLoss", Agreement.Within)]
    [InlineData("Res §5.2: 10–30 + 5–10 = 15–40 μs inside §5.1's 10–50 μs", Resource.Network, Paradigm.Virtualization, "ResourceFacts.VirtualizationNetworkModelLatencyOverhead", Agreement.Within)]
    [InlineData("Res §5.2: 5–15 + 1–3 + 5–10 = 11–28 μs against §5.1's 5–25 μs", Resource.Network, Paradigm.Paravirtualization, "ResourceFacts.ParavirtualizationNetworkModelLatencyOverhead", Agreement.Disagrees)]
    [InlineData("Res §5.2: 1–5 μs inside Net §10.2's 1–10 μs", Resource.Network, Paradigm.Containerization, "NetworkFacts.ContainerizationLatencyOverhead", Agreement.Within)]
    [InlineData("Res §6.2: 1 − 0.85² … 1 − 0.75² = 27.75–43.75 % against 15–25 %", Resource.Storage, Paradigm.Virtualization, "ResourceFacts.VirtualizationStoragePerformanceLoss", Agreement.Disagrees)]
    [InlineData("Res §6: no paravirtualization row; §7 alone gives 8–18 %", Resource.Storage, Paradigm.Paravirtualization, "ResourceFacts.ParavirtualizationStoragePerformanceLoss", Agreement.NotComparable)]
    public void Verdicts(string why, Resource resource, Paradigm paradigm, string reported, Agreement agreement)
    {
        var row = Assert.Single(DerivedFigures.All, r => r.Resource == resource && r.Paradigm == paradigm && r.Reported.Name == reported);
        Assert.True(agreement == row.Agreement, $"{why}: got {row.Agreement}, derived {row.Derived}.");
    }

    [Fact]
    public void Storage_losses_combine_as_written_out()
    {
        // 1 − 0.85 × 0.85 = 27.75 %; 1 − 0.75 × 0.75 = 43.75 %.
        var row = Assert.Single(DerivedFigures.All, r => ReferenceEquals(r.Reported, ResourceFacts.VirtualizationStoragePerformanceLoss));
        Assert.Equal("27.75–43.75 %", row.Derived);
    }

    [Fact]
    public void Every_resource_and_paradigm_is_compared()
    {
        foreach (var resource in Enum.GetValues<Resource>())
        {
            foreach (var paradigm in Enum.GetValues<Paradigm>())
            {
                Assert.Contains(DerivedFigures.All, r => r.Resource == resource && r.Paradigm == paradigm);
            }
        }
    }

    [Fact]
    public void Seed_consistency_holds_the_generated_table()
    {
        var document = File.ReadAllText(Path).ReplaceLineEndings("\n");
        var start = document.IndexOf(DerivedFiguresDocument.Start, StringComparison.Ordinal);
        var end = document.IndexOf(DerivedFiguresDocument.End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"docs/seed-consistency.md has no generated table between '{DerivedFiguresDocument.Start}' and '{DerivedFiguresDocument.End}'.");
        var expected = DerivedFiguresDocument.Render();
        var actual = document[start..(end + DerivedFiguresDocument.End.Length)];
        if (actual != expected && Environment.GetEnvironmentVariable(ProvenanceDocument.UpdateVariable) == "1")
        {
            File.WriteAllText(Path, document[..start] + expected + document[(end + DerivedFiguresDocument.End.Length)..]);
            return;
        }

        Assert.True(actual == expected, $"The table in docs/seed-consistency.md is stale; run {ProvenanceDocument.UpdateVariable}=1 dotnet test Paradigms.Model.sln --filter DerivedFigures.");
    }
}
