using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Paradigms.Model.Networking;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Analyzers;

/// <summary>
/// Reports a <c>PhysicalNic</c> whose link breaks a rule, on the offending argument: an interface
/// that cannot take its medium, a rate the medium or interface cannot carry, a cable longer than its
/// standard's reach (PM0005); half duplex at 10 Gbit/s or full duplex on a shared medium (PM0006).
/// The rate and length are read from the quantity factories: <c>BitRate.FromGigabitsPerSecond(10)</c>.
/// </summary>
internal static class PhysicalNicChecks
{
    /// <summary>Checks <c>new PhysicalNic(…)</c>: its interface, medium, rate, cable length, duplex and topology.</summary>
    public static void Creation(OperationAnalysisContext context, IObjectCreationOperation creation, ModelSymbols symbols)
    {
        var arguments = creation.Arguments;
        var speedArgument = Arguments.Written(arguments, "speed");
        var duplexArgument = Arguments.Written(arguments, "duplex");
        var mediumArgument = Arguments.Written(arguments, "medium");
        var lengthArgument = Arguments.Written(arguments, "cableLength");
        var topologyArgument = Arguments.Written(arguments, "topology");

        var bitsPerSecond = ConstantReader.Quantity(speedArgument, symbols.BitRate, QuantityFactors.BitsPerSecond);
        var interfaceType = Optional<InterfaceType>(Arguments.Value(arguments, "interfaceType"), out _);
        var medium = Optional<PhysicalMedium>(Arguments.Value(arguments, "medium"), out var mediumKnown);
        var duplex = ModelReader.Defined<DuplexMode>(ConstantReader.EnumMember(Arguments.Value(arguments, "duplex")));
        var topology = ModelReader.Defined<PhysicalTopology>(ConstantReader.EnumMember(Arguments.Value(arguments, "topology")));
        var meters = ConstantReader.Quantity(lengthArgument, symbols.Length, QuantityFactors.Meters);

        if (interfaceType is { } i && medium is { } m)
        {
            Descriptors.Report(context, RuleTable.CheckInterfaceMedium(i, m), mediumArgument ?? creation);
        }

        if (bitsPerSecond is { } rate)
        {
            if (medium is { } cable)
            {
                Descriptors.Report(context, RuleTable.CheckMediumRate(cable, rate), speedArgument ?? creation);
                if (meters is { } length)
                {
                    Descriptors.Report(context, RuleTable.CheckCableReach(cable, rate, length), lengthArgument ?? creation);
                }
            }

            if (interfaceType is { } connector)
            {
                Descriptors.Report(context, RuleTable.CheckInterfaceRate(connector, rate), speedArgument ?? creation);
            }

            if (duplex is { } d && topology is { } t && mediumKnown)
            {
                var finding = RuleTable.CheckDuplex(d, rate, t, medium);
                var at = finding?.Rule == RuleTable.FullDuplexOnSharedMedium
                    ? (t == PhysicalTopology.Bus ? topologyArgument : mediumArgument) ?? duplexArgument
                    : duplexArgument;
                // Full duplex is the fix unless the segment is a bus, where it would only trade the error for a warning.
                var properties = finding?.Rule == RuleTable.HalfDuplexAtFullDuplexOnlyRate && duplexArgument is not null && t != PhysicalTopology.Bus
                    ? ImmutableDictionary<string, string?>.Empty.Add(FixProperties.Key, FixProperties.UseFullDuplex)
                    : null;
                if (finding is not null)
                {
                    Descriptors.Report(context, Descriptors.Create(finding, Arguments.LocationOf(at, creation), properties: properties));
                }
            }
        }
    }

    /// <summary>
    /// The value of an optional enum argument: the member when constant, null when null or unknown;
    /// <paramref name="known"/> tells the two nulls apart.
    /// </summary>
    private static T? Optional<T>(IOperation? value, out bool known)
        where T : struct, System.Enum
    {
        // The member first: a constant that is one is read once, not also asked whether it is null.
        var member = ModelReader.Defined<T>(ConstantReader.EnumMember(value));
        known = member is not null || value is null || ConstantReader.IsNull(value);
        return member;
    }
}
