using System.Globalization;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Tests.Quantities;

public class FormattingTests
{
    [Fact]
    public void Formatting_picks_the_unit_that_reads_shortest()
    {
        Assert.Equal("10 μs", Duration.FromMicroseconds(10).ToString());
        Assert.Equal("1.5 ms", Duration.FromMilliseconds(1.5).ToString());
        Assert.Equal("250 ns", Duration.FromNanoseconds(250).ToString());
        Assert.Equal("434 MB", Information.FromMegabytes(434).ToString());
        Assert.Equal("4 GiB", Information.FromGibibytes(4).ToString());
        Assert.Equal("512 MiB", Information.FromMebibytes(512).ToString());
        Assert.Equal("2 PiB", Information.FromPebibytes(2).ToString());
        Assert.Equal("3 EB", Information.FromExabytes(3).ToString());
        Assert.Equal("1.5 PB", Information.FromTerabytes(1500).ToString());
        Assert.Equal("25 Gbit/s", BitRate.FromGigabitsPerSecond(25).ToString());
        Assert.Equal("85 %", Ratio.FromPercent(85).ToString());
        Assert.Equal("3.2 GHz", Frequency.FromGigahertz(3.2).ToString());
        Assert.Equal("1000 cycles", Cycles.FromCycles(1000).ToString());
        Assert.Equal("2 cores", CpuCores.FromCores(2).ToString());
        Assert.Equal("500 m", CpuCores.FromMillicores(500).ToString());
        Assert.Equal("1.5 cores", CpuCores.FromMillicores(1500).ToString());
        Assert.Equal("13000 IOPS", IoOperationRate.FromOperationsPerSecond(13_000).ToString());
        Assert.Equal("55 m", Length.FromMeters(55).ToString());
        Assert.Equal("100 m", Length.FromKilometers(0.1).ToString());
        Assert.Equal("1.5 km", Length.FromMeters(1500).ToString());
        Assert.Equal("1 km", Length.FromMeters(1000).ToString());
        Assert.Equal("50 cm", Length.FromMeters(0.5).ToString());
    }

    [Fact]
    public void Zero_formats_in_the_smallest_display_unit()
    {
        Assert.Equal("0 ns", Duration.Zero.ToString());
        Assert.Equal("0 B", Information.Zero.ToString());
        Assert.Equal("0 bit/s", BitRate.Zero.ToString());
        Assert.Equal("0 mm", Length.Zero.ToString());
        Assert.Equal("0 m", CpuCores.Zero.ToString());
    }

    [Fact]
    public void A_unit_symbol_as_format_fixes_the_unit()
    {
        Assert.Equal("0.01 ms", Duration.FromMicroseconds(10).ToString("ms"));
        Assert.Equal("10000 ns", Duration.FromMicroseconds(10).ToString("ns"));
        Assert.Equal("1000 Mbit/s", BitRate.FromGigabitsPerSecond(1).ToString("Mbit/s"));
        Assert.Equal("125 MB/s", BitRate.FromGigabitsPerSecond(1).ToString("MB/s"));
        Assert.Equal("0.055 km", Length.FromMeters(55).ToString("km"));
        Assert.Equal("5500 cm", Length.FromMeters(55).ToString("cm"));
        Assert.Equal("2000 m", CpuCores.FromCores(2).ToString("m"));
        Assert.Equal("0.5 cores", CpuCores.FromMillicores(500).ToString("cores"));
    }

    [Fact]
    public void A_numeric_format_follows_a_colon()
    {
        Assert.Equal("1.50 ms", Duration.FromMilliseconds(1.5).ToString("ms:F2"));
        Assert.Equal("33.3 %", Ratio.FromPercent(100.0 / 3).ToString("G:F1"));
    }

    [Fact]
    public void An_unknown_unit_as_format_is_refused()
    {
        var error = Assert.Throws<FormatException>(() => Duration.FromMicroseconds(1).ToString("furlongs"));

        Assert.Contains("'furlongs' is not a Duration unit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryFormat_writes_into_a_span_and_reports_a_short_one()
    {
        Span<char> buffer = stackalloc char[16];
        Assert.True(Duration.FromMicroseconds(10).TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture));
        Assert.Equal("10 μs", buffer[..written].ToString());

        Assert.False(Duration.FromMicroseconds(10).TryFormat(buffer[..3], out written, default, null));
        Assert.Equal(0, written);
    }

    [Fact]
    public void Interpolation_uses_the_span_formatter()
    {
        var latency = Duration.FromMicroseconds(15);

        Assert.Equal("latency 15 μs, or 0.015 ms", FormattableString.Invariant($"latency {latency}, or {latency:ms}"));
    }
}
