using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Paradigms.Model.Analyzers.Tests.Verification;

/// <summary>
/// Runs an analyzer and a code fix on a source and checks the fixed source, one fix at a time and
/// with Fix All; the fixed source must compile, and must have no diagnostic the fix was meant to remove.
/// </summary>
/// <typeparam name="TAnalyzer">The analyzer.</typeparam>
/// <typeparam name="TCodeFix">The code fix.</typeparam>
internal static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>Checks that fixing every marked diagnostic of <paramref name="source"/> gives <paramref name="fixedSource"/>.</summary>
    public static async Task VerifyAsync(string source, string fixedSource)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource };
        await test.RunAsync();
    }

    /// <summary>Checks that no fix is offered for the diagnostics marked in <paramref name="source"/>.</summary>
    public static async Task VerifyNoFixAsync(string source)
    {
        var test = new Test { TestCode = source, FixedCode = source };
        await test.RunAsync();
    }

    /// <summary>The test, offline: the running framework's assemblies and the library, C# 12.</summary>
    internal sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.None;
            TestState.AdditionalReferences.AddRange(TestReferences.All);
            TestState.OutputKind = OutputKind.ConsoleApplication;
            FixedState.OutputKind = OutputKind.ConsoleApplication;
        }

        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.CSharp12);
    }
}
