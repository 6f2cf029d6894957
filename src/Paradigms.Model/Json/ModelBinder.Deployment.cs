using Paradigms.Model.Networking;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Json;

/// <summary>
/// A deployment: <c>{ "paradigm": "Sandboxing", "nic": { "kind": "WasiSocket" }, "networkMode": "SharedHostStack" }</c>,
/// with an optional <c>"name"</c> when it is an entry of a model file.
/// </summary>
internal sealed partial class ModelBinder
{
    private static readonly string[] DeploymentProperties =
    [
        JsonNames.Paradigm, JsonNames.Nic, JsonNames.Channels, JsonNames.NetworkMode, JsonNames.Uplink,
        JsonNames.Mtu, JsonNames.Encapsulation, JsonNames.GuestModifiable,
    ];

    private static readonly string[] NamedDeploymentProperties = [JsonNames.Name, .. DeploymentProperties];

    /// <summary>Reads a deployment of a model file, with its optional name.</summary>
    /// <param name="value">The entry's value.</param>
    /// <param name="property">What holds it, for messages.</param>
    /// <returns>The entry, or null when it has an error.</returns>
    public NamedDeployment? NamedDeployment(LocatedJson value, string property)
    {
        if (Object(value, property, "the deployment", NamedDeploymentProperties) is not { } entry)
        {
            return null;
        }

        var errors = _bag.ErrorCount;
        var nameValue = entry.Get(JsonNames.Name);
        var name = Text(nameValue, JsonNames.Name, "the deployment's name as a string");
        if (name is not null && string.IsNullOrWhiteSpace(name))
        {
            Invalid(nameValue!, JsonNames.Name, "a name that is not blank; leave the property out for no name");
        }

        var deployment = Deployment(entry);
        return deployment is not null && _bag.ErrorCount == errors ? new NamedDeployment(deployment, name) : null;
    }

    /// <summary>Reads a deployment on its own, without a name.</summary>
    /// <param name="value">The deployment's value.</param>
    /// <param name="property">What holds it, for messages, or null for the whole input.</param>
    /// <returns>The deployment, or null when it has an error.</returns>
    public Deployment? Deployment(LocatedJson? value, string? property) =>
        Object(value, property, "the deployment", DeploymentProperties) is { } deployment ? Deployment(deployment) : null;

    /// <summary>
    /// Reads and checks a deployment as <see cref="ModelValidator"/> checks one: the NIC, each channel, the
    /// network mode and the guest under the paradigm (when the paradigm was read), the uplink's link, and the
    /// MTU alone and against the encapsulation stack.
    /// </summary>
    private Deployment? Deployment(ObjectReader deployment)
    {
        var errors = _bag.ErrorCount;
        var paradigmValue = deployment.Require(JsonNames.Paradigm, "one of " + string.Join(", ", System.Enum.GetNames<Paradigm>()));
        var paradigm = Enum<Paradigm>(paradigmValue, JsonNames.Paradigm);
        var nic = Nic(deployment.Require(JsonNames.Nic, "the NIC as an object, such as { \"kind\": \"Veth\" }"), JsonNames.Nic, paradigm);
        var channels = Channels(deployment.Get(JsonNames.Channels), paradigm);

        var modeValue = deployment.Get(JsonNames.NetworkMode);
        var mode = Enum<NetworkMode>(modeValue, JsonNames.NetworkMode);
        if (paradigm is { } p && mode is { } m)
        {
            _bag.Rule(RuleTable.CheckNetworkMode(p, m), modeValue!);
        }

        var guestValue = deployment.Get(JsonNames.GuestModifiable);
        var guest = Boolean(guestValue, JsonNames.GuestModifiable);
        if (paradigm is { } onParadigm && guest is { } modifiable)
        {
            _bag.Rule(RuleTable.CheckGuest(onParadigm, modifiable), guestValue!);
        }

        var uplink = Uplink(deployment.Get(JsonNames.Uplink), JsonNames.Uplink);
        var encapsulation = Encapsulation(deployment.Get(JsonNames.Encapsulation), JsonNames.Encapsulation);
        var mtu = Mtu(deployment.Get(JsonNames.Mtu), encapsulation);

        return _bag.ErrorCount == errors && paradigm is { } valid && nic is not null && channels is not null
            ? new Deployment(valid, nic, channels, mode, uplink, mtu, encapsulation, guest)
            : null;
    }

    /// <summary>Reads and checks a declared MTU (PM0008): alone, and against the stack when the stack was read without error.</summary>
    private int? Mtu(LocatedJson? value, EncapsulationStack? encapsulation)
    {
        if (Integer(value, JsonNames.Mtu, "an integer number of bytes, such as 1450") is not { } mtu)
        {
            return null;
        }

        _bag.Rule(RuleTable.CheckDeclaredMtu(mtu), value!);
        if (encapsulation is not null)
        {
            _bag.Rule(RuleTable.CheckMtuFits(mtu, encapsulation.UnderlayMtu, encapsulation.OverheadBytes, encapsulation.ToString), value!);
        }

        return Int32(mtu, value, JsonNames.Mtu);
    }
}
