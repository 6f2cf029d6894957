namespace Paradigms.Model.Decisions;

/// <summary>
/// The memory-sharing column (内存共享) of the memory decision table of Res §3.3: how much memory a
/// recommended paradigm shares. Only that table has this column.
/// </summary>
/// <remarks>The values start at 1 so that <c>default</c> is refused.</remarks>
public enum MemorySharing
{
    /// <summary>No memory is shared (无): full virtualization (Res §3.3; §3.1: 无（完全隔离）).</summary>
    None = 1,

    /// <summary>Some memory is shared (部分共享): containerization, which shares kernel memory and the file system (Res §3.3, §3.1).</summary>
    Partial = 2,

    /// <summary>Memory is shared (共享): the Wasm sandbox, which shares host memory (Res §3.3; §3.1: 共享主机内存).</summary>
    Shared = 3,
}
