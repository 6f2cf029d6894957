using Microsoft.CodeAnalysis;
using Verify = Paradigms.Model.Analyzers.Tests.Verification.AnalyzerVerifier<Paradigms.Model.Analyzers.ModelAnalyzer>;

namespace Paradigms.Model.Analyzers.Tests;

/// <summary>PM0001, PM0002, PM0003, PM0007, PM0008 and PM0009 on a <c>Deployment</c>, in every way one is written.</summary>
public sealed class DeploymentChecksTests
{
    [Fact]
    public Task The_headline_is_error_PM0001_on_the_NIC_with_the_rule_table_message() =>
        Verify.VerifyAsync(
            """
            using Paradigms.Model;
            var edge = new Deployment(Paradigm.Sandboxing, {|#0:Nic.SrIov()|});
            """,
            Verify.Diagnostic("PM0001", DiagnosticSeverity.Error).WithLocation(0)
                .WithMessage("SR-IOV cannot be attached to a Wasm sandbox: a Wasm module reaches the network only through WASI sockets, and WASI exposes no link-layer device"));

    [Theory]
    [InlineData("new Deployment(Paradigm.Sandboxing, {|PM0001:Nic.SrIov()|})", "positional")]
    [InlineData("new Deployment(nic: {|PM0001:Nic.E1000()|}, paradigm: Paradigm.Sandboxing)", "named, out of order")]
    [InlineData("new Deployment(Paradigm.Sandboxing, {|PM0001:Nic.Of(NicKind.Veth)|})", "Nic.Of")]
    [InlineData("new Deployment(Paradigm.Containerization, {|PM0001:Nic.VirtioNet()|})", "a container has no hypervisor (Net §05.4.2)")]
    [InlineData("new Deployment(Paradigm.Virtualization, {|PM0001:Nic.Veth()|})", "a guest OS sees no veth (Net §05.4.2)")]
    [InlineData("new Deployment(Paradigm.Containerization, {|PM0001:Nic.WasiSocket()|})", "WASI belongs to sandboxes")]
    [InlineData("new Deployment(Paradigm.Sandboxing, ({|PM0001:Nic.SrIov()|}))", "parenthesized")]
    public Task PM0001_is_reported_on_the_NIC_however_the_deployment_is_written(string creation, string way)
    {
        Assert.NotEmpty(way);
        return Verify.VerifyAsync(Program($"var deployment = {creation};"));
    }

    [Fact]
    public Task PM0001_is_reported_on_target_typed_new() =>
        Verify.VerifyAsync(Program("Deployment edge = new(Paradigm.Sandboxing, {|PM0001:Nic.SrIov()|});"));

    [Fact]
    public Task PM0001_is_reported_in_a_field_initializer_and_a_return() =>
        Verify.VerifyAsync("""
            using Paradigms.Model;

            System.Console.WriteLine(Edges.Create());

            internal static class Edges
            {
                private static readonly Deployment Field = new(Paradigm.Sandboxing, {|PM0001:Nic.Physical()|});

                internal static Deployment Create() => new Deployment(Paradigm.Sandboxing, {|PM0001:Nic.BridgeInterface()|});
            }
            """);

    [Theory]
    [InlineData("new Deployment(Paradigm.Sandboxing, Nic.WasiSocket())", "the WASI socket on a sandbox")]
    [InlineData("new Deployment(Paradigm.Containerization, Nic.SrIov())", "SR-IOV CNI on a container (Net §05.4.2)")]
    [InlineData("new Deployment(Paradigm.Paravirtualization, Nic.VirtioNet())", "VirtIO-net under paravirtualization")]
    [InlineData("new Deployment(Paradigm.Virtualization, Nic.E1000())", "E1000 under full virtualization")]
    [InlineData("new Deployment(Paradigm.Virtualization, Nic.SrIov(3, 8))", "SR-IOV passthrough to a VM")]
    [InlineData("new Deployment(Paradigm.Containerization, Nic.Veth(), mtu: 1500, networkMode: NetworkMode.Bridge)", "a bridged container")]
    public Task A_deployment_that_can_exist_has_no_diagnostic(string creation, string what)
    {
        Assert.NotEmpty(what);
        return Verify.VerifyAsync(Program($"var deployment = {creation};"));
    }

