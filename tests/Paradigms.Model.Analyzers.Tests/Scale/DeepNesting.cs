using System.Globalization;
using System.Text;

namespace Paradigms.Model.Analyzers.Tests.Scale;

/// <summary>
/// Writes a construction nested hundreds of levels deep, in one of twelve ways: blocks, lambdas,
/// parentheses, <c>if</c>s, a chain of <c>with</c>, classes, a constant sum of thousands of terms,
/// calls, arrays, conditionals, switch expressions, generic type arguments.
/// </summary>
internal sealed class DeepNesting(ValueForms forms, DeploymentGenerator deployments, StandaloneGenerator standalone)
{
    /// <summary>The number of ways of nesting.</summary>
    public const int Kinds = 12;

    private Random Random => forms.Random;

    /// <summary>Writes one deeply nested construction of <paramref name="kind"/> into a method or class of <paramref name="writer"/>.</summary>
    public void Write(SourceWriter writer, int kind)
    {
        var depth = Random.Next(200, 401);
        var inner = Random.Next(2) == 0 ? deployments.Next() : standalone.Next();
        if (inner.TargetType is not null)
        {
            inner = inner with { Code = "new Deployment(" + inner.Code["new(".Length..], TargetType = null };
        }

        var e = inner.Code;
        switch (kind)
        {
            case 0:
                Method(writer, Wrap(depth, "{", $"var v = {e};", "}"), inner);
                break;
            case 1:
                Method(writer, Lambdas(depth, e), inner);
                break;
            case 2:
                Method(writer, $"var v = {new string('(', depth * 2)}{e}{new string(')', depth * 2)};", inner);
                break;
            case 3:
                Method(writer, Wrap(depth, "if (Environment.ProcessorCount > 0)\n{", $"{ValueForms.Support}.Sink({e});", "}"), inner);
                break;
            case 4:
                WithChain(writer, depth);
                break;
            case 5:
                Classes(writer, depth / 2, inner);
                break;
            case 6:
                Sum(writer);
                break;
            case 7:
                Method(writer, $"var v = {Repeat($"{ValueForms.Support}.Value(", depth)}{e}{new string(')', depth)};", inner);
                break;
            case 8:
                Method(writer, $"var v = {Repeat("new object[] { ", depth)}{e}{Repeat(" }", depth)};", inner);
                break;
            case 9:
                Method(writer, $"object? v = {Repeat("Environment.ProcessorCount > 0 ? (", depth)}(object)({e}){Repeat(") : null", depth)};", inner);
                break;
            case 10:
                Method(writer, $"object? v = {Repeat("Environment.ProcessorCount switch { 0 => null, _ => ", depth / 2)}(object)({e}){Repeat(" }", depth / 2)};", inner);
                break;
            default:
                Method(writer, $"var v = new {Repeat("List<", depth / 4)}object{new string('>', depth / 4)}();\n{ValueForms.Support}.Sink({e});", inner);
                break;
        }
    }

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();

    /// <summary><paramref name="depth"/> openings, the body, and as many closings, each on its own line (not indented: the text would grow with the square of the depth).</summary>
    private static string Wrap(int depth, string open, string body, string close)
    {
        var text = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            foreach (var line in open.Split('\n'))
            {
                text.Append(line).Append('\n');
            }
        }

        text.Append(body).Append('\n');
        for (var i = depth - 1; i >= 0; i--)
        {
            text.Append(close).Append('\n');
        }

        return text.ToString().TrimEnd('\n');
    }

    private static string Lambdas(int depth, string e)
    {
        var text = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Func<object?> f{i} = () =>\n");
            text.Append("{\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"return {e};\n");
        for (var i = depth - 1; i >= 0; i--)
        {
            text.Append("};\n");
            text.Append(CultureInfo.InvariantCulture, $"return f{i}();\n");
        }

        return text.ToString().TrimEnd('\n');
    }

    private static void Method(SourceWriter writer, string body, Construction inner)
    {
        writer.OpenMethod(SourceWriter.MethodKind.Iterator);
        writer.Place(inner, body.Replace("return f0();", "yield return f0();", StringComparison.Ordinal));
        writer.CloseMethod();
    }

    /// <summary>A deployment changed by a chain of <c>with</c> hundreds long: every link checked with the creation's paradigm.</summary>
    private void WithChain(SourceWriter writer, int depth)
    {
        var paradigm = forms.Pick(Enum.GetValues<Paradigm>());
        var nic = paradigm == Paradigm.Sandboxing ? "Nic.WasiSocket()" : "Nic.SrIov()";
        var code = new StringBuilder($"new Deployment(Paradigm.{paradigm}, {nic})");
        var expected = new List<ExpectedDiagnostic>();
        for (var i = 0; i < depth; i++)
        {
            var mtu = forms.Pick(new[] { 60, 1000, 1500 });
            var mode = forms.Pick(Enum.GetValues<Networking.NetworkMode>());
            code.Append(CultureInfo.InvariantCulture, $"\n    with {{ Mtu = {mtu}, NetworkMode = NetworkMode.{mode} }}");
            expected.AddRange(RuntimeOutcome.Validated(ModelValidator.Validate(paradigm, paradigm == Paradigm.Sandboxing ? Nic.WasiSocket() : Nic.SrIov(), networkMode: mode, mtu: mtu)));
        }

        writer.OpenMethod(SourceWriter.MethodKind.Plain);
        writer.Place(new Construction(code.ToString(), expected), $"var v = {code};");
        writer.CloseMethod();
    }

    /// <summary>Classes nested <paramref name="depth"/> deep, the construction a field of the innermost.</summary>
    private static void Classes(SourceWriter writer, int depth, Construction inner)
    {
        for (var i = 0; i < depth; i++)
        {
            writer.Open($"internal sealed class Nested{i}");
        }

        writer.Place(inner, $"private static readonly object Field = {inner.Code};");
        for (var i = 0; i < depth; i++)
        {
            writer.Close();
        }
    }

    /// <summary>An MTU written as a constant sum of thousands of ones: the compiler folds it, and so the analyzer knows it.</summary>
    private void Sum(SourceWriter writer)
    {
        var terms = forms.Pick(new[] { 60, 576, 1500, 3000 });
        var paradigm = forms.Pick(Enum.GetValues<Paradigm>());
        var expected = RuntimeOutcome.Validated(ModelValidator.Validate(paradigm, Nic.Veth(), mtu: terms));
        var code = $"new Deployment(Paradigm.{paradigm}, Nic.Veth(), mtu: {string.Join(" + ", Enumerable.Repeat("1", terms))})";
        writer.OpenMethod(SourceWriter.MethodKind.Plain);
        writer.Place(new Construction(code, expected), $"var v = {code};");
        writer.CloseMethod();
    }
}
