using System.Collections.Concurrent;

namespace Paradigms.Model.Analyzers;

/// <summary>
/// What one unit of a quantity factory is in the quantity's base unit, read from the factory's
/// name (<c>FromGigabitsPerSecond</c> is 1e9 bit/s): the SI and IEC prefixes the factories use, and
/// the byte of 8 bits. A test calls every factory of the library and checks this table against it.
/// </summary>
internal static class QuantityFactors
{
    private static readonly (string Prefix, double Factor)[] Prefixes =
    {
        ("Kilo", 1e3), ("Mega", 1e6), ("Giga", 1e9), ("Tera", 1e12), ("Peta", 1e15), ("Exa", 1e18),
        ("Kibi", 1024.0), ("Mebi", 1024.0 * 1024), ("Gibi", 1024.0 * 1024 * 1024), ("Tebi", 1024.0 * 1024 * 1024 * 1024),
        ("Pebi", 1024.0 * 1024 * 1024 * 1024 * 1024), ("Exbi", 1024.0 * 1024 * 1024 * 1024 * 1024 * 1024),
    };

    /// <summary>The factors of the factory names seen so far: a name is read once, not at every call.</summary>
    private static readonly ConcurrentDictionary<string, double?> BitRateFactors = new(System.StringComparer.Ordinal);

    /// <summary>The factors of the <c>Information</c> factory names seen so far.</summary>
    private static readonly ConcurrentDictionary<string, double?> InformationFactors = new(System.StringComparer.Ordinal);

    /// <summary>The bit/s in one unit of a <c>BitRate</c> factory, or null for a name that is not one.</summary>
    public static double? BitsPerSecond(string factory) =>
        BitRateFactors.GetOrAdd(
            factory,
            name => name.EndsWith("PerSecond", System.StringComparison.Ordinal)
                ? Scaled(name.Substring(0, name.Length - "PerSecond".Length), bitFactor: 1, byteFactor: 8)
                : null);

    /// <summary>The bytes in one unit of an <c>Information</c> factory, or null for a name that is not one.</summary>
    public static double? Bytes(string factory) =>
        InformationFactors.GetOrAdd(factory, name => Scaled(name, bitFactor: 0.125, byteFactor: 1));

    /// <summary>The metres in one unit of a <c>Length</c> factory, or null for a name that is not one.</summary>
    public static double? Meters(string factory) => factory switch
    {
        "FromMillimeters" => 1e-3,
        "FromCentimeters" => 1e-2,
        "FromMeters" => 1,
        "FromKilometers" => 1e3,
        _ => null,
    };

    /// <summary>The percent in one unit of a <c>Ratio</c> factory, or null for a name that is not one.</summary>
    public static double? Percent(string factory) => factory switch
    {
        "FromPercent" => 1,
        "FromDecimalFractions" => 100,
        _ => null,
    };

    private static double? Scaled(string factory, double bitFactor, double byteFactor)
    {
        if (!factory.StartsWith("From", System.StringComparison.Ordinal))
        {
            return null;
        }

        var unit = factory.Substring("From".Length);
        var prefixFactor = 1.0;
        foreach (var (prefix, factor) in Prefixes)
        {
            if (unit.Length > prefix.Length && unit.StartsWith(prefix, System.StringComparison.Ordinal))
            {
                prefixFactor = factor;
                unit = char.ToUpperInvariant(unit[prefix.Length]) + unit.Substring(prefix.Length + 1);
                break;
            }
        }

        return unit switch
        {
            "Bits" => prefixFactor * bitFactor,
            "Bytes" => prefixFactor * byteFactor,
            _ => null,
        };
    }
}
