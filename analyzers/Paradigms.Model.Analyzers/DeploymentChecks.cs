using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Paradigms.Model.Networking;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Analyzers;

/// <summary>
/// Reports a <c>Deployment</c> that breaks a rule, on the offending argument: a NIC that cannot be
/// attached (PM0001) or belongs to another paradigm (PM0003), a channel (PM0002), a network mode
/// (PM0009), a guest (PM0007), an MTU (PM0008). It reads constructor arguments by position or name,
/// target-typed <c>new</c>, object initializers, and <c>with</c> on a freshly created deployment.
/// </summary>
internal static class DeploymentChecks
{
    /// <summary>Checks <c>new Deployment(…)</c>, its arguments and its initializer.</summary>
    public static void Creation(OperationAnalysisContext context, IObjectCreationOperation creation, ModelSymbols symbols)
    {
        var arguments = creation.Arguments;
        var paradigmArgument = Arguments.Written(arguments, "paradigm");
        var paradigm = ModelReader.Paradigm(paradigmArgument);
        var guestModifiable = Arguments.Written(arguments, "guestModifiable");
        if (paradigm is { } p)
        {
            var nic = Arguments.Written(arguments, "nic");
            if (nic is not null && ModelReader.NicKind(nic, symbols) is { } kind && RuleTable.CheckNic(p, kind) is { } finding)
            {
                var fixable = Fix(p, kind, guestModifiable, creation);
                Descriptors.Report(context, Descriptors.Create(
                    finding,
                    nic.Syntax.GetLocation(),
                    fixable == FixProperties.UseParavirtualization && paradigmArgument is not null ? new[] { paradigmArgument.Syntax.GetLocation() } : null,
                    fixable is null ? null : ImmutableDictionary<string, string?>.Empty.Add(FixProperties.Key, fixable)));
            }

            CheckChannels(context, symbols, p, Arguments.Written(arguments, "channels"));
            CheckNetworkMode(context, p, Arguments.Written(arguments, "networkMode"));
            CheckGuest(context, p, guestModifiable);
        }

        if (Arguments.Written(arguments, "mtu") is { } mtu && ConstantReader.Integer(mtu) is { } declared)
        {
            Descriptors.Report(context, RuleTable.CheckDeclaredMtu(declared), mtu);
            if (ModelReader.Stack(Arguments.Written(arguments, "encapsulation"), symbols) is { } stack)
            {
                Descriptors.Report(context, RuleTable.CheckMtuFits(declared, stack.UnderlayMtu, stack.OverheadBytes, stack.Describe), mtu);
            }
        }

        CheckInitializer(context, symbols, paradigm, creation.Initializer);
    }

    /// <summary>Checks the initializer of a <c>with</c> on a deployment, against the paradigm of the deployment created in place.</summary>
    public static void With(OperationAnalysisContext context, IWithOperation with, ModelSymbols symbols) =>
        CheckInitializer(context, symbols, FreshParadigm(with.Operand, symbols), with.Initializer);

    /// <summary>The paradigm of a deployment created in place, through any <c>with</c> on it: <c>with</c> cannot change the paradigm.</summary>
    private static Paradigm? FreshParadigm(IOperation operand, ModelSymbols symbols) =>
        ConstantReader.Unwrap(operand) switch
        {
            IWithOperation inner => FreshParadigm(inner.Operand, symbols),
            IObjectCreationOperation creation when ModelSymbols.Is(creation.Type, symbols.Deployment) =>
                ModelReader.Paradigm(Arguments.Written(creation.Arguments, "paradigm")),
            _ => null,
        };

    /// <summary>Each property set in an initializer is checked when set, as its <c>init</c> accessor does at run time.</summary>
    private static void CheckInitializer(OperationAnalysisContext context, ModelSymbols symbols, Paradigm? paradigm, IObjectOrCollectionInitializerOperation? initializer)
    {
        if (initializer is null)
        {
            return;
        }

        foreach (var member in initializer.Initializers)
        {
            if (member is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
            {
                continue;
            }

            switch (property.Property.Name)
            {
                case "Mtu" when ConstantReader.Integer(assignment.Value) is { } mtu:
                    Descriptors.Report(context, RuleTable.CheckDeclaredMtu(mtu), assignment.Value);
                    break;
                case "Channels" when paradigm is { } p:
                    CheckChannels(context, symbols, p, assignment.Value);
                    break;
                case "NetworkMode" when paradigm is { } p:
                    CheckNetworkMode(context, p, assignment.Value);
                    break;
                case "GuestModifiable" when paradigm is { } p:
                    CheckGuest(context, p, assignment.Value);
                    break;
            }
        }
    }

    private static void CheckChannels(OperationAnalysisContext context, ModelSymbols symbols, Paradigm paradigm, IOperation? channels)
    {
        if (ModelReader.Elements(channels) is not { } elements)
        {
            return;
        }

        // By index: a foreach over the list interface would allocate an enumerator for every deployment.
        for (var i = 0; i < elements.Count; i++)
        {
            if (ModelReader.ChannelKind(elements[i], symbols) is { } kind)
            {
                Descriptors.Report(context, RuleTable.CheckChannel(paradigm, kind), elements[i]);
            }
        }
    }

    private static void CheckNetworkMode(OperationAnalysisContext context, Paradigm paradigm, IOperation? mode)
    {
        if (ModelReader.Defined<NetworkMode>(ConstantReader.EnumMember(mode)) is { } m)
        {
            Descriptors.Report(context, RuleTable.CheckNetworkMode(paradigm, m), mode!);
        }
    }

    private static void CheckGuest(OperationAnalysisContext context, Paradigm paradigm, IOperation? guestModifiable)
    {
        if (ConstantReader.Boolean(guestModifiable) is { } modifiable)
        {
            Descriptors.Report(context, RuleTable.CheckGuest(paradigm, modifiable), guestModifiable!);
        }
    }

    /// <summary>
    /// The one obvious fix of a NIC finding, or null: on a sandbox, the WASI socket; a paravirtual NIC
    /// under full virtualization, paravirtualization, unless the guest is declared unmodifiable or
    /// may be, in the arguments, the initializer or a <c>with</c> on the new deployment (PM0007 would follow).
    /// </summary>
    private static string? Fix(Paradigm paradigm, NicKind nic, IOperation? guestModifiable, IObjectCreationOperation creation)
    {
        if (paradigm == Paradigm.Sandboxing)
        {
            return FixProperties.UseWasiSocket;
        }

        var guestMayBeUnmodifiable = (guestModifiable is not null && !ConstantReader.IsNull(guestModifiable) && ConstantReader.Boolean(guestModifiable) != true)
            || SetsGuest(creation.Initializer);
        for (var parent = creation.Parent; parent is IWithOperation or IConversionOperation; parent = parent.Parent)
        {
            guestMayBeUnmodifiable |= parent is IWithOperation with && SetsGuest(with.Initializer);
        }

        return paradigm == Paradigm.Virtualization && nic is NicKind.VirtioNet or NicKind.XenPvNet && !guestMayBeUnmodifiable
            ? FixProperties.UseParavirtualization
            : null;
    }

    private static bool SetsGuest(IObjectOrCollectionInitializerOperation? initializer)
    {
        foreach (var member in initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
        {
            if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "GuestModifiable" } })
            {
                return true;
            }
        }

        return false;
    }
}
