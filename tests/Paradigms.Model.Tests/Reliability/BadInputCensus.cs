using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Paradigms.Model.Tests.Quantities;

namespace Paradigms.Model.Tests.Reliability;

/// <summary>
/// The bad-input census (issue 7, item 4): every public entry point of the library — constructors, factories,
/// <c>Parse</c> and <c>TryParse</c> of every quantity, <see cref="Model.Quantities.Range{T}"/> and MAC address, the
/// equations, the facade, the catalogs, JSON reading — is given NaN, ±∞, negatives, zero, huge values, empty and
/// white-space text, garbage and 100,000 characters, and each answer is the one its documentation promises.
/// </summary>
/// <remarks>
/// <para>
/// The expectations are written by hand, per entry point and input, from the XML documentation and the documents:
/// a refusal names its exception type, its parameter and what its message must contain; a value the documentation
/// allows (zero for a duration, a negative ratio) is "accepted" with a check of the result written by hand. Every
/// refusal is also checked against the member's XML documentation: the exception thrown must be one it lists.
/// </para>
/// <para>
/// The entry points are found by reflection (<see cref="EntryPoints"/>); a public entry point without a row fails
/// <see cref="The_census_tries_every_public_entry_point"/>. docs/reliability.md carries the table this census makes
/// (<see cref="The_reliability_page_carries_the_census_table"/>).
/// </para>
/// </remarks>
public sealed partial class BadInputCensus
{
    private static readonly Lazy<IReadOnlyList<CensusCase>> AllCases = new(() =>
    [
        .. QuantityCases(),
        .. RangeCases(),
        .. MacAddressCases(),
        .. NetworkingCases(),
        .. DeploymentCases(),
        .. ResourceCases(),
        .. DecisionCases(),
        .. JsonCases(),
        .. CatalogCases(),
        .. FactCases(),
    ]);

    /// <summary>Gets the census, case by case.</summary>
    internal static IReadOnlyList<CensusCase> Cases => AllCases.Value;

    public static TheoryData<string> Groups => new(Cases.Select(c => c.Group).Distinct());

    [Theory]
    [MemberData(nameof(Groups))]
    public void Every_input_gets_the_answer_its_documentation_promises(string group)
    {
        var cases = Cases.Where(c => c.Group == group).ToList();
        var failures = cases.Select(c => (Case: c, Failure: c.Verify())).Where(r => r.Failure is not null).ToList();
        Assert.True(
            failures.Count == 0,
            $"{failures.Count} of {cases.Count} cases of {group} broke their promise:\n" + string.Join("\n", failures.Take(40).Select(f => $"- {f.Case}: {f.Failure}")));
    }

    [Fact]
    public void The_census_tries_every_public_entry_point()
    {
        var tried = Cases.Select(c => c.Member).ToHashSet();
        var untried = EntryPoints.All.Where(member => !tried.Contains(member)).Select(EntryPoints.Name).ToList();
        Assert.True(untried.Count == 0, "Public entry points without census rows:\n" + string.Join("\n", untried));
        Assert.True(EntryPoints.All.Count > 250, $"Reflection found {EntryPoints.All.Count} entry points; expected the library's ~270.");
    }

    [Fact]
    public void Every_census_row_calls_a_documented_public_entry_point()
    {
        var entryPoints = EntryPoints.All.ToHashSet();
        var strays = Cases.Select(c => c.Member).Distinct().Where(member => !entryPoints.Contains(member) || !XmlDocs.IsDocumented(member)).Select(EntryPoints.Name).ToList();
        Assert.True(strays.Count == 0, "Census rows call members that are not documented public entry points:\n" + string.Join("\n", strays));
    }

    [Fact]
    public void Every_entry_point_is_tried_with_a_bad_value_of_each_kind_its_parameters_take()
    {
        // A number parameter gets NaN or a negative, a text parameter empty text, an enum parameter an undefined value.
        var gaps = new List<string>();
        foreach (var member in EntryPoints.All)
        {
            var inputs = Cases.Where(c => c.Member == member).Select(c => c.Input).ToHashSet();
            foreach (var type in member.GetParameters().Select(p => Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType).Distinct())
            {
                var required = type == typeof(double) ? "NaN"
                    : type == typeof(int) ? "−1"
                    : type == typeof(string) ? "empty"
                    : type.IsEnum ? "undefined enum"
                    : null;
                if (required is not null && !inputs.Any(input => input.StartsWith(required, StringComparison.Ordinal) || input.Contains(" " + required, StringComparison.Ordinal)))
                {
                    gaps.Add($"{EntryPoints.Name(member)} takes {type.Name} but is never tried with {required}");
                }
            }
        }

        Assert.True(gaps.Count == 0, string.Join("\n", gaps));
    }

    [Fact]
    public void The_reliability_page_carries_the_census_table() =>
        DocsRegion.Check(
            Path.Combine(QuantityConventionTests.RepositoryRoot(), "docs", "reliability.md"),
            "census-library",
            CensusTable.Markdown(Cases),
            "dotnet test tests/Paradigms.Model.Tests --filter BadInputCensus");

    private static CensusCase Case(string group, MethodBase member, string input, Expectation expected, Func<object?> call) =>
        new(group, member, input, expected, call);

    [SuppressMessage("Performance", "CA1859:Use concrete types when possible for improved performance", Justification = "Rows choose between expectations in conditional expressions, which need their common type.")]
    private static Expectation Refused<TException>(string? parameter, params string[] fragments)
        where TException : Exception => new Expectation.Refused(typeof(TException), parameter, fragments);

    [SuppressMessage("Performance", "CA1859:Use concrete types when possible for improved performance", Justification = "Rows choose between expectations in conditional expressions, which need their common type.")]
    private static Expectation Accepted(string why, Func<object?, bool> check) => new Expectation.Accepted(why, check);

    [SuppressMessage("Performance", "CA1859:Use concrete types when possible for improved performance", Justification = "Rows choose between expectations in conditional expressions, which need their common type.")]
    private static Expectation Reported(params string[] ids) => new Expectation.Reported(ids);

    private static readonly Expectation NotParsed = new Expectation.NotParsed();

    /// <summary>A <c>TryParse</c>'s answer as the census compares it: whether it parsed, and its out value.</summary>
    private static (bool Parsed, object Value) Tried(bool parsed, object value) => (parsed, value);
}
