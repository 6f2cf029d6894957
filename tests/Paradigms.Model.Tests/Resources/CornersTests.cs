using Paradigms.Model.Quantities;
using Paradigms.Model.Resources;

namespace Paradigms.Model.Tests.Resources;

public class CornersTests
{
    [Fact]
    public void Extremes_may_sit_at_mixed_corners()
    {
        // a − b over a in 1–2 μs, b in 1–3 μs: smallest 1 − 3 = −2 μs, largest 2 − 1 = 1 μs.
        var a = new Range<Duration>(Duration.FromMicroseconds(1), Duration.FromMicroseconds(2));
        var b = new Range<Duration>(Duration.FromMicroseconds(1), Duration.FromMicroseconds(3));
        var difference = Corners.Evaluate(a, b, static (x, y) => x - y);
        Assert.Equal(Duration.FromMicroseconds(-2), difference.Min);
        Assert.Equal(Duration.FromMicroseconds(1), difference.Max);
    }

    [Fact]
    public void Every_corner_is_visited_once()
    {
        var visits = 0;
        var unit = new Range<Cycles>(Cycles.FromCycles(1), Cycles.FromCycles(2));
        var sum = Corners.Evaluate(unit, unit, unit, unit, unit, (p, q, r, s, t) =>
        {
            visits++;
            return p + q + r + s + t;
        });
        Assert.Equal(32, visits);
        Assert.Equal(Cycles.FromCycles(5), sum.Min);
        Assert.Equal(Cycles.FromCycles(10), sum.Max);
    }

    [Fact]
    public void A_point_range_holds_an_input_fixed()
    {
        var fixedInput = Range<Information>.Point(Information.FromMegabytes(128));
        var other = new Range<Information>(Information.Zero, Information.FromMegabytes(50));
        var total = Corners.Evaluate(fixedInput, other, static (x, y) => x + y);
        Assert.Equal(Information.FromMegabytes(128), total.Min);
        Assert.Equal(Information.FromMegabytes(178), total.Max);
    }

    [Fact]
    public void A_null_function_is_refused()
    {
        Assert.Equal("function", Assert.Throws<ArgumentNullException>(() =>
            Corners.Evaluate(Range<Cycles>.Point(Cycles.Zero), (Func<Cycles, Cycles>)null!)).ParamName);
    }
}
