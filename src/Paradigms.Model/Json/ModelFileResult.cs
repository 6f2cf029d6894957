using System.Collections.Immutable;
using System.Linq;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Json;

/// <summary>What <see cref="ModelFileReader"/> found in one file: every finding, located, and the model when it has no error.</summary>
/// <remarks>Immutable.</remarks>
public sealed class ModelFileResult
{
    internal ModelFileResult(string? fileName, ImmutableArray<FileDiagnostic> diagnostics, ModelFile? model)
    {
        FileName = fileName;
        Diagnostics = diagnostics;
        Model = model;
        Status = diagnostics.Any(d => d.IsInputError)
            ? ModelFileStatus.Unreadable
            : diagnostics.Any(d => d.Severity == RuleSeverity.Error) ? ModelFileStatus.BreaksRules : ModelFileStatus.Valid;
    }

    /// <summary>Gets the file name the reader was given, or null when none was.</summary>
    public string? FileName { get; }

    /// <summary>Gets every finding, input errors and rule findings of every severity, in file order (line, then column).</summary>
    public ImmutableArray<FileDiagnostic> Diagnostics { get; }

    /// <summary>Gets the model, or null when the file has an error of any kind.</summary>
    public ModelFile? Model { get; }

    /// <summary>Gets what was found, in one word: <see cref="ModelFileStatus.Valid"/>, <see cref="ModelFileStatus.BreaksRules"/> or <see cref="ModelFileStatus.Unreadable"/>.</summary>
    public ModelFileStatus Status { get; }
}
