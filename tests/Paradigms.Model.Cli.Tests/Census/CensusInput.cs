namespace Paradigms.Model.Cli.Tests.Census;

/// <summary>One value the census tries.</summary>
/// <param name="Name">The value's name in the census table: NaN, +∞, −1, empty, 100k chars, or the value itself.</param>
/// <param name="Value">The argument as the command receives it.</param>
internal sealed record CensusInput(string Name, string Value)
{
    /// <summary>A value of the option's own domain, named by itself as code.</summary>
    public static CensusInput Domain(string value) => new($"`{value}`", value);
}
