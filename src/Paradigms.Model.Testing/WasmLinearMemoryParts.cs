using System.Collections.Generic;
using Paradigms.Model.Resources;

namespace Paradigms.Model.Testing;

/// <summary>The value <see cref="WasmLinearMemory.FromPages"/> takes: a number of 64 KiB pages.</summary>
/// <param name="Pages">The number of pages; 0 to 65,536 under wasm32, anything else breaks PM0011.</param>
public sealed record WasmLinearMemoryParts(int Pages) : ModelParts
{
    /// <summary>The parts of an existing linear memory.</summary>
    /// <param name="memory">The linear memory.</param>
    /// <returns>The parts, which build an equal memory.</returns>
    public static WasmLinearMemoryParts From(WasmLinearMemory memory) => new(memory.Pages);

    /// <summary>Builds the linear memory.</summary>
    /// <returns>The linear memory.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">PM0011: the pages are negative or more than 65,536.</exception>
    public WasmLinearMemory Build() => WasmLinearMemory.FromPages(Pages);

    /// <inheritdoc/>
    public override IReadOnlyList<ModelDiagnostic> Validate() => RuntimeFindings.Of(() => Build());

    /// <inheritdoc/>
    public override string ToCSharp() => $"WasmLinearMemory.FromPages({CSharp.Integer(Pages)})";

    /// <inheritdoc/>
    internal override IEnumerable<ModelParts> Shrink()
    {
        foreach (var pages in Shrinks.Toward(Pages, 0))
        {
            yield return new WasmLinearMemoryParts(pages);
        }
    }
}
