using System;
using System.Collections.Generic;

namespace Paradigms.Model.Cli.Output;

/// <summary>A table of text cells: a header row and rows of the same width.</summary>
internal sealed class Table
{
    private readonly List<IReadOnlyList<string>> _rows = [];

    /// <summary>Creates a table with its column headers.</summary>
    /// <param name="headers">The headers; one or more.</param>
    public Table(params string[] headers)
    {
        if (headers.Length == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(headers));
        }

        Headers = headers;
    }

    /// <summary>Gets the column headers.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>Gets the rows, each as wide as <see cref="Headers"/>.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows => _rows;

    /// <summary>Adds a row.</summary>
    /// <param name="cells">The cells, one per column.</param>
    /// <returns>This table.</returns>
    public Table Row(params string[] cells)
    {
        if (cells.Length != Headers.Count)
        {
            throw new ArgumentException($"A row of this table has {Headers.Count} cells, not {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }
}
