using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Paradigms.Model.Networking;

namespace Paradigms.Model.Tests.Networking;

public class SocketCapabilitiesTests
{
    // The socket functions of Net §09.1.1, and the grant each needs (WASI sockets proposal).
    [Theory]
    [InlineData("Net §09.1.1", SocketFunction.Socket, "socket()", null)]
    [InlineData("Net §09.1.1", SocketFunction.Bind, "bind()", SocketOperation.Bind)]
    [InlineData("Net §09.1.1", SocketFunction.Connect, "connect()", SocketOperation.Connect)]
    [InlineData("Net §09.1.1", SocketFunction.Send, "send()", null)]
    [InlineData("Net §09.1.1", SocketFunction.Receive, "recv()", null)]
    public void Every_intercepted_function_names_its_section(string section, SocketFunction function, string name, SocketOperation? needs)
    {
        var entry = InterceptedSocketFunction.Of(function);

        Assert.Equal(section, entry.Citation.ToString());
        Assert.Equal("WASI sockets proposal (standard)", entry.GrantCitation.ToString());
        Assert.Equal(function, entry.Function);
        Assert.Equal(name, entry.Name);
        Assert.Equal(needs, entry.Needs);
        Assert.False(string.IsNullOrWhiteSpace(entry.Purpose));
    }

    [Fact]
    public void The_intercepted_functions_are_listed_in_the_document_order()
    {
        Assert.Equal(["socket()", "bind()", "connect()", "send()", "recv()"], InterceptedSocketFunction.All.Select(f => f.Name));
        Assert.True(((ICollection<InterceptedSocketFunction>)InterceptedSocketFunction.All).IsReadOnly);
    }

    [Fact]
    public void Capabilities_cite_the_WASI_sockets_proposal_and_the_document()
    {
        Assert.Equal("WASI sockets proposal (standard)", SocketCapabilities.Citation.ToString());
        Assert.Equal("Net §09.1.1, §09.2.1, §09.3.1", SocketCapabilities.DocumentCitation.ToString());
    }

    [Theory]
    [InlineData(SocketKind.Tcp, SocketOperation.Connect, "10.0.0.5", 443)]
    [InlineData(SocketKind.Tcp, SocketOperation.Bind, "0.0.0.0", 8080)]
    [InlineData(SocketKind.Udp, SocketOperation.Connect, "::1", 53)]
    [InlineData(SocketKind.Udp, SocketOperation.Bind, "api.example.com", 65535)]
    [InlineData(SocketKind.Tcp, SocketOperation.Connect, "localhost", 1)]
    public void Nothing_is_allowed_by_default(SocketKind kind, SocketOperation operation, string address, int port)
    {
        Assert.Empty(SocketCapabilities.None.Grants);
        Assert.False(SocketCapabilities.None.Allows(kind, operation, address, port));
        Assert.False(SocketCapabilities.None.AllowsUnix(operation, "/run/app.sock"));
        Assert.Same(SocketCapabilities.None, SocketCapabilities.Of());
    }

    [Fact]
    public void A_grant_allows_its_address_kind_operation_and_ports_and_nothing_else()
    {
        var capabilities = SocketCapabilities.None.Grant(SocketGrant.ForAddress(SocketKind.Tcp, SocketOperation.Connect, "10.0.0.5", 8000, 8080));

        Assert.True(capabilities.Allows(SocketKind.Tcp, SocketOperation.Connect, "10.0.0.5", 8000));
        Assert.True(capabilities.Allows(SocketKind.Tcp, SocketOperation.Connect, "10.0.0.5", 8080));
        Assert.False(capabilities.Allows(SocketKind.Tcp, SocketOperation.Connect, "10.0.0.5", 7999));
        Assert.False(capabilities.Allows(SocketKind.Tcp, SocketOperation.Connect, "10.0.0.5", 8081));
        Assert.False(capabilities.Allows(SocketKind.Tcp, SocketOperation.Connect, "10.0.0.6", 8000));
        Assert.False(capabilities.Allows(SocketKind.Tcp, SocketOperation.Bind, "10.0.0.5", 8000));
        Assert.False(capabilities.Allows(SocketKind.Udp, SocketOperation.Connect, "10.0.0.5", 8000));
        Assert.False(capabilities.AllowsUnix(SocketOperation.Connect, "10.0.0.5"));
    }

