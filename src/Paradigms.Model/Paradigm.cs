namespace Paradigms.Model;

/// <summary>The four isolation paradigms the documents compare (Net §01, Res §1).</summary>
/// <remarks>
/// The values start at 1 so that <c>default(Paradigm)</c> is not a paradigm and is refused
/// where a model is built. This file is linked into the analyzer, which reads the same values.
/// </remarks>
#if PARADIGMS_ANALYZER
internal
#else
public
#endif
enum Paradigm
{
    /// <summary>Full virtualization (虚拟化): an unmodified guest OS on emulated hardware under a hypervisor.</summary>
    Virtualization = 1,

    /// <summary>Paravirtualization (半虚拟化): a modified guest OS that cooperates with the hypervisor through hypercalls and VirtIO.</summary>
    Paravirtualization = 2,

    /// <summary>Containerization (容器化): processes in namespaces and cgroups sharing the host kernel.</summary>
    Containerization = 3,

    /// <summary>Sandboxing (沙盒化): WebAssembly modules in a runtime, reaching the host only through WASI capabilities.</summary>
    Sandboxing = 4,
}
