using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Paradigms.Model.Networking;

namespace Paradigms.Model.Testing;

/// <summary>The invalid deployments of the compatibility rules: PM0001, PM0002, PM0003, PM0007 and PM0009.</summary>
public static partial class InvalidModels
{
    /// <summary>PM0001 (error): a valid deployment with a NIC its paradigm cannot attach, such as SR-IOV on a Wasm sandbox.</summary>
    private static Gen<InvalidModel> NicNotAttachable() =>
        from pair in Gen.Elements(Pairs(Compatibility.NotAttachable))
        from nic in ValidParts.Nic(pair.Value)
        from deployment in ValidParts.DeploymentUnder(pair.Paradigm)
        select Error("PM0001", deployment with { Nic = nic });

    /// <summary>PM0002 (error): a valid deployment that also terminates a channel its paradigm cannot, such as a VLAN in a Wasm sandbox.</summary>
    private static Gen<InvalidModel> ChannelNotAvailable() =>
        from pair in Gen.Elements(Pairs(Compatibility.NotTerminable))
        from channel in ValidParts.Channel(pair.Value)
        from deployment in ValidParts.DeploymentUnder(pair.Paradigm)
        from position in Gen.Choose(0, deployment.Channels.Length)
        select Error("PM0002", deployment with { Channels = deployment.Channels.Insert(position, channel) });

    /// <summary>PM0003 (warning): a valid deployment with a NIC of another paradigm's I/O path, such as VirtIO-net under full virtualization.</summary>
    private static Gen<InvalidModel> NicFromAnotherParadigm() =>
        from pair in Gen.Elements(Pairs(Compatibility.FromAnotherParadigm))
        from deployment in ValidParts.DeploymentUnder(pair.Paradigm)
        select Warning("PM0003", deployment with { Nic = new NicParts(pair.Value) });

    /// <summary>PM0007 (error): a valid paravirtualized deployment whose guest cannot be modified.</summary>
    private static Gen<InvalidModel> GuestNotModifiable() =>
        from deployment in ValidParts.DeploymentUnder(Paradigm.Paravirtualization)
        select Error("PM0007", deployment with { GuestModifiable = false });

    /// <summary>PM0009 (error): a valid deployment with a network mode its paradigm cannot have, such as NAT for a Wasm sandbox.</summary>
    private static Gen<InvalidModel> NetworkModeNotAvailable() =>
        from pair in Gen.Elements(Pairs(Compatibility.NotAvailable))
        from deployment in ValidParts.DeploymentUnder(pair.Paradigm)
        select Error("PM0009", deployment with { NetworkMode = pair.Value });

    /// <summary>The paradigms under which a valid deployment attaches <paramref name="kind"/>.</summary>
    private static Paradigm[] Attaching(NicKind kind) =>
        [.. System.Enum.GetValues<Paradigm>().Where(paradigm => Compatibility.Attachable(paradigm).Contains(kind))];

    /// <summary>The paradigms under which a valid deployment terminates <paramref name="kind"/>.</summary>
    private static Paradigm[] Terminating(LogicalChannelKind kind) =>
        [.. System.Enum.GetValues<Paradigm>().Where(paradigm => Compatibility.Terminable(paradigm).Contains(kind))];
}