    [Fact]
    public void Any_address_is_the_only_wildcard()
    {
        var any = SocketGrant.ForAnyAddress(SocketKind.Udp, SocketOperation.Bind, 5353);
        var zeros = SocketGrant.ForAddress(SocketKind.Udp, SocketOperation.Bind, "0.0.0.0", 5353);

        Assert.True(any.IsAnyAddress);
        Assert.Null(any.Address);
        Assert.True(any.Allows(SocketKind.Udp, SocketOperation.Bind, "192.168.1.20", 5353));
        Assert.True(any.Allows(SocketKind.Udp, SocketOperation.Bind, "printer.local", 5353));
        Assert.False(any.Allows(SocketKind.Udp, SocketOperation.Bind, "192.168.1.20", 5354));
        Assert.False(zeros.IsAnyAddress);
        Assert.False(zeros.Allows(SocketKind.Udp, SocketOperation.Bind, "192.168.1.20", 5353));
        Assert.True(zeros.Allows(SocketKind.Udp, SocketOperation.Bind, "0.0.0.0", 5353));
    }

    [Theory]
    [InlineData("::0:1", "::1")]
    [InlineData("0:0:0:0:0:0:0:1", "::1")]
    [InlineData("FE80::1", "fe80::1")]
    [InlineData("Example.COM", "example.com")]
    [InlineData("10.0.0.5", "10.0.0.5")]
    [InlineData("::ffff:10.0.0.5", "::ffff:10.0.0.5")]
    public void Addresses_are_kept_in_canonical_form(string given, string canonical)
    {
        var grant = SocketGrant.ForAddress(SocketKind.Tcp, SocketOperation.Connect, given, 443);

        Assert.Equal(canonical, grant.Address);
        Assert.True(grant.Allows(SocketKind.Tcp, SocketOperation.Connect, canonical, 443));
        Assert.True(grant.Allows(SocketKind.Tcp, SocketOperation.Connect, given, 443));
        Assert.Equal(SocketGrant.ForAddress(SocketKind.Tcp, SocketOperation.Connect, canonical, 443), grant);
    }

    [Fact]
    public void An_IPv4_mapped_IPv6_address_is_not_its_IPv4_address()
    {
        var grant = SocketGrant.ForAddress(SocketKind.Tcp, SocketOperation.Connect, "10.0.0.5", 443);

        Assert.False(grant.Allows(SocketKind.Tcp, SocketOperation.Connect, "::ffff:10.0.0.5", 443));
    }

    [Fact]
    public void A_Unix_socket_is_named_by_its_path_and_has_no_port()
    {
        var grant = SocketGrant.ForUnixPath(SocketOperation.Connect, "/run/app.sock");
        var capabilities = SocketCapabilities.Of(grant);

        Assert.Equal(SocketKind.Unix, grant.Kind);
        Assert.Equal("/run/app.sock", grant.Path);
        Assert.Null(grant.Address);
        Assert.Null(grant.FirstPort);
        Assert.Null(grant.LastPort);
        Assert.False(grant.IsAnyAddress);
        Assert.True(capabilities.AllowsUnix(SocketOperation.Connect, "/run/app.sock"));
        Assert.False(capabilities.AllowsUnix(SocketOperation.Bind, "/run/app.sock"));
        Assert.False(capabilities.AllowsUnix(SocketOperation.Connect, "/run/App.sock"));
        Assert.False(capabilities.AllowsUnix(SocketOperation.Connect, "/run/app.sock/"));
        Assert.False(capabilities.Allows(SocketKind.Tcp, SocketOperation.Connect, "localhost", 80));
    }

