using System.Globalization;

namespace Paradigms.Model.Analyzers.Tests.Scale;

/// <summary>
/// The many ways to write one value: as a constant the compiler knows (a literal, a hexadecimal or
/// separated literal, a cast, constant arithmetic, a <c>const</c> field, an alias, <c>using static</c>),
/// or as a value known only at run time (a method's result, a parse, a condition, a read-only field).
/// </summary>
internal sealed class ValueForms(Random random, FileScope scope)
{
    /// <summary>The helper class every generated file declares, whose methods hide values from the compiler.</summary>
    public const string Support = "Support";

    /// <summary>Gets the random source, for the generators that share it.</summary>
    public Random Random { get; } = random;

    /// <summary>A constant <c>int</c> expression of <paramref name="value"/>.</summary>
    public string Int(int value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return Random.Next(9) switch
        {
            0 when value >= 0 => "0x" + value.ToString("X", CultureInfo.InvariantCulture),
            1 when value >= 10_000 => Separated(value),
            2 when value > 1 => $"{value - 1} + 1",
            3 when value > 2 => $"checked({value / 2} + {value - (value / 2)})",
            4 => $"(int){text}L",
            5 => scope.Constant(value),
            6 => $"({text})",
            7 when value is > 0 and < 1 << 30 && (value & (value - 1)) == 0 => $"1 << {Log2(value)}",
            _ => value == int.MinValue ? "int.MinValue" : value == int.MaxValue && Random.Next(2) == 0 ? "int.MaxValue" : text,
        };
    }

    /// <summary>An <c>int</c> expression of <paramref name="value"/> the compiler cannot know.</summary>
    public string RuntimeInt(int value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return Random.Next(4) switch
        {
            0 => $"int.Parse(\"{text}\", CultureInfo.InvariantCulture)",
            1 => $"(Environment.ProcessorCount * 0) + {text}",
            2 => $"new[] {{ {text} }}[0]",
            _ => $"{Support}.Value({text})",
        };
    }

    /// <summary>A constant <c>bool</c> expression.</summary>
    public string Bool(bool value) => Random.Next(4) switch
    {
        0 => scope.Constant(value),
        1 => value ? "!false" : "!true",
        _ => value ? "true" : "false",
    };

    /// <summary>A <c>bool</c> expression the compiler cannot know.</summary>
    public string RuntimeBool(bool value) => Random.Next(2) == 0
        ? $"{Support}.Value({(value ? "true" : "false")})"
        : $"(Environment.ProcessorCount {(value ? ">" : "<")} 0)";

    /// <summary>A constant expression of the enum member <paramref name="value"/>.</summary>
    public string Enum<T>(T value)
        where T : struct, Enum
    {
        var type = typeof(T).Name;
        var number = Convert.ToInt32(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        return Random.Next(8) switch
        {
            0 => $"({type}){number}",
            1 => scope.Constant(value),
            2 when typeof(T) == typeof(Paradigm) => "P." + value,
            3 when typeof(T) == typeof(Paradigm) => value.ToString()!,
            4 => $"(({type}){number})",
            _ => type + "." + value,
        };
    }

    /// <summary>An expression of the enum member <paramref name="value"/> the compiler cannot know.</summary>
    public string RuntimeEnum<T>(T value)
        where T : struct, Enum
    {
        var type = typeof(T).Name;
        return Random.Next(3) switch
        {
            0 => $"Enum.Parse<{type}>(\"{value}\")",
            1 => $"(Environment.ProcessorCount > 0 ? {type}.{value} : {type}.{value})",
            _ => $"{Support}.Value({type}.{value})",
        };
    }

    /// <summary>A <c>double</c> literal written so that it parses back to exactly <paramref name="value"/>.</summary>
    public static string Double(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Picks one of <paramref name="items"/>.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    /// <summary>True with a probability of <paramref name="percent"/> %.</summary>
    public bool Chance(int percent) => Random.Next(100) < percent;

    /// <summary>Shuffles <paramref name="items"/> in place and returns them.</summary>
    public List<T> Shuffle<T>(List<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }

        return items;
    }

    private static string Separated(int value)
    {
        var digits = value.ToString(CultureInfo.InvariantCulture);
        var parts = new List<string>();
        for (var end = digits.Length; end > 0; end -= 3)
        {
            parts.Insert(0, digits[Math.Max(0, end - 3)..end]);
        }

        return string.Join("_", parts);
    }

    private static int Log2(int value)
    {
        var log = 0;
        while ((1 << log) != value)
        {
            log++;
        }

        return log;
    }
}
