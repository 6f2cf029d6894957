using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Tests.Quantities;

/// <summary>Conventions every quantity keeps, checked by reflection so a new quantity cannot forget one.</summary>
public partial class QuantityConventionTests
{
    private static readonly Type[] AllQuantityTypes = typeof(Duration).Assembly.GetExportedTypes()
        .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IQuantity<>)))
        .ToArray();

    public static TheoryData<Type> QuantityTypes => new(AllQuantityTypes);

    [Fact]
    public void All_nine_quantities_are_found()
    {
        Assert.Equal(
            ["BitRate", "CpuCores", "Cycles", "Duration", "Frequency", "Information", "IoOperationRate", "Length", "Ratio"],
            AllQuantityTypes.Select(t => t.Name).Order());
    }

    [Theory]
    [MemberData(nameof(QuantityTypes))]
    public void Is_a_readonly_struct_with_one_double_field(Type type)
    {
        Assert.True(type.IsValueType);
        Assert.NotNull(type.GetCustomAttribute<IsReadOnlyAttribute>());
        var fields = type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
        var field = Assert.Single(fields);
        Assert.Equal(typeof(double), field.FieldType);
        Assert.True(field.IsInitOnly);
    }

    [Theory]
    [MemberData(nameof(QuantityTypes))]
    public void Has_equality_ordering_and_arithmetic(Type type)
    {
        Assert.Contains(typeof(IEquatable<>).MakeGenericType(type), type.GetInterfaces());
        Assert.Contains(typeof(IComparable<>).MakeGenericType(type), type.GetInterfaces());
        Assert.Contains(typeof(IComparable), type.GetInterfaces());
        Assert.Contains(typeof(ISpanFormattable), type.GetInterfaces());
        Assert.Contains(typeof(ISpanParsable<>).MakeGenericType(type), type.GetInterfaces());
        foreach (var comparison in new[] { "op_Equality", "op_Inequality", "op_LessThan", "op_GreaterThan", "op_LessThanOrEqual", "op_GreaterThanOrEqual" })
        {
            AssertOperator(type, comparison, typeof(bool), type, type);
        }

        AssertOperator(type, "op_Addition", type, type, type);
        AssertOperator(type, "op_Subtraction", type, type, type);
        AssertOperator(type, "op_Multiply", type, type, typeof(double));
        AssertOperator(type, "op_Multiply", type, typeof(double), type);
        AssertOperator(type, "op_Division", type, type, typeof(double));
        AssertOperator(type, "op_Division", typeof(double), type, type);
        Assert.NotNull(type.GetProperty("Zero", BindingFlags.Public | BindingFlags.Static));
    }

    [Theory]
    [MemberData(nameof(QuantityTypes))]
    public void Has_no_public_setter_or_constructor_with_arguments(Type type)
    {
        Assert.All(type.GetProperties(), p => Assert.Null(p.SetMethod));
        Assert.DoesNotContain(type.GetConstructors(), c => c.GetParameters().Length > 0);
    }

    [Theory]
    [MemberData(nameof(QuantityTypes))]
    public void Every_factory_has_its_property_and_they_agree_on_ten(Type type)
    {
        var factories = type.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name.StartsWith("From", StringComparison.Ordinal) && m.GetParameters() is [{ ParameterType: var p }] && p == typeof(double))
            .ToList();
        Assert.NotEmpty(factories);
        foreach (var factory in factories)
        {
            var unit = factory.Name["From".Length..];
            var property = type.GetProperty(unit) ?? type.GetProperty("Count");
            Assert.True(property is not null, $"{type.Name}.{factory.Name} has no property {unit}");
            if (unit == "Cycles")
            {
                Assert.Equal("Count", property!.Name);
            }

            var value = factory.Invoke(null, [10.0]);
            Assert.Equal(10.0, (double)property!.GetValue(value)!, 12);
        }
    }

    [Fact]
    public void Every_relation_in_the_docs_exists_in_every_direction()
    {
        var relations = ReadRelations().ToList();
        Assert.Equal(3, relations.Count);
        foreach (var (product, first, second) in relations)
        {
            AssertOperatorAnywhere("op_Multiply", product, first, second);
            AssertOperatorAnywhere("op_Multiply", product, second, first);
            AssertOperatorAnywhere("op_Division", first, product, second);
            AssertOperatorAnywhere("op_Division", second, product, first);
        }
    }

    [Fact]
    public void No_cross_quantity_operator_is_missing_from_the_docs()
    {
        var documented = ReadRelations()
            .SelectMany(r => new[] { (r.Product, r.First, r.Second), (r.Product, r.Second, r.First), (r.First, r.Product, r.Second), (r.Second, r.Product, r.First) })
            .ToHashSet();
        var quantities = AllQuantityTypes.ToHashSet();
        var crossOperators = quantities
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.Name is "op_Multiply" or "op_Division")
            .Select(m => (Result: m.ReturnType, Left: m.GetParameters()[0].ParameterType, Right: m.GetParameters()[1].ParameterType))
            .Where(o => quantities.Contains(o.Left) && quantities.Contains(o.Right) && o.Left != o.Right);

        Assert.All(crossOperators, o => Assert.Contains((o.Result, o.Left, o.Right), documented));
    }

    private static IEnumerable<(Type Product, Type First, Type Second)> ReadRelations()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "quantities.md"));
        var section = docs[docs.IndexOf("## Relations between quantities", StringComparison.Ordinal)..];
        foreach (Match row in RelationRow().Matches(section))
        {
            yield return (QuantityType(row.Groups[1].Value), QuantityType(row.Groups[2].Value), QuantityType(row.Groups[3].Value));
        }
    }

    private static Type QuantityType(string name) =>
        typeof(Duration).Assembly.GetType("Paradigms.Model.Quantities." + name) ?? throw new InvalidOperationException($"No quantity named {name}.");

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Paradigms.Model.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Paradigms.Model.sln not found above the test output.");
    }

    private static void AssertOperator(Type type, string name, Type result, Type left, Type right)
    {
        var method = type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [left, right]);
        Assert.True(method is not null && method.ReturnType == result, $"{type.Name} lacks {result.Name} {name}({left.Name}, {right.Name})");
    }

    private static void AssertOperatorAnywhere(string name, Type result, Type left, Type right)
    {
        var method = left.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [left, right])
            ?? right.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [left, right]);
        Assert.True(method is not null && method.ReturnType == result, $"missing {result.Name} {name}({left.Name}, {right.Name})");
    }

    [GeneratedRegex(@"^\| `(\w+)` \| `(\w+)` \| `(\w+)` \|", RegexOptions.Multiline)]
    private static partial Regex RelationRow();
}
