using Microsoft.CodeAnalysis;

namespace Paradigms.Model.Analyzers.Tests.Scale;

/// <summary>What running the analyzers over a body of source found, and what it cost.</summary>
/// <param name="Files">The number of source files analysed.</param>
/// <param name="Lines">The number of lines in them.</param>
/// <param name="AnalyzedOperations">The operations handed to the package's analyzers (object creations, invocations, <c>with</c>).</param>
/// <param name="AllOperations">Every operation in every operation block of the sources.</param>
/// <param name="Compilations">The number of compilations the files were batched into.</param>
/// <param name="CompileErrors">The compiler's errors (not the analyzers').</param>
/// <param name="FilesWithSyntaxErrors">The paths of the files whose parse gave an error.</param>
/// <param name="ModelDiagnostics">Every diagnostic with a PM id, suppressed ones included.</param>
/// <param name="AnalyzerFailures">Every AD0001 and every exception an analyzer threw, as text.</param>
/// <param name="Elapsed">The wall-clock time of parsing, compiling and analysing.</param>
/// <param name="ProcessorTime">The processor time the test process used meanwhile, which other load on the machine changes less.</param>
internal sealed record CorpusRun(
    int Files,
    long Lines,
    long AnalyzedOperations,
    long AllOperations,
    int Compilations,
    int CompileErrors,
    IReadOnlyList<string> FilesWithSyntaxErrors,
    IReadOnlyList<Diagnostic> ModelDiagnostics,
    IReadOnlyList<string> AnalyzerFailures,
    TimeSpan Elapsed,
    TimeSpan ProcessorTime);
