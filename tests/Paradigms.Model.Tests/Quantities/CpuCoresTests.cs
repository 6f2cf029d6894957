using System.Globalization;
using FsCheck.Xunit;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Tests.Quantities;

/// <summary>
/// <see cref="CpuCores"/>: Kubernetes CPU quantities, where a bare number is cores and the suffix
/// m is millicores. Expected millicores are written out by hand (1 core = 1000 m).
/// </summary>
public class CpuCoresTests
{
    public static TheoryData<string, string, double> KubernetesQuantities => new()
    {
        { "Res after §8 (application case 1)", "2", 2000 },
        { "Kubernetes bare number", "1", 1000 },
        { "Kubernetes bare fraction", "0.5", 500 },
        { "Kubernetes bare fraction", "0.1", 100 },
        { "Kubernetes bare fraction", "1.5", 1500 },
        { "Kubernetes millicores", "500m", 500 },
        { "Kubernetes millicores", "100m", 100 },
        { "Kubernetes millicores", "2000m", 2000 },
        { "Kubernetes millicores", "1m", 1 },
        { "Kubernetes zero", "0", 0 },
        { "exponent", "1e3m", 1000 },
        { "space around", "  250m  ", 250 },
    };

    [Theory]
    [MemberData(nameof(KubernetesQuantities))]
    public void Kubernetes_cpu_quantity_parses_to_exact_millicores(string source, string text, double millicores)
    {
        var cpu = CpuCores.Parse(text);

        Assert.Equal(millicores, cpu.Millicores);
        Assert.Equal(millicores / 1000, cpu.Cores);
        Assert.NotNull(source);
    }

    [Fact]
    public void The_application_case_request_of_two_cpus_is_two_cores_and_formats_as_such()
    {
        // Res after §8 (application case 1): 'cpu_requests': '2'.
        var request = CpuCores.Parse("2");

        Assert.Equal(CpuCores.FromCores(2), request);
        Assert.Equal(CpuCores.FromMillicores(2000), request);
        Assert.Equal("2 cores", request.ToString());
        Assert.Equal(request, CpuCores.Parse(request.ToString()));
    }

    [Fact]
    public void Equal_amounts_in_different_units_are_equal_with_the_same_hash()
    {
        var half = CpuCores.Parse("0.5");
        var fiveHundredMillicores = CpuCores.Parse("500m");

        Assert.Equal(half, fiveHundredMillicores);
        Assert.True(half == fiveHundredMillicores);
        Assert.False(half != fiveHundredMillicores);
        Assert.Equal(half.GetHashCode(), fiveHundredMillicores.GetHashCode());
        Assert.True(half.Equals((object)fiveHundredMillicores));
        Assert.False(half.Equals((object)Cycles.FromCycles(500)));
    }

    [Fact]
    public void Ordering_follows_the_amount()
    {
        var small = CpuCores.Parse("500m");
        var large = CpuCores.Parse("2");

        Assert.True(small < large);
        Assert.True(large > small);
        Assert.True(small <= CpuCores.FromMillicores(500));
        Assert.True(large >= CpuCores.FromCores(2));
        Assert.True(small.CompareTo(large) < 0);
        Assert.True(large.CompareTo((object)small) > 0);
        Assert.Equal(1, small.CompareTo(null));
        Assert.Equal(
            [CpuCores.Zero, CpuCores.FromMillicores(100), CpuCores.FromMillicores(500), CpuCores.FromCores(2)],
            new[] { CpuCores.FromCores(2), CpuCores.Zero, CpuCores.FromMillicores(500), CpuCores.FromCores(0.1) }.Order());
    }

    [Fact]
    public void Comparing_with_another_type_names_both_types()
    {
        var error = Assert.Throws<ArgumentException>(() => CpuCores.FromCores(1).CompareTo(Duration.Zero));

        Assert.Equal("obj", error.ParamName);
        Assert.Contains("Cannot compare a CpuCores with a value of type Duration: CompareTo accepts only a CpuCores or null.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_returns_false_and_zero_for_bad_text()
    {
        Assert.False(CpuCores.TryParse("two", out var cpu));
        Assert.Equal(CpuCores.Zero, cpu);
        Assert.False(CpuCores.TryParse(null, out _));
        Assert.True(CpuCores.TryParse("250m", out cpu));
        Assert.Equal(CpuCores.FromMillicores(250), cpu);
        Assert.True(CpuCores.TryParse("0,5".AsSpan(), CultureInfo.GetCultureInfo("de-DE"), out cpu));
        Assert.Equal(CpuCores.FromMillicores(500), cpu);
    }

    [Fact]
    public void Parsing_null_names_the_parameter()
    {
        var error = Assert.Throws<ArgumentNullException>(() => CpuCores.Parse(null!));

        Assert.Equal("s", error.ParamName);
    }

    [Property(Arbitrary = new[] { typeof(QuantityArbitraries) }, MaxTest = 300)]
    public bool Ordering_agrees_with_equality(CpuCores a, CpuCores b)
    {
        var compared = a.CompareTo(b);
        return (compared == 0) == (a == b)
            && (compared == 0) == a.Equals(b)
            && (compared < 0) == (a < b)
            && (compared > 0) == (a > b)
            && (a <= b) == (compared <= 0)
            && (a >= b) == (compared >= 0)
            && (a != b) == !a.Equals(b)
            && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode())
            && (a < b) == (a.Millicores < b.Millicores);
    }

    [Property(Arbitrary = new[] { typeof(QuantityArbitraries) }, MaxTest = 300)]
    public bool Millicores_format_parses_back_to_the_same_amount(CpuCores x) =>
        CpuCores.Parse(x.ToString("m")) == x && CpuCores.Parse(x.ToString("m").Replace(" ", string.Empty, StringComparison.Ordinal)) == x;
}
