using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Paradigms.Model.Json;
using Paradigms.Model.Rules;
using Paradigms.Model.Tests.Quantities;

namespace Paradigms.Model.Tests.Json;

/// <summary>
/// The checker never throws for what a file holds: not for every prefix of a real model file, not for
/// model-shaped JSON whose names, types and values are drawn at random. And whatever it reads, it builds
/// a model exactly when it reports no error.
/// </summary>
public class RobustnessProperties
{
    private static readonly string[] Keys =
    [
        "$schema", "deployments", "workloads", "requirements", "name", "paradigm", "nic", "channels", "networkMode", "uplink", "mtu",
        "encapsulation", "guestModifiable", "kind", "virtualFunctionIndex", "virtualFunctionCount", "vlanId", "id", "speed", "duplex",
        "interfaceType", "medium", "cableLength", "topology", "macAddress", "driver", "underlayMtu", "layers", "optionBytes", "labelCount",
        "cpu", "memory", "io", "network", "resourceConstrained", "highIsolation", "Kind", "unknown",
    ];

    private static readonly string[] Words =
    [
        "Sandboxing", "Containerization", "Virtualization", "Paravirtualization", "SrIovVirtualFunction", "VlanInterface", "Veth", "WasiSocket",
        "E1000", "VirtioNet", "Vlan", "Vxlan", "Cni", "Bridge", "SharedHostStack", "Half", "Full", "Bus", "Rj45", "SfpPlus", "Cat5e", "Cat6",
        "Wifi80211ax", "SingleModeFiber", "MplsLabels", "GeneveOverIpv4", "VxlanOverIpv4", "High", "Low", "10 Gbit/s", "0 bit/s", "1e308 Tbit/s",
        "120 m", "0 m", "4Gi", "5Gi", "0", "2", "500m", "02:00:00:00:00:01", "zz", "", " ", "sandboxing", "μ",
    ];

    private static readonly string[] Numbers =
    [
        "-1", "0", "1", "3", "8", "67", "68", "100", "1280", "1500", "4094", "4095", "5000", "65535", "65536", "16777216", "2147483648",
        "9223372036854775808", "1e400", "1.5", "-0", "1E3", "0.0",
    ];

    public static Arbitrary<string> ModelShapedJson() => Arb.From(Gen.Sized(size => Value(Math.Min(size, 12))).Select(v => "{ \"deployments\": [ " + v + ", " + v + " ], \"workloads\": [ " + v + " ] }"));

    private static Gen<string> Value(int size) => size <= 0
        ? Scalar
        : Gen.Frequency(
            (3, Scalar),
            (3, from count in Gen.Choose(0, 5)
                from members in (from key in Gen.Elements(Keys) from value in Value(size / 2) select Quote(key) + ": " + value).ArrayOf(count)
                select "{ " + string.Join(", ", members) + " }"),
            (1, from count in Gen.Choose(0, 3)
                from items in Value(size / 2).ArrayOf(count)
                select "[ " + string.Join(", ", items) + " ]"));

    private static Gen<string> Scalar { get; } = Gen.Frequency(
        (4, Gen.Elements(Words).Select(Quote)),
        (3, Gen.Elements(Numbers)),
        (1, Gen.Elements("true", "false", "null")));

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    [Property(Arbitrary = new[] { typeof(RobustnessProperties) }, MaxTest = 1000)]
    public bool Model_shaped_json_never_throws_and_builds_a_model_exactly_when_there_is_no_error(string json)
    {
        var result = ModelFileReader.ReadText(json);
        var errors = result.Diagnostics.Any(d => d.Severity == RuleSeverity.Error);
        return (result.Model is null) == errors
            && result.Diagnostics.All(d => d.Line >= 1 && d.Column >= 1 && d.Path.StartsWith('$'));
    }

    [Fact]
    public void Every_prefix_of_a_model_file_is_read_without_throwing()
    {
        var json = File.ReadAllText(Path.Combine(QuantityConventionTests.RepositoryRoot(), "docs", "examples", "containerization.json")).TrimEnd();
        var stopped = 0;
        for (var length = 0; length < json.Length; length++)
        {
            var result = ModelFileReader.ReadText(json[..length]);
            Assert.Equal(ModelFileStatus.Unreadable, result.Status);
            stopped += result.Diagnostics.Count(d => d.Id is InputErrorIds.MalformedJson or InputErrorIds.Unreadable);
        }

        Assert.Equal(json.Length, stopped);
        Assert.Equal(ModelFileStatus.Valid, ModelFileReader.ReadText(json).Status);
    }

    [Theory]
    [InlineData("1.28E3", 1280)]
    [InlineData("1.5e3", 1500)]
    [InlineData("1500.0", 1500)]
    [InlineData("15e2", 1500)]
    [InlineData("150000e-2", 1500)]
    public void A_number_is_read_as_the_integer_it_writes_whatever_its_form(string text, int value)
    {
        var result = ModelFileReader.ReadText("{ \"deployments\": [ { \"paradigm\": \"Containerization\", \"nic\": { \"kind\": \"Veth\" }, \"mtu\": " + text + " } ] }");
        Assert.Empty(result.Diagnostics);
        Assert.Equal(value, result.Model!.Deployments[0].Deployment.Mtu);
    }
}
