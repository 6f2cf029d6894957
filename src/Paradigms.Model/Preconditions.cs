using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Paradigms.Model;

/// <summary>
/// The one place that checks arguments. Every message names the parameter, the value it got
/// and what is allowed, so a caller can fix the input without reading the source.
/// </summary>
internal static class Preconditions
{
    /// <summary>Returns <paramref name="value"/> when it is not null.</summary>
    public static T NotNull<T>([NotNull] T? value, string paramName)
        where T : class
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName);
        }

        return value;
    }

    /// <summary>Returns <paramref name="value"/> when it is neither null nor white space.</summary>
    public static string NotBlank([NotNull] string? value, string paramName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw value is null
                ? new ArgumentNullException(paramName)
                : new ArgumentException($"{paramName} was '{value}'; allowed: a non-blank text.", paramName);
        }

        return value;
    }

    /// <summary>
    /// Checks the result of an arithmetic operator: finite, and not negative when
    /// <paramref name="signed"/> is false. Failing that, it throws <see cref="OverflowException"/>,
    /// as checked unsigned integer arithmetic does.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Result(double result, bool signed, string quantity, string operation)
    {
        if (signed ? !double.IsFinite(result) : !(result >= 0 && result <= double.MaxValue))
        {
            ThrowOverflow(result, signed, quantity, operation);
        }

        return result;
    }

    /// <summary>
    /// Checks the result of an operator on finite operands that are not negative and cannot
    /// give a negative result (a sum, a product, a quotient): only overflow to infinity and the
    /// NaN of zero divided by zero can go wrong, and one comparison catches both.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ResultOfNonNegatives(double result, string quantity, string operation)
    {
        if (!(result <= double.MaxValue))
        {
            ThrowOverflow(result, signed: false, quantity, operation);
        }

        return result;
    }

    /// <summary>
    /// Checks the difference of two finite values that are not negative: it is always finite,
    /// so only a negative result can go wrong.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double DifferenceOfNonNegatives(double result, string quantity, string operation)
    {
        if (result < 0)
        {
            ThrowOverflow(result, signed: false, quantity, operation);
        }

        return result;
    }

    /// <summary>Returns <paramref name="value"/> when it is one of the enum's named values.</summary>
    public static T Defined<T>(T value, string paramName)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            Fail(paramName, Convert.ToInt64(value, CultureInfo.InvariantCulture), string.Join(", ", Enum.GetNames<T>()));
        }

        return value;
    }

    /// <summary>The exception for an enum value that is none of the enum's named values, for <c>throw</c> expressions in a <c>switch</c>.</summary>
    public static ArgumentOutOfRangeException Undefined<T>(T value, string paramName)
        where T : struct, Enum =>
        OutOfRange(paramName, Convert.ToInt64(value, CultureInfo.InvariantCulture), string.Join(", ", Enum.GetNames<T>()));

    /// <summary>
    /// The exception for <c>CompareTo(object)</c> given a value of another type, for <c>throw</c> expressions;
    /// <paramref name="expected"/> is the comparable type with its article, as in "a Length".
    /// </summary>
    public static ArgumentException CannotCompare(string expected, object obj, string paramName) =>
        new($"Cannot compare {expected} with a value of type {obj.GetType().Name}: CompareTo accepts only {expected} or null.", paramName);

    /// <summary>The exception for a value already found wrong, for <c>throw</c> expressions.</summary>
    public static ArgumentOutOfRangeException OutOfRange(string paramName, object value, string allowed) =>
        new(paramName, value, string.Create(CultureInfo.InvariantCulture, $"{paramName} was {Describe(value)}; allowed: {allowed}."));

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for a value already found wrong.</summary>
    /// <remarks>
    /// Its body is a bare <c>throw</c> and it is left to the JIT, which then never inlines it and
    /// knows the call does not return: the failure path moves out of the caller's hot code and
    /// nothing is kept alive across the call. Marked <c>NoInlining</c>, the JIT would have to
    /// assume it returns (docs/performance.md, resource equations).
    /// </remarks>
    [DoesNotReturn]
    public static void Fail(string paramName, object value, string allowed) =>
        throw OutOfRange(paramName, value, allowed);

    /// <summary>
    /// Throws <see cref="ArgumentOutOfRangeException"/> for a value a rule of the table refuses: the
    /// message is the rule's id and its finding, the same text the analyzer reports for a constant.
    /// </summary>
    [DoesNotReturn]
    public static void Refuse(string paramName, object value, Rules.RuleFinding finding) =>
        throw new ArgumentOutOfRangeException(paramName, value, finding.Rule.Id + ": " + finding.Message + ".");

    [DoesNotReturn]
    private static void ThrowOverflow(double result, bool signed, string quantity, string operation) =>
        throw new OverflowException(string.Create(
            CultureInfo.InvariantCulture,
            $"{operation} gives {Describe(result)}; allowed for {quantity}: {(signed ? "a finite value" : "a finite value of 0 or more")}."));

    private static string Describe(object value) => value switch
    {
        double d when double.IsNaN(d) => "NaN",
        double d when double.IsPositiveInfinity(d) => "+infinity",
        double d when double.IsNegativeInfinity(d) => "-infinity",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };
}
