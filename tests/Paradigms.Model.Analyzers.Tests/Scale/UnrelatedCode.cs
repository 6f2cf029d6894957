using System.Globalization;

namespace Paradigms.Model.Analyzers.Tests.Scale;

/// <summary>
/// Generates C# that has nothing to do with the model: arithmetic, strings, collections, LINQ,
/// records with <c>with</c>, object initializers, target-typed <c>new</c>, pattern matching, async,
/// iterators, local functions; and look-alike types of the file's own named <c>Deployment</c>,
/// <c>Nic</c>, <c>Paradigm</c>, built exactly as the model is, which the analyzers must not mistake
/// for the library's.
/// </summary>
internal sealed class UnrelatedCode(ValueForms forms)
{
    /// <summary>Look-alike types: the library's names and shapes, declared in the file's own namespace.</summary>
    public const string Lookalikes = """
        public enum Paradigm { Virtualization = 1, Paravirtualization, Containerization, Sandboxing }

        public enum NetworkMode { Bridge = 1, Nat, HostOnly, Overlay, Cni, SharedHostStack }

        public sealed record Nic(string Kind)
        {
            public static Nic SrIov(int virtualFunctionIndex = 0, int? virtualFunctionCount = null) => new("SR-IOV " + virtualFunctionIndex + "/" + virtualFunctionCount);

            public static Nic WasiSocket() => new("WASI");

            public static Nic VirtioNet() => new("VirtIO");

            public static Nic VlanInterface(int vlanId) => new("VLAN " + vlanId);
        }

        public sealed record LogicalChannel(string Kind)
        {
            public static LogicalChannel Vlan(int vlanId) => new("VLAN " + vlanId);

            public static LogicalChannel Vxlan(int vni) => new("VXLAN " + vni);
        }

        public sealed record Deployment(Paradigm Paradigm, Nic Nic, IEnumerable<LogicalChannel>? Channels = null, NetworkMode? NetworkMode = null, int? Mtu = null, bool? GuestModifiable = null);

        public sealed record PhysicalNic(double Speed, string Duplex = "Half", string? Medium = null);

        public static class WasmLinearMemory
        {
            public static int FromPages(int pages) => pages;
        }

        """;

    private static readonly string[] Words = ["alpha", "beta", "gamma", "delta", "node", "edge", "pod", "vm", "wasm", "net"];

    private Random Random => forms.Random;

    /// <summary>A class of fields, properties and methods of unrelated statements.</summary>
    public void Class(SourceWriter writer, string name, bool lookalikes)
    {
        writer.OpenClass(name);
        for (var i = Random.Next(3); i > 0; i--)
        {
            writer.Line(Member(writer.NextId(), lookalikes));
        }

        writer.Line(string.Empty);
        for (var m = Random.Next(5) == 0 ? 2 : 1; m > 0; m--)
        {
            var kind = (SourceWriter.MethodKind)Random.Next(3);
            writer.OpenMethod(kind);
            for (var s = Random.Next(2, 6); s > 0; s--)
            {
                foreach (var line in Statement(writer.NextId(), kind, lookalikes).Split('\n'))
                {
                    writer.Line(line);
                }
            }

            writer.CloseMethod();
        }

        writer.Close();
        writer.Line(string.Empty);
    }

    /// <summary>One unrelated member.</summary>
    public string Member(int id, bool lookalikes) => Random.Next(lookalikes ? 7 : 6) switch
    {
        0 => $"private int _count{id} = {Random.Next(100)};",
        1 => $"public string Name{id} {{ get; init; }} = \"{forms.Pick(Words)}\";",
        2 => $"private static readonly List<int> Items{id} = [{string.Join(", ", Enumerable.Range(0, Random.Next(5)))}];",
        3 => $"public int Twice{id}(int x) => checked(x * 2);",
        4 => $"public string Describe{id}() => \"{forms.Pick(Words)}\";",
        5 => $"private readonly Dictionary<string, int> _map{id} = new() {{ [\"{forms.Pick(Words)}\"] = {id} }};",
        _ => $"private static readonly Deployment Edge{id} = new(Paradigm.Sandboxing, Nic.SrIov(), [LogicalChannel.Vlan(4095)], NetworkMode.Bridge, Mtu: 40, GuestModifiable: false);",
    };

