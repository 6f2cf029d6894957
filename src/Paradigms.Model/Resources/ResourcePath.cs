using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Paradigms.Model.Facts;

namespace Paradigms.Model.Resources;

/// <summary>
/// One paradigm in the comparison section of a resource chapter of the resource document: its row
/// of the comparison table and its item of the path list that follows the table, for memory (Res
/// §3.1), IO (§4.1), network (§5.1) or storage (§6.1). Read it from <see cref="ResourcePathCatalog"/>.
/// </summary>
/// <remarks>
/// <para>
/// The four tables share their first two columns, the model (<see cref="Model"/>) and its overhead
/// (<see cref="Cost"/>), and differ in the other two; each column has its own property, null where
/// the entry's table lacks that column:
/// </para>
/// <list type="table">
/// <listheader><term>Table</term><description>Columns after the overhead</description></listheader>
/// <item><term>Res §3.1 memory</term><description>共享机制 <see cref="Sharing"/>, 隔离粒度 <see cref="IsolationGranularity"/></description></item>
/// <item><term>Res §4.1 IO</term><description>虚拟化层 <see cref="Layer"/>, 性能损失 <see cref="Figure"/> (the IO performance loss)</description></item>
/// <item><term>Res §5.1 network</term><description>虚拟化层 <see cref="Layer"/>, 延迟开销 <see cref="Figure"/> (the network latency overhead)</description></item>
/// <item><term>Res §6.1 storage</term><description>共享机制 <see cref="Sharing"/>, IO 性能 <see cref="IoPerformanceLevel"/> (a word, not a figure)</description></item>
/// </list>
/// <para>
/// The tables and the path lists do not always list the same paradigms. The IO table has no
/// paravirtualization row, while the IO path list has a paravirtualization item; the network path
/// list has no paravirtualization item, while the network table has a row; storage has neither
/// (docs/seed-consistency.md, item 40). Where the table has no row, <see cref="InTable"/> is false and
/// every column is null; where the path list has no item, <see cref="InPathList"/> is false and
/// <see cref="Path"/>, <see cref="Notes"/> and <see cref="PathFigures"/> are empty. Nothing is filled in
/// from another section.
/// </para>
/// <para>
/// CPU (Res §2.1) is not here: its table and paths are <see cref="CpuModel.Profiles"/>
/// (<see cref="CpuSchedulingProfile"/>).
/// </para>
/// <para>Immutable, and so safe to share between threads.</para>
/// </remarks>
public sealed record ResourcePath
{
    internal ResourcePath(
        Resource resource,
        Paradigm paradigm,
        string section,
        string? model = null,
        string? modelWords = null,
        string? cost = null,
        string? costWords = null,
        Rating? costLevel = null,
        string? layer = null,
        string? layerWords = null,
        string? sharing = null,
        string? sharingWords = null,
        string? isolationGranularity = null,
        string? isolationGranularityWords = null,
        ISourced? figure = null,
        Rating? ioPerformanceLevel = null,
        IReadOnlyList<string>? path = null,
        IReadOnlyList<string>? notes = null,
        IReadOnlyList<ISourced>? pathFigures = null)
    {
        Resource = resource;
        Paradigm = paradigm;
        Model = model;
        ModelWords = modelWords;
        Cost = cost;
        CostWords = costWords;
        CostLevel = costLevel;
        Layer = layer;
        LayerWords = layerWords;
        Sharing = sharing;
        SharingWords = sharingWords;
        IsolationGranularity = isolationGranularity;
        IsolationGranularityWords = isolationGranularityWords;
        Figure = figure;
        IoPerformanceLevel = ioPerformanceLevel;
        Path = Array.AsReadOnly(path?.ToArray() ?? []);
        PathFigures = Array.AsReadOnly(pathFigures?.ToArray() ?? []);
        var figureTexts = PathFigures.Select(f => (object)f.ValueText).ToArray();
        Notes = Array.AsReadOnly((notes ?? []).Select(n => string.Format(CultureInfo.InvariantCulture, n, figureTexts)).ToArray());
        Citation = Citation.Res(section);
    }

    /// <summary>Gets the resource whose chapter holds the entry: <see cref="Resources.Resource.Memory"/>, <see cref="Resources.Resource.Io"/>, <see cref="Resources.Resource.Network"/> or <see cref="Resources.Resource.Storage"/>.</summary>
    public Resource Resource { get; }

    /// <summary>Gets the paradigm.</summary>
    public Paradigm Paradigm { get; }

    /// <summary>Gets whether the section's table has a row for the paradigm; false for paravirtualization in the IO table (Res §4.1).</summary>
    public bool InTable => ModelWords is not null;

    /// <summary>Gets whether the section's path list has an item for the paradigm; false for paravirtualization in the network path list (Res §5.1).</summary>
    public bool InPathList => Path.Count > 0;

    /// <summary>
    /// Gets the model, the table's second column (内存模型, IO 模型, 网络模型 or 存储模型) in English, for
    /// example <c>virtual device (VirtIO)</c>; null where the table has no row for the paradigm.
    /// </summary>
    public string? Model { get; }

