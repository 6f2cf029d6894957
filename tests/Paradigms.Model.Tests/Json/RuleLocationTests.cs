using Paradigms.Model.Json;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Tests.Json;

/// <summary>
/// Every rule a model file can break is reported with the rule table's id, severity and message, at
/// the value that breaks it; every finding of a file is reported, not only the first. Positions are
/// written by hand from each text (a value after <c>"nic": { "kind": </c> on a line indented by two is
/// at column 20; after <c>"mtu": </c>, 10; after <c>"networkMode": </c>, 18).
/// </summary>
public class RuleLocationTests
{
    [Fact]
    public void Every_finding_of_a_sandbox_is_at_its_value()
    {
        const string Json = """
            { "deployments": [ {
              "paradigm": "Sandboxing",
              "nic": { "kind": "SrIovVirtualFunction", "virtualFunctionIndex": 8, "virtualFunctionCount": 8 },
              "channels": [ { "kind": "Vlan", "id": 5000 }, { "kind": "Vxlan", "id": 16777216 } ],
              "networkMode": "Bridge",
              "guestModifiable": false
            } ] }
            """;
        var result = ModelFileReader.ReadText(Json, "edge.json");
        // Line 3: "SrIovVirtualFunction" 20–41, "virtualFunctionIndex" 44–65, its 8 at 68.
        // Line 4: the first "kind" value at 27, "id" 35–38, 5000 at 41; the second "kind" value at 59, 16777216 at 74.
        Assert.Equal(
            [("PM0001", 3, 20), ("PM0004", 3, 68), ("PM0002", 4, 27), ("PM0004", 4, 41), ("PM0002", 4, 59), ("PM0004", 4, 74), ("PM0009", 5, 18)],
            FileAssert.Positions(result));
        Assert.All(result.Diagnostics, d => Assert.Equal(RuleSeverity.Error, d.Severity));
        Assert.Equal(ModelFileStatus.BreaksRules, result.Status);
        Assert.Null(result.Model);

        var messages = result.Diagnostics.Select(d => d.Message).ToArray();
        Assert.Equal("SR-IOV cannot be attached to a Wasm sandbox: a Wasm module reaches the network only through WASI sockets, and WASI exposes no link-layer device", messages[0]);
        Assert.Equal("SR-IOV virtual function index 8 is outside 0–7 (the device has 8 virtual functions)", messages[1]);
        Assert.StartsWith("A VLAN cannot be terminated inside a Wasm sandbox", messages[2], StringComparison.Ordinal);
        Assert.Equal("VLAN id 5000 is outside 1–4094 (802.1Q: 12 bits, 0 and 4095 reserved)", messages[3]);
        Assert.StartsWith("A VXLAN channel cannot be terminated inside a Wasm sandbox", messages[4], StringComparison.Ordinal);
        Assert.Equal("VXLAN VNI 16777216 is outside 0–16,777,215 (RFC 7348: 24 bits)", messages[5]);
        Assert.StartsWith("Bridge mode cannot be used by a Wasm sandbox", messages[6], StringComparison.Ordinal);

        var first = result.Diagnostics[0];
        Assert.Equal("$.deployments[0].nic.kind", first.Path);
        Assert.Equal("https://github.com/paradigms-model/Paradigms.Model/blob/main/docs/diagnostics/PM0001.md", first.HelpLink);
        Assert.Equal(RuleTable.NicNotAttachable.Citation, first.Citation);
        Assert.False(first.IsInputError);
        Assert.Equal("edge.json(3,20): error PM0001: " + messages[0] + " [" + first.HelpLink + "]", first.ToString());
    }

    [Fact]
    public void Guest_NIC_path_mode_and_MTU_findings_of_a_paravirtualized_VM_are_at_their_values()
    {
        const string Json = """
            { "deployments": [ {
              "paradigm": "Paravirtualization",
              "nic": { "kind": "E1000" },
              "networkMode": "SharedHostStack",
              "mtu": 60,
              "guestModifiable": false
            } ] }
            """;
        var result = ModelFileReader.ReadText(Json);
        // "guestModifiable" at 3–19, its value at 22.
        Assert.Equal([("PM0003", 3, 20), ("PM0009", 4, 18), ("PM0008", 5, 10), ("PM0007", 6, 22)], FileAssert.Positions(result));
        Assert.Equal(
            [RuleSeverity.Warning, RuleSeverity.Error, RuleSeverity.Error, RuleSeverity.Error],
            result.Diagnostics.Select(d => d.Severity));
        Assert.Equal("The declared MTU of 60 bytes is below the 68 bytes IPv4 needs (RFC 791): no IP packet can cross it", result.Diagnostics[2].Message);
    }

