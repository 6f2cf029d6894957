using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Analyzers;

/// <summary>
/// Reports a constant outside its protocol's range (PM0004) where it enters a factory: a VLAN id
/// (<c>Nic.VlanInterface</c>, <c>LogicalChannel.Vlan</c>), a VXLAN VNI, an SR-IOV virtual function's
/// count and index, Geneve option bytes; and an encapsulation stack whose underlay, or what it leaves,
/// is below the IPv4 minimum MTU (PM0008).
/// </summary>
internal static class ProtocolValueChecks
{
    /// <summary>Checks a static factory call of <c>Nic</c>, <c>LogicalChannel</c> or <c>Encapsulation</c>.</summary>
    public static void Factory(OperationAnalysisContext context, IInvocationOperation call, ModelSymbols symbols)
    {
        var method = call.TargetMethod;
        var type = method.ContainingType;
        var arguments = call.Arguments;
        if (ModelSymbols.Is(type, symbols.Nic))
        {
            switch (method.Name)
            {
                case "VlanInterface":
                    CheckValue(context, arguments, "vlanId", RuleTable.CheckVlanId);
                    break;
                case "SrIov":
                    CheckVirtualFunction(context, arguments);
                    break;
            }
        }
        else if (ModelSymbols.Is(type, symbols.LogicalChannel))
        {
            switch (method.Name)
            {
                case "Vlan":
                    CheckValue(context, arguments, "vlanId", RuleTable.CheckVlanId);
                    break;
                case "Vxlan":
                    CheckValue(context, arguments, "vni", RuleTable.CheckVxlanNetworkIdentifier);
                    break;
            }
        }
        else if (ModelSymbols.Is(type, symbols.Encapsulation) && method.Name is "GeneveOverIpv4" or "GeneveOverIpv6")
        {
            CheckValue(context, arguments, "optionBytes", RuleTable.CheckGeneveOptionBytes);
        }
    }

    /// <summary>The count is checked first; an index is checked against the count, or against 65,535 when the count is not given.</summary>
    private static void CheckVirtualFunction(OperationAnalysisContext context, ImmutableArray<IArgumentOperation> arguments)
    {
        var countArgument = Arguments.Written(arguments, "virtualFunctionCount");
        long? count = ProtocolLimits.MaximumVirtualFunctionCount;
        if (countArgument is not null && !ConstantReader.IsNull(countArgument))
        {
            count = ConstantReader.Integer(countArgument);
            if (count is { } c && RuleTable.CheckVirtualFunctionCount(c) is { } finding)
            {
                Descriptors.Report(context, Descriptors.Create(finding, countArgument.Syntax.GetLocation()));
                return;
            }
        }

        var indexArgument = Arguments.Written(arguments, "virtualFunctionIndex");
        if (count is { } total && ConstantReader.Integer(indexArgument) is { } index && RuleTable.CheckVirtualFunctionIndex(index, total) is { } outside)
        {
            Descriptors.Report(context, Descriptors.Create(outside, indexArgument!.Syntax.GetLocation()));
        }
    }

    /// <summary>Checks <c>new EncapsulationStack(…)</c>: its underlay, and what its layers leave of it.</summary>
    public static void Stack(OperationAnalysisContext context, IObjectCreationOperation creation, ModelSymbols symbols)
    {
        var underlayArgument = Arguments.Written(creation.Arguments, "underlayMtu");
        if (ConstantReader.Integer(underlayArgument) is { } underlay && RuleTable.CheckUnderlayMtu(underlay) is { } tooSmall)
        {
            Descriptors.Report(context, Descriptors.Create(tooSmall, underlayArgument!.Syntax.GetLocation()));
            return;
        }

        if (ModelReader.Stack(creation, symbols) is { } stack && RuleTable.CheckInnerMtu(stack.Describe, stack.UnderlayMtu - stack.OverheadBytes) is { } nothingLeft)
        {
            Descriptors.Report(context, Descriptors.Create(nothingLeft, creation.Syntax.GetLocation()));
        }
    }

    private static void CheckValue(OperationAnalysisContext context, ImmutableArray<IArgumentOperation> arguments, string parameter, System.Func<long, RuleFinding?> check)
    {
        var value = Arguments.Written(arguments, parameter);
        if (ConstantReader.Integer(value) is { } constant && check(constant) is { } finding)
        {
            Descriptors.Report(context, Descriptors.Create(finding, value!.Syntax.GetLocation()));
        }
    }
}
