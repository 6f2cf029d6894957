using System.Text.Json;

namespace Paradigms.Model.Cli.Tests;

/// <summary><c>paradigms chart</c>: PNG and SVG images of the overhead ranges, nothing written on a failure.</summary>
public sealed class ChartTests : IDisposable
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("paradigms-chart-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Theory]
    [InlineData("compare")]
    [InlineData("latency")]
    [InlineData("memory")]
    public void Png_IsWritten(string chart)
    {
        var path = Path.Combine(_folder.FullName, chart + ".png");

        var result = Cli.Run("chart", chart, "--out", path).Succeeded();

        var bytes = File.ReadAllBytes(path);
        Assert.Equal(PngSignature, bytes.Take(PngSignature.Length));
        Assert.True(bytes.Length > 10_000, $"{bytes.Length} bytes is too small for a 1000 × 560 chart with text.");
        result.HasLine($"Wrote {path} (PNG, 1000 × 560 pixels)");
    }

    [Theory]
    // Res §5.2: 15-40μs, 11-28μs, 1-5μs, < 1μs.
    [InlineData("latency", "Network latency overhead (μs)", new[] { "15–40 μs", "11–28 μs", "1–5 μs", "0–1 μs" })]
    // Res §3.2: 434MB–1.6GB, 439MB–1.62GB, 148MB–562MB, 7MB–16MB.
    [InlineData("memory", "Memory overhead (MB)", new[] { "434 MB–1.6 GB", "439 MB–1.62 GB", "148–562 MB", "7–16 MB" })]
    // Res §2.1, §7: CPU utilization 70-80 % … 90-98 %.
    [InlineData("compare", "Percent of native (%)", new[] { "70–80 %", "90–98 %", "CPU utilization", "Storage performance loss" })]
    public void Svg_HasTheAxisWithItsUnitAndTheRangesAsLabels(string chart, string axis, string[] labels)
    {
        var path = Path.Combine(_folder.FullName, chart + ".svg");

        Cli.Run("chart", chart, "--out", path).Succeeded();

        var svg = File.ReadAllText(path);
        Assert.StartsWith("<?xml", svg, StringComparison.Ordinal);
        Assert.Contains("<svg ", svg, StringComparison.Ordinal);
        Assert.Contains(System.Security.SecurityElement.Escape(axis), svg, StringComparison.Ordinal);
        Assert.Contains("Paradigm", svg, StringComparison.Ordinal);
        foreach (var label in labels)
        {
            Assert.Contains(label, svg, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Json_DescribesWhatWasDrawn()
    {
        var path = Path.Combine(_folder.FullName, "latency.svg");
        var result = Cli.Run("chart", "latency", "--out", path, "--format", "json").Succeeded();
        using var json = JsonDocument.Parse(result.StandardOutput);
        var root = json.RootElement;

        Assert.Equal("latency", root.GetProperty("chart").GetString());
        Assert.Equal("svg", root.GetProperty("imageFormat").GetString());
        Assert.Equal(path, root.GetProperty("path").GetString());
        Assert.Equal("Network latency overhead (μs)", root.GetProperty("valueAxis").GetString());
        var values = root.GetProperty("series")[0].GetProperty("values");
        Assert.Equal("11–28 μs", values[1].GetProperty("value").GetProperty("value").GetString());
    }

    [Theory]
    [InlineData("c.jpg", "--out was '{0}'; allowed: a file path ending in .png or .svg.")]
    [InlineData("c", "--out was '{0}'; allowed: a file path ending in .png or .svg.")]
    [InlineData("c.png.txt", "--out was '{0}'; allowed: a file path ending in .png or .svg.")]
    public void UnknownExtension_IsRefusedAndNothingIsWritten(string name, string message)
    {
        var path = Path.Combine(_folder.FullName, name);

        Cli.Run("chart", "latency", "--out", path).Refused(2, string.Format(System.Globalization.CultureInfo.InvariantCulture, message, path));

        Assert.Empty(_folder.GetFileSystemInfos());
    }

    [Fact]
    public void MissingFolder_IsRefusedAndNothingIsWritten()
    {
        var path = Path.Combine(_folder.FullName, "missing", "c.png");

        Cli.Run("chart", "memory", "--out", path).Refused(2, $"--out was '{path}'; it cannot be written:");

        Assert.Empty(_folder.GetFileSystemInfos());
    }

    [Fact]
    public void OutIsAFolder_IsRefused()
    {
        var path = Path.Combine(_folder.FullName, "folder.png");
        Directory.CreateDirectory(path);

        Cli.Run("chart", "memory", "--out", path).Refused(2, $"--out was '{path}', a folder; allowed: a file path ending in .png or .svg.");

        Assert.Empty(Directory.GetFileSystemEntries(path));
    }

    [Fact]
    public void UnwritableFileSystem_IsRefusedAndNothingIsWritten()
    {
        // /proc takes no new files, not even from root.
        const string path = "/proc/paradigms-chart.png";

        Cli.Run("chart", "memory", "--out", path).Refused(2, $"--out was '{path}'; it cannot be written:");

        Assert.False(File.Exists(path));
    }

    [Theory]
    [InlineData(new[] { "chart", "pie", "--out", "c.png" }, "The chart was 'pie'; allowed: compare, latency, memory")]
    [InlineData(new[] { "chart", "latency" }, "Option '--out' is required.")]
    [InlineData(new[] { "chart", "--out", "c.png" }, "Required argument missing")]
    public void BadArguments_AreRefused(string[] args, string message)
    {
        Cli.Run(_folder.FullName, null, args).Refused(2, message);

        Assert.Empty(_folder.GetFileSystemInfos());
    }
}
