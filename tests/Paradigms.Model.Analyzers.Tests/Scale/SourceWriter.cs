using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Paradigms.Model.Analyzers.Tests.Scale;

/// <summary>
/// Writes one generated file: usings, a namespace, classes, methods and statements, each
/// construction in a statement or member context picked at random, recording the span each occupies.
/// The <c>Known</c> constants the constructions name are written at the end; the <c>Support</c>
/// methods they call are in <see cref="Common"/>.
/// </summary>
internal sealed class SourceWriter
{
    /// <summary>The usings of a file that uses the model: every namespace, an alias and a <c>using static</c>.</summary>
    public const string ModelUsings = """
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Globalization;
        using System.Linq;
        using System.Text;
        using System.Threading.Tasks;
        using Paradigms.Model;
        using Paradigms.Model.Decisions;
        using Paradigms.Model.Networking;
        using Paradigms.Model.Quantities;
        using Paradigms.Model.Resources;
        using static Paradigms.Model.Paradigm;
        using P = Paradigms.Model.Paradigm;

        """;

    /// <summary>The usings of a file that does not use the model.</summary>
    public const string PlainUsings = """
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Globalization;
        using System.Linq;
        using System.Text;
        using System.Threading.Tasks;

        """;

    private readonly StringBuilder _text = new();
    private readonly List<(TextSpan Span, Construction Construction)> _constructions = [];
    private readonly ValueForms _forms;
    private readonly FileScope _scope;
    private readonly Stack<MethodKind> _methods = new();
    private int _depth;
    private int _next;

    /// <summary>
    /// Starts a file with <paramref name="usings"/> and a file-scoped namespace; with
    /// <paramref name="nullable"/>, a <c>#nullable enable</c> before it (the corpus compiles with
    /// nullable analysis off, which some files turn on).
    /// </summary>
    public SourceWriter(ValueForms forms, FileScope scope, string usings, string @namespace, bool nullable = false)
    {
        _forms = forms;
        _scope = scope;
        _text.Append(usings);
        if (nullable)
        {
            _text.Append("#nullable enable\n");
        }

        _text.Append("namespace ").Append(@namespace).Append(";\n\n");
        Lines = _text.ToString().Count(c => c == '\n');
    }

    /// <summary>The kinds of method a statement context may need.</summary>
    public enum MethodKind
    {
        /// <summary>A <c>void</c> method.</summary>
        Plain,

        /// <summary>An <c>async Task</c> method: <c>await</c> is allowed.</summary>
        Async,

        /// <summary>An iterator: <c>yield return</c> is allowed.</summary>
        Iterator,
    }

    /// <summary>Gets the number of lines written so far.</summary>
    public int Lines { get; private set; }

    /// <summary>Gets the number of characters written so far.</summary>
    public int Length => _text.Length;

    /// <summary>Gets a number unique in the file, for names.</summary>
    public int NextId() => _next++;

