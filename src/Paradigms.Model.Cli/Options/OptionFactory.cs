using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Linq;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Cli.Options;

/// <summary>
/// Builds the options of the commands with parsers that refuse bad values where they enter: each error names the
/// option, the value and what is allowed, and System.CommandLine reports it as a parse error (exit code 2).
/// </summary>
internal static class OptionFactory
{
    /// <summary>An option that takes one of a list of names, in any case.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="name">The option, for example <c>--format</c>.</param>
    /// <param name="description">The help text.</param>
    /// <param name="choices">The names accepted and their values; several names may share a value.</param>
    /// <param name="defaultValue">The value when the option is absent.</param>
    /// <returns>The option.</returns>
    public static Option<T> Choice<T>(string name, string description, IReadOnlyList<NamedValue<T>> choices, T defaultValue)
    {
        var allowed = string.Join(", ", choices.Select(c => c.Name));
        var option = new Option<T>(name)
        {
            Description = description,
            HelpName = string.Join("|", choices.Select(c => c.Name)),
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                var token = Single(result);
                var match = choices.FirstOrDefault(c => string.Equals(c.Name, token.Trim(), StringComparison.OrdinalIgnoreCase));
                if (match is null)
                {
                    result.AddError($"{name} was '{token}'; allowed: {allowed} (in any case).");
                    return defaultValue;
                }

                return match.Value;
            },
        };
        option.CompletionSources.Add(choices.Select(c => c.Name).ToArray());
        return option;
    }

    /// <summary>An option that takes a quantity above zero, read by the quantity's own parser (for example <c>4Gi</c>, <c>500m</c>).</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="name">The option, for example <c>--memory</c>.</param>
    /// <param name="description">The help text.</param>
    /// <param name="helpName">The value's name in the help, for example <c>size</c>.</param>
    /// <param name="allowed">What is allowed, for the error message, for example <c>a memory size above zero, such as 4Gi</c>.</param>
    /// <param name="defaultValue">The value when the option is absent.</param>
    /// <returns>The option.</returns>
    public static Option<T> PositiveQuantity<T>(string name, string description, string helpName, string allowed, T defaultValue)
        where T : struct, IQuantity<T>
    {
        return new Option<T>(name)
        {
            Description = description,
            HelpName = helpName,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                var token = Single(result);
                T value;
                try
                {
                    value = T.Parse(token, CultureInfo.InvariantCulture);
                }
                catch (FormatException error)
                {
                    result.AddError($"{name} was '{token}'; allowed: {allowed}. {error.Message}");
                    return defaultValue;
                }

                if (value.Equals(T.Zero))
                {
                    result.AddError($"{name} was '{token}'; allowed: {allowed}.");
                    return defaultValue;
                }

                return value;
            },
        };
    }

    /// <summary>An option that takes a whole number in a range.</summary>
    /// <param name="name">The option, for example <c>--underlay</c>.</param>
    /// <param name="description">The help text.</param>
    /// <param name="helpName">The value's name in the help, for example <c>bytes</c>.</param>
    /// <param name="minimum">The least value allowed.</param>
    /// <param name="maximum">The most value allowed.</param>
    /// <param name="allowed">What is allowed, for the error message.</param>
    /// <returns>The option; null when absent.</returns>
    public static Option<int?> Integer(string name, string description, string helpName, int minimum, int maximum, string allowed)
    {
        return new Option<int?>(name)
        {
            Description = description,
            HelpName = helpName,
            CustomParser = result =>
            {
                var token = Single(result);
                if (!long.TryParse(token.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < minimum || value > maximum)
                {
                    result.AddError($"{name} was '{token}'; allowed: {allowed}.");
                    return null;
                }

                return (int)value;
            },
        };
    }

    /// <summary>
    /// An option that names a file to write: refused where it enters when it is empty or white space, names a folder,
    /// or (when <paramref name="extensions"/> are given) ends otherwise; a file that then cannot be written is the
    /// command's to report.
    /// </summary>
    /// <param name="name">The option, for example <c>--output</c>.</param>
    /// <param name="description">The help text.</param>
    /// <param name="extensions">The extensions allowed, such as <c>.png</c>, in any case; empty for any.</param>
    /// <returns>The option; null when absent.</returns>
    public static Option<string?> OutputFile(string name, string description, params string[] extensions)
    {
        var allowed = extensions.Length == 0 ? "a file path" : $"a file path ending in {string.Join(" or ", extensions)}";
        return new Option<string?>(name)
        {
            Description = description,
            HelpName = "file",
            CustomParser = result =>
            {
                var path = Single(result);
                if (string.IsNullOrWhiteSpace(path) || (extensions.Length > 0 && !extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase)))
                {
                    result.AddError($"{name} was '{path}'; allowed: {allowed}.");
                }
                else if (Directory.Exists(path))
                {
                    result.AddError($"{name} was '{path}', a folder; allowed: {allowed}.");
                }

                return path;
            },
        };
    }

    /// <summary>The one token of an option's value; System.CommandLine has already refused zero or several.</summary>
    /// <param name="result">The argument's result.</param>
    /// <returns>The token's text, or an empty text when there is none.</returns>
    public static string Single(ArgumentResult result) => result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
}
