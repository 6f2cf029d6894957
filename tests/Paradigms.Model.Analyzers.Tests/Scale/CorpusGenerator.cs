using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace Paradigms.Model.Analyzers.Tests.Scale;

/// <summary>
/// Generates the corpus: 10,000 files in eight categories, each file from its own
/// <see cref="Random"/> seeded with <see cref="Seed"/> and the file's number, so that any failure
/// names a file that can be generated again alone.
/// </summary>
internal static class CorpusGenerator
{
    /// <summary>The seed of the corpus. Changing it changes every file and the figures in docs/reliability.md.</summary>
    public const int Seed = 7_000_003;

    /// <summary>
    /// The share of files that turn nullable analysis on with <c>#nullable enable</c> (the corpus
    /// compiles with it off: it doubles the compiler's time, and the analyzers do not depend on it).
    /// The huge files leave it off: on a method of ten thousand lines it takes minutes.
    /// </summary>
    public const int NullableEnabledPercent = 20;

    /// <summary>How many files of each category the corpus has, in order.</summary>
    public static readonly IReadOnlyList<(FileCategory Category, int Count)> Plan =
    [
        (FileCategory.Unrelated, 3_000),
        (FileCategory.Model, 4_301),
        (FileCategory.SemanticErrors, 1_000),
        (FileCategory.SyntaxErrors, 700),
        (FileCategory.Truncated, 400),
        (FileCategory.Mutated, 500),
        (FileCategory.DeepNesting, 8 * DeepNesting.Kinds),
        (FileCategory.Huge, 3),
    ];

    /// <summary>Gets the number of files in the corpus.</summary>
    public static int Count => Plan.Sum(p => p.Count);

    /// <summary>Generates file number <paramref name="index"/> of the corpus.</summary>
    public static CorpusFile File(int index)
    {
        var (category, number) = Locate(index);
        var random = new Random(unchecked((Seed * 31) + index));
        var scope = new FileScope();
        var forms = new ValueForms(random, scope);
        var parts = new NetworkParts(forms);
        var generator = new Generator(forms, scope, new DeploymentGenerator(forms, parts), new StandaloneGenerator(forms, parts), new UnrelatedCode(forms));
        var path = string.Create(CultureInfo.InvariantCulture, $"{category}/{category}{number:D4}.cs");
        return category switch
        {
            FileCategory.Unrelated => generator.Unrelated(path, number, lookalikes: number % 5 == 0),
            FileCategory.Model or FileCategory.SemanticErrors or FileCategory.SyntaxErrors => generator.Model(path, number, category, category),
            FileCategory.Truncated => generator.Truncated(path, number),
            FileCategory.Mutated => generator.Mutated(path, number),
            FileCategory.DeepNesting => generator.Nested(path, number),
            _ => generator.Huge(path, number),
        };
    }

    private static (FileCategory Category, int Number) Locate(int index)
    {
        var start = 0;
        foreach (var (category, count) in Plan)
        {
            if (index < start + count)
            {
                return (category, index - start);
            }

            start += count;
        }

        throw new ArgumentOutOfRangeException(nameof(index), index, $"index was {index}; allowed: 0 to {Count - 1}.");
    }

    /// <summary>The generators of one file, sharing its random source and scope.</summary>
    private sealed class Generator(ValueForms forms, FileScope scope, DeploymentGenerator deployments, StandaloneGenerator standalone, UnrelatedCode unrelated)
    {
        private Random Random => forms.Random;

        public CorpusFile Unrelated(string path, int number, bool lookalikes)
        {
            var writer = new SourceWriter(forms, scope, SourceWriter.PlainUsings, $"Corpus.Unrelated{number}", forms.Chance(NullableEnabledPercent));
            if (lookalikes)
            {
                writer.Raw(UnrelatedCode.Lookalikes);
            }

            for (var c = Random.Next(10) == 0 ? 2 : 1; c > 0; c--)
            {
                unrelated.Class(writer, $"C{writer.NextId()}", lookalikes);
            }

            return writer.Finish(path, FileCategory.Unrelated);
        }

        /// <summary>
        /// A file of classes whose members and statements are constructions, unrelated code and, by
        /// category, half-typed statements (semantic errors) or statements that do not parse (syntax
        /// errors, among constructions that earn nothing).
        /// </summary>
        public CorpusFile Model(string path, int number, FileCategory category, FileCategory style)
        {
            var writer = new SourceWriter(forms, scope, SourceWriter.ModelUsings, $"Corpus.{category}{number}", forms.Chance(NullableEnabledPercent));
            for (var c = Random.Next(10) == 0 ? 2 : 1; c > 0; c--)
            {
                Class(writer, style);
            }

            return writer.Finish(path, category);
        }

