using Paradigms.Model.Decisions;
using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;
using Paradigms.Model.Resources;

namespace Paradigms.Model.Tests.Decisions;

/// <summary>The trade-off matrix of Res §7, cell by cell, written out by hand from the document.</summary>
public class TradeOffMatrixTests
{
    // Section | dimension | paradigm | rating (null: none) | fact (null: none) | words (… for the figure) | gloss
    public static TheoryData<string, TradeOffDimension, Paradigm, Rating?, string?, string?, string> Cells => new()
    {
        // CPU 利用率 | 70-80% | 75-85% | 85-95% | 90-98%
        { "Res §7", TradeOffDimension.CpuUtilization, Paradigm.Virtualization, null, "ResourceFacts.VirtualizationCpuUtilization", null, "70–80 %" },
        { "Res §7", TradeOffDimension.CpuUtilization, Paradigm.Paravirtualization, null, "ResourceFacts.ParavirtualizationCpuUtilization", null, "75–85 %" },
        { "Res §7", TradeOffDimension.CpuUtilization, Paradigm.Containerization, null, "ResourceFacts.ContainerizationCpuUtilization", null, "85–95 %" },
        { "Res §7", TradeOffDimension.CpuUtilization, Paradigm.Sandboxing, null, "ResourceFacts.SandboxingCpuUtilization", null, "90–98 %" },

        // 内存开销 | 高（+Guest OS） | 高（+Guest OS + Grant） | 中（仅应用） | 低（最小）
        { "Res §7", TradeOffDimension.MemoryOverhead, Paradigm.Virtualization, Rating.High, null, "高（+Guest OS）", "high (+ guest OS)" },
        { "Res §7", TradeOffDimension.MemoryOverhead, Paradigm.Paravirtualization, Rating.High, null, "高（+Guest OS + Grant）", "high (+ guest OS + grant table)" },
        { "Res §7", TradeOffDimension.MemoryOverhead, Paradigm.Containerization, Rating.Medium, null, "中（仅应用）", "medium (application only)" },
        { "Res §7", TradeOffDimension.MemoryOverhead, Paradigm.Sandboxing, Rating.Low, null, "低（最小）", "low (minimal)" },

        // IO 性能 | 中等（10-30%损失） | 中高（5-15%损失） | 较高（< 5%损失） | 最高（< 1%损失）
        { "Res §7", TradeOffDimension.IoPerformance, Paradigm.Virtualization, Rating.Medium, "ResourceFacts.VirtualizationIoPerformanceLoss", "中等（…损失）", "medium (10–30 % loss)" },
        { "Res §7", TradeOffDimension.IoPerformance, Paradigm.Paravirtualization, Rating.MediumHigh, "ResourceFacts.ParavirtualizationIoPerformanceLoss", "中高（…损失）", "medium-high (5–15 % loss)" },
        { "Res §7", TradeOffDimension.IoPerformance, Paradigm.Containerization, Rating.FairlyHigh, "ResourceFacts.ContainerizationIoPerformanceLoss", "较高（…损失）", "fairly high (0–5 % loss)" },
        { "Res §7", TradeOffDimension.IoPerformance, Paradigm.Sandboxing, Rating.Highest, "ResourceFacts.SandboxingIoPerformanceLoss", "最高（…损失）", "highest (0–1 % loss)" },

        // 网络延迟 | 高（10-50μs） | 中高（11-28μs） | 中（1-10μs） | 低（< 1μs）
        { "Res §7", TradeOffDimension.NetworkLatency, Paradigm.Virtualization, Rating.High, "ResourceFacts.VirtualizationNetworkModelLatencyOverhead", "高（…）", "high (10–50 μs)" },
        { "Res §7", TradeOffDimension.NetworkLatency, Paradigm.Paravirtualization, Rating.MediumHigh, "ResourceFacts.ParavirtualizationNetworkLatencyOverhead", "中高（…）", "medium-high (11–28 μs)" },
        { "Res §7", TradeOffDimension.NetworkLatency, Paradigm.Containerization, Rating.Medium, "ResourceFacts.ContainerizationNetworkModelLatencyOverhead", "中（…）", "medium (1–10 μs)" },
        { "Res §7", TradeOffDimension.NetworkLatency, Paradigm.Sandboxing, Rating.Low, "ResourceFacts.SandboxingNetworkLatencyOverhead", "低（…）", "low (0–1 μs)" },

        // 存储 IO | 中等（15-25%损失） | 中高（8-18%损失） | 较高（5-10%损失） | 最高（< 2%损失）
        { "Res §7", TradeOffDimension.StorageIo, Paradigm.Virtualization, Rating.Medium, "ResourceFacts.VirtualizationStoragePerformanceLoss", "中等（…损失）", "medium (15–25 % loss)" },
        { "Res §7", TradeOffDimension.StorageIo, Paradigm.Paravirtualization, Rating.MediumHigh, "ResourceFacts.ParavirtualizationStoragePerformanceLoss", "中高（…损失）", "medium-high (8–18 % loss)" },
        { "Res §7", TradeOffDimension.StorageIo, Paradigm.Containerization, Rating.FairlyHigh, "ResourceFacts.ContainerizationStoragePerformanceLoss", "较高（…损失）", "fairly high (5–10 % loss)" },
        { "Res §7", TradeOffDimension.StorageIo, Paradigm.Sandboxing, Rating.Highest, "ResourceFacts.SandboxingStoragePerformanceLoss", "最高（…损失）", "highest (0–2 % loss)" },

        // 隔离强度 | 最高（硬件级） | 高（内核级） | 中等（进程级） | 较低（应用级）
        { "Res §7", TradeOffDimension.IsolationStrength, Paradigm.Virtualization, Rating.Highest, null, "最高（硬件级）", "highest (hardware level)" },
        { "Res §7", TradeOffDimension.IsolationStrength, Paradigm.Paravirtualization, Rating.High, null, "高（内核级）", "high (kernel level)" },
        { "Res §7", TradeOffDimension.IsolationStrength, Paradigm.Containerization, Rating.Medium, null, "中等（进程级）", "medium (process level)" },
        { "Res §7", TradeOffDimension.IsolationStrength, Paradigm.Sandboxing, Rating.FairlyLow, null, "较低（应用级）", "fairly low (application level)" },

        // 兼容性 | 最高（多 OS） | 高（需修改 Guest OS） | 高（Linux） | 低（应用特定）
        { "Res §7", TradeOffDimension.Compatibility, Paradigm.Virtualization, Rating.Highest, null, "最高（多 OS）", "highest (several operating systems)" },
        { "Res §7", TradeOffDimension.Compatibility, Paradigm.Paravirtualization, Rating.High, null, "高（需修改 Guest OS）", "high (the guest OS must be modified)" },
        { "Res §7", TradeOffDimension.Compatibility, Paradigm.Containerization, Rating.High, null, "高（Linux）", "high (Linux)" },
        { "Res §7", TradeOffDimension.Compatibility, Paradigm.Sandboxing, Rating.Low, null, "低（应用特定）", "low (application-specific)" },
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public void Every_cell_of_the_matrix(string section, TradeOffDimension dimension, Paradigm paradigm, Rating? rating, string? fact, string? words, string gloss)
    {
        var cell = TradeOffMatrix.Cell(dimension, paradigm);

        Assert.Equal(paradigm, cell.Paradigm);
        Assert.Equal(rating, cell.Rating);
        Assert.Equal(fact, cell.Figure?.Name);
        Assert.Equal(words, cell.Words);
        Assert.Equal(gloss, cell.Gloss);
        Assert.Same(cell, TradeOffMatrix.Row(dimension).Cell(paradigm));
        Assert.Equal(section, TradeOffMatrix.Row(dimension).Citation.ToString());
        if (cell.Figure is not null)
        {
            Assert.Contains("§7", cell.Figure.Citation.Sections, StringComparison.Ordinal);
            Assert.Same(cell.Figure, FactCatalog.Find(cell.Figure.Name));
        }
    }

    [Theory]
    // 资源维度 | 最佳选择; whether a higher rating, and a higher figure, is better for the user
    [InlineData("Res §7", TradeOffDimension.CpuUtilization, "CPU 利用率", "CPU utilization", Paradigm.Sandboxing, null, true)]
    [InlineData("Res §7", TradeOffDimension.MemoryOverhead, "内存开销", "memory overhead", Paradigm.Sandboxing, false, null)]
    [InlineData("Res §7", TradeOffDimension.IoPerformance, "IO 性能", "IO performance", Paradigm.Sandboxing, true, false)]
    [InlineData("Res §7", TradeOffDimension.NetworkLatency, "网络延迟", "network latency", Paradigm.Sandboxing, false, false)]
    [InlineData("Res §7", TradeOffDimension.StorageIo, "存储 IO", "storage IO", Paradigm.Sandboxing, true, false)]
    [InlineData("Res §7", TradeOffDimension.IsolationStrength, "隔离强度", "isolation strength", Paradigm.Virtualization, true, null)]
    [InlineData("Res §7", TradeOffDimension.Compatibility, "兼容性", "compatibility", Paradigm.Virtualization, true, null)]
    public void Every_row_of_the_matrix(string section, TradeOffDimension dimension, string words, string name, Paradigm best, bool? higherRatingIsBetter, bool? higherFigureIsBetter)
    {
        var row = TradeOffMatrix.Row(dimension);

        Assert.Equal(dimension, row.Dimension);
        Assert.Equal(words, row.Words);
        Assert.Equal(name, row.Name);
        Assert.Equal(best, row.BestChoice);
        Assert.Equal(higherRatingIsBetter, row.HigherRatingIsBetter);
        Assert.Equal(higherFigureIsBetter, row.HigherFigureIsBetter);
        Assert.Equal(section, row.Citation.ToString());
        Assert.Equal(Enum.GetValues<Paradigm>(), row.Cells.Select(c => c.Paradigm));
    }

    [Fact]
    public void The_matrix_has_seven_rows_in_the_documents_order()
    {
        Assert.Equal(Enum.GetValues<TradeOffDimension>(), TradeOffMatrix.Rows.Select(r => r.Dimension));
        Assert.Equal(Cells.Count, TradeOffMatrix.Rows.Sum(r => r.Cells.Count));
    }

    /// <summary>
    /// The document's best choice is the cell that is best by the row's own ratings and figures: the
    /// best rating, alone at that level, and a figure no worse at either end than any other cell's
    /// and better at one. All seven rows agree.
    /// </summary>
    [Theory]
    [InlineData(TradeOffDimension.CpuUtilization)]
    [InlineData(TradeOffDimension.MemoryOverhead)]
    [InlineData(TradeOffDimension.IoPerformance)]
    [InlineData(TradeOffDimension.NetworkLatency)]
    [InlineData(TradeOffDimension.StorageIo)]
    [InlineData(TradeOffDimension.IsolationStrength)]
    [InlineData(TradeOffDimension.Compatibility)]
    public void Each_rows_best_choice_is_best_by_the_rows_own_ratings_and_figures(TradeOffDimension dimension)
    {
        var row = TradeOffMatrix.Row(dimension);
        var best = row.Cell(row.BestChoice);
        var others = row.Cells.Where(c => c.Paradigm != row.BestChoice).ToList();

        if (row.HigherRatingIsBetter is bool higherRating)
        {
            Assert.All(others, other =>
                Assert.True(higherRating ? best.Rating > other.Rating : best.Rating < other.Rating, $"{dimension}: {best} is not better rated than {other}."));
        }

        if (row.HigherFigureIsBetter is bool higherFigure)
        {
            var (bestMin, bestMax) = Ends(best.Figure!);
            Assert.All(others, other =>
            {
                var (min, max) = Ends(other.Figure!);
                var sign = higherFigure ? 1 : -1;
                Assert.True(sign * (bestMin - min) >= 0 && sign * (bestMax - max) >= 0 && (bestMin != min || bestMax != max), $"{dimension}: {best} is not better than {other}.");
            });
        }

        Assert.True(row.HigherRatingIsBetter is not null || row.HigherFigureIsBetter is not null);
    }

    /// <summary>
    /// Where a row has both words and figures, one rating step up moves the figure's midpoint the
    /// matching way (Rating's order is read from these rows). Midpoints, not both ends: on the
    /// network row full virtualization's 10–50 μs (the §5.1 reading §7 uses) starts below
    /// paravirtualization's 11–28 μs, though it is rated higher (高 against 中高).
    /// </summary>
    [Fact]
    public void Rows_with_words_and_figures_order_them_alike()
    {
        foreach (var row in TradeOffMatrix.Rows.Where(r => r.HigherRatingIsBetter is not null && r.HigherFigureIsBetter is not null))
        {
            var cells = row.Cells.OrderBy(c => c.Rating).ToList();
            var sameWay = row.HigherRatingIsBetter == row.HigherFigureIsBetter;
            for (var i = 1; i < cells.Count; i++)
            {
                Assert.True(cells[i].Rating > cells[i - 1].Rating, $"{row.Dimension}: two cells share a rating.");
                var (lowMin, lowMax) = Ends(cells[i - 1].Figure!);
                var (highMin, highMax) = Ends(cells[i].Figure!);
                var step = (highMin + highMax) - (lowMin + lowMax);
                Assert.True(sameWay ? step > 0 : step < 0, $"{row.Dimension}: {cells[i - 1]} and {cells[i]}");
            }
        }
    }

    [Fact]
    public void On_the_network_row_full_virtualizations_range_starts_below_paravirtualizations()
    {
        // 高（10-50μs） against 中高（11-28μs）: the §7 row mixes the §5.1 and §5.2 readings (docs/seed-consistency.md, items 27, 28).
        var (vmMin, vmMax) = Ends(TradeOffMatrix.Cell(TradeOffDimension.NetworkLatency, Paradigm.Virtualization).Figure!);
        var (pvMin, pvMax) = Ends(TradeOffMatrix.Cell(TradeOffDimension.NetworkLatency, Paradigm.Paravirtualization).Figure!);
        Assert.True(vmMin < pvMin && pvMax < vmMax);
    }

    [Fact]
    public void Undefined_enum_values_are_refused_naming_the_parameter_and_the_value()
    {
        var dimension = Assert.Throws<ArgumentOutOfRangeException>(() => TradeOffMatrix.Row((TradeOffDimension)0));
        Assert.Equal("dimension", dimension.ParamName);
        Assert.Contains("dimension was 0", dimension.Message, StringComparison.Ordinal);
        Assert.Contains("Compatibility", dimension.Message, StringComparison.Ordinal);

        var paradigm = Assert.Throws<ArgumentOutOfRangeException>(() => TradeOffMatrix.Cell(TradeOffDimension.StorageIo, (Paradigm)5));
        Assert.Equal("paradigm", paradigm.ParamName);
        Assert.Contains("paradigm was 5", paradigm.Message, StringComparison.Ordinal);

        Assert.Equal("dimension", Assert.Throws<ArgumentOutOfRangeException>(() => TradeOffMatrix.Cell((TradeOffDimension)8, Paradigm.Sandboxing)).ParamName);
        Assert.Equal("paradigm", Assert.Throws<ArgumentOutOfRangeException>(() => TradeOffMatrix.Rows[0].Cell(0)).ParamName);
    }

    private static (double Min, double Max) Ends(ISourced figure) => figure switch
    {
        Sourced<Range<Ratio>> ratio => (ratio.Value.Min.Percent, ratio.Value.Max.Percent),
        Sourced<Range<Duration>> duration => (duration.Value.Min.Microseconds, duration.Value.Max.Microseconds),
        _ => throw new InvalidOperationException($"Unexpected figure {figure.Name}"),
    };
}
