using Paradigms.Model.Quantities;

namespace Paradigms.Model.Resources;

/// <summary>
/// The memory of a Wasm sandbox, term by term: <c>M_Wasm = M_wasm_module + M_runtime + M_memory</c> (Res §3.2 (sandbox memory model)).
/// Made by <see cref="MemoryModel.Sandboxing"/>.
/// </summary>
/// <remarks><c>default</c> is all zeros. Immutable.</remarks>
public readonly record struct SandboxingMemory
{
    internal SandboxingMemory(Information module, Information runtime, WasmLinearMemory linearMemory)
    {
        Module = module;
        Runtime = runtime;
        LinearMemory = linearMemory;
        Total = EquationInput.MemoryTotal(module.Bytes + runtime.Bytes + linearMemory.Size.Bytes);
    }

    /// <summary>Gets the compiled Wasm module's memory, M_wasm_module.</summary>
    public Information Module { get; }

    /// <summary>Gets the Wasm runtime's memory, M_runtime.</summary>
    public Information Runtime { get; }

    /// <summary>Gets the module's linear memory, in whole 64 KiB pages, M_memory.</summary>
    public WasmLinearMemory LinearMemory { get; }

    /// <summary>Gets everything but the workload, <c>M_wasm_module + M_runtime</c>: what the paradigm costs on top.</summary>
    public Information Overhead => Module + Runtime;

    /// <summary>Gets the whole footprint, <c>M_wasm_module + M_runtime + M_memory</c>.</summary>
    public Information Total { get; }
}
