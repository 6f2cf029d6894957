namespace Paradigms.Model.Analyzers.Tests.Scale;

/// <summary>The kinds of generated file, each with what the test asserts about it.</summary>
internal enum FileCategory
{
    /// <summary>C# that uses no Paradigms.Model type (some with look-alike types of its own): no PM diagnostic at all.</summary>
    Unrelated = 1,

    /// <summary>Model constructions in every syntactic form and context, constant and not: exactly the expected diagnostics.</summary>
    Model,

    /// <summary>Model constructions beside code that does not bind (unknown names, wrong types, bad calls): exactly the expected diagnostics.</summary>
    SemanticErrors,

    /// <summary>Code with syntax errors and constructions that earn nothing: no PM diagnostic at all.</summary>
    SyntaxErrors,

    /// <summary>A file of constructions that earn nothing, cut at a token boundary: no PM diagnostic at all.</summary>
    Truncated,

    /// <summary>A model file with characters deleted, doubled or inserted at random: no analyzer exception (what it earns is unknown).</summary>
    Mutated,

    /// <summary>Constructions nested hundreds of levels deep (blocks, lambdas, parentheses, <c>with</c> chains, classes): exactly the expected diagnostics.</summary>
    DeepNesting,

    /// <summary>Files of tens of thousands of lines, one of them a single method: exactly the expected diagnostics.</summary>
    Huge,
}
