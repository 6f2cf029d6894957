using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Paradigms.Model.Rules;

namespace Paradigms.Model.Json;

/// <summary>Collects the findings of one file, each at the value it is about.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<FileDiagnostic> _diagnostics = [];

    public DiagnosticBag(string? file) => File = file;

    public string? File { get; }

    /// <summary>Gets or sets the map of the text, once it is known to be UTF-8; without it byte positions are 0.</summary>
    public LineMap? Lines { get; set; }

    /// <summary>Gets how many errors, input errors and rule errors, have been reported so far.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>Reports an input error at a value.</summary>
    public void Input(string id, LocatedJson at, string message) =>
        Input(id, at.Path, at.Line, at.Column, at.ByteOffset, message);

    /// <summary>Reports an input error at a property's name.</summary>
    public void Input(string id, LocatedProperty at, string path, string message) =>
        Input(id, path, at.Line, at.Column, at.ByteOffset, message);

    /// <summary>Reports an input error at a position.</summary>
    public void Input(string id, string path, int line, int column, long byteOffset, string message) =>
        Add(new FileDiagnostic(id, RuleSeverity.Error, message, InputErrorIds.HelpLink(id), null, File, path, line, column, Lines?.BytePositionInLine(byteOffset) ?? 0));

    /// <summary>Reports a rule's finding, if any, at the value that breaks it.</summary>
    public void Rule(RuleFinding? finding, LocatedJson at)
    {
        if (finding is null)
        {
            return;
        }

        var rule = finding.Rule;
        Add(new FileDiagnostic(rule.Id, rule.Severity, finding.Message, rule.HelpLink, rule.Citation, File, at.Path, at.Line, at.Column, Lines?.BytePositionInLine(at.ByteOffset) ?? 0));
    }

    /// <summary>The findings in file order: by line, then column, then as reported.</summary>
    public ImmutableArray<FileDiagnostic> ToImmutable() =>
        [.. _diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column)];

    private void Add(FileDiagnostic diagnostic)
    {
        _diagnostics.Add(diagnostic);
        if (diagnostic.Severity == RuleSeverity.Error)
        {
            ErrorCount++;
        }
    }
}
