using System.Globalization;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Tests.Quantities;

public class ParsingTests
{
    [Theory]
    [InlineData("10 μs", 10_000)]
    [InlineData("10us", 10_000)]
    [InlineData("10 \u00B5s", 10_000)]
    [InlineData("1.5 ms", 1_500_000)]
    [InlineData("2s", 2_000_000_000)]
    [InlineData("  250 ns  ", 250)]
    [InlineData("-5 μs", -5_000)]
    [InlineData("\u22125 μs", -5_000)]
    [InlineData("1e3 ns", 1000)]
    [InlineData("1 min", 60_000_000_000)]
    public void Duration_accepts(string text, double nanoseconds) =>
        Assert.Equal(nanoseconds, Duration.Parse(text).Nanoseconds);

    [Theory]
    [InlineData("4Gi", 4_294_967_296)]
    [InlineData("512MiB", 536_870_912)]
    [InlineData("2 GB", 2_000_000_000)]
    [InlineData("1Ki", 1024)]
    [InlineData("1Mi", 1_048_576)]
    [InlineData("1Ti", 1_099_511_627_776)]
    [InlineData("1k", 1000)]
    [InlineData("1M", 1_000_000)]
    [InlineData("1G", 1_000_000_000)]
    [InlineData("1T", 1_000_000_000_000)]
    [InlineData("1P", 1_000_000_000_000_000)]
    [InlineData("1E", 1_000_000_000_000_000_000)]
    [InlineData("1Pi", 1_125_899_906_842_624)]
    [InlineData("1Ei", 1_152_921_504_606_846_976)]
    [InlineData("2 PB", 2_000_000_000_000_000)]
    [InlineData("3 EiB", 3_458_764_513_820_540_928)]
    [InlineData("1E3", 1000)]
    [InlineData("128974848", 128_974_848)]
    [InlineData("434 MB", 434_000_000)]
    [InlineData("64 KiB", 65_536)]
    [InlineData("8 bit", 1)]
    public void Information_accepts(string text, double bytes) =>
        Assert.Equal(bytes, Information.Parse(text).Bytes);

    [Theory]
    [InlineData("25 Gbit/s", 25_000_000_000)]
    [InlineData("25Gbps", 25_000_000_000)]
    [InlineData("100 Mbit/s", 100_000_000)]
    [InlineData("1 Gb/s", 1_000_000_000)]
    [InlineData("125 MB/s", 1_000_000_000)]
    [InlineData("14.5 Gbit/s", 14_500_000_000)]
    public void BitRate_accepts(string text, double bitsPerSecond) =>
        Assert.Equal(bitsPerSecond, BitRate.Parse(text).BitsPerSecond);

    [Theory]
    [InlineData("85 %", 85)]
    [InlineData("85%", 85)]
    [InlineData("-12 %", -12)]
    [InlineData("150 %", 150)]
    public void Ratio_accepts(string text, double percent) =>
        Assert.Equal(percent, Ratio.Parse(text).Percent);

    [Theory]
    [InlineData("3.2 GHz", 3_200_000_000)]
    [InlineData("800MHz", 800_000_000)]
    [InlineData("50 Hz", 50)]
    public void Frequency_accepts(string text, double hertz) =>
        Assert.Equal(hertz, Frequency.Parse(text).Hertz);

    [Theory]
    [InlineData("1000 cycles", 1000)]
    [InlineData("1 cycle", 1)]
    [InlineData("5000", 5000)]
    [InlineData("5 kcycles", 5000)]
    public void Cycles_accepts(string text, double count) =>
        Assert.Equal(count, Cycles.Parse(text).Count);

    [Theory]
    [InlineData("2", 2000)]
    [InlineData("0.5", 500)]
    [InlineData("500m", 500)]
    [InlineData("500 m", 500)]
    [InlineData("2 cores", 2000)]
    [InlineData("1 core", 1000)]
    [InlineData("250 millicores", 250)]
    public void CpuCores_accepts(string text, double millicores) =>
        Assert.Equal(millicores, CpuCores.Parse(text).Millicores);

    [Theory]
    [InlineData("13000 IOPS", 13_000)]
    [InlineData("13000IOPS", 13_000)]
    [InlineData("500 op/s", 500)]
    public void IoOperationRate_accepts(string text, double operationsPerSecond) =>
        Assert.Equal(operationsPerSecond, IoOperationRate.Parse(text).OperationsPerSecond);

    [Theory]
    [InlineData("55 m", 55)]
    [InlineData("55m", 55)]
    [InlineData("100 m", 100)]
    [InlineData("0.1 km", 100)]
    [InlineData("1.5km", 1500)]
    [InlineData("100 cm", 1)]
    [InlineData("1500 mm", 1.5)]
    [InlineData("0 mm", 0)]
    public void Length_accepts(string text, double meters) =>
        Assert.Equal(meters, Length.Parse(text).Meters);

    [Fact]
    public void Parsing_uses_the_given_culture_for_the_number()
    {
        var german = CultureInfo.GetCultureInfo("de-DE");

        Assert.Equal(Duration.FromMilliseconds(1.5), Duration.Parse("1,5 ms", german));
        Assert.Equal("1,5 ms", Duration.FromMilliseconds(1.5).ToString(null, german));
    }

    [Fact]
    public void TryParse_returns_false_and_zero_for_bad_text()
    {
        Assert.False(Information.TryParse("4Gx", out var size));
        Assert.Equal(Information.Zero, size);
        Assert.False(Duration.TryParse(null, out _));
        Assert.True(Duration.TryParse("10 μs", out var latency));
        Assert.Equal(Duration.FromMicroseconds(10), latency);
    }

    [Fact]
    public void Span_parsing_matches_string_parsing()
    {
        Assert.Equal(BitRate.Parse("25 Gbit/s"), BitRate.Parse("25 Gbit/s".AsSpan(), null));
        Assert.True(BitRate.TryParse("25 Gbit/s".AsSpan(), CultureInfo.InvariantCulture, out var rate));
        Assert.Equal(25, rate.GigabitsPerSecond);
    }
}
