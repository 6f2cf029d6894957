using System.Reflection;
using Paradigms.Model.Decisions;
using Paradigms.Model.Facts;
using Paradigms.Model.Json;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Tests.Reliability;

/// <summary>
/// The lookups that take only enum values (the catalogs, the facts by paradigm, the kinds' factories), and the
/// facts, citations, input error ids and diagnostics.
/// </summary>
public sealed partial class BadInputCensus
{
    /// <summary>
    /// Every entry point that takes only enum values, written out. Each refuses a value its enum does not define,
    /// 99 and, where the enum does not define it, 0 (<c>default</c>): <see cref="ArgumentOutOfRangeException"/>
    /// naming the parameter, the value and the names allowed. The census finds these members by reflection and
    /// fails when one is missing here, so a new lookup gets its rows by hand.
    /// </summary>
    private static readonly string[] EnumLookups =
    [
        "ChannelCatalog.ForParadigm", "ChannelCatalog.Interface", "ChannelCatalog.Logical", "ChannelCatalog.Physical",
        "CpuModel.Profile",
        "DuplexCatalog.Describe", "DuplexCatalog.ForParadigm", "DuplexCatalog.LinkModeFor", "DuplexCatalog.UsagesFor",
        "Encapsulation.Of",
        "InterceptedSocketFunction.Of",
        "IoModel.AddedLatency", "IoModel.ThroughputLoss",
        "IsolationCatalog.ForParadigm",
        "LogicalChannel.Of",
        "MemoryModel.GuestOsMemory",
        "NetworkFacts.LatencyOverhead",
        "NetworkModeCatalog.Describe", "NetworkModeCatalog.ModesOf",
        "NetworkModel.Overhead",
        "Nic.Of",
        "NicCatalog.Describe", "NicCatalog.ForParadigm",
        "OutsideFigures.For",
        "ParadigmProfile.Of",
        "ProtocolStackCatalog.Describe", "ProtocolStackCatalog.Owner", "ProtocolStackCatalog.ToOsi", "ProtocolStackCatalog.ToTcpIp",
        "ResourceFacts.CpuUtilization", "ResourceFacts.IoLatencyIncrease", "ResourceFacts.IoPerformanceLoss", "ResourceFacts.MinimumMemoryExample",
        "ResourceFacts.NetworkLatencyOverhead", "ResourceFacts.NetworkThroughputLoss", "ResourceFacts.StandardMemoryExample", "ResourceFacts.StoragePerformanceLoss",
        "ResourcePathCatalog.Find", "ResourcePathCatalog.For",
        "ScenarioCatalog.Find", "ScenarioCatalog.For",
        "TopologyCatalog.Carries", "TopologyCatalog.Describe", "TopologyCatalog.ForParadigm", "TopologyCatalog.LogicalTopologiesOver", "TopologyCatalog.MappingsOver", "TopologyCatalog.Tier",
        "TradeOffMatrix.Cell", "TradeOffMatrix.Row",
    ];

    [Fact]
    public void The_enum_lookups_written_out_are_exactly_those_reflection_finds() =>
        Assert.Equal(EnumLookups.Order(StringComparer.Ordinal), EnumOnlyEntryPoints().Select(m => $"{m.DeclaringType!.Name}.{m.Name}").Distinct().Order(StringComparer.Ordinal));

    private static IEnumerable<MethodBase> EnumOnlyEntryPoints() =>
        EntryPoints.All.Where(m => m.GetParameters().All(p => (Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType).IsEnum));

    private static IEnumerable<CensusCase> CatalogCases()
    {
        foreach (var member in EnumOnlyEntryPoints().Where(m => EnumLookups.Contains($"{m.DeclaringType!.Name}.{m.Name}")))
        {
            var parameters = member.GetParameters();
            for (var i = 0; i < parameters.Length; i++)
            {
                var type = Nullable.GetUnderlyingType(parameters[i].ParameterType) ?? parameters[i].ParameterType;
                foreach (var raw in new[] { 0, 99 }.Where(raw => !Enum.IsDefined(type, raw)))
                {
                    var at = i;
                    // The other arguments take their enum's last value, which every lookup accepts (Storage, not Cpu, for ResourcePathCatalog).
                    var arguments = parameters.Select((p, j) =>
                    {
                        var enumType = Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType;
                        return j == at ? Enum.ToObject(enumType, raw) : Enum.GetValues(enumType).GetValue(Enum.GetValues(enumType).Length - 1);
                    }).ToArray();
                    var expected = Refused<ArgumentOutOfRangeException>(parameters[i].Name, $"{parameters[i].Name} was {raw}; allowed: ");
                    var label = parameters.Length == 1 ? $"undefined enum {raw}" : $"{parameters[i].Name} undefined enum {raw}";
                    yield return Case("Catalogs", member, label, expected, () => ((MethodInfo)member).Invoke(null, arguments));
                }
            }
        }
    }