    /// <summary>Writes one line at the current depth.</summary>
    public void Line(string line)
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _depth * 4);
        }

        _text.Append(line).Append('\n');
        Lines++;
    }

    /// <summary>Writes text as it is (for broken code that must not be re-indented).</summary>
    public void Raw(string text)
    {
        _text.Append(text);
        Lines += text.Count(c => c == '\n');
    }

    /// <summary>Writes <paramref name="header"/> and an opening brace, and goes one level deeper.</summary>
    public void Open(string header)
    {
        Line(header);
        Line("{");
        _depth++;
    }

    /// <summary>Goes one level up and writes a closing brace followed by <paramref name="suffix"/>.</summary>
    public void Close(string suffix = "")
    {
        _depth--;
        Line("}" + suffix);
    }

    /// <summary>Opens a class with the members every context may use.</summary>
    public void OpenClass(string name)
    {
        Open(_forms.Random.Next(4) == 0 ? $"internal sealed record {name}(int Seed)" : $"internal sealed class {name}");
        Line("private readonly object _gate = new();");
        Line(string.Empty);
    }

    /// <summary>Opens a method of <paramref name="kind"/>.</summary>
    public void OpenMethod(MethodKind kind)
    {
        var id = NextId();
        Open(kind switch
        {
            MethodKind.Async => $"public async Task M{id}Async()",
            MethodKind.Iterator => $"public IEnumerable<object?> M{id}()",
            _ => $"public void M{id}()",
        });
        _methods.Push(kind);
    }

    /// <summary>Closes the method opened last.</summary>
    public void CloseMethod()
    {
        var kind = _methods.Pop();
        if (kind == MethodKind.Iterator)
        {
            Line("yield break;");
        }
        else if (kind == MethodKind.Async)
        {
            Line("await Task.CompletedTask;");
        }

        Close();
        Line(string.Empty);
    }

    /// <summary>Writes a construction in a statement context of the current method.</summary>
    public void PlaceStatement(Construction construction) =>
        Place(construction, StatementContext(construction.Code, construction.TargetType, NextId()));

    /// <summary>Writes a construction in a member context of the current class.</summary>
    public void PlaceMember(Construction construction) =>
        Place(construction, MemberContext(construction.Code, construction.TargetType, NextId()));

    /// <summary>Writes <paramref name="code"/> (which contains the construction and nothing else that earns a diagnostic) and records its span.</summary>
    public void Place(Construction construction, string code)
    {
        var lines = code.Split('\n');
        var start = _text.Length + (lines[0].Length > 0 ? _depth * 4 : 0);
        foreach (var line in lines)
        {
            Line(line);
        }

        _constructions.Add((TextSpan.FromBounds(start, _text.Length - 1), construction));
    }

    /// <summary>
    /// The file every compilation of the corpus has besides its generated files: the types the
    /// generated code calls, in the namespace every generated file's namespace is inside.
    /// </summary>
    public const string Common = """
        namespace Corpus;

        internal static class Support
        {
            public static T Value<T>(T value) => value;

            public static void Sink(object? value) => System.GC.KeepAlive(value);

            public static void Sink<T>(T value) => System.GC.KeepAlive(value);
        }

        public sealed record Point(int X, int Y);

        public sealed class Options
        {
            public string Name { get; init; } = string.Empty;

            public int Size { get; set; }
        }

        """;

    /// <summary>Ends the file with the constants its constructions name, and returns it.</summary>
    public CorpusFile Finish(string path, FileCategory category)
    {
        while (_depth > 0)
        {
            Close();
        }

        var constants = _scope.Declarations.ToList();
        if (constants.Count > 0)
        {
            Line(string.Empty);
            Line($"internal static class {FileScope.ConstantsClass}");
            Line("{");
            foreach (var declaration in constants)
            {
                Line("    " + declaration);
            }

            Line("}");
        }

        return new CorpusFile(path, _text.ToString(), category, _constructions);
    }

    /// <summary>The statement contexts: declarations, calls, lambdas, control flow, queries, patterns, interpolation, await, yield.</summary>
    private string StatementContext(string e, string? targetType, int id)
    {
        var typed = targetType ?? "object";
        var local = targetType ?? "var";
        var kind = _methods.Count > 0 ? _methods.Peek() : MethodKind.Plain;
        var pick = _forms.Random.Next(26);
        if (kind == MethodKind.Async && pick < 2)
        {
            return targetType is null ? $"var v{id} = await Task.Run(() => {e});" : $"{targetType} v{id} = await Task.FromResult<{targetType}>({e});";
        }

        if (kind == MethodKind.Iterator && pick < 2 && targetType is null)
        {
            return $"yield return {e};";
        }

        return pick switch
        {
            2 => $"{local} v{id} = {e};",
            3 => targetType is null ? $"{ValueForms.Support}.Sink({e});" : $"{ValueForms.Support}.Sink<{targetType}>({e});",
            4 when targetType is null => $"_ = {e};",
            5 => $"Func<{typed}> f{id} = () => {e};",
            6 => $"if (Environment.ProcessorCount > 0)\n{{\n    {local} v{id} = {e};\n}}",
            7 => $"for (var i{id} = 0; i{id} < 1; i{id}++)\n{{\n    {ValueForms.Support}.Sink<{typed}>({e});\n}}",
            8 when targetType is null => $"var q{id} = from i in Enumerable.Range(0, 1) select {e};",
            9 => $"{typed} s{id} = Environment.ProcessorCount switch\n{{\n    0 => null!,\n    _ => {e},\n}};",
            10 => $"{typed} c{id} = Environment.ProcessorCount > 0 ? {e} : null!;",
            11 => $"{typed} L{id}() => {e};\n{ValueForms.Support}.Sink(L{id}());",
            12 => $"try\n{{\n    {local} v{id} = {e};\n}}\ncatch (ArgumentException)\n{{\n}}",
            13 => $"var list{id} = new List<{typed}> {{ {e} }};",
            14 => $"{typed}[] a{id} = [{e}];",
            15 when targetType is null => $"var t{id} = ({e}, {id});",
            16 when targetType is null => $"var s{id} = $\"{{({e})}}\";",
            17 => $"lock (_gate)\n{{\n    {ValueForms.Support}.Sink<{typed}>({e});\n}}",
            18 => $"switch (Environment.ProcessorCount)\n{{\n    case 1:\n        {ValueForms.Support}.Sink<{typed}>({e});\n        break;\n    default:\n        break;\n}}",
            19 => $"do\n{{\n    {local} v{id} = {e};\n}}\nwhile (Environment.ProcessorCount < 0);",
            20 => $"checked\n{{\n    {local} v{id} = {e};\n}}",
            21 when targetType is null => $"var a{id} = new {{ Value = {e}, Index = {id} }};",
            22 => $"Func<Func<{typed}>> g{id} = () => () => {e};",
            23 => $"Func<{typed}> f{id} = static () => {e};",
            24 when targetType is null => $"if ({e} is {{ }} p{id})\n{{\n    {ValueForms.Support}.Sink(p{id});\n}}",
            _ => $"Action a{id} = () => {ValueForms.Support}.Sink<{typed}>({e});",
        };
    }

    /// <summary>The member contexts: fields, properties, expression-bodied methods, lazy values, static lambdas.</summary>
    private string MemberContext(string e, string? targetType, int id)
    {
        var typed = targetType ?? "object";
        return _forms.Random.Next(7) switch
        {
            0 => $"private static readonly {typed} F{id} = {e};",
            1 => $"public {typed} P{id} => {e};",
            2 => $"public {typed} Q{id} {{ get; }} = {e};",
            3 => $"public {typed} M{id}() => {e};",
            4 => $"private static readonly Func<{typed}> G{id} = () => {e};",
            5 => $"private readonly Lazy<{typed}> _l{id} = new(() => {e});",
            _ => $"public static {typed} S{id}(int x = {id})\n{{\n    return {e};\n}}",
        };
    }
}
