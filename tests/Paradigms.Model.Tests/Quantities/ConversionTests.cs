using Paradigms.Model.Quantities;

namespace Paradigms.Model.Tests.Quantities;

/// <summary>
/// Conversion constants written out by hand (SI and IEC prefixes), never computed with the
/// code under test. Exact equality is intended: the base units keep these figures exact.
/// </summary>
public class ConversionTests
{
    [Fact]
    public void Kibibyte_is_1024_bytes() => Assert.Equal(1024, Information.FromKibibytes(1).Bytes);

    [Fact]
    public void Kilobyte_is_1000_bytes() => Assert.Equal(1000, Information.FromKilobytes(1).Bytes);

    [Fact]
    public void Binary_and_decimal_sizes_are_exact()
    {
        Assert.Equal(1_048_576, Information.FromMebibytes(1).Bytes);
        Assert.Equal(1_073_741_824, Information.FromGibibytes(1).Bytes);
        Assert.Equal(1_099_511_627_776, Information.FromTebibytes(1).Bytes);
        Assert.Equal(1_000_000, Information.FromMegabytes(1).Bytes);
        Assert.Equal(1_000_000_000, Information.FromGigabytes(1).Bytes);
        Assert.Equal(1_000_000_000_000, Information.FromTerabytes(1).Bytes);
        Assert.Equal(1, Information.FromBits(8).Bytes);
        Assert.Equal(4096, Information.FromKibibytes(4).Bytes);
        Assert.Equal(512, Information.FromMebibytes(512).Mebibytes);
        Assert.Equal(2, Information.FromGigabytes(2).Gigabytes);
    }

    [Fact]
    public void Memory_components_of_the_first_worked_example_sum_to_exactly_434_MB()
    {
        // Res §3.2: 256 MB guest OS + 128 MB workload + 50 MB hypervisor = 434 MB.
        var total = Information.FromMegabytes(256) + Information.FromMegabytes(128) + Information.FromMegabytes(50);

        Assert.Equal(Information.FromMegabytes(434), total);
        Assert.Equal(434, total.Megabytes);
    }

    [Fact]
    public void Gigabit_per_second_is_125_million_bytes_per_second()
    {
        Assert.Equal(125_000_000, BitRate.FromGigabitsPerSecond(1).BytesPerSecond);
        Assert.Equal(1_000_000_000, BitRate.FromGigabitsPerSecond(1).BitsPerSecond);
        Assert.Equal(BitRate.FromGigabitsPerSecond(1), BitRate.FromMegabytesPerSecond(125));
        Assert.Equal(25_000_000_000, BitRate.FromGigabitsPerSecond(25).BitsPerSecond);
        Assert.Equal(1024, BitRate.FromKibibitsPerSecond(1).BitsPerSecond);
        Assert.Equal(8192, BitRate.FromKibibytesPerSecond(1).BitsPerSecond);
        Assert.Equal(100, BitRate.FromMegabitsPerSecond(100).MegabitsPerSecond);
    }

    [Fact]
    public void Microsecond_is_1000_nanoseconds()
    {
        Assert.Equal(1000, Duration.FromMicroseconds(1).Nanoseconds);
        Assert.Equal(10, Duration.FromMicroseconds(10).Microseconds);
        Assert.Equal(1_500_000, Duration.FromMilliseconds(1.5).Nanoseconds);
        Assert.Equal(1_000_000_000, Duration.FromSeconds(1).Nanoseconds);
        Assert.Equal(60, Duration.FromMinutes(1).Seconds);
        Assert.Equal(3600, Duration.FromHours(1).Seconds);
        Assert.Equal(Duration.FromMilliseconds(1), Duration.FromMicroseconds(1000));
    }

    [Fact]
    public void Percent_and_decimal_fraction_describe_the_same_ratio()
    {
        Assert.Equal(85, Ratio.FromPercent(85).Percent);
        Assert.Equal(0.85, Ratio.FromPercent(85).DecimalFractions);
        Assert.Equal(Ratio.FromPercent(50), Ratio.FromDecimalFractions(0.5));
    }

    [Fact]
    public void Frequency_prefixes_are_powers_of_1000()
    {
        Assert.Equal(3_200_000_000, Frequency.FromGigahertz(3.2).Hertz);
        Assert.Equal(3.2, Frequency.FromGigahertz(3.2).Gigahertz);
        Assert.Equal(1000, Frequency.FromKilohertz(1).Hertz);
        Assert.Equal(1_000_000, Frequency.FromMegahertz(1).Hertz);
    }

    [Fact]
    public void Length_units_are_exact_for_cable_runs()
    {
        Assert.Equal(1000, Length.FromKilometers(1).Meters);
        Assert.Equal(1, Length.FromCentimeters(100).Meters);
        Assert.Equal(1, Length.FromMillimeters(1000).Meters);
        Assert.Equal(100, Length.FromMeters(1).Centimeters);
        Assert.Equal(1000, Length.FromMeters(1).Millimeters);
        Assert.Equal(1, Length.FromMeters(1000).Kilometers);
        Assert.Equal(55, Length.FromMeters(55).Meters);
        Assert.Equal(1500, Length.FromKilometers(1.5).Meters);
        Assert.Equal(Length.FromMeters(100), Length.FromKilometers(0.1));
        Assert.Equal(Length.FromMeters(100), Length.FromMeters(55) + Length.FromMeters(45));
        Assert.Equal(Length.FromMeters(1), Length.FromCentimeters(100));
    }

