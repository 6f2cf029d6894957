using System.Reflection;
using System.Text;
using Paradigms.Model.Decisions;
using Paradigms.Model.Json;
using Paradigms.Model.Networking;
using Paradigms.Model.Quantities;

namespace Paradigms.Model.Tests.Reliability;

/// <summary>
/// JSON reading (docs/model-files.md): <see cref="ModelJson"/>'s <c>Deserialize…</c> methods throw
/// <see cref="InvalidModelFileException"/> with the finding's id; <see cref="ModelFileReader"/> never throws for what
/// a file holds and reports the same id, located. Writing takes built models only, so it is tried with null.
/// </summary>
public sealed partial class BadInputCensus
{
    /// <summary>What each <c>Deserialize…</c> method reads, as its message names it, and how it is called.</summary>
    private static readonly (string What, Func<string, object?> Read)[] Readers =
    [
        ("model file", ModelJson.DeserializeModelFile),
        ("deployment", ModelJson.DeserializeDeployment),
        ("NIC", ModelJson.DeserializeNic),
        ("channel", ModelJson.DeserializeChannel),
        ("physical NIC", ModelJson.DeserializePhysicalNic),
        ("encapsulation stack", ModelJson.DeserializeEncapsulationStack),
        ("workload", ModelJson.DeserializeWorkload),
        ("requirements object", ModelJson.DeserializeRequirements),
    ];

    private static IEnumerable<CensusCase> JsonCases() =>
        TextCases().Concat(ValueCases()).Concat(Utf8Cases()).Concat(FileCases()).Concat(WriterCases());

    /// <summary>
    /// The texts that are no JSON model: empty and white space (PMF001), garbage (PMF002), a NUL byte (PMF001),
    /// and 100,000 nines, which are one JSON number where an object belongs (PMF003).
    /// </summary>
    private static IEnumerable<CensusCase> TextCases()
    {
        var readText = EntryPoints.Of(() => ModelFileReader.ReadText(null!, null));
        foreach (var (input, text) in BadInputs.Texts)
        {
            var id = input switch
            {
                "empty" or "white space" or "NUL" => InputErrorIds.Unreadable,
                "100k chars" => InputErrorIds.WrongType,
                _ => InputErrorIds.MalformedJson,
            };
            yield return Case("ModelFileReader", readText, input, Reported(id), () => ModelFileReader.ReadText(text, "census.json"));
            foreach (var (what, read) in Readers)
            {
                yield return Case("ModelJson", ReaderMember(read), input, Refused<InvalidModelFileException>(null, $"The JSON is not a valid {what}:", $"{id}: "), () => read(text));
            }
        }

        yield return Case("ModelFileReader", readText, "null", Refused<ArgumentNullException>("text"), () => ModelFileReader.ReadText(null!));
        yield return Case("ModelFileReader", readText, "fileName empty", Reported(), () => ModelFileReader.ReadText("{}", string.Empty));
        foreach (var (_, read) in Readers)
        {
            yield return Case("ModelJson", ReaderMember(read), "null", Refused<ArgumentNullException>("json"), () => read(null!));
        }
    }

