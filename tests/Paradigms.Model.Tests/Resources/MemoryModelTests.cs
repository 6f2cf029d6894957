using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;
using Paradigms.Model.Resources;

namespace Paradigms.Model.Tests.Resources;

public class MemoryModelTests
{
    // The eight worked examples of Res §3.2, added up by the equations from the catalog's components,
    // printed as the document prints them. "Decimal" is 1 GB = 1000 MB; "either" means the binary
    // reading (1 GB = 1024 MB) prints the same. Only the standard PV VM needs decimal.
    // The binary column is each example re-added by hand with 1 MB = 1 MiB and 1 GB = 1024 MB, in MiB.
    [Theory]
    [InlineData("Res §3.2 最小 VM: 256MB + 128MB + 50MB", Paradigm.Virtualization, "minimum", "434MB", "either", 434)]
    [InlineData("Res §3.2 标准 VM: 1GB + 512MB + 100MB", Paradigm.Virtualization, "standard", "1.6GB", "either", 1636)]
    [InlineData("Res §3.2 最小 PV VM: 256MB + 128MB + 50MB + 5MB", Paradigm.Paravirtualization, "minimum", "439MB", "either", 439)]
    [InlineData("Res §3.2 标准 PV VM: 1GB + 512MB + 100MB + 10MB", Paradigm.Paravirtualization, "standard", "1.62GB", "decimal", 1646)]
    [InlineData("Res §3.2 最小容器: 128MB + 20MB", Paradigm.Containerization, "minimum", "148MB", "either", 148)]
    [InlineData("Res §3.2 标准容器: 512MB + 50MB", Paradigm.Containerization, "standard", "562MB", "either", 562)]
    [InlineData("Res §3.2 最小 Wasm: 2MB + 5MB + 64KB", Paradigm.Sandboxing, "minimum", "7MB", "either", 7.0625)]
    [InlineData("Res §3.2 标准 Wasm: 5MB + 10MB + 1MB", Paradigm.Sandboxing, "standard", "16MB", "either", 16)]
    public void Worked_examples_print_as_the_document_prints_them(
        string example, Paradigm paradigm, string size, string printed, string convention, double binaryMebibytes)
    {
        var total = Example(paradigm, size == "minimum");
        Assert.True(printed == Print(total.Megabytes, printed, 1000), $"{example}: {total.Megabytes} MB does not print as {printed}.");
        Assert.Equal(convention == "either", printed == Print(binaryMebibytes, printed, 1024));
    }

    [Fact]
    public void Exact_sums_of_the_examples_in_megabytes()
    {
        // Written out: 256 + 128 + 50 = 434; 1000 + 512 + 100 = 1612; + 5 = 439; + 10 = 1622;
        // 128 + 20 = 148; 512 + 50 = 562; 2 + 5 + 0.065536 (one 64 KiB page) = 7.065536;
        // 5 + 10 + 1.048576 (16 pages, the fewest holding 1 MB) = 16.048576.
        Assert.Equal(434, Example(Paradigm.Virtualization, minimum: true).Megabytes);
        Assert.Equal(1612, Example(Paradigm.Virtualization, minimum: false).Megabytes);
        Assert.Equal(439, Example(Paradigm.Paravirtualization, minimum: true).Megabytes);
        Assert.Equal(1622, Example(Paradigm.Paravirtualization, minimum: false).Megabytes);
        Assert.Equal(148, Example(Paradigm.Containerization, minimum: true).Megabytes);
        Assert.Equal(562, Example(Paradigm.Containerization, minimum: false).Megabytes);
        Assert.Equal(7.065536, Example(Paradigm.Sandboxing, minimum: true).Megabytes, 9);
        Assert.Equal(16.048576, Example(Paradigm.Sandboxing, minimum: false).Megabytes, 9);
    }

    [Fact]
    public void The_catalog_keeps_the_printed_totals_which_round_the_sums()
    {
        // Printed 434MB is the exact sum; printed 1.62GB rounds the exact 1622 MB to two decimals.
        Assert.Equal(ResourceFacts.VirtualizationMinimumExampleTotal.Value, Example(Paradigm.Virtualization, minimum: true));
        Assert.Equal(Information.FromGigabytes(1.62), ResourceFacts.ParavirtualizationStandardExampleTotal.Value);
        Assert.Equal(Information.FromMegabytes(1622), Example(Paradigm.Paravirtualization, minimum: false));
    }

    [Theory]
    [InlineData("Res §3.2", GuestOsKind.MinimalLinux, "256 MB", "512 MB")]
    [InlineData("Res §3.2", GuestOsKind.StandardLinux, "512 MB", "2 GB")]
    [InlineData("Res §3.2", GuestOsKind.Windows, "2 GB", "4 GB")]
    public void Guest_OS_memory_by_kind(string section, GuestOsKind kind, string min, string max)
    {
        var range = MemoryModel.GuestOsMemory(kind);
        Assert.Equal(Information.Parse(min), range.Value.Min);
        Assert.Equal(Information.Parse(max), range.Value.Max);
        Assert.Contains(section, range.Citation.ToString(), StringComparison.Ordinal);
    }

