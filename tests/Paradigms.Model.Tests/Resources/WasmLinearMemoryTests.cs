using Paradigms.Model.Quantities;
using Paradigms.Model.Resources;

namespace Paradigms.Model.Tests.Resources;

public class WasmLinearMemoryTests
{
    // WebAssembly core spec: a page is 65,536 bytes; wasm32 allows at most 65,536 pages (4 GiB).
    [Theory]
    [InlineData("0 B", 0)]
    [InlineData("1 B", 1)]
    [InlineData("64 KiB", 1)]
    [InlineData("65537 B", 2)]
    [InlineData("1 MB", 16)]
    [InlineData("1 MiB", 16)]
    [InlineData("4 GiB", 65536)]
    public void Covering_takes_the_fewest_whole_pages(string size, int pages)
    {
        var memory = WasmLinearMemory.Covering(Information.Parse(size));
        Assert.Equal(pages, memory.Pages);
        Assert.Equal(pages * 65536.0, memory.Size.Bytes);
    }

    [Theory]
    [InlineData("4294967297 B")]
    [InlineData("5 GiB")]
    public void Above_4_GiB_is_refused(string size)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => WasmLinearMemory.Covering(Information.Parse(size)));
        Assert.Equal("size", error.ParamName);
        Assert.Contains("65536 pages of 65536 bytes (wasm32)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(65537)]
    [InlineData(int.MaxValue)]
    public void Page_counts_outside_0_to_65536_are_refused(int pages)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => WasmLinearMemory.FromPages(pages));
        Assert.Equal("pages", error.ParamName);
        Assert.Contains($"pages was {pages}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Maximum_is_4_GiB_and_formats_with_pages_and_size()
    {
        Assert.Equal(Information.FromGibibytes(4), WasmLinearMemory.Maximum.Size);
        Assert.Equal(WasmLinearMemory.FromPages(65536), WasmLinearMemory.Maximum);
        Assert.Equal("16 pages (1 MiB)", WasmLinearMemory.FromPages(16).ToString());
        Assert.Equal(0, default(WasmLinearMemory).Pages);
    }
}