    [Fact]
    public void Cycles_prefixes_are_powers_of_1000()
    {
        Assert.Equal(1000, Cycles.FromCycles(1000).Count);
        Assert.Equal(Cycles.FromCycles(5000), Cycles.FromKilocycles(5));
        Assert.Equal(3_000_000_000, Cycles.FromGigacycles(3).Count);
    }

    [Fact]
    public void Core_is_1000_millicores()
    {
        Assert.Equal(1000, CpuCores.FromCores(1).Millicores);
        Assert.Equal(2000, CpuCores.FromCores(2).Millicores);
        Assert.Equal(500, CpuCores.FromCores(0.5).Millicores);
        Assert.Equal(0.25, CpuCores.FromMillicores(250).Cores);
        Assert.Equal(CpuCores.FromCores(2), CpuCores.FromMillicores(1500) + CpuCores.FromMillicores(500));
        Assert.Equal(4, CpuCores.FromCores(2) / CpuCores.FromMillicores(500));
    }

    [Fact]
    public void One_thousand_cycles_at_1_GHz_take_one_microsecond()
    {
        // 1000 cycles ÷ 10^9 Hz = 10^-6 s.
        Assert.Equal(Duration.FromMicroseconds(1), Cycles.FromCycles(1000) / Frequency.FromGigahertz(1));
        Assert.Equal(Cycles.FromCycles(3000), Frequency.FromGigahertz(3) * Duration.FromMicroseconds(1));
        Assert.Equal(Frequency.FromGigahertz(1), Cycles.FromCycles(1000) / Duration.FromMicroseconds(1));
    }

    [Fact]
    public void One_cycle_at_3_GHz_is_a_third_of_a_nanosecond()
    {
        var oneCycle = Cycles.FromCycles(1) / Frequency.FromGigahertz(3);

        Assert.Equal(1.0 / 3.0, oneCycle.Nanoseconds, 15);
    }

    [Fact]
    public void One_gigabyte_over_one_second_is_8_gigabits_per_second()
    {
        // 10^9 B × 8 bit/B ÷ 1 s = 8 × 10^9 bit/s.
        Assert.Equal(BitRate.FromGigabitsPerSecond(8), Information.FromGigabytes(1) / Duration.FromSeconds(1));
        Assert.Equal(Information.FromGigabytes(1), BitRate.FromGigabitsPerSecond(8) * Duration.FromSeconds(1));
        Assert.Equal(Duration.FromSeconds(1), Information.FromGigabytes(1) / BitRate.FromGigabitsPerSecond(8));
    }

    [Fact]
    public void A_1500_byte_frame_at_10_Gbit_s_takes_1_2_microseconds()
    {
        // 1500 B × 8 = 12,000 bit; 12,000 bit ÷ 10^10 bit/s = 1.2 × 10^-6 s.
        var serialization = Information.FromBytes(1500) / BitRate.FromGigabitsPerSecond(10);

        Assert.Equal(1200, serialization.Nanoseconds);
    }

    [Fact]
    public void Thirteen_thousand_4_KiB_operations_per_second_carry_425_984_000_bit_per_second()
    {
        // 13,000 op/s × 4096 B × 8 bit/B = 425,984,000 bit/s.
        var throughput = IoOperationRate.FromOperationsPerSecond(13_000) * Information.FromKibibytes(4);

        Assert.Equal(425_984_000, throughput.BitsPerSecond);
        Assert.Equal(IoOperationRate.FromOperationsPerSecond(13_000), throughput / Information.FromKibibytes(4));
        Assert.Equal(Information.FromKibibytes(4), throughput / IoOperationRate.FromOperationsPerSecond(13_000));
    }

    [Fact]
    public void Same_quantity_division_gives_a_plain_number()
    {
        Assert.Equal(4, Duration.FromMicroseconds(40) / Duration.FromMicroseconds(10));
        Assert.Equal(0.5, Information.FromMebibytes(512) / Information.FromGibibytes(1));
        Assert.Equal(0.55, Length.FromMeters(55) / Length.FromMeters(100));
    }

    [Fact]
    public void Default_is_zero()
    {
        Assert.Equal(Duration.Zero, default(Duration));
        Assert.Equal(0, default(Information).Bytes);
        Assert.Equal(0, default(BitRate).BitsPerSecond);
        Assert.Equal(0, default(Ratio).Percent);
        Assert.Equal(0, default(Frequency).Hertz);
        Assert.Equal(0, default(Cycles).Count);
        Assert.Equal(0, default(IoOperationRate).OperationsPerSecond);
        Assert.Equal(0, default(Length).Meters);
        Assert.Equal(0, default(CpuCores).Millicores);
    }

    [Fact]
    public void Negative_zero_equals_zero_with_the_same_hash()
    {
        var negativeZero = Duration.FromNanoseconds(-0.0);

        Assert.Equal(Duration.Zero, negativeZero);
        Assert.Equal(Duration.Zero.GetHashCode(), negativeZero.GetHashCode());
        Assert.Equal("0 ns", (-Duration.Zero).ToString());
    }
}