    /// <summary>
    /// Numbers and quantities at their extremes inside well-formed JSON: a rule's id where the model breaks a rule
    /// (an MTU below 68 bytes, PM0008), PMF007 where the model refuses the value (a zero speed, an integer no 32-bit
    /// field holds), PMF003 for the wrong JSON type, PMF002 for NaN, which JSON has no token for.
    /// </summary>
    private static IEnumerable<CensusCase> ValueCases()
    {
        var readText = EntryPoints.Of(() => ModelFileReader.ReadText(null!, null));
        var cases = new (string Input, string Reader, string Json, string? Id)[]
        {
            ("mtu −1", "deployment", DeploymentJson("\"mtu\": -1"), "PM0008"),
            ("mtu 0", "deployment", DeploymentJson("\"mtu\": 0"), "PM0008"),
            ("mtu int.MinValue", "deployment", DeploymentJson("\"mtu\": -2147483648"), "PM0008"),
            ("mtu int.MaxValue", "deployment", DeploymentJson("\"mtu\": 2147483647"), null),
            ("mtu int.MaxValue + 1", "deployment", DeploymentJson("\"mtu\": 2147483648"), InputErrorIds.InvalidValue),
            ("mtu long.MaxValue", "deployment", DeploymentJson("\"mtu\": 9223372036854775807"), InputErrorIds.InvalidValue),
            ("mtu 1e308", "deployment", DeploymentJson("\"mtu\": 1e308"), InputErrorIds.InvalidValue),
            ("mtu 1.5", "deployment", DeploymentJson("\"mtu\": 1.5"), InputErrorIds.WrongType),
            ("mtu NaN", "deployment", DeploymentJson("\"mtu\": NaN"), InputErrorIds.MalformedJson),
            ("mtu −∞", "deployment", DeploymentJson("\"mtu\": -Infinity"), InputErrorIds.MalformedJson),
            ("mtu '1500'", "deployment", DeploymentJson("\"mtu\": \"1500\""), InputErrorIds.WrongType),
            ("name empty", "model file", Deployments(DeploymentJson("\"name\": \"\"")), InputErrorIds.InvalidValue),
            ("name white space", "model file", Deployments(DeploymentJson("\"name\": \" \\t \"")), InputErrorIds.InvalidValue),
            ("name NUL", "model file", Deployments(DeploymentJson("\"name\": \"\\u0000\"")), null),
            ("name 100k chars", "model file", Deployments(DeploymentJson($"\"name\": \"{BadInputs.OverLong}\"")), null),
            ("paradigm undefined enum 'Mainframe'", "deployment", "{ \"paradigm\": \"Mainframe\", \"nic\": { \"kind\": \"Veth\" } }", InputErrorIds.UnknownName),
            ("paradigm 0", "deployment", "{ \"paradigm\": 0, \"nic\": { \"kind\": \"Veth\" } }", InputErrorIds.WrongType),
            ("vlanId −1", "NIC", "{ \"kind\": \"VlanInterface\", \"vlanId\": -1 }", "PM0004"),
            ("vlanId 0", "NIC", "{ \"kind\": \"VlanInterface\", \"vlanId\": 0 }", "PM0004"),
            // The rule table reads any integer a VLAN id may be written as: PM0004 names the range, which PMF007 would not.
            ("vlanId int.MaxValue + 1", "NIC", "{ \"kind\": \"VlanInterface\", \"vlanId\": 2147483648 }", "PM0004"),
            ("id −1", "channel", "{ \"kind\": \"Vxlan\", \"id\": -1 }", "PM0004"),
            ("id 0", "channel", "{ \"kind\": \"Vxlan\", \"id\": 0 }", null),
            ("id 2^24", "channel", "{ \"kind\": \"Vxlan\", \"id\": 16777216 }", "PM0004"),
            ("speed NaN", "physical NIC", "{ \"speed\": \"NaN Gbit/s\" }", InputErrorIds.InvalidValue),
            ("speed +∞", "physical NIC", "{ \"speed\": \"Infinity Gbit/s\" }", InputErrorIds.InvalidValue),
            ("speed −1", "physical NIC", "{ \"speed\": \"-1 Gbit/s\" }", InputErrorIds.InvalidValue),
            ("speed 0", "physical NIC", "{ \"speed\": \"0 Gbit/s\" }", InputErrorIds.InvalidValue),
            ("speed 1e308 Gbit/s", "physical NIC", "{ \"speed\": \"1e308 Gbit/s\" }", InputErrorIds.InvalidValue),
            ("speed 1e308 bit/s", "physical NIC", "{ \"speed\": \"1e308 bit/s\" }", null),
            ("speed empty", "physical NIC", "{ \"speed\": \"\" }", InputErrorIds.InvalidValue),
            ("speed 10 (a number)", "physical NIC", "{ \"speed\": 10 }", InputErrorIds.WrongType),
            ("cableLength 0", "physical NIC", "{ \"speed\": \"1 Gbit/s\", \"cableLength\": \"0 m\" }", InputErrorIds.InvalidValue),
            ("driver white space", "physical NIC", "{ \"speed\": \"1 Gbit/s\", \"driver\": \" \" }", InputErrorIds.InvalidValue),
            ("macAddress 'abc'", "physical NIC", "{ \"speed\": \"1 Gbit/s\", \"macAddress\": \"abc\" }", InputErrorIds.InvalidValue),
            ("underlayMtu −1", "encapsulation stack", "{ \"underlayMtu\": -1 }", "PM0008"),
            ("underlayMtu 0", "encapsulation stack", "{ \"underlayMtu\": 0 }", "PM0008"),
            ("underlayMtu int.MaxValue + 1", "encapsulation stack", "{ \"underlayMtu\": 2147483648 }", InputErrorIds.InvalidValue),
            ("labelCount 0", "encapsulation stack", "{ \"underlayMtu\": 1500, \"layers\": [ { \"kind\": \"MplsLabels\", \"labelCount\": 0 } ] }", InputErrorIds.InvalidValue),
            ("labelCount 536870912", "encapsulation stack", "{ \"underlayMtu\": 1500, \"layers\": [ { \"kind\": \"MplsLabels\", \"labelCount\": 536870912 } ] }", InputErrorIds.InvalidValue),
            ("labelCount 536870911", "encapsulation stack", "{ \"underlayMtu\": 1500, \"layers\": [ { \"kind\": \"MplsLabels\", \"labelCount\": 536870911 } ] }", "PM0008"),
            ("optionBytes −4", "encapsulation stack", "{ \"underlayMtu\": 1500, \"layers\": [ { \"kind\": \"GeneveOverIpv4\", \"optionBytes\": -4 } ] }", "PM0004"),
            ("cpu NaN", "workload", WorkloadJson("NaN", "4Gi"), InputErrorIds.InvalidValue),
            ("cpu +∞", "workload", WorkloadJson("Infinity", "4Gi"), InputErrorIds.InvalidValue),
            ("cpu −1", "workload", WorkloadJson("-1", "4Gi"), InputErrorIds.InvalidValue),
            ("cpu 0", "workload", WorkloadJson("0", "4Gi"), InputErrorIds.InvalidValue),
            ("cpu 1e308", "workload", WorkloadJson("1e308", "4Gi"), InputErrorIds.InvalidValue),
            ("cpu empty", "workload", WorkloadJson(string.Empty, "4Gi"), InputErrorIds.InvalidValue),
            ("memory −1", "workload", WorkloadJson("2", "-1"), InputErrorIds.InvalidValue),
            ("memory 0", "workload", WorkloadJson("2", "0"), InputErrorIds.InvalidValue),
            ("memory 1e308", "workload", WorkloadJson("2", "1e308"), null),
            ("memory 8Gi under sandboxing", "workload", "{ \"paradigm\": \"Sandboxing\", \"cpu\": \"2\", \"memory\": \"8Gi\", \"io\": \"Low\", \"network\": \"Low\" }", "PM0011"),
            ("highIsolation 'yes'", "requirements object", "{ \"highIsolation\": \"yes\" }", InputErrorIds.WrongType),
            ("highIsolation null", "requirements object", "{ \"highIsolation\": null }", InputErrorIds.WrongType),
            ("nesting 65 deep", "model file", new string('[', 65) + new string(']', 65), InputErrorIds.MalformedJson),
        };
        foreach (var (input, what, json, id) in cases)
        {
            var read = Readers.Single(r => r.What == what).Read;
            var file = what switch
            {
                "model file" => json,
                "deployment" => $"{{ \"deployments\": [ {json} ] }}",
                "NIC" => $"{{ \"deployments\": [ {{ \"paradigm\": \"Containerization\", \"nic\": {json} }} ] }}",
                "channel" => $"{{ \"deployments\": [ {{ \"paradigm\": \"Containerization\", \"nic\": {{ \"kind\": \"Veth\" }}, \"channels\": [ {json} ] }} ] }}",
                "physical NIC" => $"{{ \"deployments\": [ {{ \"paradigm\": \"Containerization\", \"nic\": {{ \"kind\": \"Veth\" }}, \"uplink\": {json} }} ] }}",
                "encapsulation stack" => $"{{ \"deployments\": [ {{ \"paradigm\": \"Containerization\", \"nic\": {{ \"kind\": \"Veth\" }}, \"encapsulation\": {json} }} ] }}",
                "workload" => $"{{ \"workloads\": [ {json} ] }}",
                _ => $"{{ \"requirements\": {json} }}",
            };
            yield return Case("ModelFileReader", readText, input, id is null ? Reported() : Reported(id), () => ModelFileReader.ReadText(file));
            yield return Case("ModelJson", ReaderMember(read), input, id is null
                ? Accepted("a value the format allows", r => r is not null)
                : Refused<InvalidModelFileException>(null, $"The JSON is not a valid {what}:", $"{id}: "), () => read(json));
        }
    }

