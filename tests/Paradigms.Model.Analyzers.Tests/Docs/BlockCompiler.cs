using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Paradigms.Model.Analyzers.Tests.Verification;

namespace Paradigms.Model.Analyzers.Tests.Docs;

/// <summary>
/// Compiles a C# block of the documentation as a reader's project would: a console program when the
/// block has top-level statements, a class library otherwise; C# 12, the default language of net8.0 (the
/// oldest framework the package targets, so a block that compiles here compiles for every reader), with
/// nullable reference types, the implicit global usings of <c>dotnet new console</c> and the SDK's default
/// <c>NoWarn</c> of CS1701 and CS1702; referencing the framework, Paradigms.Model and, for docs/testing.md,
/// the testing kit with FsCheck, FsCheck.Xunit and xunit. Runs a compiled program with its console output
/// captured.
/// </summary>
internal static class BlockCompiler
{
    /// <summary>Gets the global usings a project made by <c>dotnet new console</c> has (ImplicitUsings).</summary>
    public const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    private static readonly ImmutableArray<MetadataReference> References = TestReferences.All.AddRange(
        new[]
        {
            typeof(Paradigms.Model.Testing.ParadigmsArbitraries),
            typeof(FsCheck.Gen<>),
            typeof(FsCheck.Xunit.PropertyAttribute),
            typeof(Microsoft.FSharp.Core.Unit),
            typeof(FactAttribute),
            typeof(Xunit.Abstractions.ITestOutputHelper),
        }.Select(type => (MetadataReference)MetadataReference.CreateFromFile(type.Assembly.Location)));

    // The SDK's default NoWarn (Microsoft.NET.Sdk): assembly-version unification warnings a project never shows.
    private static readonly ImmutableDictionary<string, ReportDiagnostic> SdkNoWarn = ImmutableDictionary.CreateRange(
        new[] { KeyValuePair.Create("CS1701", ReportDiagnostic.Suppress), KeyValuePair.Create("CS1702", ReportDiagnostic.Suppress) });

    /// <summary>Compiles <paramref name="block"/>; its code is the file <c>Program.cs</c>.</summary>
    public static CSharpCompilation Compile(FencedBlock block)
    {
        var options = new CSharpParseOptions(LanguageVersion.CSharp12);
        var program = CSharpSyntaxTree.ParseText(block.Code, options, path: "Program.cs");
        var usings = CSharpSyntaxTree.ParseText(ImplicitUsings, options, path: "GlobalUsings.g.cs");
        var isProgram = program.GetRoot().ChildNodes().OfType<GlobalStatementSyntax>().Any();
        return CSharpCompilation.Create(
            "DocsBlock",
            [program, usings],
            References,
            new CSharpCompilationOptions(
                isProgram ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                specificDiagnosticOptions: SdkNoWarn));
    }

    /// <summary>Runs a compiled program and returns what it wrote to the console, line endings normalized.</summary>
    /// <exception cref="InvalidOperationException">The compilation is not a program, or does not emit.</exception>
    /// <remarks>Console output is process-wide: callers run in a collection that nothing runs beside.</remarks>
    public static string Run(CSharpCompilation compilation)
    {
        if (compilation.Options.OutputKind != OutputKind.ConsoleApplication)
        {
            throw new InvalidOperationException("Only a block with top-level statements can run.");
        }

        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException("The block does not emit: " + string.Join("; ", emitted.Diagnostics));
        }

        image.Position = 0;
        var context = new AssemblyLoadContext("DocsBlock", isCollectible: true);
        var original = Console.Out;
        using var output = new StringWriter { NewLine = "\n" };
        try
        {
            var entryPoint = context.LoadFromStream(image).EntryPoint!;
            Console.SetOut(output);
            entryPoint.Invoke(null, entryPoint.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            throw new InvalidOperationException("The block threw " + exception.InnerException, exception.InnerException);
        }
        finally
        {
            Console.SetOut(original);
            context.Unload();
        }

        return output.ToString().ReplaceLineEndings("\n");
    }
}
