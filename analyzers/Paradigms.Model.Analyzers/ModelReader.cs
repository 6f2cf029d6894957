using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Paradigms.Model.Networking;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Analyzers;

/// <summary>
/// Reads the parts of a model the compiler can know: the kind of NIC a <c>Nic</c> factory makes,
/// the kind of channel a <c>LogicalChannel</c> factory makes, the elements of a collection written
/// in place, an encapsulation stack built from constants. Anything else is unknown (null).
/// </summary>
internal static class ModelReader
{
    /// <summary>The most MPLS labels the analyzer adds up; a stack of more is left to the runtime.</summary>
    private const int MaximumMplsLabels = 1000;

    /// <summary>The paradigm a constant names, or null when it is unknown or not a paradigm.</summary>
    public static Paradigm? Paradigm(IOperation? operation) =>
        Defined<Paradigm>(ConstantReader.EnumMember(operation));

    /// <summary>The enum member a constant names, or null when it is unknown or not a member of <typeparamref name="T"/>.</summary>
    public static T? Defined<T>(int? value)
        where T : struct, Enum =>
        value is { } v && EnumMembers<T>.IndexByValue.TryGetValue(v, out var index) ? EnumMembers<T>.Members[index] : null;

    /// <summary>The kind of NIC a <c>Nic</c> factory call makes: <c>Nic.SrIov()</c>, <c>Nic.Of(NicKind.Veth)</c>.</summary>
    public static NicKind? NicKind(IOperation? operation, ModelSymbols symbols) =>
        Factory(operation, symbols.Nic) is { } call
            ? call.TargetMethod.Name switch
            {
                "Of" => Defined<NicKind>(ConstantReader.EnumMember(Arguments.Value(call.Arguments, "kind"))),
                "SrIov" => Networking.NicKind.SrIovVirtualFunction,
                var name => Named<NicKind>(name),
            }
            : null;

    /// <summary>The kind of channel a <c>LogicalChannel</c> factory call makes: <c>LogicalChannel.Vxlan(42)</c>, <c>LogicalChannel.Of(…)</c>.</summary>
    public static LogicalChannelKind? ChannelKind(IOperation? operation, ModelSymbols symbols) =>
        Factory(operation, symbols.LogicalChannel) is { } call
            ? call.TargetMethod.Name == "Of"
                ? Defined<LogicalChannelKind>(ConstantReader.EnumMember(Arguments.Value(call.Arguments, "kind")))
                : Named<LogicalChannelKind>(call.TargetMethod.Name)
            : null;

    /// <summary>
    /// The elements of a collection written in place: an array (<c>new[] { … }</c>, a <c>params</c>
    /// list), a collection expression (<c>[…]</c>), a collection initializer, <c>ImmutableArray.Create(…)</c>.
    /// A spread among them is an element the readers do not recognise; null for a collection that is
    /// not written in place (a variable, a method's result).
    /// </summary>
    public static IReadOnlyList<IOperation>? Elements(IOperation? collection)
    {
        if (collection is null)
        {
            return null;
        }

        var value = ConstantReader.Unwrap(collection);
        return value switch
        {
            IArrayCreationOperation { Initializer: { } initializer } => initializer.ElementValues,
            IObjectCreationOperation { Initializer: { } initializer } =>
                initializer.Initializers.Select(add => add is IInvocationOperation { Arguments.Length: 1 } call ? call.Arguments[0].Value : add).ToList(),
            IInvocationOperation { TargetMethod: { Name: "Create", ContainingType.Name: "ImmutableArray" } } create =>
                create.Arguments.SelectMany(a => a.ArgumentKind == ArgumentKind.ParamArray ? Elements(a.Value) ?? new[] { a.Value } : new[] { a.Value }).ToList(),
            _ when value.Syntax is CollectionExpressionSyntax => Children(value),
            _ => null,
        };
    }

