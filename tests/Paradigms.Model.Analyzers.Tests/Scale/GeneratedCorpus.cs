using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Paradigms.Model.Analyzers.Tests.Scale;

/// <summary>The generated corpus, generated once, analysed once, and judged against what each file expects.</summary>
internal sealed class GeneratedCorpus
{
    /// <summary>The number of files in one compilation: large enough to keep the compiler busy, small enough to keep memory low.</summary>
    public const int BatchSize = 500;

    private GeneratedCorpus(IReadOnlyList<CorpusFile> files, CorpusRun run)
    {
        Files = files;
        Run = run;
    }

    /// <summary>Gets the files.</summary>
    public IReadOnlyList<CorpusFile> Files { get; }

    /// <summary>Gets what the analyzers found.</summary>
    public CorpusRun Run { get; }

    /// <summary>Generates every file, compiles them in batches (each with <see cref="SourceWriter.Common"/>) as a C# 12 library (nullable analysis off but where a file turns it on) against the framework and Paradigms.Model, and runs the analyzers.</summary>
    public static async Task<GeneratedCorpus> AnalyseAsync()
    {
        var files = Enumerable.Range(0, CorpusGenerator.Count).AsParallel().AsOrdered().Select(CorpusGenerator.File).ToList();
        var run = await CorpusAnalysis.RunAsync(
            files.Chunk(BatchSize).Select(batch => (IReadOnlyList<(string, string)>)batch.Select(f => (f.Path, f.Text)).ToList()),
            _ => new CSharpParseOptions(LanguageVersion.CSharp12),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable),
            ("Corpus/Common.cs", SourceWriter.Common));
        return new GeneratedCorpus(files, run);
    }

    /// <summary>Files, lines, constructions and expected diagnostics of each category, in the corpus's order.</summary>
    public IReadOnlyList<(FileCategory Category, int Files, long Lines, int Constructions, int Expected)> Categories() =>
        Files.GroupBy(f => f.Category)
            .Select(g => (g.Key, g.Count(), g.Sum(f => (long)SourceText.From(f.Text).Lines.Count), g.Sum(f => f.Constructions.Count), g.Sum(f => f.Constructions.Sum(c => c.Construction.Expected.Count))))
            .ToList();

    /// <summary>
    /// Every way the analyzers' findings differ from what the files expect: a PM diagnostic in a file
    /// that must have none, outside every construction, or a construction whose diagnostics are not
    /// exactly its expected ones (id, severity and message; errors only where the runtime tells only those).
    /// </summary>
    public IReadOnlyList<string> Mismatches() => Mismatches(Files, Run.ModelDiagnostics);

    /// <summary>Every way <paramref name="diagnostics"/> differ from what <paramref name="files"/> expect.</summary>
    public static IReadOnlyList<string> Mismatches(IReadOnlyList<CorpusFile> files, IReadOnlyList<Diagnostic> diagnostics)
    {
        var byFile = diagnostics.ToLookup(d => d.Location.SourceTree?.FilePath ?? string.Empty);
        var mismatches = new List<string>();
        foreach (var file in files)
        {
            var found = byFile[file.Path].ToList();
            switch (file.Category)
            {
                case FileCategory.Mutated:
                    break;
                case FileCategory.Unrelated or FileCategory.SyntaxErrors or FileCategory.Truncated:
                    mismatches.AddRange(found.Select(d => $"{file.Path}: no PM diagnostic expected in a {file.Category} file, got {d}"));
                    break;
                default:
                    Judge(file, found, mismatches);
                    break;
            }
        }

        return mismatches;
    }

    private static void Judge(CorpusFile file, List<Diagnostic> found, List<string> mismatches)
    {
        var placed = new HashSet<Diagnostic>();
        foreach (var (span, construction) in file.Constructions)
        {
            var inside = found.Where(d => span.Contains(d.Location.SourceSpan)).ToList();
            placed.UnionWith(inside);
            var actual = inside
                .Where(d => !construction.ErrorsOnly || d.Severity == DiagnosticSeverity.Error)
                .Select(d => ExpectedDiagnostic.From(d).ToString())
                .Order(StringComparer.Ordinal)
                .ToList();
            var expected = construction.Expected.Select(e => e.ToString()).Order(StringComparer.Ordinal).ToList();
            if (!expected.SequenceEqual(actual))
            {
                var line = file.Text[..span.Start].Count(c => c == '\n') + 1;
                mismatches.Add($"{file.Path}({line}): {Shorten(construction.Code)}\n  runtime:  {string.Join(" | ", expected)}\n  analyzer: {string.Join(" | ", actual)}");
            }
        }

        mismatches.AddRange(found.Where(d => !placed.Contains(d)).Select(d => $"{file.Path}: a PM diagnostic outside every construction: {d}"));
    }

    private static string Shorten(string code) => code.Length <= 400 ? code : code[..200] + " … " + code[^200..];
}
