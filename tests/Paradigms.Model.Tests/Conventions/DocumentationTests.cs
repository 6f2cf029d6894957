using System.Reflection;
using System.Xml.Linq;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Tests.Conventions;

/// <summary>
/// Every public type and member of the package has XML documentation in the file that ships
/// beside the assembly. The compiler (CS1591) enforces this too; this test also catches a
/// suppression and proves the file that users get is complete.
/// </summary>
public class DocumentationTests
{
    private static readonly Assembly Library = typeof(Duration).Assembly;

    [Fact]
    public void Every_public_member_has_xml_documentation()
    {
        var documentation = Path.ChangeExtension(Library.Location, ".xml");
        Assert.True(File.Exists(documentation), $"{documentation} is missing");
        var documented = XDocument.Load(documentation).Descendants("member")
            .Select(m => (string)m.Attribute("name")!)
            .ToHashSet(StringComparer.Ordinal);

        var members = PublicMembers().ToList();
        var undocumented = members.Where(id => !documented.Contains(id)).ToList();

        Assert.Contains("M:Paradigms.Model.Quantities.Duration.FromMicroseconds(System.Double)", members);
        Assert.Contains("M:Paradigms.Model.Quantities.Range`1.#ctor(`0,`0)", members);
        Assert.Contains("M:Paradigms.Model.Quantities.Duration.TryParse(System.ReadOnlySpan{System.Char},System.IFormatProvider,Paradigms.Model.Quantities.Duration@)", members);

        Assert.True(undocumented.Count == 0, "Undocumented: " + string.Join(", ", undocumented));
    }

    private static IEnumerable<string> PublicMembers()
    {
        const BindingFlags declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in Library.GetExportedTypes())
        {
            yield return "T:" + TypeName(type);
            foreach (var member in type.GetMembers(declared))
            {
                var id = member switch
                {
                    MethodBase m when m.IsSpecialName && m.Name.StartsWith("get_", StringComparison.Ordinal) => null,
                    MethodBase m when m.IsSpecialName && m.Name.StartsWith("set_", StringComparison.Ordinal) => null,
                    MethodBase m when m.IsSpecialName && m.Name.StartsWith("add_", StringComparison.Ordinal) => null,
                    MethodBase m when m.IsSpecialName && m.Name.StartsWith("remove_", StringComparison.Ordinal) => null,
                    ConstructorInfo c when type.IsValueType && c.GetParameters().Length == 0 => null,
                    MethodInfo m when IsCompilerGenerated(m) => null,
                    ConstructorInfo c => "M:" + TypeName(type) + ".#ctor" + Parameters(c),
                    MethodInfo m => "M:" + TypeName(type) + "." + m.Name + GenericArity(m) + Parameters(m) + ConversionReturn(m),
                    PropertyInfo p => "P:" + TypeName(type) + "." + p.Name + IndexParameters(p),
                    FieldInfo f when !type.IsEnum || !f.IsSpecialName => "F:" + TypeName(type) + "." + f.Name,
                    EventInfo e => "E:" + TypeName(type) + "." + e.Name,
                    _ => null,
                };
                if (id is not null)
                {
                    yield return id;
                }
            }
        }
    }

    /// <summary>Members a record synthesizes (equality, ToString, Clone): the compiler marks them and asks no docs of them.</summary>
    private static bool IsCompilerGenerated(MethodInfo method) =>
        method.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute));

    private static string GenericArity(MethodInfo method) =>
        method.IsGenericMethodDefinition ? "``" + method.GetGenericArguments().Length : string.Empty;

    private static string ConversionReturn(MethodInfo method) =>
        method.Name is "op_Implicit" or "op_Explicit" ? "~" + ParameterTypeName(method.ReturnType) : string.Empty;

    private static string Parameters(MethodBase method)
    {
        var parameters = method.GetParameters();
        return parameters.Length == 0 ? string.Empty : "(" + string.Join(",", parameters.Select(p => ParameterTypeName(p.ParameterType))) + ")";
    }

    private static string IndexParameters(PropertyInfo property)
    {
        var parameters = property.GetIndexParameters();
        return parameters.Length == 0 ? string.Empty : "(" + string.Join(",", parameters.Select(p => ParameterTypeName(p.ParameterType))) + ")";
    }

    private static string TypeName(Type type) => type.FullName!.Replace('+', '.');

    private static string ParameterTypeName(Type type)
    {
        if (type.IsByRef)
        {
            return ParameterTypeName(type.GetElementType()!) + "@";
        }

        if (type.IsArray)
        {
            return ParameterTypeName(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition;
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition().FullName!;
            var name = definition[..definition.IndexOf('`', StringComparison.Ordinal)].Replace('+', '.');
            return name + "{" + string.Join(",", type.GetGenericArguments().Select(ParameterTypeName)) + "}";
        }

        return TypeName(type);
    }
}