    [Fact]
    public void MTU_findings_are_at_the_declared_MTU_the_underlay_MTU_or_the_layers()
    {
        const string Json = """
            { "deployments": [
              { "paradigm": "Containerization", "nic": { "kind": "Veth" }, "mtu": 1000 },
              { "paradigm": "Containerization", "nic": { "kind": "Veth" },
                "mtu": 1500,
                "encapsulation": { "underlayMtu": 1500, "layers": [ "VxlanOverIpv4", "WireGuardOverIpv4" ] } },
              { "paradigm": "Containerization", "nic": { "kind": "Veth" },
                "encapsulation": {
                  "underlayMtu": 60,
                  "layers": [ { "kind": "GeneveOverIpv4", "optionBytes": 6 } ] } },
              { "paradigm": "Containerization", "nic": { "kind": "Veth" },
                "encapsulation": {
                  "underlayMtu": 100,
                  "layers": [ { "kind": "MplsLabels", "labelCount": 9 } ] } }
            ] }
            """;
        var result = ModelFileReader.ReadText(Json);
        Assert.Equal(
            [
                ("PM0008", 2, 71),  // the mtu 1000
                ("PM0008", 4, 12),  // "mtu" at 5–9, 1500 at 12
                ("PM0008", 8, 22),  // "underlayMtu" at 7–19, 60 at 22
                ("PM0004", 9, 62),  // the option bytes 6
                ("PM0008", 13, 17), // "layers" at 7–14, "[" at 17
            ],
            FileAssert.Positions(result));
        Assert.Equal(
            [RuleSeverity.Warning, RuleSeverity.Warning, RuleSeverity.Error, RuleSeverity.Error, RuleSeverity.Error],
            result.Diagnostics.Select(d => d.Severity));
        var messages = result.Diagnostics.Select(d => d.Message).ToArray();
        Assert.Equal("The declared MTU of 1000 bytes is below the 1280 bytes IPv6 needs (RFC 8200): only IPv4 can run over it", messages[0]);
        // 1500 − 50 − 60 = 1390.
        Assert.Equal(
            "The declared MTU of 1500 bytes does not fit: VXLAN over IPv4 (50 B) + WireGuard over IPv4 (60 B) over a 1500-byte underlay leave 1390 bytes, so larger packets fragment or are dropped",
            messages[1]);
        Assert.Equal("The underlay MTU of 60 bytes is below the 68 bytes IPv4 needs (RFC 791): no IP packet can cross it", messages[2]);
        Assert.StartsWith("Geneve option bytes 6 is outside 0–252 in steps of 4", messages[3], StringComparison.Ordinal);
        // 9 labels × 4 bytes = 36; 100 − 36 = 64.
        Assert.Equal("The MTU the stack leaves, 9 MPLS labels (36 B), of 64 bytes is below the 68 bytes IPv4 needs (RFC 791): no IP packet can cross it", messages[4]);
        Assert.Equal("$.deployments[3].encapsulation.layers", result.Diagnostics[4].Path);
    }