        public CorpusFile Truncated(string path, int number)
        {
            var whole = Model(path, number, FileCategory.Truncated, FileCategory.SyntaxErrors);
            var header = whole.Text.IndexOf("namespace", StringComparison.Ordinal);
            var ends = CSharpSyntaxTree.ParseText(whole.Text).GetRoot().DescendantTokens().Select(t => t.Span.End).Where(end => end > header).ToList();
            var cut = ends[Random.Next(ends.Count)];
            return new CorpusFile(path, whole.Text[..cut], FileCategory.Truncated, []);
        }

        public CorpusFile Mutated(string path, int number)
        {
            var text = new System.Text.StringBuilder(Model(path, number, FileCategory.Mutated, FileCategory.Model).Text);
            const string Inserted = "(){}[];,.<>=!?:\"'@#$\\/ \n0x";
            for (var edits = Random.Next(1, 21); edits > 0; edits--)
            {
                var at = Random.Next(text.Length);
                switch (Random.Next(4))
                {
                    case 0:
                        text.Remove(at, 1);
                        break;
                    case 1:
                        text.Insert(at, text[at]);
                        break;
                    case 2:
                        text.Insert(at, Inserted[Random.Next(Inserted.Length)]);
                        break;
                    default:
                        var length = Math.Min(Random.Next(1, 40), text.Length - at);
                        text.Remove(at, length);
                        break;
                }
            }

            return new CorpusFile(path, text.ToString(), FileCategory.Mutated, []);
        }

        public CorpusFile Nested(string path, int number)
        {
            var writer = new SourceWriter(forms, scope, SourceWriter.ModelUsings, $"Corpus.DeepNesting{number}", forms.Chance(NullableEnabledPercent));
            writer.OpenClass($"C{writer.NextId()}");
            new DeepNesting(forms, deployments, standalone).Write(writer, number % DeepNesting.Kinds);
            writer.Close();
            return writer.Finish(path, FileCategory.DeepNesting);
        }

        /// <summary>Tens of thousands of lines: model classes; unrelated classes; one method of ten thousand lines.</summary>
        public CorpusFile Huge(string path, int number)
        {
            if (number == 1)
            {
                var plain = new SourceWriter(forms, scope, SourceWriter.PlainUsings, $"Corpus.Huge{number}");
                while (plain.Lines < 20_000)
                {
                    unrelated.Class(plain, $"C{plain.NextId()}", lookalikes: false);
                }

                return plain.Finish(path, FileCategory.Huge);
            }

            var writer = new SourceWriter(forms, scope, SourceWriter.ModelUsings, $"Corpus.Huge{number}");
            if (number == 0)
            {
                while (writer.Lines < 20_000)
                {
                    Class(writer, FileCategory.Model);
                }
            }
            else
            {
                writer.OpenClass("OneMethod");
                writer.OpenMethod(SourceWriter.MethodKind.Plain);
                while (writer.Lines < 10_000)
                {
                    writer.PlaceStatement(Next());
                }

                writer.CloseMethod();
                writer.Close();
            }

            return writer.Finish(path, FileCategory.Huge);
        }

        private void Class(SourceWriter writer, FileCategory category)
        {
            var clean = category == FileCategory.SyntaxErrors;
            writer.OpenClass($"C{writer.NextId()}");
            for (var m = Random.Next(2); m > 0; m--)
            {
                writer.PlaceMember(Next(clean));
            }

            writer.Line(string.Empty);
            for (var m = Random.Next(5) == 0 ? 2 : 1; m > 0; m--)
            {
                var kind = (SourceWriter.MethodKind)Random.Next(3);
                writer.OpenMethod(kind);
                for (var s = Random.Next(2, 6); s > 0; s--)
                {
                    var roll = Random.Next(100);
                    if (category == FileCategory.SemanticErrors && roll < 25)
                    {
                        Fragment(writer, BrokenCode.SemanticErrors);
                    }
                    else if (category == FileCategory.SyntaxErrors && roll < 20)
                    {
                        Fragment(writer, BrokenCode.SyntaxErrors);
                    }
                    else if (roll < 75)
                    {
                        writer.PlaceStatement(Next(clean));
                    }
                    else
                    {
                        foreach (var line in unrelated.Statement(writer.NextId(), kind, lookalikes: false).Split('\n'))
                        {
                            writer.Line(line);
                        }
                    }
                }

                writer.CloseMethod();
            }

            writer.Close();
            writer.Line(string.Empty);
        }

        private void Fragment(SourceWriter writer, IReadOnlyList<string> fragments)
        {
            var code = forms.Pick(fragments).Replace("{0}", writer.NextId().ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            writer.Place(Construction.Clean(code), code);
        }

        /// <summary>The next construction: a deployment or another model value; with <paramref name="clean"/>, one that earns nothing.</summary>
        private Construction Next(bool clean = false)
        {
            while (true)
            {
                var construction = Random.Next(100) < 55 ? deployments.Next() : standalone.Next();
                if (!clean || construction.Expected.Count == 0)
                {
                    return construction;
                }
            }
        }
    }
}
