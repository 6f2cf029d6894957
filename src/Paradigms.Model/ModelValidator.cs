using System;
using System.Collections.Generic;
using System.Linq;
using Paradigms.Model.Networking;
using Paradigms.Model.Rules;

namespace Paradigms.Model;

/// <summary>
/// Runs the rule table over a model and returns every finding at once (errors, warnings and
/// infos), without throwing. The constructors of the model run the same checks and throw
/// <see cref="InvalidModelException"/> on errors; the analyzer runs them at compile time.
/// </summary>
public static class ModelValidator
{
    /// <summary>Returns every finding for a deployment (a deployment that exists has no errors, but may have warnings).</summary>
    /// <param name="deployment">The deployment.</param>
    /// <returns>The findings, in the order the model is checked: NIC, channels, network mode, guest, uplink, MTU.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="deployment"/> is null.</exception>
    public static IReadOnlyList<ModelDiagnostic> Validate(Deployment deployment)
    {
        Preconditions.NotNull(deployment, nameof(deployment));
        return Validate(
            deployment.Paradigm,
            deployment.Nic,
            deployment.Channels,
            deployment.NetworkMode,
            deployment.Uplink,
            deployment.Mtu,
            deployment.Encapsulation,
            deployment.GuestModifiable);
    }

    /// <summary>Returns every finding for the parts of a deployment that may not form a valid one, such as a model read from a file.</summary>
    /// <param name="paradigm">The paradigm.</param>
    /// <param name="nic">The NIC.</param>
    /// <param name="channels">The logical channels, or null for none.</param>
    /// <param name="networkMode">The network mode, or null when not declared.</param>
    /// <param name="uplink">The uplink physical NIC, or null when not declared.</param>
    /// <param name="mtu">The declared MTU in bytes, or null when not declared.</param>
    /// <param name="encapsulation">The encapsulation stack, or null when not declared.</param>
    /// <param name="guestModifiable">Whether the guest OS can be modified, or null when not declared.</param>
    /// <returns>The findings, in the order the model is checked: NIC, channels, network mode, guest, uplink, MTU.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="paradigm"/> or <paramref name="networkMode"/> is not defined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="nic"/> or a channel is null.</exception>
    public static IReadOnlyList<ModelDiagnostic> Validate(
        Paradigm paradigm,
        Nic nic,
        IEnumerable<LogicalChannel>? channels = null,
        NetworkMode? networkMode = null,
        PhysicalNic? uplink = null,
        int? mtu = null,
        EncapsulationStack? encapsulation = null,
        bool? guestModifiable = null)
    {
        Preconditions.Defined(paradigm, nameof(paradigm));
        Preconditions.NotNull(nic, nameof(nic));
        var diagnostics = new List<ModelDiagnostic>();
        if (RuleTable.CheckNic(paradigm, nic.Kind) is { } nicFinding)
        {
            diagnostics.Add(ModelDiagnostic.From(nicFinding, nameof(Deployment.Nic)));
        }

        diagnostics.AddRange(ValidateChannels(paradigm, channels ?? []));
        diagnostics.AddRange(ValidateNetworkMode(paradigm, networkMode));
        diagnostics.AddRange(ValidateGuest(paradigm, guestModifiable));
        if (uplink is not null)
        {
            diagnostics.AddRange(uplink.Findings().Select(f => ModelDiagnostic.From(f, nameof(Deployment.Uplink))));
        }

        diagnostics.AddRange(ValidateMtu(mtu, encapsulation));
        return diagnostics;
    }

    /// <summary>Returns the findings for a physical NIC's link: a NIC that exists has no errors, but may have warnings (PM0005 reach, PM0006 shared medium).</summary>
    /// <param name="nic">The physical NIC.</param>
    /// <returns>The findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nic"/> is null.</exception>
    public static IReadOnlyList<ModelDiagnostic> Validate(PhysicalNic nic)
    {
        Preconditions.NotNull(nic, nameof(nic));
        return nic.Findings().Select(f => ModelDiagnostic.From(f, nameof(PhysicalNic))).ToList();
    }

    /// <summary>The findings for each channel under the paradigm.</summary>
    internal static IEnumerable<ModelDiagnostic> ValidateChannels(Paradigm paradigm, IEnumerable<LogicalChannel> channels)
    {
        var index = 0;
        foreach (var channel in channels)
        {
            var member = $"{nameof(Deployment.Channels)}[{index++}]";
            Preconditions.NotNull(channel, member);
            if (RuleTable.CheckChannel(paradigm, channel.Kind) is { } finding)
            {
                yield return ModelDiagnostic.From(finding, member);
            }
        }
    }

    /// <summary>The finding for a network mode under the paradigm, if any.</summary>
    internal static IEnumerable<ModelDiagnostic> ValidateNetworkMode(Paradigm paradigm, NetworkMode? mode)
    {
        if (mode is { } m && RuleTable.CheckNetworkMode(paradigm, Preconditions.Defined(m, "networkMode")) is { } finding)
        {
            yield return ModelDiagnostic.From(finding, nameof(Deployment.NetworkMode));
        }
    }

    /// <summary>The finding for a guest under the paradigm, if any.</summary>
    internal static IEnumerable<ModelDiagnostic> ValidateGuest(Paradigm paradigm, bool? guestModifiable)
    {
        if (guestModifiable is { } modifiable && RuleTable.CheckGuest(paradigm, modifiable) is { } finding)
        {
            yield return ModelDiagnostic.From(finding, nameof(Deployment.GuestModifiable));
        }
    }

    /// <summary>The findings for a declared MTU, alone and against the encapsulation stack.</summary>
    internal static IEnumerable<ModelDiagnostic> ValidateMtu(int? mtu, EncapsulationStack? encapsulation)
    {
        if (mtu is not { } declared)
        {
            yield break;
        }

        if (RuleTable.CheckDeclaredMtu(declared) is { } finding)
        {
            yield return ModelDiagnostic.From(finding, nameof(Deployment.Mtu));
        }

        if (encapsulation is not null
            && RuleTable.CheckMtuFits(declared, encapsulation.UnderlayMtu, encapsulation.OverheadBytes, encapsulation.ToString) is { } doesNotFit)
        {
            yield return ModelDiagnostic.From(doesNotFit, nameof(Deployment.Mtu));
        }
    }

    /// <summary>Throws <see cref="InvalidModelException"/> when any of <paramref name="diagnostics"/> is an error.</summary>
    internal static void ThrowIfErrors(IEnumerable<ModelDiagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == RuleSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidModelException(errors);
        }
    }

    /// <summary>Throws <see cref="InvalidModelException"/> when <paramref name="finding"/> is an error about <paramref name="member"/>.</summary>
    internal static void ThrowIfError(RuleFinding? finding, string member)
    {
        if (finding is not null)
        {
            ThrowIfErrors([ModelDiagnostic.From(finding, member)]);
        }
    }

    /// <summary>Throws <see cref="InvalidModelException"/> for the errors among <paramref name="findings"/>.</summary>
    internal static void ThrowIfErrors(IEnumerable<RuleFinding> findings, string member) =>
        ThrowIfErrors(findings.Select(f => ModelDiagnostic.From(f, member)));
}
