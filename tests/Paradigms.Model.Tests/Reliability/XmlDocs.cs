using System.Reflection;
using System.Text;
using System.Xml.Linq;

namespace Paradigms.Model.Tests.Reliability;

/// <summary>
/// The library's XML documentation file (Paradigms.Model.xml, copied beside the tests), read for the exceptions each
/// member promises: its <c>&lt;exception cref&gt;</c> elements, following <c>&lt;inheritdoc cref&gt;</c>.
/// </summary>
internal static class XmlDocs
{
    private static readonly Lazy<Dictionary<string, XElement>> Members = new(() =>
        XDocument.Load(Path.Combine(AppContext.BaseDirectory, "Paradigms.Model.xml"))
            .Descendants("member")
            .ToDictionary(m => (string)m.Attribute("name")!, StringComparer.Ordinal));

    /// <summary>Whether the member has documentation at all.</summary>
    public static bool IsDocumented(MethodBase member) => Members.Value.ContainsKey(Id(member));

    /// <summary>The exception types the member's documentation lists, by their full names.</summary>
    public static IReadOnlySet<string> Exceptions(MethodBase member)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var id = Id(member);
        for (var depth = 0; depth < 8 && Members.Value.TryGetValue(id, out var element); depth++)
        {
            foreach (var exception in element.Elements("exception"))
            {
                found.Add(((string)exception.Attribute("cref")!)[2..]);
            }

            if (element.Element("inheritdoc")?.Attribute("cref") is not { } inherited)
            {
                break;
            }

            id = (string)inherited;
        }

        return found;
    }

    /// <summary>Whether <paramref name="thrown"/>, or a type it derives from, is among the member's documented exceptions.</summary>
    public static bool Promises(MethodBase member, Type thrown)
    {
        var documented = Exceptions(member);
        for (var type = thrown; type is not null && type != typeof(Exception); type = type.BaseType)
        {
            if (documented.Contains(type.FullName!))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The documentation id of a method or constructor, as the C# compiler writes it (<c>M:Ns.Type.Name(Ns.Param,…)</c>).</summary>
    public static string Id(MethodBase member)
    {
        var text = new StringBuilder("M:").Append(TypeName(member.DeclaringType!, forDefinition: true)).Append('.');
        text.Append(member.IsConstructor ? "#ctor" : member.Name);
        if (member.IsGenericMethodDefinition)
        {
            text.Append("``").Append(member.GetGenericArguments().Length);
        }

        var parameters = member.GetParameters();
        if (parameters.Length > 0)
        {
            text.Append('(').Append(string.Join(",", parameters.Select(p => TypeName(p.ParameterType, forDefinition: false)))).Append(')');
        }

        return text.ToString();
    }

    private static string TypeName(Type type, bool forDefinition)
    {
        if (type.IsByRef)
        {
            return TypeName(type.GetElementType()!, forDefinition) + "@";
        }

        if (type.IsArray)
        {
            return TypeName(type.GetElementType()!, forDefinition) + "[]";
        }

        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition;
        }

        var definition = type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        var name = (definition.FullName ?? definition.Name).Replace('+', '.');
        if (!type.IsGenericType || forDefinition)
        {
            return name;
        }

        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return name[..tick] + "{" + string.Join(",", type.GetGenericArguments().Select(a => TypeName(a, forDefinition: false))) + "}";
    }
}
