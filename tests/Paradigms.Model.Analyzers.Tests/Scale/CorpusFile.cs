using Microsoft.CodeAnalysis.Text;

namespace Paradigms.Model.Analyzers.Tests.Scale;

/// <summary>One generated source file: its text, its category and where each construction in it stands.</summary>
/// <param name="Path">The file's path in the compilation, unique in the corpus.</param>
/// <param name="Text">The source.</param>
/// <param name="Category">What the test asserts about the file.</param>
/// <param name="Constructions">Each construction and the span of the text it occupies.</param>
internal sealed record CorpusFile(string Path, string Text, FileCategory Category, IReadOnlyList<(TextSpan Span, Construction Construction)> Constructions);
