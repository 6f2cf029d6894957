namespace Paradigms.Model.Networking;

/// <summary>
/// How strongly a NIC or paradigm isolates one workload's network from another's: the documents'
/// 应用级, 进程级, 内核级, 硬件级 and 物理隔离 (Net §05.4.1, §10.4).
/// </summary>
/// <remarks>The values start at 1 so that <c>default</c> is refused, and grow with strength: compare them with <c>&lt;</c> and <c>&gt;</c>.</remarks>
public enum IsolationStrength
{
    /// <summary>Application-level (应用级隔离): permissions checked by a runtime inside one process (WASI).</summary>
    Application = 1,

    /// <summary>Process-level (进程级隔离): kernel namespaces around processes of one shared kernel.</summary>
    Process = 2,

    /// <summary>Kernel-level (内核级隔离): separate guest kernels that cooperate with the hypervisor (paravirtualization).</summary>
    Kernel = 3,

    /// <summary>Hardware-level (硬件级隔离): separate guest kernels on emulated or virtualized hardware.</summary>
    Hardware = 4,

    /// <summary>Physical (物理隔离): separate hardware.</summary>
    Physical = 5,
}