    /// <summary>An encapsulation stack built in place from constants, or null when any part is unknown; its description is made only when a message needs it.</summary>
    public static (int UnderlayMtu, int OverheadBytes, Func<string> Describe)? Stack(IOperation? operation, ModelSymbols symbols)
    {
        if (operation is null || ConstantReader.Unwrap(operation) is not IObjectCreationOperation creation
            || !ModelSymbols.Is(creation.Type, symbols.EncapsulationStack)
            || ConstantReader.Integer(Arguments.Value(creation.Arguments, "underlayMtu")) is not { } underlay
            || underlay is < int.MinValue or > int.MaxValue)
        {
            return null;
        }

        var elements = Elements(Arguments.Value(creation.Arguments, "layers"));
        if (elements is null)
        {
            return null;
        }

        var overhead = 0;
        var layers = new (EncapsulationKind Kind, int OptionBytes, int LabelCount)[elements.Count];
        for (var i = 0; i < layers.Length; i++)
        {
            if (Layer(elements[i], symbols) is not { } layer)
            {
                return null;
            }

            overhead += RuleTable.EncapsulationOverheadBytes(layer.Kind, layer.OptionBytes, layer.LabelCount);
            layers[i] = layer;
        }

        return ((int)underlay, overhead, () => RuleTable.DescribeStack(layers.Select(l => RuleTable.DescribeEncapsulation(l.Kind, l.OptionBytes, l.LabelCount))));
    }

    /// <summary>One encapsulation a factory call makes, with its Geneve option bytes and MPLS label count, or null.</summary>
    public static (EncapsulationKind Kind, int OptionBytes, int LabelCount)? Layer(IOperation? operation, ModelSymbols symbols)
    {
        if (Factory(operation, symbols.Encapsulation) is not { } call)
        {
            return null;
        }

        var name = call.TargetMethod.Name;
        var kind = name == "Of"
            ? Defined<EncapsulationKind>(ConstantReader.EnumMember(Arguments.Value(call.Arguments, "kind")))
            : Named<EncapsulationKind>(name);
        var optionBytes = Arguments.Value(call.Arguments, "optionBytes") is { } options ? ConstantReader.Integer(options) : 0;
        var labelCount = Arguments.Value(call.Arguments, "labelCount") is { } labels ? ConstantReader.Integer(labels) : kind == EncapsulationKind.MplsLabels ? 1 : 0;

        // What the factories accept: Geneve options the rule allows (else PM0004 is reported on them),
        // and 1 to MaximumMplsLabels labels (MplsLabels refuses fewer than one; more would overflow the sum).
        return kind is { } k
            && RuleTable.CheckGeneveOptionBytes(optionBytes ?? -1) is null
            && labelCount is { } count && (k != EncapsulationKind.MplsLabels || count is >= 1 and <= MaximumMplsLabels)
            ? (k, (int)optionBytes!.Value, (int)count)
            : null;
    }

    /// <summary>The operations under a collection expression, read with the operation list's own enumerator (no boxing, no LINQ).</summary>
    private static List<IOperation> Children(IOperation operation)
    {
        var children = new List<IOperation>();
        foreach (var child in operation.ChildOperations)
        {
            children.Add(child);
        }

        return children;
    }

    private static IInvocationOperation? Factory(IOperation? operation, INamedTypeSymbol? type) =>
        operation is not null
        && ConstantReader.Unwrap(operation) is IInvocationOperation { TargetMethod.IsStatic: true } call
        && ModelSymbols.Is(call.TargetMethod.ContainingType, type)
            ? call
            : null;

    private static T? Named<T>(string name)
        where T : struct, Enum =>
        EnumMembers<T>.IndexByName.TryGetValue(name, out var index) ? EnumMembers<T>.Members[index] : null;

    /// <summary>
    /// The members of an enum, with their indexes by name and by value, read once: the analyzer looks them up for
    /// every call it sees. The indexes are dictionaries of <c>int</c>, not of <typeparamref name="T"/>, and are built
    /// with plain loops, so that no generic code is compiled to machine code again for each enum (in a build, that was
    /// most of the analyzer's start-up time).
    /// </summary>
    private static class EnumMembers<T>
        where T : struct, Enum
    {
        /// <summary>Every member, in the order of <see cref="Enum.GetValues(Type)"/>, which is also that of <see cref="Enum.GetNames(Type)"/>.</summary>
        public static readonly T[] Members = (T[])Enum.GetValues(typeof(T));

        public static readonly Dictionary<string, int> IndexByName = ByName(Enum.GetNames(typeof(T)));

        public static readonly Dictionary<int, int> IndexByValue = ByValue(Members);
    }

    private static Dictionary<string, int> ByName(string[] names)
    {
        var indexes = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            indexes[names[i]] = i;
        }

        return indexes;
    }

    /// <summary>The index of each value's first member (an alias shares its value with an earlier member).</summary>
    private static Dictionary<int, int> ByValue(Array values)
    {
        var indexes = new Dictionary<int, int>(values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            var value = Convert.ToInt32(values.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
            if (!indexes.ContainsKey(value))
            {
                indexes.Add(value, i);
            }
        }

        return indexes;
    }
}
