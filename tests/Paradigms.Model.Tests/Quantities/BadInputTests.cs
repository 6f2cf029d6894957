using Paradigms.Model.Quantities;

namespace Paradigms.Model.Tests.Quantities;

/// <summary>
/// Every bad string and value is refused where it enters, with a message that names the
/// parameter or the text, the value, and what is allowed.
/// </summary>
public class BadInputTests
{
    private static readonly Dictionary<string, Func<string, object>> Parsers = new()
    {
        ["Duration"] = s => Duration.Parse(s),
        ["Information"] = s => Information.Parse(s),
        ["BitRate"] = s => BitRate.Parse(s),
        ["Ratio"] = s => Ratio.Parse(s),
        ["Frequency"] = s => Frequency.Parse(s),
        ["Cycles"] = s => Cycles.Parse(s),
        ["CpuCores"] = s => CpuCores.Parse(s),
        ["IoOperationRate"] = s => IoOperationRate.Parse(s),
        ["Length"] = s => Length.Parse(s),
    };

    public static TheoryData<string, string, string> BadStrings => new()
    {
        { "Duration", "", "The text is empty; a Duration is written as a number and a unit" },
        { "Duration", "   ", "The text is empty" },
        { "Duration", "10", "'10' has no unit; a Duration needs one of: ns, μs (us, \u00B5s), ms, s (sec), min, h" },
        { "Duration", "ten μs", "'ten μs' does not start with a number" },
        { "Duration", "10 furlongs", "'furlongs' in '10 furlongs' is not a Duration unit; known units: ns, μs (us, \u00B5s), ms, s (sec), min, h" },
        { "Duration", "10 US", "'US' in '10 US' is not a Duration unit" },
        { "Duration", "1e400 s", "'1e400 s' is too large for a Duration" },
        { "Duration", "NaN s", "'NaN s' does not start with a number" },
        { "Duration", "Infinity ms", "'Infinity ms' does not start with a number" },
        { "Duration", "∞ ms", "'∞ ms' does not start with a number" },
        { "Duration", "10 μs extra", "'μs extra' in '10 μs extra' is not a Duration unit" },
        { "Duration", "1.2.3 ms", "'.3 ms' in '1.2.3 ms' is not a Duration unit" },
        { "Duration", "--5 ms", "'--5 ms' does not start with a number" },
        { "Information", "4Gx", "'Gx' in '4Gx' is not an Information unit; known units: bit (bits), B (byte, bytes), KB (kB, k), MB (M), GB (G), TB (T), PB (P), EB (E), KiB (Ki), MiB (Mi), GiB (Gi), TiB (Ti), PiB (Pi), EiB (Ei)" },
        { "Information", "-5 MB", "'-5 MB' is negative; an Information must be a finite value of 0 or more" },
        { "Information", "5 mb", "'mb' in '5 mb' is not an Information unit" },
        { "Information", "MB", "'MB' does not start with a number" },
        { "Information", "0x10 B", "'x10 B' in '0x10 B' is not an Information unit" },
        { "Information", "1,5 GB", "',5 GB' in '1,5 GB' is not an Information unit" },
        { "BitRate", "25 Gbit", "'Gbit' in '25 Gbit' is not a BitRate unit" },
        { "BitRate", "-1 Gbps", "'-1 Gbps' is negative" },
        { "BitRate", "fast", "'fast' does not start with a number" },
        { "BitRate", "25", "'25' has no unit; a BitRate needs one of" },
        { "Ratio", "0.85", "'0.85' has no unit; a Ratio needs one of: %" },
        { "Ratio", "85 pct", "'pct' in '85 pct' is not a Ratio unit" },
        { "Ratio", "abc %", "'abc %' does not start with a number" },
        { "Frequency", "3.2 Ghz", "'Ghz' in '3.2 Ghz' is not a Frequency unit" },
        { "Frequency", "-3 GHz", "'-3 GHz' is negative" },
        { "Cycles", "-1000 cycles", "'-1000 cycles' is negative" },
        { "Cycles", "1000 cyc", "'cyc' in '1000 cyc' is not a Cycles unit" },
        { "CpuCores", "", "The text is empty; a CpuCores is written as a number and a unit: m (millicore, millicores), cores (core)" },
        { "CpuCores", "two", "'two' does not start with a number; a CpuCores is written as a number and a unit: m (millicore, millicores), cores (core)" },
        { "CpuCores", "2x", "'x' in '2x' is not a CpuCores unit; known units: m (millicore, millicores), cores (core)" },
        { "CpuCores", "500M", "'M' in '500M' is not a CpuCores unit; known units: m (millicore, millicores), cores (core)" },
        { "CpuCores", "-1", "'-1' is negative; a CpuCores must be a finite value of 0 or more" },
        { "CpuCores", "-500m", "'-500m' is negative" },
        { "CpuCores", "NaN", "'NaN' does not start with a number" },
        { "CpuCores", "∞", "'∞' does not start with a number" },
        { "CpuCores", "Infinity", "'Infinity' does not start with a number" },
        { "CpuCores", "1e400", "'1e400' is too large for a CpuCores; allowed: a finite value of 0 or more" },
        { "IoOperationRate", "13000 iops", "'iops' in '13000 iops' is not an IoOperationRate unit" },
        { "IoOperationRate", "-1 IOPS", "'-1 IOPS' is negative" },
        { "IoOperationRate", "13000", "'13000' has no unit" },
        { "Length", "55 ft", "'ft' in '55 ft' is not a Length unit; known units: mm, cm, m, km" },
        { "Length", "55 M", "'M' in '55 M' is not a Length unit" },
        { "Length", "-55 m", "'-55 m' is negative; a Length must be a finite value of 0 or more" },
        { "Length", "55", "'55' has no unit; a Length needs one of: mm, cm, m, km" },
        { "Length", "NaN m", "'NaN m' does not start with a number" },
    };

