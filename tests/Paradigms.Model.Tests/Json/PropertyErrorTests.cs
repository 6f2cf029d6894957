using Paradigms.Model.Json;

namespace Paradigms.Model.Tests.Json;

/// <summary>
/// Input errors about properties and values: unknown, of another kind, missing, repeated, unknown
/// names, unparsable quantities, values the model refuses. Positions written by hand from each text.
/// </summary>
public class PropertyErrorTests
{
    [Fact]
    public void An_unknown_property_is_PMF004_at_its_name_with_the_allowed_names()
    {
        const string Json = """
            {
              "deployments": [
                { "paradigm": "Containerization", "nic": { "kind": "Veth" }, "vlan": 100 }
              ]
            }
            """;
        // Line 3: "{" at 5, "paradigm" 7–16, "Containerization" 19–36, "," 37, "nic" 39–43, "{" 46, "kind" 48–53,
        // "Veth" 56–61, "}" 63, "," 64, and "vlan" at 66.
        var error = FileAssert.Single(Json, "PMF004", 3, 66);
        Assert.Equal("$.deployments[0].vlan", error.Path);
        Assert.Equal(
            "\"vlan\" is not a property of the deployment; allowed: name, paradigm, nic, channels, networkMode, uplink, mtu, encapsulation, guestModifiable.",
            error.Message);
    }

    [Fact]
    public void Property_names_are_case_sensitive_and_a_near_miss_is_named()
    {
        const string Json = """
            { "deployments": [ {
              "Paradigm": "Containerization",
              "nic": { "kind": "Veth" }
            } ] }
            """;
        var result = ModelFileReader.ReadText(Json);
        Assert.Equal([("PMF005", 1, 20), ("PMF004", 2, 3)], FileAssert.Positions(result));
        FileAssert.InputError(result.Diagnostics[0], "\"paradigm\" is missing from the deployment", "Virtualization, Paravirtualization, Containerization, Sandboxing");
        FileAssert.InputError(result.Diagnostics[1], "\"Paradigm\" is not a property of the deployment", "did you mean \"paradigm\"?");
    }

