using System.Collections.Generic;

namespace Paradigms.Model.Networking;

/// <summary>One network interface of a site's physical channel tree (Net §04.1.2): its name, the medium families it uses, and whether it is a backup.</summary>
/// <remarks>Immutable; part of a <see cref="SiteChannelProfile"/>.</remarks>
public sealed record SiteInterface
{
    internal SiteInterface(string name, IReadOnlyList<MediumFamily> media, bool backup = false)
    {
        Name = name;
        Media = media;
        Backup = backup;
    }

    /// <summary>Gets the interface as the document names it: <c>Ethernet</c>, <c>WiFi</c>, <c>4G/5G</c>.</summary>
    public string Name { get; }

    /// <summary>
    /// Gets the medium families the interface uses. Ethernet is twisted pair or fiber, as the data-centre
    /// branch says (以太网接口（双绞线、光纤）); the edge's backup Ethernet is read the same way.
    /// </summary>
    public IReadOnlyList<MediumFamily> Media { get; }

    /// <summary>Gets whether the document marks the interface as a backup (备用): the edge's Ethernet.</summary>
    public bool Backup { get; }
}
