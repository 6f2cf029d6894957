using System.Globalization;

namespace Paradigms.Model.Analyzers.Tests.Scale;

/// <summary>
/// What one generated file declares besides its constructions: the <c>const</c> fields the
/// constructions name, collected while they are generated and written once at the end.
/// </summary>
internal sealed class FileScope
{
    /// <summary>The class that holds the constants.</summary>
    public const string ConstantsClass = "Known";

    private readonly SortedDictionary<string, string> _constants = new(StringComparer.Ordinal);

    /// <summary>Gets the declarations of every constant named so far, one per line.</summary>
    public IEnumerable<string> Declarations => _constants.Values.Select(declaration => $"public const {declaration};");

    /// <summary>Names an <c>int</c> constant of <paramref name="value"/>, declaring it once.</summary>
    public string Constant(int value)
    {
        var name = "Int" + (value < 0 ? "Minus" + (-(long)value).ToString(CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture));
        _constants[name] = "int " + name + " = " + value.ToString(CultureInfo.InvariantCulture);
        return ConstantsClass + "." + name;
    }

    /// <summary>Names a <c>bool</c> constant of <paramref name="value"/>, declaring it once.</summary>
    public string Constant(bool value)
    {
        var name = value ? "Yes" : "No";
        _constants[name] = "bool " + name + " = " + (value ? "true" : "false");
        return ConstantsClass + "." + name;
    }

    /// <summary>Names a constant enum member, declaring it once: <c>Known.ParadigmSandboxing</c>.</summary>
    public string Constant<T>(T value)
        where T : struct, Enum
    {
        var name = typeof(T).Name + value;
        _constants[name] = typeof(T).Name + " " + name + " = " + typeof(T).Name + "." + value;
        return ConstantsClass + "." + name;
    }
}