    [Fact]
    public void A_port_range_keeps_both_ends()
    {
        var grant = SocketGrant.ForAnyAddress(SocketKind.Tcp, SocketOperation.Bind, 1, 65535);

        Assert.Equal(1, grant.FirstPort);
        Assert.Equal(65535, grant.LastPort);
        Assert.True(grant.Allows(SocketKind.Tcp, SocketOperation.Bind, "::", 1));
        Assert.True(grant.Allows(SocketKind.Tcp, SocketOperation.Bind, "::", 65535));
        Assert.Null(grant.Path);
    }

    [Fact]
    public void Capabilities_are_a_set_of_grants()
    {
        var web = SocketGrant.ForAnyAddress(SocketKind.Tcp, SocketOperation.Bind, 8080);
        var db = SocketGrant.ForAddress(SocketKind.Tcp, SocketOperation.Connect, "db.internal", 5432);

        var one = SocketCapabilities.Of(web, db, web);
        var other = SocketCapabilities.None.Grant(db).Grant(web);

        Assert.Equal([web, db], one.Grants);
        Assert.Equal(one, other);
        Assert.Equal(one.GetHashCode(), other.GetHashCode());
        Assert.Same(one, one.Grant(SocketGrant.ForAnyAddress(SocketKind.Tcp, SocketOperation.Bind, 8080)));
        Assert.NotEqual(one, SocketCapabilities.Of(web));
        Assert.NotEqual(SocketCapabilities.None, one);
        Assert.False(one.Grants is SocketGrant[]);
        Assert.True(((ICollection<SocketGrant>)one.Grants).IsReadOnly);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(65536)]
    [InlineData(70000)]
    public void Every_port_outside_1_to_65535_is_refused(int port)
    {
        var expected = $"port was {port}; allowed: 1–65535.";
        AssertOutOfRange("port", expected, () => SocketGrant.ForAddress(SocketKind.Tcp, SocketOperation.Connect, "10.0.0.5", port));
        AssertOutOfRange("port", expected, () => SocketGrant.ForAnyAddress(SocketKind.Udp, SocketOperation.Bind, port));
        AssertOutOfRange("port", expected, () => SocketCapabilities.None.Allows(SocketKind.Tcp, SocketOperation.Connect, "10.0.0.5", port));
        AssertOutOfRange("port", expected, () => SocketGrant.ForAnyAddress(SocketKind.Tcp, SocketOperation.Bind, 80).Allows(SocketKind.Tcp, SocketOperation.Bind, "::", port));
        AssertOutOfRange("firstPort", $"firstPort was {port}; allowed: 1–65535.", () => SocketGrant.ForAddress(SocketKind.Tcp, SocketOperation.Connect, "10.0.0.5", port, 65535));
        AssertOutOfRange("firstPort", $"firstPort was {port}; allowed: 1–65535.", () => SocketGrant.ForAnyAddress(SocketKind.Tcp, SocketOperation.Bind, port, 65535));
    }

    [Theory]
    [InlineData(8080, 8079)]
    [InlineData(1, 0)]
    [InlineData(1, 70000)]
    [InlineData(65535, 65536)]
    public void The_last_port_runs_from_the_first_to_65535(int first, int last)
    {
        var expected = $"lastPort was {last}; allowed: {first}–65535 (firstPort to 65535).";
        AssertOutOfRange("lastPort", expected, () => SocketGrant.ForAddress(SocketKind.Tcp, SocketOperation.Connect, "10.0.0.5", first, last));
        AssertOutOfRange("lastPort", expected, () => SocketGrant.ForAnyAddress(SocketKind.Udp, SocketOperation.Bind, first, last));
    }

