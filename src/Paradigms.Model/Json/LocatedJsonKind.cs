namespace Paradigms.Model.Json;

/// <summary>The kinds of JSON value, as a model file's reader tells them apart.</summary>
internal enum LocatedJsonKind
{
    Object = 1,
    Array = 2,
    String = 3,
    Number = 4,
    True = 5,
    False = 6,
    Null = 7,
}
