namespace Paradigms.Model.Json;

/// <summary>One property of a JSON object: its name, where the name is, and its value.</summary>
internal sealed record LocatedProperty(string Name, int Line, int Column, long ByteOffset, LocatedJson Value);
