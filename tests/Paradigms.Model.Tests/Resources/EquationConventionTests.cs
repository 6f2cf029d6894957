using System.Diagnostics.Contracts;
using System.Reflection;
using Paradigms.Model.Resources;
using Paradigms.Model.Tests.Quantities;

namespace Paradigms.Model.Tests.Resources;

/// <summary>Every equation is a static <c>[Pure]</c> function, and docs/equations.md names each one.</summary>
public class EquationConventionTests
{
    public static TheoryData<string> Equations => new(
        new[] { typeof(CpuModel), typeof(MemoryModel), typeof(IoModel), typeof(NetworkModel), typeof(StorageModel) }
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(method => !method.IsSpecialName).Select(method => $"{type.Name}.{method.Name}"))
            .Distinct());

    [Theory]
    [MemberData(nameof(Equations))]
    public void Each_equation_is_pure_and_documented(string equation)
    {
        var (typeName, methodName) = (equation[..equation.IndexOf('.', StringComparison.Ordinal)], equation[(equation.IndexOf('.', StringComparison.Ordinal) + 1)..]);
        var type = typeof(CpuModel).Assembly.GetType("Paradigms.Model.Resources." + typeName)!;
        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == methodName))
        {
            Assert.NotNull(method.GetCustomAttribute<PureAttribute>());
        }

        var page = File.ReadAllText(Path.Combine(QuantityConventionTests.RepositoryRoot(), "docs", "equations.md"));
        Assert.Contains($"`{equation}(", page, StringComparison.Ordinal);
    }
}
