using System;
using System.Globalization;
using System.Text;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Testing;

/// <summary>Writes values as C# source text, for <see cref="ModelParts.ToCSharp"/>.</summary>
internal static class CSharp
{
    /// <summary>A number as a C# literal that reads back to the same <see cref="double"/>: <c>1500</c>, <c>2.5</c>, <c>1E+25</c>.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>An integer as a C# literal.</summary>
    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A Boolean as a C# literal.</summary>
    public static string Boolean(bool value) => value ? "true" : "false";

    /// <summary>An enum value as its member access, <c>Paradigm.Sandboxing</c>, or a cast for an undefined value.</summary>
    public static string Enum<T>(T value)
        where T : struct, Enum =>
        System.Enum.IsDefined(value)
            ? typeof(T).Name + "." + value
            : "(" + typeof(T).Name + ")" + Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);

    /// <summary>A string as a C# literal, with quotes, backslashes and control characters escaped.</summary>
    public static string String(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(c) || char.IsSurrogate(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }

    /// <summary>A duration, in its base unit: <c>Duration.FromNanoseconds(1000)</c>.</summary>
    public static string Quantity(Duration value) => $"Duration.FromNanoseconds({Number(value.Nanoseconds)})";

    /// <summary>A size, in its base unit: <c>Information.FromBytes(4294967296)</c>.</summary>
    public static string Quantity(Information value) => $"Information.FromBytes({Number(value.Bytes)})";

    /// <summary>A rate, in its base unit: <c>BitRate.FromBitsPerSecond(10000000000)</c>.</summary>
    public static string Quantity(BitRate value) => $"BitRate.FromBitsPerSecond({Number(value.BitsPerSecond)})";

    /// <summary>A ratio, in percent: <c>Ratio.FromPercent(150)</c>.</summary>
    public static string Quantity(Ratio value) => $"Ratio.FromPercent({Number(value.Percent)})";

    /// <summary>A length, in metres: <c>Length.FromMeters(30)</c>.</summary>
    public static string Quantity(Length value) => $"Length.FromMeters({Number(value.Meters)})";

    /// <summary>A CPU amount, in millicores: <c>CpuCores.FromMillicores(2000)</c>.</summary>
    public static string Quantity(CpuCores value) => $"CpuCores.FromMillicores({Number(value.Millicores)})";
}