    [Fact]
    public void A_Unix_socket_is_refused_where_an_address_and_port_are_expected()
    {
        const string Expected = "kind was Unix; allowed: Tcp, Udp (a Unix socket is named by a path: use ForUnixPath or AllowsUnix).";
        AssertOutOfRange("kind", Expected, () => SocketGrant.ForAddress(SocketKind.Unix, SocketOperation.Connect, "localhost", 80));
        AssertOutOfRange("kind", Expected, () => SocketGrant.ForAnyAddress(SocketKind.Unix, SocketOperation.Bind, 80, 90));
        AssertOutOfRange("kind", Expected, () => SocketCapabilities.None.Allows(SocketKind.Unix, SocketOperation.Connect, "localhost", 80));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Undefined_kinds_and_operations_are_refused(int value)
    {
        var kind = (SocketKind)value;
        var operation = (SocketOperation)value;

        Assert.Contains($"kind was {value};", AssertOutOfRange("kind", null, () => SocketGrant.ForAddress(kind, SocketOperation.Connect, "localhost", 80)), StringComparison.Ordinal);
        Assert.Contains($"kind was {value};", AssertOutOfRange("kind", null, () => SocketCapabilities.None.Allows(kind, SocketOperation.Connect, "localhost", 80)), StringComparison.Ordinal);
        Assert.Contains($"operation was {value};", AssertOutOfRange("operation", null, () => SocketGrant.ForAnyAddress(SocketKind.Tcp, operation, 80)), StringComparison.Ordinal);
        Assert.Contains($"operation was {value};", AssertOutOfRange("operation", null, () => SocketGrant.ForUnixPath(operation, "/run/app.sock")), StringComparison.Ordinal);
        Assert.Contains($"operation was {value};", AssertOutOfRange("operation", null, () => SocketCapabilities.None.AllowsUnix(operation, "/run/app.sock")), StringComparison.Ordinal);
        Assert.Contains("Bind, Connect", AssertOutOfRange("operation", null, () => SocketCapabilities.None.Allows(SocketKind.Tcp, operation, "localhost", 80)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("10.0.0")]
    [InlineData("10.0.0.256")]
    [InlineData("010.0.0.5")]
    [InlineData("10.0.0.5.6")]
    [InlineData("127.1")]
    [InlineData("1")]
    [InlineData("api example.com")]
    [InlineData("api_example!com")]
    [InlineData(":::1")]
    [InlineData("10.0.0.5:80")]
    [InlineData("[::1]")]
    [InlineData("[::1]:80")]
    [InlineData("::1/64")]
    [InlineData("localhost:80")]
    public void Anything_but_an_address_or_host_name_is_refused(string address)
    {
        var error = Assert.Throws<ArgumentException>(() => SocketGrant.ForAddress(SocketKind.Tcp, SocketOperation.Connect, address, 80));
        var query = Assert.Throws<ArgumentException>(() => SocketCapabilities.None.Allows(SocketKind.Tcp, SocketOperation.Connect, address, 80));

        Assert.Equal("address", error.ParamName);
        Assert.Equal("address", query.ParamName);
        Assert.StartsWith($"address was '{address}'; allowed: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_and_blank_arguments_are_refused()
    {
        Assert.Equal("address", Assert.Throws<ArgumentNullException>(() => SocketGrant.ForAddress(SocketKind.Tcp, SocketOperation.Connect, null!, 80)).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => SocketGrant.ForUnixPath(SocketOperation.Bind, null!)).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentException>(() => SocketGrant.ForUnixPath(SocketOperation.Bind, " ")).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentException>(() => SocketCapabilities.None.AllowsUnix(SocketOperation.Bind, "")).ParamName);
        Assert.Equal("grant", Assert.Throws<ArgumentNullException>(() => SocketCapabilities.None.Grant(null!)).ParamName);
        Assert.Equal("grants", Assert.Throws<ArgumentNullException>(() => SocketCapabilities.Of((IEnumerable<SocketGrant>)null!)).ParamName);
        Assert.Equal("grants", Assert.Throws<ArgumentNullException>(() => SocketCapabilities.Of(SocketGrant.ForAnyAddress(SocketKind.Tcp, SocketOperation.Bind, 80), null!)).ParamName);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 500)]
    public bool A_grant_allows_exactly_what_it_names(GrantSpec spec, Query query)
    {
        var grant = spec.Build();
        return grant.Allows(query.Kind, query.Operation, query.Address, query.Port) == spec.Names(query)
            && grant.Kind == spec.Kind
            && grant.Operation == spec.Operation
            && grant.Address == spec.Address
            && grant.FirstPort == spec.FirstPort
            && grant.LastPort == spec.LastPort;
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public bool Capabilities_allow_what_some_grant_names_and_nothing_else(GrantSpec[] specs, Query query)
    {
        var capabilities = SocketCapabilities.Of(specs.Select(s => s.Build()));
        return capabilities.Allows(query.Kind, query.Operation, query.Address, query.Port) == specs.Any(s => s.Names(query))
            && !SocketCapabilities.None.Allows(query.Kind, query.Operation, query.Address, query.Port);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public bool A_Unix_grant_allows_exactly_its_operation_and_path(SocketOperation granted, SocketOperation asked, bool samePath)
    {
        var grant = SocketGrant.ForUnixPath(granted, "/run/a.sock");
        return grant.AllowsUnix(asked, samePath ? "/run/a.sock" : "/run/b.sock") == (granted == asked && samePath);
    }

    /// <summary>A grant as plain values; <see cref="Names"/> says by hand what it should allow.</summary>
    public sealed record GrantSpec(SocketKind Kind, SocketOperation Operation, string? Address, int FirstPort, int LastPort)
    {
        public SocketGrant Build() => Address is null
            ? SocketGrant.ForAnyAddress(Kind, Operation, FirstPort, LastPort)
            : SocketGrant.ForAddress(Kind, Operation, Address, FirstPort, LastPort);

        public bool Names(Query query) =>
            query.Kind == Kind
            && query.Operation == Operation
            && (Address is null || Address == query.Address)
            && FirstPort <= query.Port && query.Port <= LastPort;
    }

    public sealed record Query(SocketKind Kind, SocketOperation Operation, string Address, int Port);

    /// <summary>Few kinds, operations and addresses (all in canonical form) and clustered ports, so that grants and queries often meet.</summary>
    public static class Arbitraries
    {
        private static Gen<SocketKind> Kinds { get; } = Gen.Elements(SocketKind.Tcp, SocketKind.Udp);

        private static Gen<SocketOperation> Operations { get; } = Gen.Elements(Model.Networking.SocketOperation.Bind, Model.Networking.SocketOperation.Connect);

        private static Gen<string> Addresses { get; } = Gen.Elements("10.0.0.5", "10.0.0.6", "::1", "fe80::1", "api.example.com", "db.internal");

        private static Gen<int> Ports { get; } = Gen.OneOf(Gen.Choose(1, 65535), Gen.Choose(440, 450), Gen.Elements(1, 2, 65534, 65535));

        public static Arbitrary<SocketOperation> SocketOperation() => Arb.From(Operations);

        public static Arbitrary<Query> Query() => Arb.From(
            from kind in Kinds
            from operation in Operations
            from address in Addresses
            from port in Ports
            select new Query(kind, operation, address, port));

        public static Arbitrary<GrantSpec> GrantSpec() => Arb.From(GrantSpecs);

        public static Arbitrary<GrantSpec[]> GrantSpecArray() => Arb.From(Gen.ArrayOf(GrantSpecs));

        private static Gen<GrantSpec> GrantSpecs { get; } =
            from kind in Kinds
            from operation in Operations
            from any in Gen.Elements(false, false, true)
            from address in Addresses
            from first in Ports
            from width in Gen.OneOf(Gen.Choose(0, 6), Gen.Constant(65535))
            select new GrantSpec(kind, operation, any ? null : address, first, Math.Min(65535, first + width));
    }

    private static string AssertOutOfRange(string parameter, string? message, Func<object> action)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(action);
        Assert.Equal(parameter, error.ParamName);
        if (message is not null)
        {
            Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        }

        return error.Message;
    }
}
