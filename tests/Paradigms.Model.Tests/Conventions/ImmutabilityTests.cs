using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Paradigms.Model.Tests.Conventions;

/// <summary>The model is immutable: checked by reflection over every public type, and over every collection the catalogs hand out.</summary>
public class ImmutabilityTests
{
    private static readonly Assembly Library = typeof(Deployment).Assembly;

    public static TheoryData<Type> PublicTypes => new(Library.GetExportedTypes().Where(t => !t.IsEnum && !t.IsInterface && !typeof(Delegate).IsAssignableFrom(t)));

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void Public_types_have_no_setters_or_writable_fields_and_records_are_sealed(Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
        {
            var setter = property.SetMethod;
            var initOnly = setter?.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)) == true;
            Assert.True(setter is null || !setter.IsPublic || initOnly, $"{type.Name}.{property.Name} has a public setter.");
        }

        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
        {
            Assert.True(field.IsInitOnly || field.IsLiteral, $"{type.Name}.{field.Name} is a writable public field.");
        }

        if (type.GetMethod("<Clone>$") is not null)
        {
            Assert.True(type.IsSealed, $"The record {type.Name} is not sealed.");
        }
    }

    [Fact]
    public void Every_collection_reachable_from_the_catalogs_is_read_only()
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var collections = 0;
        foreach (var type in Library.GetExportedTypes().Where(t => !t.ContainsGenericParameters))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static))
            {
                Walk(property.GetValue(null), $"{type.Name}.{property.Name}", 0);
            }
        }

        Assert.True(collections > 50, $"Only {collections} collections were reached; the walk is not finding the catalogs.");

        void Walk(object? value, string path, int depth)
        {
            if (value is null || value is string || depth > 6 || value.GetType().IsPrimitive || value.GetType().IsEnum)
            {
                return;
            }

            if (!value.GetType().IsValueType && !visited.Add(value))
            {
                return;
            }

            if (value is IEnumerable items)
            {
                collections++;
                // An empty array has no element to write; any other array or writable list can be cast back and changed.
                Assert.False(value is Array { Length: > 0 }, $"{path} is an array, which a caller can cast back and write.");
                Assert.True(value is Array or not IList || ((IList)value).IsReadOnly, $"{path} ({value.GetType().Name}) is writable.");
                var index = 0;
                foreach (var item in items)
                {
                    Walk(item, $"{path}[{index++}]", depth + 1);
                }

                return;
            }

            if (value.GetType().Assembly != Library)
            {
                return;
            }

            foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            {
                Walk(property.GetValue(value), $"{path}.{property.Name}", depth + 1);
            }
        }
    }
}
