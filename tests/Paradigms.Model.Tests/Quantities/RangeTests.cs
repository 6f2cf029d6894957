using Paradigms.Model.Quantities;

namespace Paradigms.Model.Tests.Quantities;

public class RangeTests
{
    private static readonly Range<Duration> VirtualMachineNetworkOverhead =
        new(Duration.FromMicroseconds(15), Duration.FromMicroseconds(40));

    [Fact]
    public void Min_above_max_is_refused_naming_both()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => new Range<Duration>(Duration.FromMicroseconds(40), Duration.FromMicroseconds(15)));

        Assert.Equal("min", error.ParamName);
        Assert.Contains("at most max, which is 15 μs", error.Message, StringComparison.Ordinal);
        Assert.Contains("40 μs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Point_has_equal_ends()
    {
        var point = Range<Duration>.Point(Duration.FromMicroseconds(5));

        Assert.True(point.IsPoint);
        Assert.Equal(point.Min, point.Max);
        Assert.Equal("5 μs", point.ToString());
    }

    [Fact]
    public void Contains_includes_both_ends()
    {
        Assert.True(VirtualMachineNetworkOverhead.Contains(Duration.FromMicroseconds(15)));
        Assert.True(VirtualMachineNetworkOverhead.Contains(Duration.FromMicroseconds(40)));
        Assert.True(VirtualMachineNetworkOverhead.Contains(Duration.FromMicroseconds(27.5)));
        Assert.False(VirtualMachineNetworkOverhead.Contains(Duration.FromMicroseconds(40.001)));
        Assert.False(VirtualMachineNetworkOverhead.Contains(Duration.FromMicroseconds(14.999)));
        Assert.True(VirtualMachineNetworkOverhead.Contains(
            new Range<Duration>(Duration.FromMicroseconds(20), Duration.FromMicroseconds(30))));
    }

    [Fact]
    public void Mid_and_width()
    {
        // (15 + 40) / 2 = 27.5; 40 - 15 = 25.
        Assert.Equal(Duration.FromMicroseconds(27.5), VirtualMachineNetworkOverhead.Mid);
        Assert.Equal(Duration.FromMicroseconds(25), VirtualMachineNetworkOverhead.Width);
    }

    [Fact]
    public void Scaling_multiplies_both_ends_and_a_negative_factor_swaps_them()
    {
        Assert.Equal(
            new Range<Duration>(Duration.FromMicroseconds(30), Duration.FromMicroseconds(80)),
            VirtualMachineNetworkOverhead * 2);
        Assert.Equal(
            new Range<Duration>(Duration.FromMicroseconds(-40), Duration.FromMicroseconds(-15)),
            -1 * VirtualMachineNetworkOverhead);
        Assert.Equal(
            new Range<Duration>(Duration.FromMicroseconds(7.5), Duration.FromMicroseconds(20)),
            VirtualMachineNetworkOverhead / 2);
    }

    [Fact]
    public void Adding_ranges_adds_their_ends()
    {
        // Res §3.2: guest OS 256 MB–2 GB plus hypervisor 50–100 MB.
        var guest = new Range<Information>(Information.FromMegabytes(256), Information.FromGigabytes(2));
        var hypervisor = new Range<Information>(Information.FromMegabytes(50), Information.FromMegabytes(100));

        var sum = guest + hypervisor;

        Assert.Equal(Information.FromMegabytes(306), sum.Min);
        Assert.Equal(Information.FromMegabytes(2100), sum.Max);
    }

    [Fact]
    public void Formats_with_an_en_dash_and_one_shared_unit()
    {
        Assert.Equal("15–40 μs", VirtualMachineNetworkOverhead.ToString());
        Assert.Equal("0.015–0.04 ms", VirtualMachineNetworkOverhead.ToString("ms", null));
    }

    [Fact]
    public void Ends_that_need_different_units_keep_their_own()
    {
        var range = new Range<Duration>(Duration.FromNanoseconds(500), Duration.FromMilliseconds(2));

        Assert.Equal("500 ns–2 ms", range.ToString());
        Assert.Equal(range, Range<Duration>.Parse("500 ns–2 ms"));
    }

    [Fact]
    public void A_zero_end_shares_the_other_end_s_unit()
    {
        var range = new Range<Duration>(Duration.Zero, Duration.FromMicroseconds(40));

        Assert.Equal("0–40 μs", range.ToString());
        Assert.Equal(range, Range<Duration>.Parse("0–40 μs"));
    }

    [Theory]
    [InlineData("15-40us")]
    [InlineData("15–40 μs")]
    [InlineData("15 μs - 40 μs")]
    [InlineData("15000 ns–40 μs")]
    [InlineData("0.015-0.04ms")]
    public void Parses_the_documents_spellings(string text) =>
        Assert.Equal(VirtualMachineNetworkOverhead, Range<Duration>.Parse(text));

    [Fact]
    public void Parses_ranges_with_negative_ends_and_exponents()
    {
        Assert.Equal(
            new Range<Duration>(Duration.FromMicroseconds(-5), Duration.FromMicroseconds(-2)),
            Range<Duration>.Parse("-5--2 μs"));
        Assert.Equal(
            new Range<Duration>(Duration.FromSeconds(1e-5), Duration.FromSeconds(3e-5)),
            Range<Duration>.Parse("1e-5-3e-5 s"));
    }

    [Fact]
    public void A_single_value_parses_as_a_point()
    {
        Assert.Equal(Range<Information>.Point(Information.FromGibibytes(4)), Range<Information>.Parse("4Gi"));
    }

    [Theory]
    [InlineData("40-15 us", "lower end above its upper end")]
    [InlineData("15-40 furlongs", "is not a Duration unit")]
    [InlineData("fast-slow", "does not start with a number")]
    [InlineData("", "The text is empty")]
    public void Bad_ranges_say_what_is_wrong(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => Range<Duration>.Parse(text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.False(Range<Duration>.TryParse(text, null, out _));
    }

    [Fact]
    public void Default_is_the_range_of_zero()
    {
        Assert.Equal(Range<BitRate>.Point(BitRate.Zero), default);
    }
}
