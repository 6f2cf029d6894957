using System;
using System.Collections;
using System.Globalization;
using System.Linq;

namespace Paradigms.Model.Facts;

/// <summary>
/// A figure with its citation: the typed value (a quantity, a range, a count), where it comes
/// from, and the source's own words.
/// </summary>
/// <typeparam name="T">The figure's type, for example <c>Range&lt;Duration&gt;</c>.</typeparam>
/// <remarks>Immutable, and so safe to share between threads. The catalog's figures are in <see cref="FactCatalog"/>.</remarks>
public sealed record Sourced<T> : ISourced
    where T : notnull
{
    /// <summary>Creates a sourced figure.</summary>
    /// <param name="name">The figure's name in its catalog, for example <c>NetworkFacts.VirtualizationLatencyOverhead</c>; not blank.</param>
    /// <param name="value">The figure.</param>
    /// <param name="citation">Where it comes from.</param>
    /// <param name="quote">The source's own words, or null.</param>
    /// <param name="note">How the words were read into the figure, when that took a decision, or null.</param>
    /// <param name="format">The format <see cref="ValueText"/> uses, for example <c>B</c> to write an MTU as <c>1280 B</c>; null for the value's shortest text.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> or <paramref name="citation"/> is null.</exception>
    public Sourced(string name, T value, Citation citation, string? quote = null, string? note = null, string? format = null)
    {
        Name = Preconditions.NotBlank(name, nameof(name));
        Value = value ?? throw new ArgumentNullException(nameof(value));
        Citation = Preconditions.NotNull(citation, nameof(citation));
        Quote = quote;
        Note = note;
        Format = format;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>Gets the figure.</summary>
    public T Value { get; }

    /// <inheritdoc/>
    public Citation Citation { get; }

    /// <inheritdoc/>
    public string? Quote { get; }

    /// <inheritdoc/>
    public string? Note { get; }

    /// <summary>Gets the format <see cref="ValueText"/> uses, or null for the value's shortest text.</summary>
    public string? Format { get; }

    /// <inheritdoc/>
    public string ValueText => Value is IEnumerable items and not string
        ? string.Join(", ", items.Cast<object>().Select(WriteItem))
        : WriteItem(Value);

    private string WriteItem(object item) => item is IFormattable formattable
        ? formattable.ToString(Format, CultureInfo.InvariantCulture)
        : item.ToString() ?? string.Empty;

    /// <summary>Writes the figure and its citation, for example <c>15–40 μs (Net §05.4.2)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{ValueText} ({Citation})";
}
