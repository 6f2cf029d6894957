using Paradigms.Model.Tests.Reliability;
using static Paradigms.Model.Cli.Tests.Census.CensusVerdict;

namespace Paradigms.Model.Cli.Tests.Census;

/// <summary>
/// The bad-input census of the command line (issue 7, item 4): every option and argument of every command is given
/// NaN, ±∞, a negative, zero, a number no double holds, empty and white-space text, garbage and 100,000 characters,
/// and values of its own domain at and beyond its limits, each in a child process of its own. Each answer is the one
/// the documentation promises: refused where it enters with exit code 2 and a message naming the option, the value
/// and what is allowed; reported with exit code 1 and the rule's id when the value is readable but the model is not
/// valid; or accepted. Never a stack trace, never exit code 3, never output on stdout or a file written when the run
/// fails.
/// </summary>
/// <remarks>
/// The expectations are written by hand from the help texts, docs/cli.md and docs/model-files.md.
/// <see cref="Every_option_and_argument_is_in_the_census"/> reads every command's help, so an option added without
/// census rows fails; docs/reliability.md carries the table this census makes.
/// </remarks>
public sealed class CliCensus
{
    private const string Formats = "text, markdown, json";
    private const string Levels = "low, medium, high";
    private const string Bytes = "a whole number of bytes, at most 2147483647";
    private const string Layers = "allowed: dot1q, qinq, vxlan4, vxlan6, geneve4, geneve6, gre4, gre6, wireguard4, wireguard6, mpls, separated by commas";
    private const string Unreadable = "1 input cannot be read; no report was written.";

    private static readonly Lazy<IReadOnlyList<CensusCase>> AllCases = new(() =>
    [
        .. Choice("sources", "--format", Formats, v => ["sources", "--format", v]),
        .. Choice("compare", "--resource", "all, cpu, memory, io, network, storage", v => ["compare", "--resource", v]),
        .. Choice("estimate", "--paradigm", "vm, virtualization, pv, paravirtualization, container, containerization, wasm, sandbox, sandboxing", v => ["estimate", "--paradigm", v]),
        .. CpuCases(),
        .. MemoryCases(),
        .. Choice("estimate", "--io", Levels, v => ["estimate", "--io", v]),
        .. Choice("estimate", "--network", Levels, v => ["estimate", "--network", v]),
        .. Choice("recommend", "--isolation", Levels, v => ["recommend", "--isolation", v]),
        .. FlagCases(),
        .. Choice("check", "--format", Formats + ", sarif", v => ["check", CensusCase.ValidModel, "--format", v]),
        .. CheckFileCases(),
        .. ModelFileCases(),
        .. CheckOutputCases(),
        .. UnderlayCases(),
        .. StackCases(),
        .. DeclaredMtuCases(),
        .. FigureCases(),
        .. ChartKindCases(),
        .. ChartOutCases(),
    ]);

    /// <summary>Gets the census, run by run.</summary>
    internal static IReadOnlyList<CensusCase> Cases => AllCases.Value;

