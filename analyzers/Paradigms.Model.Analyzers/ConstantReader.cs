using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Paradigms.Model.Analyzers;

/// <summary>
/// Reads the values the compiler knows: literals and constants (enum members arrive as boxed
/// <c>int</c>), through the implicit conversions to <c>int?</c>, <c>long</c> or <c>double</c>, and the
/// quantity factories of the library called on a constant (<c>BitRate.FromGigabitsPerSecond(10)</c>).
/// Anything else is unknown (null): only the runtime validator can judge it.
/// </summary>
internal static class ConstantReader
{
    /// <summary>The operation under any conversions the compiler inserted or the user wrote.</summary>
    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>Whether the value is the constant null: <c>null</c>, or <c>default</c> of a nullable or reference type.</summary>
    public static bool IsNull(IOperation? operation)
    {
        if (operation is null)
        {
            return false;
        }

        // Read once: each read of a constant boxes its value anew.
        var value = Unwrap(operation);
        var constant = value.ConstantValue;
        return constant.HasValue ? constant.Value is null : value is IDefaultValueOperation;
    }

    /// <summary>The constant integer value, or null when the compiler does not know it.</summary>
    public static long? Integer(IOperation? operation) =>
        operation is null ? null : Unwrap(operation).ConstantValue is { HasValue: true, Value: { } value } ? AsInteger(value) : null;

    /// <summary>The constant value of an enum member (or any integer constant), or null when unknown.</summary>
    public static int? EnumMember(IOperation? operation) =>
        Integer(operation) is { } value && value is >= int.MinValue and <= int.MaxValue ? (int)value : null;

    /// <summary>The constant Boolean value, or null when unknown.</summary>
    public static bool? Boolean(IOperation? operation) =>
        operation is not null && Unwrap(operation).ConstantValue is { HasValue: true, Value: bool value } ? value : null;

    /// <summary>The constant numeric value, or null when unknown.</summary>
    public static double? Number(IOperation? operation)
    {
        if (operation is null || Unwrap(operation).ConstantValue is not { HasValue: true, Value: { } value })
        {
            return null;
        }

        return value switch
        {
            double d => d,
            float f => f,
            decimal m => (double)m,
            _ => AsInteger(value),
        };
    }

    /// <summary>
    /// The base value of a quantity built by one of the library's factories on a constant,
    /// <c>BitRate.FromGigabitsPerSecond(10)</c> is 1e10; null when the operation is anything else.
    /// </summary>
    /// <param name="operation">The operation.</param>
    /// <param name="quantity">The quantity type, for example <c>BitRate</c>.</param>
    /// <param name="factorOf">The factor of a factory's unit in the base unit, by factory name.</param>
    public static double? Quantity(IOperation? operation, INamedTypeSymbol? quantity, System.Func<string, double?> factorOf)
    {
        if (operation is null || Unwrap(operation) is not IInvocationOperation { TargetMethod.IsStatic: true } call
            || !ModelSymbols.Is(call.TargetMethod.ContainingType, quantity)
            || call.Arguments.Length != 1
            || factorOf(call.TargetMethod.Name) is not { } factor
            || Number(call.Arguments[0].Value) is not { } value)
        {
            return null;
        }

        var baseValue = value * factor;
        return double.IsNaN(baseValue) || double.IsInfinity(baseValue) ? null : baseValue;
    }

    private static long? AsInteger(object value) => value switch
    {
        int i => i,
        long l => l,
        short s => s,
        byte b => b,
        sbyte sb => sb,
        ushort us => us,
        uint ui => ui,
        ulong ul when ul <= long.MaxValue => (long)ul,
        char c => c,
        _ => null,
    };
}