    /// <summary>Bytes: empty, NUL, not UTF-8, UTF-16, one byte past the 4 MiB limit, and 100,000 nines.</summary>
    private static IEnumerable<CensusCase> Utf8Cases()
    {
        var readUtf8 = EntryPoints.Method(typeof(ModelFileReader), nameof(ModelFileReader.ReadUtf8), typeof(ReadOnlySpan<byte>), typeof(string));
        var cases = new (string Input, byte[] Bytes, string Id)[]
        {
            ("empty", [], InputErrorIds.Unreadable),
            ("white space", " \t "u8.ToArray(), InputErrorIds.Unreadable),
            ("'abc'", "abc"u8.ToArray(), InputErrorIds.MalformedJson),
            ("NUL", [0], InputErrorIds.Unreadable),
            ("0xFF (not UTF-8)", [0xFF, 0x7B, 0x7D], InputErrorIds.Unreadable),
            ("UTF-16 with its byte order mark", [0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00], InputErrorIds.Unreadable),
            ("4 MiB + 1 byte", Encoding.UTF8.GetBytes("{}" + new string(' ', ModelFileReader.MaximumBytes - 1)), InputErrorIds.Unreadable),
            ("100k chars", Encoding.UTF8.GetBytes(BadInputs.OverLong), InputErrorIds.WrongType),
        };
        foreach (var (input, bytes, id) in cases)
        {
            yield return Case("ModelFileReader", readUtf8, input, Reported(id), () => ModelFileReader.ReadUtf8(bytes, "census.json"));
        }

        yield return Case("ModelFileReader", readUtf8, "4 MiB exactly", Reported(), () => ModelFileReader.ReadUtf8(Encoding.UTF8.GetBytes("{}" + new string(' ', ModelFileReader.MaximumBytes - 2))));
    }

