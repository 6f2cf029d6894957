using System.Linq.Expressions;
using System.Reflection;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Tests.Reliability;

/// <summary>
/// The library's public entry points, found by reflection: every public constructor and every public static method
/// of a public type that takes at least one argument (operators aside), except the members of the types
/// <see cref="Exempt"/> names with the reason. The census must try every one of them.
/// </summary>
internal static class EntryPoints
{
    /// <summary>Types whose members are not entry points for a user's values, and why.</summary>
    public static IReadOnlyDictionary<Type, string> Exempt { get; } = new Dictionary<Type, string>
    {
        [typeof(RuleTable)] =
            "the rule table itself: each function is one rule, over values that have already entered through a checked type "
            + "(a `BitRate` cannot be NaN, a `Nic` cannot hold VLAN 5000), shared with the analyzer, which passes it constants; "
            + "it reports a finding and refuses nothing, and its rows are the rule tests (tests/Paradigms.Model.Tests/Rules)",
    };

    /// <summary>Every entry point of the library, each as its generic definition.</summary>
    public static IReadOnlyList<MethodBase> All { get; } = typeof(Deployment).Assembly.GetExportedTypes()
        .Where(type => !Exempt.ContainsKey(type))
        .SelectMany(type => type.GetConstructors().Cast<MethodBase>()
            .Concat(type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName)))
        .Where(member => member.GetParameters().Length > 0)
        .OrderBy(Name, StringComparer.Ordinal)
        .ToList();

    /// <summary>The member a call expression calls, as its generic definition: <c>Of(() =&gt; Duration.FromSeconds(0))</c>.</summary>
    public static MethodBase Of(Expression<Func<object?>> call)
    {
        Expression body = call.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : call.Body;
        return Definition(body switch
        {
            MethodCallExpression method => method.Method,
            NewExpression constructor => constructor.Constructor!,
            _ => throw new ArgumentOutOfRangeException(nameof(call), call, "call was neither a method call nor a constructor call."),
        });
    }

    /// <summary>A public static method found by name and parameter types, for the overloads an expression tree cannot call (spans, out values).</summary>
    public static MethodBase Method(Type type, string name, params Type[] parameters) =>
        Definition(type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, parameters)
            ?? throw new ArgumentOutOfRangeException(nameof(name), name, $"{type.Name} has no public static {name}({string.Join(", ", parameters.Select(p => p.Name))})."));

    /// <summary>The member as declared on its generic type definition, and as a generic method definition.</summary>
    public static MethodBase Definition(MethodBase member)
    {
        var type = member.DeclaringType!;
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            var definition = type.GetGenericTypeDefinition();
            member = definition.GetConstructors().Cast<MethodBase>()
                .Concat(definition.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance))
                .Single(m => m.MetadataToken == member.MetadataToken);
        }

        return member is MethodInfo { IsGenericMethod: true, IsGenericMethodDefinition: false } method ? method.GetGenericMethodDefinition() : member;
    }

    /// <summary>The member as docs/reliability.md writes it: <c>Duration.FromSeconds(double)</c>, <c>new Deployment(…)</c>.</summary>
    public static string Name(MethodBase member)
    {
        var type = TypeName(member.DeclaringType!);
        var parameters = string.Join(", ", member.GetParameters().Select(p => TypeName(p.ParameterType)));
        return member.IsConstructor ? $"new {type}({parameters})" : $"{type}.{member.Name}({parameters})";
    }

    private static string TypeName(Type type)
    {
        if (type.IsByRef)
        {
            return "out " + TypeName(type.GetElementType()!);
        }

        if (type.IsArray)
        {
            return TypeName(type.GetElementType()!) + "[]";
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return TypeName(underlying) + "?";
        }

        if (type.IsGenericType)
        {
            var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
            return name + "<" + string.Join(", ", type.GetGenericArguments().Select(TypeName)) + ">";
        }

        return type.FullName switch
        {
            "System.Double" => "double",
            "System.Int32" => "int",
            "System.Int64" => "long",
            "System.UInt64" => "ulong",
            "System.String" => "string",
            "System.Boolean" => "bool",
            "System.Char" => "char",
            "System.Byte" => "byte",
            _ => type.Name,
        };
    }
}