    /// <summary>One unrelated statement (possibly a few lines) for a method of <paramref name="kind"/>.</summary>
    public string Statement(int id, SourceWriter.MethodKind kind, bool lookalikes)
    {
        if (lookalikes && Random.Next(3) == 0)
        {
            return LookalikeUse(id);
        }

        var n = Random.Next(1, 1000).ToString(CultureInfo.InvariantCulture);
        var word = forms.Pick(Words);
        return Random.Next(kind == SourceWriter.MethodKind.Plain ? 20 : 22) switch
        {
            0 => $"var x{id} = {n} * {Random.Next(1, 9)} + {Random.Next(100)};",
            1 => $"var text{id} = string.Join(\",\", Enumerable.Range(0, {Random.Next(1, 9)}).Select(i => i.ToString(CultureInfo.InvariantCulture)));",
            2 => $"var sum{id} = Enumerable.Range(1, {n}).Where(i => i % 3 == 0).Sum();",
            3 => $"List<string> names{id} = new() {{ \"{word}\", \"{forms.Pick(Words)}\" }};",
            4 => $"var point{id} = new Point({n}, {Random.Next(100)}) with {{ Y = {Random.Next(100)} }};",
            5 => $"Options options{id} = new() {{ Name = \"{word}\", Size = {n} }};",
            6 => $"var sb{id} = new StringBuilder().Append(\"{word}\").Append({n});",
            7 => $"for (var i{id} = 0; i{id} < {Random.Next(1, 5)}; i{id}++)\n{{\n    Console.Write(i{id});\n}}",
            8 => $"var kind{id} = {n} switch\n{{\n    < 10 => \"small\",\n    < 100 => \"medium\",\n    _ => \"large\",\n}};",
            9 => $"if (\"{word}\" is {{ Length: > 3 }} w{id})\n{{\n    Console.WriteLine(w{id});\n}}",
            10 => $"var (a{id}, b{id}) = ({n}, \"{word}\");",
            11 => $"int Square{id}(int v) => v * v;\nConsole.WriteLine(Square{id}({n}));",
            12 => $"try\n{{\n    _ = int.Parse(\"{word}\", CultureInfo.InvariantCulture);\n}}\ncatch (FormatException e{id}) when (e{id}.Message.Length > 0)\n{{\n}}",
            13 => $"var map{id} = new Dictionary<string, int> {{ [\"{word}\"] = {n} }};",
            14 => $"Func<int, int> f{id} = static v => v + {n};",
            15 => $"var array{id} = new[] {{ {n}, {Random.Next(100)} }}.OrderBy(v => v).ToImmutableArray();",
            16 => $"object o{id} = {n};\nif (o{id} is int value{id} && value{id} > 0)\n{{\n    Console.WriteLine(value{id});\n}}",
            17 => $"var range{id} = \"{word}{word}\"[1..^1];",
            18 => $"var trimmed{id} = \"{word}\".AsSpan().Trim().Length;",
            19 => $"var tuple{id} = (Name: \"{word}\", Size: {n}) with {{ Size = {Random.Next(10)} }};",
            20 when kind == SourceWriter.MethodKind.Async => $"await Task.Delay(0);",
            21 when kind == SourceWriter.MethodKind.Iterator => $"yield return \"{word}\";",
            _ => $"Console.WriteLine(\"{word}\");",
        };
    }

    /// <summary>The look-alike types built as the model would be, with values the model would refuse.</summary>
    private string LookalikeUse(int id) => Random.Next(6) switch
    {
        0 => $"var edge{id} = new Deployment(Paradigm.Sandboxing, Nic.SrIov());",
        1 => $"var vlan{id} = LogicalChannel.Vlan(4095);\nvar nic{id} = Nic.VlanInterface(5000);",
        2 => $"Deployment vm{id} = new(Paradigm.Paravirtualization, Nic.VirtioNet(), GuestModifiable: false) {{ Mtu = 40 }};",
        3 => $"var changed{id} = new Deployment(Paradigm.Sandboxing, Nic.WasiSocket()) with {{ NetworkMode = NetworkMode.Bridge, Mtu = 60 }};",
        4 => $"var link{id} = new PhysicalNic(1e10, \"Half\", \"Cat5e\");\nvar pages{id} = WasmLinearMemory.FromPages(70000);",
        _ => $"var sriov{id} = Nic.SrIov(virtualFunctionIndex: 9, virtualFunctionCount: 8);\nvar vni{id} = LogicalChannel.Vxlan(1 << 24);",
    };
}