    // Footprints over the component ranges, added by hand. VM: 256 MB–2 GB guest + 0–100 MB hypervisor;
    // PV: also 0–10 MB grant table; container: 0–1 MB namespaces + 0–50 MB runtime; sandbox: 0–10 MB
    // module + 0–10 MB runtime + the workload in 64 KiB pages.
    [Theory]
    [InlineData(Paradigm.Virtualization, null, "128 MB", 384, 2228)]
    [InlineData(Paradigm.Virtualization, GuestOsKind.Windows, "128 MB", 2128, 4228)]
    [InlineData(Paradigm.Paravirtualization, null, "128 MB", 384, 2238)]
    [InlineData(Paradigm.Containerization, null, "128 MB", 128, 179)]
    [InlineData(Paradigm.Sandboxing, null, "64 KiB", 0.065536, 20.065536)]
    [InlineData(Paradigm.Sandboxing, null, "4GiB", 4294.967296, 4314.967296)]
    public void Footprint_over_the_documented_ranges(Paradigm paradigm, GuestOsKind? guestOs, string workload, double minMegabytes, double maxMegabytes)
    {
        var footprint = MemoryModel.Footprint(paradigm, Information.Parse(workload), guestOs);
        Assert.Equal(minMegabytes, footprint.Min.Megabytes, 9);
        Assert.Equal(maxMegabytes, footprint.Max.Megabytes, 9);
    }

    [Fact]
    public void A_sandbox_above_4_GiB_is_refused_naming_the_size_and_the_limit()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => MemoryModel.Footprint(Paradigm.Sandboxing, Information.FromGibibytes(5)));
        Assert.Equal("workload", error.ParamName); // the parameter of Footprint, not of the WasmLinearMemory.Covering it calls
        Assert.Contains("5 GiB", error.Message, StringComparison.Ordinal);
        Assert.Contains("at most 4 GiB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Undefined_paradigm_or_guest_OS_is_refused()
    {
        Assert.Equal("paradigm", Assert.Throws<ArgumentOutOfRangeException>(() => MemoryModel.Footprint((Paradigm)9, Information.FromMegabytes(1))).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => MemoryModel.GuestOsMemory((GuestOsKind)0)).ParamName);
    }

    [Fact]
    public void Breakdown_names_each_term()
    {
        var pv = MemoryModel.Paravirtualization(Information.FromMegabytes(256), Information.FromMegabytes(128), Information.FromMegabytes(50), Information.FromMegabytes(5));
        Assert.Equal(Information.FromMegabytes(256), pv.GuestOs);
        Assert.Equal(Information.FromMegabytes(128), pv.Workload);
        Assert.Equal(Information.FromMegabytes(50), pv.Hypervisor);
        Assert.Equal(Information.FromMegabytes(5), pv.GrantTable);
        Assert.Equal(Information.FromMegabytes(311), pv.Overhead);
        Assert.Equal(Information.FromMegabytes(439), pv.Total);
    }

    private static Information Example(Paradigm paradigm, bool minimum) => (paradigm, minimum) switch
    {
        (Paradigm.Virtualization, true) => MemoryModel.Virtualization(
            ResourceFacts.MinimumExampleGuestOs.Value, ResourceFacts.MinimumExampleWorkload.Value, ResourceFacts.MinimumExampleHypervisor.Value).Total,
        (Paradigm.Virtualization, false) => MemoryModel.Virtualization(
            ResourceFacts.StandardExampleGuestOs.Value, ResourceFacts.StandardExampleWorkload.Value, ResourceFacts.StandardExampleHypervisor.Value).Total,
        (Paradigm.Paravirtualization, true) => MemoryModel.Paravirtualization(
            ResourceFacts.MinimumExampleGuestOs.Value, ResourceFacts.MinimumExampleWorkload.Value, ResourceFacts.MinimumExampleHypervisor.Value,
            ResourceFacts.MinimumExampleGrantTable.Value).Total,
        (Paradigm.Paravirtualization, false) => MemoryModel.Paravirtualization(
            ResourceFacts.StandardExampleGuestOs.Value, ResourceFacts.StandardExampleWorkload.Value, ResourceFacts.StandardExampleHypervisor.Value,
            ResourceFacts.StandardExampleGrantTable.Value).Total,
        (Paradigm.Containerization, true) => MemoryModel.Containerization(
            ResourceFacts.MinimumExampleWorkload.Value, Information.Zero, ResourceFacts.MinimumExampleContainerRuntime.Value).Total,
        (Paradigm.Containerization, false) => MemoryModel.Containerization(
            ResourceFacts.StandardExampleWorkload.Value, Information.Zero, ResourceFacts.StandardExampleContainerRuntime.Value).Total,
        (Paradigm.Sandboxing, true) => MemoryModel.Sandboxing(
            ResourceFacts.MinimumExampleWasmModule.Value, ResourceFacts.MinimumExampleWasmRuntime.Value,
            WasmLinearMemory.Covering(ResourceFacts.WasmDefaultLinearMemory.Value)).Total,
        _ => MemoryModel.Sandboxing(
            ResourceFacts.StandardExampleWasmModule.Value, ResourceFacts.StandardExampleWasmRuntime.Value,
            WasmLinearMemory.Covering(ResourceFacts.StandardExampleWasmLinearMemory.Value)).Total,
    };

    // The document prints MB as whole numbers and GB with the digits it shows.
    private static string Print(double megabytes, string printed, double perGigabyte)
    {
        if (printed.EndsWith("GB", StringComparison.Ordinal))
        {
            var decimals = printed.Length - printed.IndexOf('.', StringComparison.Ordinal) - 3;
            return Math.Round(megabytes / perGigabyte, decimals).ToString("F" + decimals, System.Globalization.CultureInfo.InvariantCulture) + "GB";
        }

        return Math.Round(megabytes).ToString(System.Globalization.CultureInfo.InvariantCulture) + "MB";
    }
}