    [Theory]
    [MemberData(nameof(BadStrings))]
    public void Bad_text_is_refused_saying_which_part(string quantity, string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => Parsers[quantity](text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, Func<object>, string, string> BadValues => new()
    {
        { "Duration NaN", () => Duration.FromMicroseconds(double.NaN), "microseconds", "microseconds was NaN; allowed: a finite number from -1.8E+305 to 1.8E+305 μs." },
        { "Duration +∞", () => Duration.FromSeconds(double.PositiveInfinity), "seconds", "seconds was +infinity; allowed: a finite number" },
        { "Duration -∞", () => Duration.FromSeconds(double.NegativeInfinity), "seconds", "seconds was -infinity" },
        { "Information negative", () => Information.FromMegabytes(-1), "megabytes", "megabytes was -1; allowed: a finite number from 0 to 1.8E+302 MB." },
        { "Information NaN", () => Information.FromBytes(double.NaN), "bytes", "bytes was NaN" },
        { "Information too large", () => Information.FromTebibytes(1e300), "tebibytes", "tebibytes was 1E+300; allowed: a finite number from 0 to 1.63E+296 TiB." },
        { "BitRate negative", () => BitRate.FromGigabitsPerSecond(-25), "gigabitsPerSecond", "gigabitsPerSecond was -25" },
        { "Frequency negative", () => Frequency.FromGigahertz(-3.2), "gigahertz", "gigahertz was -3.2" },
        { "Cycles negative", () => Cycles.FromCycles(-1), "cycles", "cycles was -1; allowed: a finite number from 0" },
        { "CpuCores negative", () => CpuCores.FromCores(-1), "cores", "cores was -1; allowed: a finite number from 0 to 1.8E+305 cores." },
        { "CpuCores NaN", () => CpuCores.FromMillicores(double.NaN), "millicores", "millicores was NaN; allowed: a finite number from 0 to 1.8E+308 m." },
        { "CpuCores too large", () => CpuCores.FromCores(1e306), "cores", "cores was 1E+306; allowed: a finite number from 0" },
        { "IOPS negative", () => IoOperationRate.FromOperationsPerSecond(-1), "operationsPerSecond", "operationsPerSecond was -1" },
        { "Length negative", () => Length.FromMeters(-55), "meters", "meters was -55; allowed: a finite number from 0 to 1.8E+308 m." },
        { "Length NaN", () => Length.FromKilometers(double.NaN), "kilometers", "kilometers was NaN; allowed: a finite number from 0 to 1.8E+305 km." },
        { "Length +∞", () => Length.FromMillimeters(double.PositiveInfinity), "millimeters", "millimeters was +infinity; allowed: a finite number from 0" },
        { "Length negative cm", () => Length.FromCentimeters(-1), "centimeters", "centimeters was -1" },
        { "limit of a unit below the base unit is finite", () => Information.FromBits(-1), "bits", "bits was -1; allowed: a finite number from 0 to 1.8E+308 bit." },
        { "Ratio NaN", () => Ratio.FromPercent(double.NaN), "percent", "percent was NaN" },
        { "Ratio ∞", () => Ratio.FromDecimalFractions(double.PositiveInfinity), "decimalFractions", "decimalFractions was +infinity" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void Bad_values_are_refused_naming_parameter_value_and_range(string description, Func<object> create, string parameter, string expected)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(create);

        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.NotNull(description);
    }

    public static TheoryData<string, Func<object>, string> BadArithmetic => new()
    {
        { "negative size", () => Information.FromMegabytes(1) - Information.FromMegabytes(2), "Information - Information gives -1000000; allowed for Information: a finite value of 0 or more." },
        { "division by zero", () => Duration.FromSeconds(1) / 0, "Duration / number gives +infinity" },
        { "zero by zero", () => Duration.Zero / Duration.Zero, "Duration / Duration gives NaN" },
        { "negative rate", () => BitRate.FromGigabitsPerSecond(1) * -1, "BitRate * number gives -1000000000" },
        { "zero duration", () => Information.FromBytes(1) / Duration.Zero, "Information / Duration gives +infinity" },
        { "overflow", () => Duration.FromNanoseconds(double.MaxValue) + Duration.FromNanoseconds(double.MaxValue), "Duration + Duration gives +infinity" },
        { "zero clock", () => Cycles.FromCycles(1000) / Frequency.Zero, "Cycles / Frequency gives +infinity" },
        { "negative length", () => Length.FromMeters(55) - Length.FromMeters(100), "Length - Length gives -45; allowed for Length: a finite value of 0 or more." },
        { "negative CPU", () => CpuCores.FromCores(1) - CpuCores.FromCores(2), "CpuCores - CpuCores gives -1000; allowed for CpuCores: a finite value of 0 or more." },
        { "CPU by zero", () => CpuCores.FromCores(2) / 0, "CpuCores / number gives +infinity" },
        { "length by zero", () => Length.FromMeters(55) / 0, "Length / number gives +infinity" },
    };

    [Theory]
    [MemberData(nameof(BadArithmetic))]
    public void Arithmetic_outside_the_quantity_throws_overflow(string description, Func<object> compute, string expected)
    {
        var error = Assert.Throws<OverflowException>(compute);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.NotNull(description);
    }

    [Fact]
    public void Parsing_null_names_the_parameter()
    {
        var error = Assert.Throws<ArgumentNullException>(() => Duration.Parse(null!));

        Assert.Equal("s", error.ParamName);
    }
}
