using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Tests.Facts;

public class CitationTests
{
    [Fact]
    public void Citations_are_written_as_the_docs_cite()
    {
        Assert.Equal("Net §05.4.2", Citation.Net("§05.4.2").ToString());
        Assert.Equal("Res §3.2", Citation.Res("§3.2").ToString());
        Assert.Equal("RFC 7348 (standard)", Citation.Standard("RFC 7348").ToString());
        Assert.Equal("Agache et al., NSDI 2020 (paper)", Citation.Paper("Agache et al., NSDI 2020").ToString());
        Assert.Equal("Firecracker SPECIFICATION.md (vendor)", Citation.Vendor("Firecracker SPECIFICATION.md").ToString());
        Assert.Equal("qperf 2017 (blog)", Citation.Blog("qperf 2017").ToString());
    }

    [Fact]
    public void Bad_citations_are_refused()
    {
        Assert.Equal("source", Assert.Throws<ArgumentException>(() => Citation.Standard(" ")).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => Citation.Standard(null!)).ParamName);
        Assert.Equal("sections", Assert.Throws<ArgumentException>(() => Citation.Net("")).ParamName);
        var kind = Assert.Throws<ArgumentOutOfRangeException>(() => new Citation(0, "x"));
        Assert.Contains("kind was 0; allowed: Document, Standard, Paper, Vendor, Blog.", kind.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sourced_figure_formats_its_value_and_citation()
    {
        var figure = new Sourced<Duration>("Example.Latency", Duration.FromMicroseconds(10), Citation.Net("§03.4.2"), "10μs");

        Assert.Equal("10 μs (Net §03.4.2)", figure.ToString());
        Assert.Throws<ArgumentException>(() => new Sourced<int>("", 1, Citation.Net("§01")));
        Assert.Throws<ArgumentNullException>(() => new Sourced<string>("Example.Text", null!, Citation.Net("§01")));
        Assert.Throws<ArgumentNullException>(() => new Sourced<int>("Example.Count", 1, null!));
    }
}
