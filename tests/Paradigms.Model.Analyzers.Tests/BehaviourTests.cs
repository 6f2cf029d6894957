using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Paradigms.Model.Analyzers.Tests.Verification;
using Verify = Paradigms.Model.Analyzers.Tests.Verification.AnalyzerVerifier<Paradigms.Model.Analyzers.ModelAnalyzer>;

namespace Paradigms.Model.Analyzers.Tests;

/// <summary>What users rely on: severity from .editorconfig, #pragma, nothing without the library, generated code skipped, concurrency.</summary>
public sealed class BehaviourTests
{
    private const string Headline = """
        using Paradigms.Model;
        var edge = new Deployment(Paradigm.Sandboxing, {|#0:Nic.SrIov()|});
        var vm = new Deployment(Paradigm.Virtualization, {|#1:Nic.VirtioNet()|});
        """;

    [Fact]
    public Task Severity_is_configurable_per_id_in_editorconfig() =>
        Verify.VerifyAsync(
            Headline,
            """
            root = true

            [*.cs]
            dotnet_diagnostic.PM0001.severity = warning
            dotnet_diagnostic.PM0003.severity = suggestion
            """,
            Verify.Diagnostic("PM0001", DiagnosticSeverity.Warning).WithLocation(0),
            Verify.Diagnostic("PM0003", DiagnosticSeverity.Info).WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));

    [Fact]
    public Task Severity_none_in_editorconfig_silences_an_id() =>
        Verify.VerifyAsync(
            Headline,
            """
            root = true

            [*.cs]
            dotnet_diagnostic.PM0001.severity = none
            """,
            Verify.Diagnostic("PM0003", DiagnosticSeverity.Warning).WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));

    [Fact]
    public Task Pragma_warning_disable_silences_an_id_in_its_span()
    {
        // The framework's own suppression pass wraps the whole file in a pragma; this test writes its own.
        var test = new AnalyzerVerifier<ModelAnalyzer>.Test
        {
            TestCode = """
                using Paradigms.Model;
                #pragma warning disable PM0001 // the test wants the model that cannot exist
                var edge = new Deployment(Paradigm.Sandboxing, Nic.SrIov());
                #pragma warning restore PM0001
                var again = new Deployment(Paradigm.Sandboxing, {|PM0001:Nic.SrIov()|});
                """,
            TestBehaviors = TestBehaviors.SkipSuppressionCheck,
        };
        return test.RunAsync();
    }

    [Fact]
    public async Task Without_a_reference_to_Paradigms_Model_nothing_is_registered_even_for_look_alike_types()
    {
        var lookAlike = """
            namespace Paradigms.Model
            {
                public enum Paradigm { Virtualization = 1, Paravirtualization = 2, Containerization = 3, Sandboxing = 4 }
                public sealed class Nic { public static Nic SrIov() => new(); }
                public sealed class Deployment { public Deployment(Paradigm paradigm, Nic nic) { } }
            }

            internal static class Program
            {
                private static void Main() => _ = new Paradigms.Model.Deployment(Paradigms.Model.Paradigm.Sandboxing, Paradigms.Model.Nic.SrIov());
            }
            """;
        var compilation = AnalyzerRunner.Compile(TestReferences.FrameworkOnly, lookAlike);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var result = await AnalyzerRunner.RunAsync(compilation);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Exceptions);
        Assert.All(result.Telemetry.Values, telemetry =>
        {
            Assert.Equal(1, telemetry.CompilationStartActionsCount);
            Assert.Equal(0, telemetry.OperationActionsCount);
        });
    }

    [Fact]
    public async Task A_reference_named_Paradigms_Model_that_is_not_the_library_gets_actions_that_report_nothing()
    {
        // The analyzer decides to register from the references' file names, before the compiler has read them.
        var impostor = LibraryNamedParadigmsModel("""
            namespace Paradigms.Model
            {
                public enum Paradigm { Sandboxing = 4 }
                public sealed class Nic { public static Nic SrIov() => new(); }
                public sealed class Other { public Other(Paradigm paradigm, Nic nic) { } }
            }
            """);
        using var image = new MemoryStream();
        Assert.True(impostor.Emit(image).Success);
        var reference = MetadataReference.CreateFromImage(image.ToArray(), filePath: "/packages/Paradigms.Model.dll");

        var result = await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(
            TestReferences.FrameworkOnly.Add(reference),
            "_ = new Paradigms.Model.Other(Paradigms.Model.Paradigm.Sandboxing, Paradigms.Model.Nic.SrIov());"));

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Exceptions);
        Assert.Equal(3, Assert.Single(result.Telemetry.Values).OperationActionsCount);
    }

    [Fact]
    public async Task A_project_reference_to_an_assembly_named_Paradigms_Model_is_read_as_the_library()
    {
        // An IDE passes a referenced project as its compilation, with no file behind it.
        var project = LibraryNamedParadigmsModel("""
            namespace Paradigms.Model
            {
                public enum Paradigm { Virtualization = 1, Paravirtualization = 2, Containerization = 3, Sandboxing = 4 }
                public sealed class Nic { public static Nic SrIov() => new(); }
                public sealed class Deployment { public Deployment(Paradigm paradigm, Nic nic) { } }
            }
            """);

        var result = await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(
            TestReferences.FrameworkOnly.Add(project.ToMetadataReference()),
            "using Paradigms.Model;\n_ = new Deployment(Paradigm.Sandboxing, Nic.SrIov());"));

        Assert.Equal("PM0001", Assert.Single(result.Diagnostics).Id);
        Assert.Empty(result.Exceptions);
    }

    [Fact]
    public async Task The_library_loaded_from_memory_without_a_file_name_is_still_found()
    {
        var inMemory = MetadataReference.CreateFromImage(File.ReadAllBytes(typeof(Deployment).Assembly.Location));

        var result = await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(
            TestReferences.FrameworkOnly.Add(inMemory),
            "using Paradigms.Model;\n_ = new Deployment(Paradigm.Sandboxing, Nic.SrIov());"));

        Assert.Equal("PM0001", Assert.Single(result.Diagnostics).Id);
        Assert.Empty(result.Exceptions);
    }

    [Fact]
    public async Task With_the_library_the_one_analyzer_registers_one_action_per_operation_kind_once_per_compilation()
    {
        var result = await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(null, "System.Console.WriteLine();"));

        // Object creations, invocations and with: the compiler calls each registered action for every operation of its kind.
        var telemetry = Assert.Single(result.Telemetry.Values);
        Assert.Equal(3, telemetry.OperationActionsCount);
        Assert.Equal(1, telemetry.CompilationStartActionsCount);
    }

    [Theory]
    [InlineData("// <auto-generated/>\nusing Paradigms.Model;\n_ = new Deployment(Paradigm.Sandboxing, Nic.SrIov());", "Program.cs")]
    [InlineData("using Paradigms.Model;\n_ = new Deployment(Paradigm.Sandboxing, Nic.SrIov());", "Program.g.cs")]
    [InlineData("using Paradigms.Model;\n_ = new Deployment(Paradigm.Sandboxing, Nic.SrIov());", "Program.Designer.cs")]
    public async Task Generated_code_is_skipped(string source, string fileName)
    {
        var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source, path: fileName);
        var compilation = AnalyzerRunner.Compile(null).AddSyntaxTrees(tree);

        var result = await AnalyzerRunner.RunAsync(compilation);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Exceptions);
    }

    [Fact]
    public async Task Hand_written_code_beside_generated_code_is_still_analyzed()
    {
        var generated = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("// <auto-generated/>\ninternal static class Generated { internal static Paradigms.Model.Deployment Edge() => new(Paradigms.Model.Paradigm.Sandboxing, Paradigms.Model.Nic.SrIov()); }", path: "Generated.cs");
        var compilation = AnalyzerRunner.Compile(null, "using Paradigms.Model;\n_ = new Deployment(Paradigm.Sandboxing, Nic.SrIov());").AddSyntaxTrees(generated);

        var result = await AnalyzerRunner.RunAsync(compilation);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("File0.cs", diagnostic.Location.SourceTree?.FilePath);
    }

    [Fact]
    public async Task Concurrent_and_sequential_analysis_report_the_same_diagnostics()
    {
        var sources = Enumerable.Range(0, 20).Select(i => $$"""
            using Paradigms.Model;
            using Paradigms.Model.Networking;
            using Paradigms.Model.Quantities;

            internal static class Models{{i}}
            {
                internal static object[] All() =>
                [
                    new Deployment(Paradigm.Sandboxing, Nic.SrIov(), [LogicalChannel.Vxlan({{i}})]),
                    new Deployment(Paradigm.Virtualization, Nic.VirtioNet(), mtu: {{60 + i}}),
                    new PhysicalNic(BitRate.FromGigabitsPerSecond({{10 + i}}), DuplexMode.Half, medium: PhysicalMedium.Cat5e),
                    LogicalChannel.Vlan({{4090 + i}}),
                ];
            }
            """).Append("System.Console.WriteLine();").ToArray();
        var compilation = AnalyzerRunner.Compile(null, [.. sources.Reverse()]);

        var concurrent = await AnalyzerRunner.RunAsync(compilation, concurrent: true);
        var sequential = await AnalyzerRunner.RunAsync(compilation, concurrent: false);

        Assert.Empty(concurrent.Exceptions);
        Assert.True(concurrent.Diagnostics.Length > 80);
        Assert.Equal(Describe(sequential.Diagnostics), Describe(concurrent.Diagnostics));
    }

    [Fact]
    public void Every_analyzer_enables_concurrent_execution_and_skips_generated_code()
    {
        foreach (var analyzer in AnalyzerRunner.All)
        {
            var context = new RecordingAnalysisContext();
            analyzer.Initialize(context);

            Assert.True(context.ConcurrentExecutionEnabled, analyzer.GetType().Name);
            Assert.Equal(GeneratedCodeAnalysisFlags.None, context.GeneratedCode);
            Assert.Equal(1, context.CompilationStartActions);
        }
    }

    private static string[] Describe(ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal).ToArray();

    /// <summary>A class library of <paramref name="source"/> whose assembly is named Paradigms.Model.</summary>
    private static Microsoft.CodeAnalysis.CSharp.CSharpCompilation LibraryNamedParadigmsModel(string source) =>
        AnalyzerRunner.Compile(TestReferences.FrameworkOnly, source)
            .WithOptions(new(OutputKind.DynamicallyLinkedLibrary))
            .WithAssemblyName("Paradigms.Model");
}
