namespace Paradigms.Model.Resources;

/// <summary>The kinds of guest OS whose memory Res §3.2 (virtualization memory model) gives.</summary>
/// <remarks>The values start at 1 so that <c>default</c> is refused.</remarks>
public enum GuestOsKind
{
    /// <summary>A minimal Linux distribution (最小化 Linux 发行版): 256–512 MB.</summary>
    MinimalLinux = 1,

    /// <summary>A standard Linux distribution (标准 Linux 发行版): 512 MB–2 GB.</summary>
    StandardLinux = 2,

    /// <summary>Windows (Windows 系统): 2–4 GB.</summary>
    Windows = 3,
}
