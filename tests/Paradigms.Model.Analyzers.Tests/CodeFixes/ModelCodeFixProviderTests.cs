using System.Collections.Immutable;
using System.Composition;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Paradigms.Model.Analyzers.Tests.Verification;
using Paradigms.Model.CodeFixes;

namespace Paradigms.Model.Analyzers.Tests.CodeFixes;

/// <summary>
/// The provider's contract, driven directly with diagnostics the analyzers would never report: it
/// registers a fix only when every precondition holds, and never throws.
/// </summary>
public sealed class ModelCodeFixProviderTests
{
    private const string Source = """
        using Paradigms.Model;
        var edge = new Deployment(Paradigm.Sandboxing, Nic.SrIov());
        """;

    private readonly ModelCodeFixProvider _provider = new();

    [Fact]
    public void FixableDiagnosticIds_AreTheThreeWithAFixProperty() =>
        Assert.Equal(["PM0001", "PM0003", "PM0006"], _provider.FixableDiagnosticIds.ToArray());

    [Fact]
    public void FixAll_IsTheBatchFixer() =>
        Assert.Same(WellKnownFixAllProviders.BatchFixer, _provider.GetFixAllProvider());

    [Fact]
    public void Provider_IsExportedSharedForCSharp()
    {
        var export = typeof(ModelCodeFixProvider).GetCustomAttribute<ExportCodeFixProviderAttribute>();
        Assert.NotNull(export);
        Assert.Equal([LanguageNames.CSharp], export.Languages);
        Assert.Equal(nameof(ModelCodeFixProvider), export.Name);
        Assert.NotNull(typeof(ModelCodeFixProvider).GetCustomAttribute<SharedAttribute>());
    }

    [Theory]
    [InlineData("PM0001", "UseWasiSocket", "Nic.SrIov()", null, "Use the WASI socket abstraction (Nic.WasiSocket())", "PM0001.UseWasiSocket")]
    [InlineData("PM0003", "UseParavirtualization", "Nic.SrIov()", "Paradigm.Sandboxing", "Change the paradigm to Paravirtualization", "PM0003.UseParavirtualization")]
    public async Task MatchingProperty_RegistersOneFixWithItsTitleAndKey(string id, string fix, string at, string? additional, string title, string equivalenceKey)
    {
        var actions = await ActionsAsync(Source, (tree, root) => Create(id, fix, Locate(tree, root, at), additional is null ? [] : [Locate(tree, root, additional)]));

        var action = Assert.Single(actions);
        Assert.Equal(title, action.Title);
        Assert.Equal(equivalenceKey, action.EquivalenceKey);
    }

    [Fact]
    public async Task FullDuplex_RegistersOneFixWithItsTitleAndKey()
    {
        const string link = """
            using Paradigms.Model.Networking;
            using Paradigms.Model.Quantities;
            var uplink = new PhysicalNic(BitRate.FromGigabitsPerSecond(10), DuplexMode.Half);
            """;

        var actions = await ActionsAsync(link, (tree, root) => Create("PM0006", "UseFullDuplex", Locate(tree, root, "DuplexMode.Half")));

        var action = Assert.Single(actions);
        Assert.Equal("Make the link full duplex", action.Title);
        Assert.Equal("PM0006.UseFullDuplex", action.EquivalenceKey);
    }

    [Fact]
    public async Task NoProperty_RegistersNothing() =>
        Assert.Empty(await ActionsAsync(Source, (tree, root) => Create("PM0001", fix: null, Locate(tree, root, "Nic.SrIov()"))));

    [Theory]
    [InlineData("PM0001", "UseFullDuplex")]
    [InlineData("PM0001", "UseParavirtualization")]
    [InlineData("PM0003", "UseWasiSocket")]
    [InlineData("PM0006", "UseWasiSocket")]
    [InlineData("PM0001", "")]
    [InlineData("PM0001", "useWasiSocket")]
    [InlineData("PM0002", "UseWasiSocket")]
    public async Task PropertyForAnotherIdOrUnknown_RegistersNothing(string id, string fix) =>
        Assert.Empty(await ActionsAsync(Source, (tree, root) => Create(id, fix, Locate(tree, root, "Nic.SrIov()"))));

    [Fact]
    public async Task NullPropertyValue_RegistersNothing()
    {
        var properties = ImmutableDictionary<string, string?>.Empty.Add("Fix", null);
        Assert.Empty(await ActionsAsync(Source, (tree, root) => Diagnostic.Create(Descriptor("PM0001"), Locate(tree, root, "Nic.SrIov()"), properties)));
    }

    [Fact]
    public async Task ParavirtualizationWithoutAdditionalLocation_RegistersNothing() =>
        Assert.Empty(await ActionsAsync(Source, (tree, root) => Create("PM0003", "UseParavirtualization", Locate(tree, root, "Nic.SrIov()"))));

