using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Paradigms.Model.Analyzers.Tests.Verification;

/// <summary>Runs one analyzer on a source and checks its diagnostics, with Microsoft.CodeAnalysis.Testing.</summary>
/// <typeparam name="TAnalyzer">The analyzer.</typeparam>
internal static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>An expected diagnostic of <paramref name="id"/> with <paramref name="severity"/>; its location comes from the markup.</summary>
    public static DiagnosticResult Diagnostic(string id, DiagnosticSeverity severity) => new(id, severity);

    /// <summary>
    /// Checks that the analyzer reports exactly the diagnostics marked in <paramref name="source"/>
    /// (<c>{|PM0001:…|}</c>) and <paramref name="expected"/>, and that the source compiles otherwise.
    /// </summary>
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        VerifyAsync(source, editorConfig: null, expected);

    /// <summary>As <see cref="VerifyAsync(string, DiagnosticResult[])"/>, with an <c>.editorconfig</c> beside the source.</summary>
    public static async Task VerifyAsync(string source, string? editorConfig, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", editorConfig));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>The test, offline: the running framework's assemblies and the library, C# 12.</summary>
    internal sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.None;
            TestState.AdditionalReferences.AddRange(TestReferences.All);
            TestState.OutputKind = OutputKind.ConsoleApplication;
        }

        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.CSharp12);
    }
}