    [Fact]
    public Task Values_known_only_at_run_time_are_left_to_the_runtime_validator() =>
        Verify.VerifyAsync("""
            using System;
            using Paradigms.Model;
            using Paradigms.Model.Networking;

            var paradigm = Enum.Parse<Paradigm>(Console.ReadLine() ?? "Sandboxing");
            var nic = Console.ReadLine() == "sriov" ? Nic.SrIov() : Nic.WasiSocket();
            var mode = (NetworkMode)Console.Read();
            var channels = new[] { LogicalChannel.Gre() };
            var a = new Deployment(paradigm, Nic.SrIov());
            var b = new Deployment(Paradigm.Sandboxing, nic);
            var c = new Deployment(Paradigm.Sandboxing, Nic.WasiSocket(), channels, networkMode: mode);
            var d = new Deployment(Paradigm.Sandboxing, Nic.WasiSocket(), guestModifiable: Console.ReadLine() == "y");
            """);

    [Fact]
    public Task PM0003_is_a_warning_on_the_NIC() =>
        Verify.VerifyAsync(Program("""
            var virtio = new Deployment(Paradigm.Virtualization, {|PM0003:Nic.VirtioNet()|});
            var xen = new Deployment(Paradigm.Virtualization, {|PM0003:Nic.XenPvNet()|});
            var e1000 = new Deployment(Paradigm.Paravirtualization, {|PM0003:Nic.E1000()|});
            """));

    [Fact]
    public Task PM0002_is_reported_on_each_channel_that_cannot_be_terminated() =>
        Verify.VerifyAsync(Program("""
            var array = new Deployment(Paradigm.Sandboxing, Nic.WasiSocket(), new[] { {|PM0002:LogicalChannel.Vxlan(42)|}, LogicalChannel.WasiSocket(), {|PM0002:LogicalChannel.Gre()|} });
            var collection = new Deployment(Paradigm.Sandboxing, Nic.WasiSocket(), [{|PM0002:LogicalChannel.Vlan(10)|}]);
            var named = new Deployment(Paradigm.Containerization, Nic.Veth(), channels: new List<LogicalChannel> { {|PM0002:LogicalChannel.WasiSocket()|} });
            var fine = new Deployment(Paradigm.Containerization, Nic.Veth(), new[] { LogicalChannel.Vxlan(42), LogicalChannel.Cni(), LogicalChannel.NetworkNamespace() });
            """));

    [Fact]
    public Task PM0009_is_reported_on_the_network_mode() =>
        Verify.VerifyAsync(Program("""
            var vm = new Deployment(Paradigm.Virtualization, Nic.E1000(), networkMode: {|PM0009:NetworkMode.SharedHostStack|});
            var wasm = new Deployment(Paradigm.Sandboxing, Nic.WasiSocket(), null, {|PM0009:NetworkMode.Bridge|});
            var fine = new Deployment(Paradigm.Sandboxing, Nic.WasiSocket(), networkMode: NetworkMode.SharedHostStack);
            """));

    [Fact]
    public Task PM0007_is_reported_on_an_unmodifiable_guest_under_paravirtualization() =>
        Verify.VerifyAsync(Program("""
            var windows = new Deployment(Paradigm.Paravirtualization, Nic.VirtioNet(), guestModifiable: {|PM0007:false|});
            var linux = new Deployment(Paradigm.Paravirtualization, Nic.VirtioNet(), guestModifiable: true);
            var full = new Deployment(Paradigm.Virtualization, Nic.E1000(), guestModifiable: false);
            """));