    private static IEnumerable<CensusCase> FactCases()
    {
        const string Group = "Facts, citations, diagnostics";
        var citation = EntryPoints.Of(() => new Citation(default, null!, null));
        var factories = new (MethodBase Member, string Parameter, Func<string, object?> Call)[]
        {
            (EntryPoints.Of(() => Citation.Net(null!)), "sections", Citation.Net),
            (EntryPoints.Of(() => Citation.Res(null!)), "sections", Citation.Res),
            (EntryPoints.Of(() => Citation.Standard(null!)), "source", Citation.Standard),
            (EntryPoints.Of(() => Citation.Paper(null!)), "source", Citation.Paper),
            (EntryPoints.Of(() => Citation.Vendor(null!)), "source", Citation.Vendor),
            (EntryPoints.Of(() => Citation.Blog(null!)), "source", Citation.Blog),
        };
        var sourced = EntryPoints.Of(() => new Sourced<int>(null!, 0, null!, null, null, null));
        var find = EntryPoints.Of(() => FactCatalog.Find(null!));
        var title = EntryPoints.Of(() => InputErrorIds.Title(null!));
        var isInputError = EntryPoints.Of(() => InputErrorIds.IsInputError(null!));
        var helpLink = EntryPoints.Of(() => InputErrorIds.HelpLink(null!));
        var net = Citation.Net("§05.1");
        foreach (var (input, text) in BadInputs.Texts)
        {
            var blank = string.IsNullOrWhiteSpace(text);
            foreach (var (member, parameter, call) in factories)
            {
                yield return Case(Group, member, input, blank
                    ? Refused<ArgumentException>(parameter, $"{parameter} was '{text}'; allowed: a non-blank text.")
                    : Accepted("a source or sections that are not blank", r => r is Citation c && (c.Source == text || c.Sections == text)), () => call(text));
            }

            yield return Case(Group, citation, "source " + input, blank
                ? Refused<ArgumentException>("source", $"source was '{text}'; allowed: a non-blank text.")
                : Accepted("a source that is not blank", r => r is Citation { Source: var s } && s == text), () => new Citation(SourceKind.Standard, text));
            yield return Case(Group, citation, "sections " + input, blank
                ? Refused<ArgumentException>("sections", $"sections was '{text}'; allowed: a non-blank text.")
                : Accepted("sections that are not blank", r => r is Citation { Sections: var s } && s == text), () => new Citation(SourceKind.Document, "Net", text));
            yield return Case(Group, sourced, "name " + input, blank
                ? Refused<ArgumentException>("name", $"name was '{text}'; allowed: a non-blank text.")
                : Accepted("a name that is not blank", r => r is Sourced<int> { Name: var n } && n == text), () => new Sourced<int>(text, 1, net));

            // A name no figure has finds nothing; a text no id is has no title, no help link, and is no input error id.
            yield return Case(Group, find, input, Accepted("no figure by that name: null", r => r is null), () => FactCatalog.Find(text));
            yield return Case(Group, title, input, Refused<ArgumentOutOfRangeException>("id", $"id was {text}; allowed: PMF001, PMF002"), () => InputErrorIds.Title(text));
            yield return Case(Group, helpLink, input, Refused<ArgumentOutOfRangeException>("id", $"id was {text}; allowed: PMF001, PMF002"), () => InputErrorIds.HelpLink(text));
            yield return Case(Group, isInputError, input, Accepted("not an input error id: false", r => r is false), () => InputErrorIds.IsInputError(text));
        }

        yield return Case(Group, citation, "kind undefined enum 0", Refused<ArgumentOutOfRangeException>("kind", "kind was 0; allowed: Document, Standard, Paper, Vendor, Blog."), () => new Citation(0, "Net"));
        yield return Case(Group, citation, "source null", Refused<ArgumentNullException>("source"), () => new Citation(SourceKind.Standard, null!));
        yield return Case(Group, sourced, "value null", Refused<ArgumentNullException>("value"), () => new Sourced<string>("Census.Figure", null!, net));
        yield return Case(Group, sourced, "citation null", Refused<ArgumentNullException>("citation"), () => new Sourced<int>("Census.Figure", 1, null!));
        foreach (var member in new[] { title, isInputError, helpLink })
        {
            yield return Case(Group, member, "null", Refused<ArgumentNullException>("id"), () => ((MethodInfo)member).Invoke(null, [null]));
        }

        var finding = RuleTable.CheckVlanId(0)!;
        var from = EntryPoints.Of(() => ModelDiagnostic.From(null!, null!));
        yield return Case(Group, from, "finding null", Refused<ArgumentNullException>("finding"), () => ModelDiagnostic.From(null!, "Nic"));
        yield return Case(Group, from, "member empty", Accepted("the rule's id with the member as given", r => r is ModelDiagnostic { Id: "PM0004", Member: "" }), () => ModelDiagnostic.From(finding, string.Empty));

        // A diagnostic is a record of a finding's fields: it keeps the texts it is given, and refuses a severity that is none of the three.
        var diagnostic = EntryPoints.Of(() => new ModelDiagnostic(null!, default, null!, null!, null!, null!));
        yield return Case(Group, diagnostic, "empty", Accepted("the fields as given", r => r is ModelDiagnostic { Id: "", Message: "" }), () => new ModelDiagnostic(string.Empty, RuleSeverity.Error, string.Empty, string.Empty, string.Empty, string.Empty));
        yield return Case(Group, diagnostic, "Severity undefined enum 0", Refused<ArgumentOutOfRangeException>("Severity", "Severity was 0; allowed: Info, Warning, Error."), () => new ModelDiagnostic("PM0004", 0, "VLAN id 0 is outside 1–4094", "IEEE 802.1Q", "https://example.com", "Nic"));
        yield return Case(Group, diagnostic, "100k chars", Accepted("the fields as given", r => r is ModelDiagnostic d && d.Message.Length == 100_000), () => new ModelDiagnostic("PM0004", RuleSeverity.Error, BadInputs.OverLong, "IEEE 802.1Q", "https://example.com", "Nic"));

        var invalid = EntryPoints.Of(() => new InvalidModelException(null!));
        yield return Case(Group, invalid, "null", Refused<ArgumentNullException>("diagnostics"), () => new InvalidModelException(null!));
        yield return Case(Group, invalid, "none (empty)", Refused<ArgumentException>("diagnostics", "diagnostics was empty; allowed: at least one error."), () => new InvalidModelException([]));

        var modelFile = EntryPoints.Of(() => new ModelFile(null, null, null, null));
        var named = EntryPoints.Of(() => new NamedDeployment(null!, null));
        var deployment = new Deployment(Paradigm.Containerization, Nic.Veth());
        yield return Case(Group, modelFile, "a null deployment", Refused<ArgumentNullException>("deployments[0]"), () => new ModelFile([null!]));
        yield return Case(Group, modelFile, "a null workload", Refused<ArgumentNullException>("workloads[1]"), () => new ModelFile(workloads: [Workload.ApplicationCase, null!]));
        yield return Case(Group, modelFile, "schema empty", Accepted("the $schema as the file names it", r => r is ModelFile { Schema: "" }), () => new ModelFile(schema: string.Empty));
        yield return Case(Group, named, "deployment null", Refused<ArgumentNullException>("deployment"), () => new NamedDeployment(null!, "edge"));
        foreach (var (input, text) in BadInputs.Texts)
        {
            yield return Case(Group, named, "name " + input, string.IsNullOrWhiteSpace(text)
                ? Refused<ArgumentException>("name", $"name was '{text}'; allowed: a non-blank text.")
                : Accepted("a name that is not blank", r => r is NamedDeployment { Name: var n } && n == text), () => new NamedDeployment(deployment, text));
        }
    }
}