    [Fact]
    public void Link_findings_are_at_the_speed_the_duplex_and_the_cable_length()
    {
        const string Json = """
            { "deployments": [ {
              "paradigm": "Virtualization",
              "nic": { "kind": "Physical" },
              "uplink": {
                "speed": "25 Gbit/s",
                "duplex": "Half",
                "interfaceType": "SfpPlus",
                "medium": "Cat5e",
                "cableLength": "120 m"
              }
            } ] }
            """;
        var result = ModelFileReader.ReadText(Json);
        // "speed" 5–11, value at 14; "duplex" 5–12, value at 15; "cableLength" 5–17, value at 20.
        Assert.Equal([("PM0005", 5, 14), ("PM0005", 5, 14), ("PM0006", 6, 15), ("PM0005", 9, 20)], FileAssert.Positions(result));
        Assert.Equal(
            [RuleSeverity.Error, RuleSeverity.Error, RuleSeverity.Error, RuleSeverity.Warning],
            result.Diagnostics.Select(d => d.Severity));
        Assert.Equal("Cat5e cannot carry 25 Gbit/s: the fastest standard over Cat5e is 5 Gbit/s (5GBASE-T, IEEE 802.3bz)", result.Diagnostics[0].Message);
        Assert.Equal("An SFP+ interface cannot carry 25 Gbit/s: it carries at most 10 Gbit/s (SFF-8431; faster Ethernet needs SFP28)", result.Diagnostics[1].Message);
        Assert.Equal("Half duplex at 25 Gbit/s cannot exist: Ethernet at 10 Gbit/s and above is full duplex only, with no CSMA/CD", result.Diagnostics[2].Message);
        Assert.StartsWith("Cat5e of 120 m at 25 Gbit/s is longer than the 100 m the standard promises", result.Diagnostics[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_connector_that_cannot_take_its_medium_is_at_the_medium_and_full_duplex_on_a_bus_at_the_topology()
    {
        const string Json = """
            { "deployments": [ {
              "paradigm": "Containerization",
              "nic": { "kind": "Veth" },
              "uplink": {
                "speed": "1 Gbit/s",
                "interfaceType": "Rj45",
                "medium": "SingleModeFiber",
                "topology": "Bus"
              }
            } ] }
            """;
        var result = ModelFileReader.ReadText(Json);
        // "medium" 5–12, value at 15; "topology" 5–14, value at 17.
        Assert.Equal([("PM0005", 7, 15), ("PM0006", 8, 17)], FileAssert.Positions(result));
        Assert.Equal([RuleSeverity.Error, RuleSeverity.Warning], result.Diagnostics.Select(d => d.Severity));
        Assert.StartsWith("An RJ-45 interface cannot take single-mode fiber", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("Full duplex on a bus", result.Diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Full_duplex_on_WiFi_is_a_warning_at_the_medium()
    {
        const string Json = """
            { "deployments": [ {
              "paradigm": "Containerization",
              "nic": { "kind": "Veth" },
              "uplink": { "speed": "600 Mbit/s", "medium": "Wifi80211n" }
            } ] }
            """;
        var result = ModelFileReader.ReadText(Json);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("PM0006", RuleSeverity.Warning, 4, 48), (warning.Id, warning.Severity, warning.Line, warning.Column));
        Assert.StartsWith("Full duplex on 802.11n Wi-Fi", warning.Message, StringComparison.Ordinal);
        Assert.Equal(ModelFileStatus.Valid, result.Status);
        Assert.NotNull(result.Model);
    }

    [Fact]
    public void SR_IOV_and_VLAN_interface_values_are_checked_at_theirs()
    {
        const string Json = """
            { "deployments": [ {
              "paradigm": "Containerization",
              "nic": { "kind": "SrIovVirtualFunction", "virtualFunctionCount": 70000, "virtualFunctionIndex": 3 }
            }, {
              "paradigm": "Containerization",
              "nic": { "kind": "VlanInterface", "vlanId": 0 }
            } ] }
            """;
        var result = ModelFileReader.ReadText(Json);
        // Line 3: "virtualFunctionCount" 44–65, 70000 at 68 (index 3 is checked against the most a device has, and fits).
        // Line 6: "VlanInterface" 20–34, "vlanId" 37–44, 0 at 47.
        Assert.Equal([("PM0004", 3, 68), ("PM0004", 6, 47)], FileAssert.Positions(result));
        Assert.Equal("SR-IOV virtual function count 70000 is outside 1–65,535 (TotalVFs is 16 bits)", result.Diagnostics[0].Message);
        Assert.Equal("VLAN id 0 is outside 1–4094 (802.1Q: 12 bits, 0 and 4095 reserved)", result.Diagnostics[1].Message);
    }

    [Fact]
    public void A_sandbox_asking_for_more_than_wasm32_holds_is_PM0011_at_the_memory()
    {
        const string Json = """
            { "workloads": [ {
              "paradigm": "Sandboxing",
              "cpu": "1",
              "memory": "5Gi",
              "io": "Low",
              "network": "Low"
            } ] }
            """;
        // "memory" at 3–10, ":" 11, the value at 13.
        var error = FileAssert.Single(Json, "PM0011", 4, 13);
        Assert.Equal("memory was 5 GiB; allowed: at most 4 GiB, 0 to 65536 pages of 65536 bytes (wasm32)", error.Message);
    }

    [Fact]
    public void Rules_that_do_not_need_the_paradigm_are_reported_when_the_paradigm_is_unknown()
    {
        const string Json = """
            { "deployments": [ {
              "paradigm": "Unikernel",
              "nic": { "kind": "Veth" },
              "channels": [ { "kind": "Vlan", "id": 4095 } ]
            } ] }
            """;
        var result = ModelFileReader.ReadText(Json);
        // Line 4: the "kind" value at 27, "id" at 35–38, 4095 at 41.
        Assert.Equal([("PMF006", 2, 15), ("PM0004", 4, 41)], FileAssert.Positions(result));
        Assert.Equal(ModelFileStatus.Unreadable, result.Status);
    }
}