    /// <summary>Paths that open no file: each is PMF001, the file cannot be opened.</summary>
    private static IEnumerable<CensusCase> FileCases()
    {
        var readFile = EntryPoints.Of(() => ModelFileReader.ReadFile(null!));
        foreach (var (input, path) in BadInputs.Texts.Select(t => (t.Name, t.Value)).Append(("a directory", Path.GetTempPath())).Append(("a missing file", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json"))))
        {
            yield return Case("ModelFileReader", readFile, input, Reported(InputErrorIds.Unreadable), () => ModelFileReader.ReadFile(path));
        }

        yield return Case("ModelFileReader", readFile, "null", Refused<ArgumentNullException>("path"), () => ModelFileReader.ReadFile(null!));
    }

    /// <summary>The writers take models that exist, so the one bad input is null.</summary>
    private static IEnumerable<CensusCase> WriterCases()
    {
        var writers = new (MethodBase Member, string Parameter, Func<object?> Call)[]
        {
            (EntryPoints.Of(() => ModelJson.Serialize((ModelFile)null!)), "file", () => ModelJson.Serialize((ModelFile)null!)),
            (EntryPoints.Of(() => ModelJson.Serialize((Deployment)null!)), "deployment", () => ModelJson.Serialize((Deployment)null!)),
            (EntryPoints.Of(() => ModelJson.Serialize((Nic)null!)), "nic", () => ModelJson.Serialize((Nic)null!)),
            (EntryPoints.Of(() => ModelJson.Serialize((LogicalChannel)null!)), "channel", () => ModelJson.Serialize((LogicalChannel)null!)),
            (EntryPoints.Of(() => ModelJson.Serialize((PhysicalNic)null!)), "nic", () => ModelJson.Serialize((PhysicalNic)null!)),
            (EntryPoints.Of(() => ModelJson.Serialize((EncapsulationStack)null!)), "stack", () => ModelJson.Serialize((EncapsulationStack)null!)),
            (EntryPoints.Of(() => ModelJson.Serialize((Workload)null!)), "workload", () => ModelJson.Serialize((Workload)null!)),
            (EntryPoints.Of(() => ModelJson.Serialize((Requirements)null!)), "requirements", () => ModelJson.Serialize((Requirements)null!)),
        };
        foreach (var (member, parameter, call) in writers)
        {
            yield return Case("ModelJson", member, "null", Refused<ArgumentNullException>(parameter), call);
        }

        // A driver or a name with an unpaired surrogate is text no UTF-8 file can hold (docs/model-files.md).
        var link = new PhysicalNic(BitRate.FromGigabitsPerSecond(1), driver: "\uD800");
        yield return Case("ModelJson", writers[4].Member, "a driver with an unpaired surrogate", Refused<ArgumentException>(null, "surrogate"), () => ModelJson.Serialize(link));
    }

    private static MethodBase ReaderMember(Func<string, object?> read) => EntryPoints.Definition(read.Method);

    private static string Deployments(string deployment) => $"{{ \"deployments\": [ {deployment} ] }}";

    private static string DeploymentJson(string property) => $"{{ \"paradigm\": \"Containerization\", \"nic\": {{ \"kind\": \"Veth\" }}, {property} }}";

    private static string WorkloadJson(string cpu, string memory) =>
        $"{{ \"paradigm\": \"Containerization\", \"cpu\": \"{cpu}\", \"memory\": \"{memory}\", \"io\": \"High\", \"network\": \"Medium\" }}";
}
