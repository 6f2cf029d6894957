using System;
using System.Globalization;
using Paradigms.Model.Facts;
using Paradigms.Model.Quantities;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Resources;

/// <summary>
/// A Wasm module's linear memory, M_memory of Res §3.2 (sandbox memory model), counted as the
/// WebAssembly core specification counts it: in whole pages of 64 KiB
/// (<see cref="StandardFacts.WasmPageBytes"/>), at most 65,536 pages, 4 GiB, under wasm32
/// (<see cref="StandardFacts.MaximumWasm32Pages"/>).
/// </summary>
/// <remarks>
/// A size that is not a whole number of pages is never truncated: <see cref="Covering(Information)"/>
/// takes the fewest pages that hold it, as a runtime growing memory must. The document's
/// "默认 64KB" is one page; its standard example's "Memory (1MB)" is 16 pages (1 MiB), whether MB
/// is read as 1,000,000 or 1,048,576 bytes. <c>default</c> is zero pages. Immutable.
/// </remarks>
public readonly record struct WasmLinearMemory
{
    private WasmLinearMemory(int pages) => Pages = pages;

    /// <summary>Gets the largest linear memory a wasm32 module can have: 65,536 pages, 4 GiB.</summary>
    public static WasmLinearMemory Maximum { get; } = new(ProtocolLimits.MaximumWasm32Pages);

    /// <summary>Gets the number of 64 KiB pages, 0 to 65,536.</summary>
    public int Pages { get; }

    /// <summary>Gets the size, <see cref="Pages"/> × 64 KiB.</summary>
    public Information Size => new((double)Pages * ProtocolLimits.WasmPageBytes); // 0 to 4 GiB, always a valid size

    /// <summary>Creates a linear memory of a number of pages.</summary>
    /// <param name="pages">The number of 64 KiB pages, 0 to 65,536.</param>
    /// <returns>The linear memory.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pages"/> is negative or above 65,536.</exception>
    public static WasmLinearMemory FromPages(int pages)
    {
        if (RuleTable.CheckWasm32Pages(nameof(pages), pages) is { } finding)
        {
            Preconditions.Refuse(nameof(pages), pages, finding);
        }

        return new(pages);
    }

    /// <summary>Creates the smallest linear memory that holds <paramref name="size"/>: its size rounded up to whole 64 KiB pages.</summary>
    /// <param name="size">The memory needed, at most 4 GiB.</param>
    /// <returns>The linear memory.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is above 4 GiB, the wasm32 limit.</exception>
    public static WasmLinearMemory Covering(Information size)
    {
        if (RuleTable.CheckWasm32Memory(nameof(size), size.Bytes) is { } finding)
        {
            Preconditions.Refuse(nameof(size), size, finding);
        }

        return new((int)Math.Ceiling(size.Bytes / ProtocolLimits.WasmPageBytes));
    }

    /// <summary>Formats the memory as its pages and its size, for example <c>16 pages (1 MiB)</c>.</summary>
    /// <returns>The text, in the invariant culture.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Pages} pages ({Size.ToString("MiB", CultureInfo.InvariantCulture)})");
}
