using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.Contracts;

namespace Paradigms.Model.Resources;

/// <summary>
/// The comparison sections of the memory, IO, network and storage chapters of the resource document
/// (Res §3.1, §4.1, §5.1, §6.1): each section's table (模型对比) and path list (路径对比), one
/// <see cref="ResourcePath"/> per paradigm that the table or the path list names.
/// </summary>
/// <remarks>
/// <para>
/// Fifteen entries: four for memory, four for IO (paravirtualization from the path list alone), four
/// for network (paravirtualization from the table alone) and three for storage, which names no
/// paravirtualization anywhere in §6 (docs/seed-consistency.md, item 40). Nothing is filled in from
/// another section: <see cref="Find"/> returns null for storage under paravirtualization, though §7
/// gives it a storage loss (<see cref="Facts.ResourceFacts.ParavirtualizationStoragePerformanceLoss"/>).
/// </para>
/// <para>
/// CPU is not in this catalog: its section, Res §2.1, is <see cref="CpuModel.Profiles"/>, whose
/// columns (scheduling model, context-switch cost, utilization, overhead sources) are not these. Asking
/// this catalog for <see cref="Resource.Cpu"/> throws rather than answer empty, so that no caller reads
/// "no entry" as "the document says nothing".
/// </para>
/// <para>Every entry is immutable and carries its citation; the class is safe to use from any thread.</para>
/// </remarks>
public static partial class ResourcePathCatalog
{
    private const string AllowedResources = "Memory, Io, Network, Storage (CPU, Res §2.1, is CpuModel.Profiles)";

    private static readonly ReadOnlyCollection<ResourcePath> MemoryEntries = Array.AsReadOnly(MemoryPaths());
    private static readonly ReadOnlyCollection<ResourcePath> IoEntries = Array.AsReadOnly(IoPaths());
    private static readonly ReadOnlyCollection<ResourcePath> NetworkEntries = Array.AsReadOnly(NetworkPaths());
    private static readonly ReadOnlyCollection<ResourcePath> StorageEntries = Array.AsReadOnly(StoragePaths());

    /// <summary>
    /// Gets every entry: memory (Res §3.1), IO (§4.1), network (§5.1), then storage (§6.1), each in the
    /// order of <see cref="Paradigm"/>. Fifteen entries; no CPU entry (see <see cref="CpuModel.Profiles"/>).
    /// </summary>
    public static IReadOnlyList<ResourcePath> All { get; } =
        Array.AsReadOnly([.. MemoryEntries, .. IoEntries, .. NetworkEntries, .. StorageEntries]);

    /// <summary>The entries of one resource's comparison section, in the order of <see cref="Paradigm"/>.</summary>
    /// <param name="resource">The resource: <see cref="Resource.Memory"/>, <see cref="Resource.Io"/>, <see cref="Resource.Network"/> or <see cref="Resource.Storage"/>.</param>
    /// <returns>
    /// Four entries for memory, IO and network, three for storage (no paravirtualization). An IO or
    /// network entry may come from the table alone or from the path list alone (<see cref="ResourcePath.InTable"/>,
    /// <see cref="ResourcePath.InPathList"/>).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="resource"/> is <see cref="Resource.Cpu"/> (whose section is <see cref="CpuModel.Profiles"/>) or not defined.
    /// </exception>
    [Pure]
    public static IReadOnlyList<ResourcePath> For(Resource resource) => resource switch
    {
        Resource.Memory => MemoryEntries,
        Resource.Io => IoEntries,
        Resource.Network => NetworkEntries,
        Resource.Storage => StorageEntries,
        _ => throw Preconditions.OutOfRange(nameof(resource), resource, AllowedResources),
    };

    /// <summary>The entry of one paradigm in one resource's comparison section.</summary>
    /// <param name="resource">The resource: <see cref="Resource.Memory"/>, <see cref="Resource.Io"/>, <see cref="Resource.Network"/> or <see cref="Resource.Storage"/>.</param>
    /// <param name="paradigm">The paradigm.</param>
    /// <returns>
    /// The entry, or null where neither the section's table nor its path list names the paradigm: only
    /// storage under paravirtualization (Res §6.1).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="resource"/> is <see cref="Resource.Cpu"/> or not defined, or <paramref name="paradigm"/> is not defined.
    /// </exception>
    [Pure]
    public static ResourcePath? Find(Resource resource, Paradigm paradigm)
    {
        var entries = For(resource);
        Preconditions.Defined(paradigm, nameof(paradigm));
        foreach (var entry in entries)
        {
            if (entry.Paradigm == paradigm)
            {
                return entry;
            }
        }

        return null;
    }
}