    public static TheoryData<string, string> Parameters
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (command, parameter) in Cases.Select(c => (c.Command, c.Parameter)).Distinct())
            {
                data.Add(command, parameter);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public void Every_value_gets_the_answer_the_documentation_promises(string command, string parameter)
    {
        var cases = Cases.Where(c => c.Command == command && c.Parameter == parameter).ToList();
        var failures = cases.Select(c => (Case: c, Failure: c.Verify())).Where(r => r.Failure is not null).ToList();
        Assert.True(
            failures.Count == 0,
            $"{failures.Count} of {cases.Count} runs of {command} {parameter} broke their promise:\n" + string.Join("\n", failures.Select(f => $"- {f.Case}: {f.Failure}")));
    }

    [Fact]
    public void Every_option_and_argument_is_in_the_census()
    {
        var tried = Cases.Select(c => $"{c.Command} {c.Parameter}").ToHashSet();
        var untried = new List<string>();
        foreach (var command in new[] { "compare", "estimate", "recommend", "check", "mtu", "sources", "chart" })
        {
            var help = Cli.Run(command, "--help").Succeeded().Lines;
            var parameters = help.SkipWhile(line => line is not ("Arguments:" or "Options:"))
                .Where(line => line.StartsWith("  ", StringComparison.Ordinal) && !line.StartsWith("   ", StringComparison.Ordinal))
                .Select(line => line.TrimStart().Split(' ', ',')[0])
                .Where(name => name is not ("-?" or "--format"));
            untried.AddRange(parameters.Select(p => $"{command} {(p.StartsWith('<') ? Argument(command) : p)}").Where(p => !tried.Contains(p)));
        }

        // --format is every command's: the census tries it on sources (text, markdown, json) and on check (and sarif).
        Assert.True(untried.Count == 0, "Options and arguments without census runs:\n" + string.Join("\n", untried));
    }

    [Fact]
    public void The_reliability_page_carries_the_census_table() =>
        DocsRegion.Check(
            Path.Combine(Repository.Root, "docs", "reliability.md"),
            "census-cli",
            CensusTable.Markdown(Cases),
            "dotnet test tests/Paradigms.Model.Cli.Tests --filter CliCensus");

    private static string Argument(string command) => command == "chart" ? "<chart>" : "<files>";

    /// <summary>An option that takes one of a list of names: every bad value is refused with the list.</summary>
    private static IEnumerable<CensusCase> Choice(string command, string option, string allowed, Func<string, string[]> line) =>
        CensusInputs.All.Select(input => new CensusCase(command, option, input, line(input.Value), Refused($"{option} was '{input.Value}'; allowed: {allowed} (in any case).")));

    private static IEnumerable<CensusCase> CpuCases()
    {
        const string Allowed = "allowed: a Kubernetes CPU quantity above zero, such as 2, 0.5 or 500m.";
        CensusCase Run(CensusInput input, CensusVerdict verdict) => new("estimate", "--cpu", input, ["estimate", "--cpu", input.Value], verdict);
        CensusVerdict Refuse(CensusInput input, params string[] why) => Refused([$"--cpu was '{input.Value}'; {Allowed}", .. why]);
        return
        [
            .. CensusInputs.All.Select(input => Run(input, Refuse(input, input.Name switch
            {
                "NaN" or "+∞" or "−∞" or "garbage" => $"'{input.Value}' does not start with a number",
                "−1" => "'-1' is negative",
                "1e400" or "100k chars" => "is too large for a CpuCores",
                "empty" or "white space" => "The text is empty",
                _ => $"--cpu was '{input.Value}'",
            }))),

            // 1e308 cores are 1e311 millicores, beyond a double; 1.7e305 cores are a double, but the host CPU, the
            // request ÷ the 85–95 % utilization of containers (Res §2.1), is not.
            Run(CensusInput.Domain("1e308"), Refuse(CensusInput.Domain("1e308"), "'1e308' is too large for a CpuCores")),
            Run(CensusInput.Domain("1.7e305"), Refused("--cpu was '1.7e305'; allowed: a Kubernetes CPU quantity above zero whose host CPU, the request ÷ the CPU utilization of 85–95 %, is a finite number of cores.")),
            Run(CensusInput.Domain("-0"), Refuse(CensusInput.Domain("-0"))),
            Run(CensusInput.Domain("2 parsecs"), Refuse(CensusInput.Domain("2 parsecs"), "'parsecs' in '2 parsecs' is not a CpuCores unit")),

            // CpuCores keeps fractions of a millicore (its documentation), and 1e300 cores have a finite host CPU.
            Run(CensusInput.Domain("0.5m"), Accepted("CPU 0.5 m")),
            Run(CensusInput.Domain("1e300"), Accepted("CPU 1E+300 cores")),
        ];
    }

    private static IEnumerable<CensusCase> MemoryCases()
    {
        const string Allowed = "allowed: a Kubernetes memory quantity above zero, such as 4Gi, 512Mi or 2G.";
        CensusCase Run(CensusInput input, CensusVerdict verdict, params string[] more) => new("estimate", "--memory", input, ["estimate", "--memory", input.Value, .. more], verdict);
        CensusVerdict Refuse(CensusInput input, params string[] why) => Refused([$"--memory was '{input.Value}'; {Allowed}", .. why]);
        return
        [
            .. CensusInputs.All.Select(input => Run(input, Refuse(input, input.Name switch
            {
                "NaN" or "+∞" or "−∞" or "garbage" => $"'{input.Value}' does not start with a number",
                "−1" => "'-1' is negative",
                "1e400" or "100k chars" => "is too large for an Information",
                "empty" or "white space" => "The text is empty",
                _ => $"--memory was '{input.Value}'",
            }))),
            Run(CensusInput.Domain("1Zi"), Refuse(CensusInput.Domain("1Zi"), "'Zi' in '1Zi' is not an Information unit")),
            Run(CensusInput.Domain("1Ei"), Accepted("memory 1 EiB")),

            // A wasm32 linear memory holds at most 4 GiB: 65,536 pages of 64 KiB (PM0011).
            Run(new CensusInput("`8Gi` under wasm", "8Gi"), Reported("PM0011", "--memory was 8 GiB"), "--paradigm", "wasm"),
            Run(new CensusInput("`4Gi` under wasm", "4Gi"), Accepted("Estimate: Sandboxing, CPU 2 cores, memory 4 GiB"), "--paradigm", "wasm"),
            Run(CensusInput.Domain("1e308"), Accepted("memory 1E+290 EB")),
        ];
    }

    /// <summary>The recommend flags take no value: a value after one is refused with the flag's name.</summary>
    private static IEnumerable<CensusCase> FlagCases() =>
        from flag in new[] { "--resource-constrained", "--high-performance", "--high-compatibility", "--guest-modifiable", "--resource-sharing", "--standardization" }
        from input in CensusInputs.All.Where(i => i.Name is "NaN" or "−1" or "empty" or "garbage")
        select new CensusCase("recommend", flag, input, ["recommend", flag, input.Value], Refused($"{flag} was given '{input.Value}'; allowed: no value. Write {flag} alone to turn it on, or leave it out."));

    private static IEnumerable<CensusCase> CheckFileCases()
    {
        CensusCase Run(CensusInput input, CensusVerdict verdict) => new("check", "<files>", input, ["check", input.Value], verdict);
        return
        [
            .. CensusInputs.All.Select(input => Run(input, input.Name switch
            {
                "empty" or "white space" => Refused("a file argument was empty; allowed: a file, a folder or a glob, relative to the current folder."),
                "100k chars" => Refused("(1,1): error PMF001: The file cannot be opened", Unreadable),
                _ => Refused($"{input.Value}(1,1): error PMF001: The file cannot be opened: Could not find file", Unreadable),
            })),
            Run(CensusInput.Domain(CensusCase.FolderNamedLikeAFile), Refused($"the folder '{CensusCase.FolderNamedLikeAFile}' holds no *.json file", Unreadable)),
            Run(CensusInput.Domain("*.nothing"), Refused("'*.nothing' matches no file; allowed: a file, a folder (its *.json files) or a glob", Unreadable)),
            Run(CensusInput.Domain(CensusCase.ValidModel), Accepted("Checked 1 file: 0 errors, 0 warnings.")),
        ];
    }

    /// <summary>What <c>model.json</c> holds: the values as the whole file, then models the rules refuse (docs/model-files.md).</summary>
    private static IEnumerable<CensusCase> ModelFileCases()
    {
        CensusCase Run(CensusInput input, CensusVerdict verdict) => new("check", "model.json's text", input, ["check", "model.json"], verdict, ModelFile: input.Value);
        return
        [
            .. CensusInputs.All.Select(input => Run(input, input.Name switch
            {
                "NaN" or "+∞" or "garbage" => Refused("model.json(1,1): error PMF002: The text is not valid JSON", Unreadable),
                "−∞" => Refused("model.json(1,2): error PMF002: The text is not valid JSON", Unreadable),
                "empty" or "white space" => Refused("model.json(1,1): error PMF001: The file is empty", Unreadable),
                _ => Refused($"model.json(1,1): error PMF003: The JSON value was {input.Value} (a number); allowed: the model file as an object", Unreadable),
            })),
            Run(new CensusInput("VLAN NaN", """{ "deployments": [ { "paradigm": "Containerization", "nic": { "kind": "Veth" }, "channels": [ { "kind": "Vlan", "id": NaN } ] } ] }"""), Refused("model.json(1,119): error PMF002: The text is not valid JSON", Unreadable)),
            Run(new CensusInput("SR-IOV on a sandbox", CheckFolder.SriovOnSandbox), ReportedByCheck("PM0001", "model.json(1,65): error PM0001")),
            Run(new CensusInput("VLAN 5000", """{ "deployments": [ { "paradigm": "Containerization", "nic": { "kind": "Veth" }, "channels": [ { "kind": "Vlan", "id": 5000 } ] } ] }"""), ReportedByCheck("PM0004", "model.json(1,119): error PM0004")),
        ];
    }

    /// <summary><c>check --output</c> takes any name the file system takes (NaN and -1 are file names), never an empty one or a folder.</summary>
    private static IEnumerable<CensusCase> CheckOutputCases()
    {
        CensusCase Run(CensusInput input, CensusVerdict verdict) => new("check", "--output", input, ["check", CensusCase.ValidModel, "--output", input.Value], verdict, Writes: input.Value);
        return
        [
            .. CensusInputs.All.Select(input => Run(input, input.Name switch
            {
                "empty" or "white space" => Refused($"--output was '{input.Value}'; allowed: a file path."),
                "100k chars" => Refused($"--output was '{input.Value}'; it cannot be written"),
                _ => Accepted($"Checked 1 file: 0 errors, 0 warnings; wrote {input.Value}."),
            })),
            Run(CensusInput.Domain(CensusCase.FolderNamedLikeAFile), Refused($"--output was '{CensusCase.FolderNamedLikeAFile}', a folder; allowed: a file path.")),
            Run(CensusInput.Domain("missing/report.txt"), Refused("--output was 'missing/report.txt'; it cannot be written")),
        ];
    }

    private static IEnumerable<CensusCase> UnderlayCases()
    {
        CensusCase Run(CensusInput input, CensusVerdict verdict) => new("mtu", "--underlay", input, ["mtu", "--underlay", input.Value], verdict);
        return
        [
            .. CensusInputs.All.Select(input => Run(input, input.Name switch
            {
                // A readable MTU below the 68 bytes IPv4 needs (RFC 791) is the rule's to report, as in the library.
                "−1" or "0" => Reported("PM0008", $"--underlay was {input.Value}; error PM0008: The underlay MTU of {input.Value} bytes is below the 68 bytes IPv4 needs"),
                _ => Refused($"--underlay was '{input.Value}'; allowed: {Bytes}."),
            })),
            Run(CensusInput.Domain("67"), Reported("PM0008", "--underlay was 67")),
            Run(CensusInput.Domain("68"), Accepted("Underlay MTU 68 B − encapsulation 0 B = inner MTU 68 B.")),
            Run(CensusInput.Domain("2147483647"), Accepted("Underlay MTU 2147483647 B")),
            Run(CensusInput.Domain("2147483648"), Refused($"--underlay was '2147483648'; allowed: {Bytes}.")),
            Run(CensusInput.Domain("1500.5"), Refused($"--underlay was '1500.5'; allowed: {Bytes}.")),
        ];
    }

    private static IEnumerable<CensusCase> StackCases()
    {
        CensusCase Run(CensusInput input, CensusVerdict verdict) => new("mtu", "--stack", input, ["mtu", "--underlay", "1500", "--stack", input.Value], verdict);
        return
        [
            .. CensusInputs.All.Select(input => Run(input, Refused($"--stack was '{input.Value}'; '{input.Value.Trim()}' is not a layer; {Layers}"))),
            Run(CensusInput.Domain("vxlan4,,"), Refused("--stack was 'vxlan4,,'; '' is not a layer")),
            Run(CensusInput.Domain("mpls:0"), Refused("--stack was 'mpls:0'; 'mpls:0' is not a layer")),
            Run(CensusInput.Domain("geneve4:-4"), Refused("--stack was 'geneve4:-4'; 'geneve4:-4' is not a layer")),

            // 536,870,911 labels of 4 bytes are the most an int of bytes counts (RFC 3032); one more is no layer.
            Run(CensusInput.Domain("mpls:536870912"), Refused("--stack was 'mpls:536870912'; 'mpls:536870912' is not a layer")),
            Run(CensusInput.Domain("mpls:536870911"), Reported("PM0008", "536870911 MPLS labels (2147483644 B)")),
            Run(CensusInput.Domain("mpls:536870911,mpls:536870911"), Reported("PM0008", "--stack was 'mpls:536870911,mpls:536870911' over --underlay 1500")),

            // Geneve options are counted in 4-byte words in a 6-bit field (RFC 8926): 0 to 252 bytes in steps of 4.
            Run(CensusInput.Domain("geneve4:3"), Reported("PM0004", "Geneve option bytes 3 is outside 0–252 in steps of 4")),
            Run(CensusInput.Domain("geneve4:256"), Reported("PM0004", "Geneve option bytes 256 is outside 0–252 in steps of 4")),
            Run(CensusInput.Domain("geneve4:252"), Accepted("inner MTU 1198 B")),
        ];
    }

    private static IEnumerable<CensusCase> DeclaredMtuCases()
    {
        CensusCase Run(CensusInput input, CensusVerdict verdict) => new("mtu", "--mtu", input, ["mtu", "--underlay", "1500", "--mtu", input.Value], verdict);
        return
        [
            .. CensusInputs.All.Select(input => Run(input, input.Name switch
            {
                "−1" or "0" => Reported("PM0008", $"--mtu was {input.Value}; error PM0008: The declared MTU of {input.Value} bytes is below the 68 bytes IPv4 needs"),
                _ => Refused($"--mtu was '{input.Value}'; allowed: {Bytes}."),
            })),

            // A declared MTU above what the stack leaves is a warning: the packets fragment or are dropped.
            Run(CensusInput.Domain("2147483647"), Accepted("warning PM0008: The declared MTU of 2147483647 bytes does not fit")),
            Run(CensusInput.Domain("2147483648"), Refused($"--mtu was '2147483648'; allowed: {Bytes}.")),
        ];
    }

    private static IEnumerable<CensusCase> FigureCases()
    {
        CensusCase Run(CensusInput input, CensusVerdict verdict) => new("sources", "--figure", input, ["sources", "--figure", input.Value], verdict);
        return
        [
            .. CensusInputs.All.Select(input => Run(input, Refused($"--figure was '{input.Value}'; allowed: the name of one of the", "figures 'paradigms sources' lists"))),
            Run(CensusInput.Domain("virtualizationnetworklatencyoverhead"), Accepted("ResourceFacts.VirtualizationNetworkLatencyOverhead")),
        ];
    }

    private static IEnumerable<CensusCase> ChartKindCases() =>
        CensusInputs.All.Select(input => new CensusCase(
            "chart", "<chart>", input, ["chart", input.Value, "--out", "chart.png"], Refused($"The chart was '{input.Value}'; allowed: compare, latency, memory (in any case)."), Writes: "chart.png"));

    private static IEnumerable<CensusCase> ChartOutCases()
    {
        const string Allowed = "allowed: a file path ending in .png or .svg.";
        CensusCase Run(CensusInput input, CensusVerdict verdict) => new("chart", "--out", input, ["chart", "compare", "--out", input.Value], verdict, Writes: input.Value);
        return
        [
            .. CensusInputs.All.Select(input => Run(input, Refused($"--out was '{input.Value}'; {Allowed}"))),
            Run(CensusInput.Domain(CensusCase.FolderNamedLikeAFile), Refused($"--out was '{CensusCase.FolderNamedLikeAFile}', a folder; {Allowed}")),
            Run(CensusInput.Domain("missing/chart.png"), Refused("--out was 'missing/chart.png'; it cannot be written")),
            Run(new CensusInput("100k chars + `.png`", CensusInputs.OverLong + ".png"), Refused("it cannot be written")),
            Run(CensusInput.Domain("NaN.svg"), Accepted("Wrote NaN.svg (SVG")),
        ];
    }
}