    [Fact]
    public Task PM0008_is_an_error_below_68_bytes_and_a_warning_below_1280_or_beyond_the_stack() =>
        Verify.VerifyAsync(Program("""
            var tiny = new Deployment(Paradigm.Containerization, Nic.Veth(), mtu: {|#0:60|});
            var ipv4Only = new Deployment(Paradigm.Containerization, Nic.Veth(), mtu: {|#1:576|});
            var overlay = new Deployment(Paradigm.Containerization, Nic.Veth(), mtu: {|#2:1500|}, encapsulation: new EncapsulationStack(1500, [Encapsulation.VxlanOverIpv4()]));
            var fits = new Deployment(Paradigm.Containerization, Nic.Veth(), mtu: 1450, encapsulation: new EncapsulationStack(1500, [Encapsulation.VxlanOverIpv4()]));
            var layersInPlace = new Deployment(Paradigm.Containerization, Nic.Veth(), mtu: {|#3:1500|}, encapsulation: new EncapsulationStack(1500, Encapsulation.VxlanOverIpv4()));
            """),
            [
                Verify.Diagnostic("PM0008", DiagnosticSeverity.Error).WithLocation(0)
                    .WithMessage("The declared MTU of 60 bytes is below the 68 bytes IPv4 needs (RFC 791): no IP packet can cross it"),
                Verify.Diagnostic("PM0008", DiagnosticSeverity.Warning).WithLocation(1)
                    .WithMessage("The declared MTU of 576 bytes is below the 1280 bytes IPv6 needs (RFC 8200): only IPv4 can run over it"),
                .. new[] { 2, 3 }.Select(location => Verify.Diagnostic("PM0008", DiagnosticSeverity.Warning).WithLocation(location)
                    .WithMessage("The declared MTU of 1500 bytes does not fit: VXLAN over IPv4 (50 B) over a 1500-byte underlay leave 1450 bytes, so larger packets fragment or are dropped")),
            ]);

    [Fact]
    public Task An_object_initializer_is_checked_as_its_init_accessors_check_at_run_time() =>
        Verify.VerifyAsync(Program("""
            var wasm = new Deployment(Paradigm.Sandboxing, Nic.WasiSocket())
            {
                NetworkMode = {|PM0009:NetworkMode.Nat|},
                Channels = [{|PM0002:LogicalChannel.Geneve()|}],
                Mtu = {|PM0008:40|},
            };
            var pv = new Deployment(Paradigm.Paravirtualization, Nic.VirtioNet()) { GuestModifiable = {|PM0007:false|} };
            """));

    [Fact]
    public Task With_on_a_fresh_deployment_is_checked_against_its_paradigm() =>
        Verify.VerifyAsync(Program("""
            var wasm = new Deployment(Paradigm.Sandboxing, Nic.WasiSocket()) with { NetworkMode = {|PM0009:NetworkMode.Overlay|} };
            var twice = new Deployment(Paradigm.Sandboxing, Nic.WasiSocket()) with { Mtu = 1500 } with { Channels = ImmutableArray.Create({|PM0002:LogicalChannel.Vlan(7)|}) };
            var pv = new Deployment(Paradigm.Paravirtualization, Nic.VirtioNet()) with { GuestModifiable = {|PM0007:false|} };
            var fine = new Deployment(Paradigm.Containerization, Nic.Veth()) with { NetworkMode = NetworkMode.Cni };
            """));

    [Fact]
    public Task With_on_a_deployment_from_elsewhere_is_left_to_the_runtime() =>
        Verify.VerifyAsync(Program("""
            Deployment Load() => new Deployment(Paradigm.Sandboxing, Nic.WasiSocket());
            var loaded = Load() with { NetworkMode = NetworkMode.Nat };
            """));

    [Fact]
    public Task Several_broken_rules_are_each_reported_once() =>
        Verify.VerifyAsync(Program("""
            var all = new Deployment(
                Paradigm.Sandboxing,
                {|PM0001:Nic.SrIov()|},
                [{|PM0002:LogicalChannel.Gre()|}],
                {|PM0009:NetworkMode.HostOnly|},
                mtu: {|PM0008:1000|});
            """));

    /// <summary>A top-level program with the usings the model needs.</summary>
    internal static string Program(string statements) => $$"""
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using Paradigms.Model;
        using Paradigms.Model.Networking;

        {{statements}}
        """;
}