    [Theory]
    [InlineData("""{ "kind": "Veth", "vlanId": 100 }""", 19, "\"vlanId\" is not a property of a NIC of kind Veth; allowed: only on a NIC of kind VlanInterface.")]
    [InlineData("""{ "kind": "VlanInterface", "vlanId": 7, "virtualFunctionCount": 8 }""", 41, "\"virtualFunctionCount\" is not a property of a NIC of kind VlanInterface; allowed: only on a NIC of kind SrIovVirtualFunction.")]
    [InlineData("""{ "kind": "SrIovVirtualFunction", "vlanId": 7 }""", 35, "\"vlanId\" is not a property of a NIC of kind SrIovVirtualFunction; allowed: only on a NIC of kind VlanInterface.")]
    public void A_property_of_another_kind_of_NIC_is_PMF004_at_its_name(string nic, int column, string message)
    {
        // The NIC starts at column 10 of line 3: two spaces, "nic" at 3–7, ":" 8, a space.
        var json = "{ \"deployments\": [ {\n  \"paradigm\": \"Containerization\",\n  \"nic\": " + nic + "\n} ] }";
        var error = FileAssert.Single(json, "PMF004", 3, 9 + column);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Channel_and_layer_properties_of_another_kind_are_PMF004()
    {
        const string Json = """
            { "deployments": [ {
              "paradigm": "Containerization",
              "nic": { "kind": "Veth" },
              "channels": [ { "kind": "Cni", "id": 3 } ],
              "encapsulation": { "underlayMtu": 1500, "layers": [ { "kind": "VxlanOverIpv4", "labelCount": 2 } ] }
            } ] }
            """;
        var result = ModelFileReader.ReadText(Json);
        // Line 4: "channels" 3–12, "[" 15, "{" 17, "kind" 19–24, "Cni" 27–31, "," 32, "id" at 34.
        // Line 5: "encapsulation" 3–17, "{" 20, "underlayMtu" 22–34, "1500" 37–40, "layers" 43–50, "[" 53, "{" 55,
        // "kind" 57–62, "VxlanOverIpv4" 65–79, "," 80, "labelCount" at 82.
        Assert.Equal([("PMF004", 4, 34), ("PMF004", 5, 82)], FileAssert.Positions(result));
        Assert.Equal("\"id\" is not a property of a channel of kind Cni; allowed: only on a channel of kind Vlan (its VLAN id) or Vxlan (its VNI).", result.Diagnostics[0].Message);
        Assert.Equal("\"labelCount\" is not a property of a layer of kind VxlanOverIpv4; allowed: only on a layer of kind MplsLabels.", result.Diagnostics[1].Message);
    }

    [Fact]
    public void Missing_required_properties_are_PMF005_at_the_object_each_named()
    {
        const string Json = """
            {
              "deployments": [ { "nic": { } } ],
              "workloads": [ { "paradigm": "Containerization", "cpu": "2" } ]
            }
            """;
        var result = ModelFileReader.ReadText(Json);
        // Line 2: "deployments" 3–15, "[" 18, the deployment "{" at 20, "nic" 22–26, its "{" at 29.
        // Line 3: "workloads" 3–13, "[" 16, the workload "{" at 18.
        Assert.Equal(
            [("PMF005", 2, 20), ("PMF005", 2, 29), ("PMF005", 3, 18), ("PMF005", 3, 18), ("PMF005", 3, 18)],
            FileAssert.Positions(result));
        Assert.Equal(
            [
                "\"paradigm\" is missing from the deployment; required: one of Virtualization, Paravirtualization, Containerization, Sandboxing.",
                "\"kind\" is missing from the NIC; required: one of Physical, E1000, VirtioNet, XenPvNet, SrIovVirtualFunction, Veth, VlanInterface, BridgeInterface, TunnelInterface, WasiSocket.",
                "\"memory\" is missing from the workload; required: a memory size above 0, such as \"4Gi\", \"512Mi\" or \"4 GiB\".",
                "\"io\" is missing from the workload; required: one of Low, Medium, High.",
                "\"network\" is missing from the workload; required: one of Low, Medium, High.",
            ],
            result.Diagnostics.Select(d => d.Message));
    }

    [Fact]
    public void A_VLAN_without_its_id_is_PMF005()
    {
        const string Json = """
            { "deployments": [ {
              "paradigm": "Containerization",
              "nic": { "kind": "VlanInterface" },
              "channels": [ { "kind": "Vxlan" } ]
            } ] }
            """;
        var result = ModelFileReader.ReadText(Json);
        // Line 3: "nic" 3–7, its "{" at 10. Line 4: "channels" 3–12, "[" 15, the channel "{" at 17.
        Assert.Equal([("PMF005", 3, 10), ("PMF005", 4, 17)], FileAssert.Positions(result));
        Assert.Equal("\"vlanId\" is missing from the NIC; required: the VLAN id, an integer.", result.Diagnostics[0].Message);
        Assert.Equal("\"id\" is missing from the channel; required: the VNI, an integer.", result.Diagnostics[1].Message);
    }

    [Fact]
    public void A_repeated_property_is_PMF008_at_its_second_name()
    {
        const string Json = """
            { "deployments": [ {
              "paradigm": "Containerization",
              "nic": { "kind": "Veth" },
              "paradigm": "Sandboxing"
            } ] }
            """;
        var error = FileAssert.Single(Json, "PMF008", 4, 3);
        Assert.Equal("\"paradigm\" is given twice in the deployment (first at line 2, column 3); allowed: each property once.", error.Message);
    }

    [Fact]
    public void An_unknown_enum_name_is_PMF006_at_the_value_with_every_allowed_name()
    {
        const string Json = """
            { "deployments": [ {
              "paradigm": "Containerization",
              "nic": { "kind": "SrIov" }
            } ] }
            """;
        // Line 3: "nic" 3–7, "{" 10, "kind" 12–17, ":" 18, the value at 20.
        var error = FileAssert.Single(Json, "PMF006", 3, 20);
        Assert.Equal(
            "\"kind\" was \"SrIov\"; allowed: Physical, E1000, VirtioNet, XenPvNet, SrIovVirtualFunction, Veth, VlanInterface, BridgeInterface, TunnelInterface, WasiSocket (names are case-sensitive).",
            error.Message);
    }

    [Theory]
    [InlineData("\"sandboxing\"", "\"Sandboxing\"")]
    [InlineData("\"SANDBOXING\"", "\"Sandboxing\"")]
    [InlineData("\" Sandboxing\"", "\"Sandboxing\"")]
    public void Enum_names_are_case_sensitive_and_a_near_miss_is_named(string paradigm, string suggestion)
    {
        var json = "{ \"deployments\": [ {\n  \"paradigm\": " + paradigm + ",\n  \"nic\": { \"kind\": \"WasiSocket\" }\n} ] }";
        // Line 2: "paradigm" at 3–12, ":" 13, the value at 15.
        var error = FileAssert.Single(json, "PMF006", 2, 15);
        Assert.EndsWith("(names are case-sensitive). Did you mean " + suggestion + "?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_for_an_enum_is_PMF003()
    {
        var error = FileAssert.Single("{ \"deployments\": [ { \"paradigm\": 4, \"nic\": { \"kind\": \"WasiSocket\" } } ] }", "PMF003", 1, 34);
        FileAssert.InputError(error, "\"paradigm\" was 4 (a number)", "Sandboxing, as a string");
    }

    [Fact]
    public void Unparsable_quantities_are_PMF007_at_the_value_with_the_quantity_parsers_reason()
    {
        const string Json = """
            {
              "deployments": [ {
                "paradigm": "Containerization",
                "nic": { "kind": "Veth" },
                "uplink": {
                  "speed": "ten Gbit/s",
                  "cableLength": "30 yards"
                } } ],
              "workloads": [ {
                "paradigm": "Containerization",
                "cpu": "2 sockets",
                "memory": "4Gx",
                "io": "High",
                "network": "Medium"
              } ]
            }
            """;
        var result = ModelFileReader.ReadText(Json);
        // "speed" at 7–13 and its value at 16; "cableLength" at 7–19 and its value at 22;
        // "cpu" at 5–9 and its value at 12; "memory" at 5–12 and its value at 15.
        Assert.Equal([("PMF007", 6, 16), ("PMF007", 7, 22), ("PMF007", 11, 12), ("PMF007", 12, 15)], FileAssert.Positions(result));
        FileAssert.InputError(result.Diagnostics[0], "\"speed\" was \"ten Gbit/s\"; allowed: a rate above 0 bit/s with its unit");
        FileAssert.InputError(result.Diagnostics[1], "\"cableLength\" was \"30 yards\"; allowed: a length above 0 m with its unit", "yards");
        FileAssert.InputError(result.Diagnostics[2], "\"cpu\" was \"2 sockets\"; allowed: a CPU amount above 0", "sockets");
        FileAssert.InputError(result.Diagnostics[3], "\"memory\" was \"4Gx\"; allowed: a memory size above 0", "'Gx' in '4Gx' is not an Information unit");
    }

    [Fact]
    public void A_quantity_written_as_a_bare_number_is_PMF003()
    {
        const string Json = """
            { "workloads": [ { "paradigm": "Containerization", "cpu": 2, "memory": "4Gi", "io": "High", "network": "Medium" } ] }
            """;
        // "workloads" 3–13, "[" 16, "{" 18, "paradigm" 20–29, "Containerization" 32–49, "cpu" 52–56, ":" 57, the 2 at 59.
        var error = FileAssert.Single(Json, "PMF003", 1, 59);
        Assert.Equal("\"cpu\" was 2 (a number); allowed: a CPU amount above 0: cores (\"2\", \"0.5\") or millicores (\"500m\"), as a string.", error.Message);
    }

    [Fact]
    public void Values_the_model_refuses_outside_the_rule_table_are_PMF007_each_at_its_value()
    {
        const string Json = """
            {
              "deployments": [ {
                "name": "  ",
                "paradigm": "Containerization",
                "nic": { "kind": "Veth" },
                "mtu": 3000000000,
                "encapsulation": { "underlayMtu": 1500, "layers": [ { "kind": "MplsLabels", "labelCount": 0 } ] },
                "uplink": {
                  "speed": "0 bit/s",
                  "cableLength": "0 m",
                  "macAddress": "02:00:00:00:00",
                  "driver": ""
                } } ],
              "workloads": [ { "paradigm": "Sandboxing", "cpu": "0", "memory": "0Mi", "io": "Low", "network": "Low" } ]
            }
            """;
        var result = ModelFileReader.ReadText(Json);
        Assert.Equal(
            [
                ("PMF007", 3, 13),   // "name" 5–10, ":" 11, value at 13
                ("PMF007", 6, 12),   // "mtu" 5–9, ":" 10, value at 12
                ("PMF007", 7, 95),   // "encapsulation" 5–19, "{" 22, "underlayMtu" 24–36, "layers" 45–52, "{" 57,
                                     // "kind" 59–64, "MplsLabels" 67–78, "labelCount" 81–92, ":" 93, value at 95
                ("PMF007", 9, 16),   // "speed" 7–13, value at 16
                ("PMF007", 10, 22),  // "cableLength" 7–19, value at 22
                ("PMF007", 11, 21),  // "macAddress" 7–18, value at 21
                ("PMF007", 12, 17),  // "driver" 7–14, value at 17
                ("PMF007", 14, 53),  // "workloads" 3–13, "{" 18, "paradigm" 20–29, "Sandboxing" 32–43, "cpu" 46–50, value at 53
                ("PMF007", 14, 68),  // "memory" 58–65, value at 68
            ],
            FileAssert.Positions(result));
        Assert.Equal(
            [
                "\"name\" was \"  \"; allowed: a name that is not blank; leave the property out for no name.",
                "\"mtu\" was 3000000000; allowed: an integer from -2147483648 to 2147483647.",
                "\"labelCount\" was 0; allowed: an integer number of labels from 1 to 536870911.",
                "\"speed\" was \"0 bit/s\"; allowed: a rate above 0 bit/s, such as \"10 Gbit/s\".",
                "\"cableLength\" was \"0 m\"; allowed: a length above 0 m, such as \"30 m\".",
                "\"macAddress\" was \"02:00:00:00:00\"; allowed: six groups of two hexadecimal digits separated by ':' or '-', such as \"02:00:00:00:00:01\". '02:00:00:00:00' is not a MAC address: it has 5 groups; a MAC address has 6 groups of two hexadecimal digits separated by ':' or '-'.",
                "\"driver\" was \"\"; allowed: a driver's name that is not blank, such as \"ixgbe\"; leave the property out when it is not declared.",
                "\"cpu\" was \"0\"; allowed: a CPU amount above 0: cores (\"2\", \"0.5\") or millicores (\"500m\").",
                "\"memory\" was \"0Mi\"; allowed: a memory size above 0, such as \"4Gi\", \"512Mi\" or \"4 GiB\".",
            ],
            result.Diagnostics.Select(d => d.Message));
    }
}
