namespace Paradigms.Model.Testing;

/// <summary>A closed range of integers, <see cref="Min"/> to <see cref="Max"/>.</summary>
/// <param name="Min">The lower end.</param>
/// <param name="Max">The upper end.</param>
internal readonly record struct IntRange(int Min, int Max);
