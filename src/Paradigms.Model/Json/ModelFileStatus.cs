namespace Paradigms.Model.Json;

/// <summary>
/// What reading a model file found, in one word, for a caller that turns it into an exit code
/// (<c>paradigms check</c>: 0, 1, 2).
/// </summary>
/// <remarks>The values start at 1 so that <c>default</c> is none of them.</remarks>
public enum ModelFileStatus
{
    /// <summary>The file is a model file and breaks no error rule; it may have warnings and infos. Exit code 0.</summary>
    Valid = 1,

    /// <summary>The file is a readable model file, and the model breaks at least one error rule (a PM id). Exit code 1.</summary>
    BreaksRules = 2,

    /// <summary>The file has at least one input error (a PMF id): it is not a readable model file, whatever rules it also breaks. Exit code 2.</summary>
    Unreadable = 3,
}