    /// <summary>Gets the model as the table writes it, for example <c>虚拟设备（VirtIO）</c>; null where the table has no row for the paradigm.</summary>
    public string? ModelWords { get; }

    /// <summary>
    /// Gets the overhead column (内存开销, IO 开销, 网络开销 or 存储开销) in English, for example
    /// <c>high (guest OS + application)</c>; null where the table has no row for the paradigm.
    /// </summary>
    public string? Cost { get; }

    /// <summary>Gets the overhead column as the table writes it, for example <c>高（Guest OS + 应用）</c>; null where the table has no row for the paradigm.</summary>
    public string? CostWords { get; }

    /// <summary>Gets the level word that opens the overhead column, for example 高 (high) or 极低 (extremely low); null where the table has no row for the paradigm.</summary>
    public Rating? CostLevel { get; }

    /// <summary>
    /// Gets the virtualization-layer column (虚拟化层) of the IO and network tables (Res §4.1, §5.1) in
    /// English, for example <c>runtime interception</c>; null for memory and storage, whose tables have
    /// no such column, and where the table has no row for the paradigm.
    /// </summary>
    public string? Layer { get; }

    /// <summary>Gets the virtualization-layer column as the table writes it, for example <c>Runtime 拦截</c>; null where <see cref="Layer"/> is.</summary>
    public string? LayerWords { get; }

    /// <summary>
    /// Gets the sharing-mechanism column (共享机制) of the memory and storage tables (Res §3.1, §6.1) in
    /// English, for example <c>shared memory (grant table)</c>; null for IO and network, whose tables have
    /// no such column, and where the table has no row for the paradigm.
    /// </summary>
    public string? Sharing { get; }

    /// <summary>Gets the sharing-mechanism column as the table writes it, for example <c>共享内存（Grant Table）</c>; null where <see cref="Sharing"/> is.</summary>
    public string? SharingWords { get; }

    /// <summary>
    /// Gets the isolation-granularity column (隔离粒度) of the memory table (Res §3.1) in English, for
    /// example <c>process address space</c>; null for the other tables, which have no such column.
    /// </summary>
    public string? IsolationGranularity { get; }

    /// <summary>Gets the isolation-granularity column as the table writes it, for example <c>进程地址空间</c>; null where <see cref="IsolationGranularity"/> is.</summary>
    public string? IsolationGranularityWords { get; }

    /// <summary>
    /// Gets the table's figure column, a fact of <see cref="ResourceFacts"/>: the IO performance loss
    /// (性能损失, Res §4.1, a <c>Sourced&lt;Range&lt;Ratio&gt;&gt;</c>) or the network latency overhead (延迟开销,
    /// Res §5.1, a <c>Sourced&lt;Range&lt;Duration&gt;&gt;</c>). Null for memory and storage, whose tables have no
    /// figure column, and where the table has no row for the paradigm.
    /// </summary>
    /// <remarks>
    /// The network figures are §5.1's readings, which for three paradigms differ from §5.2's
    /// (<see cref="ResourceFacts.VirtualizationNetworkModelLatencyOverhead"/>,
    /// <see cref="ResourceFacts.ParavirtualizationNetworkModelLatencyOverhead"/>,
    /// <see cref="ResourceFacts.ContainerizationNetworkModelLatencyOverhead"/>; docs/seed-consistency.md,
    /// items 27–29). The "&lt; x" figures are read as the range 0–x.
    /// </remarks>
    public ISourced? Figure { get; }

    /// <summary>
    /// Gets the IO-performance column (IO 性能) of the storage table (Res §6.1), a word: 中等 (medium),
    /// 较高 (fairly high) or 最高 (highest); null for the other tables, which have no such column.
    /// </summary>
    public Rating? IoPerformanceLevel { get; }

    /// <summary>
    /// Gets the stages of the path, from the workload to the hardware, as the path list's <c>text</c>
    /// block writes them and translated where it writes Chinese (for example <c>Guest App</c>,
    /// <c>Guest Memory</c>, <c>Hypervisor</c>, <c>Host Memory</c>, <c>Physical Memory</c>); empty where the
    /// path list has no item for the paradigm.
    /// </summary>
    public IReadOnlyList<string> Path { get; }

    /// <summary>
    /// Gets the bullets under the path, in English and in the document's order, each its bold heading, a
    /// colon and its text; a figure a bullet states is written from <see cref="PathFigures"/>. Empty where
    /// the path list has no item for the paradigm.
    /// </summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>
    /// Gets the facts of <see cref="ResourceFacts"/> the bullets state, in the order they appear (the guest
    /// OS memory, a performance loss, a latency overhead); empty where the bullets state no figure.
    /// </summary>
    public IReadOnlyList<ISourced> PathFigures { get; }

    /// <summary>Gets the citation of the entry: Res §3.1, §4.1, §5.1 or §6.1.</summary>
    public Citation Citation { get; }
}