    [Fact]
    public async Task LocationOutsideSource_RegistersNothing() =>
        Assert.Empty(await ActionsAsync(Source, (_, _) => Create("PM0001", "UseWasiSocket", Location.None)));

    [Fact]
    public async Task LocationInAnotherTree_RegistersNothing()
    {
        var other = CSharpSyntaxTree.ParseText(Source, path: "/other.cs");
        var span = (await other.GetRootAsync()).DescendantNodes().OfType<InvocationExpressionSyntax>().Single(node => node.ToString() == "Nic.SrIov()").Span;

        Assert.Empty(await ActionsAsync(Source, (_, _) => Create("PM0001", "UseWasiSocket", Location.Create(other, span))));
    }

    [Fact]
    public async Task LocationBeyondTheEnd_RegistersNothing() =>
        Assert.Empty(await ActionsAsync(Source, (tree, _) => Create("PM0001", "UseWasiSocket", Location.Create(tree, new TextSpan(10_000, 11)))));

    [Theory]
    [InlineData("Nic.SrIov")]
    [InlineData("SrIov()")]
    [InlineData("Nic.SrIov());")]
    [InlineData("Sandboxing, Nic.SrIov()")]
    public async Task LocationNotOnTheWholeArgument_RegistersNothing(string text) =>
        Assert.Empty(await ActionsAsync(Source, (tree, root) => Create("PM0001", "UseWasiSocket", Location.Create(tree, Span(root, text)))));

    [Fact]
    public async Task LocationOnAStatement_RegistersNothing() =>
        Assert.Empty(await ActionsAsync(Source, (tree, root) => Create(
            "PM0001",
            "UseWasiSocket",
            Location.Create(tree, root.DescendantNodes().OfType<GlobalStatementSyntax>().Single().Span))));

    [Fact]
    public async Task EmptyLocation_RegistersNothing() =>
        Assert.Empty(await ActionsAsync(Source, (tree, root) => Create("PM0001", "UseWasiSocket", Location.Create(tree, new TextSpan(Span(root, "Nic.SrIov()").Start, 0)))));

    [Fact]
    public async Task ExpressionOfAnotherType_RegistersNothing() =>
        Assert.Empty(await ActionsAsync(Source, (tree, root) => Create("PM0001", "UseWasiSocket", Locate(tree, root, "Paradigm.Sandboxing"))));

    [Fact]
    public async Task AdditionalLocationOfAnotherType_RegistersNothing() =>
        Assert.Empty(await ActionsAsync(Source, (tree, root) => Create(
            "PM0003",
            "UseParavirtualization",
            Locate(tree, root, "Nic.SrIov()"),
            [Locate(tree, root, "Nic.SrIov()")])));

    [Fact]
    public async Task LibraryNotReferenced_RegistersNothing() =>
        Assert.Empty(await ActionsAsync(Source, (tree, root) => Create("PM0001", "UseWasiSocket", Locate(tree, root, "Nic.SrIov()")), TestReferences.FrameworkOnly));

    private static async Task<IReadOnlyList<CodeAction>> ActionsAsync(
        string source,
        Func<SyntaxTree, SyntaxNode, Diagnostic> diagnostic,
        ImmutableArray<MetadataReference>? references = null)
    {
        using var workspace = new AdhocWorkspace();
        var document = workspace.AddProject("Test", LanguageNames.CSharp)
            .WithMetadataReferences(references ?? TestReferences.All)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.ConsoleApplication))
            .WithParseOptions(new CSharpParseOptions(LanguageVersion.CSharp12))
            .AddDocument("/Test0.cs", source);
        var tree = (await document.GetSyntaxTreeAsync())!;
        var reported = diagnostic(tree, await tree.GetRootAsync());
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, reported, (action, _) => actions.Add(action), CancellationToken.None);

        await new ModelCodeFixProvider().RegisterCodeFixesAsync(context);
        return actions;
    }

    private static Diagnostic Create(string id, string? fix, Location location, Location[]? additional = null) =>
        Diagnostic.Create(
            Descriptor(id),
            location,
            additional ?? [],
            fix is null ? ImmutableDictionary<string, string?>.Empty : ImmutableDictionary<string, string?>.Empty.Add("Fix", fix));

    private static DiagnosticDescriptor Descriptor(string id) =>
        new(id, "Title", "Message", "Paradigms.Model", DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static Location Locate(SyntaxTree tree, SyntaxNode root, string expression) =>
        Location.Create(tree, root.DescendantNodes().OfType<ExpressionSyntax>().First(node => node.ToString() == expression).Span);

    private static TextSpan Span(SyntaxNode root, string text)
    {
        var start = root.ToFullString().IndexOf(text, StringComparison.Ordinal);
        return new TextSpan(start, text.Length);
    }
}
