using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Paradigms.Model.Analyzers;

/// <summary>Finds a call's arguments by the parameter they bind to, whether passed by position or by name.</summary>
internal static class Arguments
{
    /// <summary>The value bound to <paramref name="parameter"/>, written or taken from its default; null when there is none.</summary>
    public static IOperation? Value(ImmutableArray<IArgumentOperation> arguments, string parameter) =>
        Find(arguments, parameter)?.Value;

    /// <summary>The value written for <paramref name="parameter"/>; null when the parameter took its default.</summary>
    public static IOperation? Written(ImmutableArray<IArgumentOperation> arguments, string parameter) =>
        Find(arguments, parameter) is { ArgumentKind: not ArgumentKind.DefaultValue } argument ? argument.Value : null;

    /// <summary>Where to report on a value: the value itself when written, otherwise <paramref name="fallback"/>.</summary>
    public static Location LocationOf(IOperation? written, IOperation fallback) =>
        (written ?? fallback).Syntax.GetLocation();

    private static IArgumentOperation? Find(ImmutableArray<IArgumentOperation> arguments, string parameter)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name == parameter)
            {
                return argument;
            }
        }

        return null;
    }
}
